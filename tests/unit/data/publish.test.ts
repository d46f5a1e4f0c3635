// Published months (public/data/): a month read by the import pipeline with its findings, refused on an error; the
// index kept in order of period, one entry an id; files that are not what they say left out.
import { describe, expect, it } from 'vitest';
import { indexEntries, indexWith, monthOf, publishMonth } from '../../../src/data/publish';
import { readFixture } from '../readFixture';
import { SEED_PUBLISHED_TOTALS } from '../seedFigures';

describe('publishing a month', () => {
  it('reads the text as the import preview does: the seed’s figures, its findings, under the id asked for', () => {
    const published = publishMonth(readFixture('taiyuan-news-page-2025-01.txt'), { period: '2025-01', id: 'taiyuan-2025-01' });
    if (!published.ok) throw new Error('seed');
    expect(published.month.inspection.publishedTotals.map((t) => t.value)).toEqual(SEED_PUBLISHED_TOTALS);
    expect(published.month).toMatchObject({ id: 'taiyuan-2025-01', period: '2025-01', label: { zh: '', en: '' } });
    expect(published.findings.some((f) => f.code === 'tie')).toBe(true);
    expect(monthOf(JSON.parse(JSON.stringify(published.month)))).toEqual(published.month);
  });

  it('refuses a text with an error, with its line', () => {
    const published = publishMonth(readFixture('malformed-month.txt'), { period: '2025-03' });
    expect(published.ok).toBe(false);
    expect(published.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.line])).toEqual([
      ['not-a-number', 5],
      ['missing-cell', 6],
    ]);
  });

  it('keeps the index in order of period, one entry an id, and leaves out what is not an index or a month', () => {
    let index = indexWith(undefined, { id: '2025-03', period: '2025-03', file: '2025-03.json' });
    index = indexWith(index, { id: 'taiyuan-2025-01', period: '2025-01', file: 'taiyuan-2025-01.json' });
    index = indexWith(index, { id: '2025-03', period: '2025-03', file: '2025-03-b.json' });
    expect(index.months.map((m) => [m.id, m.file])).toEqual([
      ['taiyuan-2025-01', 'taiyuan-2025-01.json'],
      ['2025-03', '2025-03-b.json'],
    ]);
    expect(indexEntries(JSON.parse(JSON.stringify(index)))).toEqual(index.months);
    expect(indexEntries({ ...index, months: [{ id: '2025-04', period: '2025-04', file: '../secret.json' }] })).toEqual([]);
    expect(indexEntries({ schema: 'other', version: 1, months: index.months })).toEqual([]);
    expect(
      monthOf({
        schema: 'taiyuan-sanitation-month',
        version: 1,
        id: 'x',
        period: '2025-13',
        label: { zh: '', en: '' },
        publication: { zh: '', en: '' },
        text: '',
      }),
    ).toBeUndefined();
  });
});
