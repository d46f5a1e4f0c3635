// Which periods belong together: months that rank the same kind of entities, mostly the same ones, are one series
// (Taiyuan's districts month after month); another city's streets are a series of their own, never Taiyuan's next month.
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/data/importText';
import type { Inspection } from '../../../src/data/types';
import { seriesKeys } from '../../../src/model/periodSeries';
import { readFixture } from '../readFixture';

function read(text: string): Inspection {
  const { result } = importText(text);
  if (!result.ok) throw new Error('does not read');
  return result.inspection;
}

const january = read(readFixture('taiyuan-news-page-2025-01.txt'));
const february = read(readFixture('another-month-2025-02.txt'));
const streets = (names: string[], base: number) => read(['街道\t得分', ...names.map((n, i) => `${n}\t${String(base - i)}`)].join('\n'));
const loudiMay = streets(['乐坪街道', '黄泥塘街道', '长青街道', '花山街道', '大科街道'], 90);
// June: one street fewer and one new, still the same city's streets.
const loudiJune = streets(['黄泥塘街道', '乐坪街道', '长青街道', '大科街道', '涟滨街道'], 91);

describe('periods in series', () => {
  it('Taiyuan’s months are one series; another city’s streets start their own, and its next month joins it', () => {
    const keys = seriesKeys([
      { id: 'taiyuan-2025-01', inspection: january },
      { id: 'loudi-05', inspection: loudiMay },
      { id: '2025-02', inspection: february },
      { id: 'loudi-06', inspection: loudiJune },
    ]);
    expect([...keys]).toEqual([
      ['taiyuan-2025-01', 'taiyuan-2025-01'],
      ['loudi-05', 'loudi-05'],
      ['2025-02', 'taiyuan-2025-01'],
      ['loudi-06', 'loudi-05'],
    ]);
  });

  it('entities of another kind are another series even when a name repeats (a 区 ranking and a 街道 ranking)', () => {
    const districtsAsStreets = streets(['杏花岭区', '迎泽区', '小店区', '万柏林区', '晋源区', '尖草坪区'], 90);
    const keys = seriesKeys([
      { id: 'a', inspection: january },
      { id: 'b', inspection: { ...districtsAsStreets, entityKind: '街道' } },
    ]);
    expect(keys.get('b')).toBe('b');
  });

  it('a month sharing fewer than half of its names with a series starts another', () => {
    const mixed = streets(['乐坪街道', '黄泥塘街道', '东风街道', '西风街道', '南风街道'], 88);
    const keys = seriesKeys([
      { id: 'may', inspection: loudiMay },
      { id: 'mixed', inspection: mixed },
    ]);
    expect(keys.get('mixed')).toBe('mixed');
  });

  it('the reader’s word wins: a month said to be a series of its own starts one; a month said to join a series joins it', () => {
    const months = [
      { id: 'taiyuan-2025-01', inspection: january },
      { id: 'loudi-05', inspection: loudiMay },
      { id: '2025-02', inspection: february },
      { id: 'mixed', inspection: streets(['乐坪街道', '黄泥塘街道', '东风街道', '西风街道', '南风街道'], 88) },
      { id: 'loudi-06', inspection: loudiJune },
    ];
    const keys = seriesKeys(
      months,
      new Map([
        ['2025-02', 'new'],
        ['mixed', 'loudi-05'],
      ]),
    );
    // February reads as Taiyuan's, but its reader said it is not (another survey of the same districts).
    expect(keys.get('2025-02')).toBe('2025-02');
    // Fewer than half its names are Loudi's, but its reader said it is Loudi's; June still joins by its names.
    expect(keys.get('mixed')).toBe('loudi-05');
    expect(keys.get('loudi-06')).toBe('loudi-05');
    // A choice naming no period is no choice: the names decide.
    expect(seriesKeys(months, new Map([['2025-02', 'gone']])).get('2025-02')).toBe('taiyuan-2025-01');
    // A month filed before the series it was said to join: that series' first month joins it when it comes.
    const early = seriesKeys(
      [
        { id: 'april', inspection: streets(['东风街道', '西风街道'], 80) },
        { id: 'loudi-05', inspection: loudiMay },
      ],
      new Map([['april', 'loudi-05']]),
    );
    expect(early.get('loudi-05')).toBe('april');
  });
});
