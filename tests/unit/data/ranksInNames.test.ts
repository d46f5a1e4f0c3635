// A rank printed inside every name cell (`第一名:东城区`, `1、东城区`) is the printed rank, read beside the name;
// one rank in one name is a doubt on that name, never split silently.
import { describe, expect, it } from 'vitest';
import { previewImport } from '../../../src/data/importText';
import type { Inspection, ParseResult } from '../../../src/data/types';

function ok(result: ParseResult): Inspection {
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.inspection;
}

describe('ranks printed inside the names', () => {
  it('第N名: before every name, the figure after a space: the names without the rank', () => {
    const text = '各县考核得分\n第一名:东城县 96.12分\n第二名:西城县 95.40分\n第三名:南城县 93.05分\n第四名:北城县 92.70分\n';
    const preview = previewImport(text);
    const inspection = ok(preview.result);
    expect(inspection.districts).toEqual(['东城县', '西城县', '南城县', '北城县']);
    expect(inspection.scores.map((s) => s.value)).toEqual([96.12, 95.4, 93.05, 92.7]);
    expect(preview.result.findings.map((f) => f.code)).not.toContain('name-suspicious');
  });

  it('1、 before every name in a table: the name column and a rank column', () => {
    const inspection = ok(previewImport('单位\t得分\n1、甲街道\t95.3\n2、乙街道\t93.1\n3、丙街道\t94.0\n').result);
    expect(inspection.districts).toEqual(['甲街道', '乙街道', '丙街道']);
    expect(inspection.publishedRanks?.map((r) => r.value)).toEqual([1, 2, 3]);
    // The printed ranks disagree with the scores (丙 94.0 above 乙 93.1): a doubt, as for any rank column.
    expect(previewImport('单位\t得分\n1、甲街道\t95.3\n2、乙街道\t93.1\n3、丙街道\t94.0\n').result.findings.map((f) => f.code)).toContain(
      'rank-mismatch',
    );
  });

  it('a rank before one name only is a doubt on that name, not a column', () => {
    const result = previewImport('单位\t得分\n第一名:甲镇\t90.5\n乙镇\t88.0\n丙镇\t86.5\n').result;
    expect(ok(result).districts).toEqual(['第一名:甲镇', '乙镇', '丙镇']);
    expect(result.findings.find((f) => f.code === 'name-suspicious')).toMatchObject({ severity: 'warning' });
  });
});
