// The source lines shown beside the data: the tables with their headings, and the lines findings point at.
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/data/importText';
import { parseInspection } from '../../../src/data/parseInspection';
import { sourceExcerpt } from '../../../src/model/sourceExcerpt';
import { readFixture } from '../readFixture';

describe('sourceExcerpt', () => {
  it('the seed page: lines 65–94, headings included, news left out; the total row (94) is marked by the rounding notes', () => {
    const page = readFixture('taiyuan-news-page-2025-01.txt');
    const read = parseInspection(page);
    if (!read.ok) throw new Error('seed');
    const lines = sourceExcerpt(page, read.inspection, read.findings);
    expect(lines[0]).toMatchObject({ number: 65, text: '## 城六区创卫月督查创卫评估暗访点位类型得分排名' });
    expect(lines[lines.length - 1]?.number).toBe(94);
    expect(lines.some((l) => l.text.includes('本报讯'))).toBe(false);
    expect(lines.find((l) => l.number === 94)?.marked).toBe(true);
    expect(lines.find((l) => l.number === 69)?.marked).toBe(false);
  });

  it('a Markdown table is shown as written: its pipes and its rule line, where its readers saw tabs and no rule', () => {
    const text = ['| 街道 | 得分 |', '| --- | ---: |', '| 东关街道 | 96.76 |', '| 西关街道 | 94.2 |'].join('\n');
    const read = importText(text).result;
    if (!read.ok) throw new Error(JSON.stringify(read.findings));
    expect(read.inspection.scores.map((s) => [s.district, s.value, s.line])).toEqual([
      ['东关街道', 96.76, 3],
      ['西关街道', 94.2, 4],
    ]);
    expect(sourceExcerpt(text, read.inspection, read.findings).map((l) => l.text)).toEqual(text.split('\n'));
  });
});
