// Each city's ranking is its own series: another city's streets imported beside Taiyuan's months are never
// compared with Taiyuan's districts (no rank change, no previous period, not on Taiyuan's trend), and the city's
// second month is compared with its first.
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/data/importText';
import {
  selectActive,
  selectIsEmbeddedSeries,
  selectPeriodRankChanges,
  selectPreviousInspection,
  selectSeriesInspections,
} from '../../../src/store/selectors';
import { createDashboardStore } from '../../../src/store/store';
import { selectDistrictColourOrder } from '../../../src/store/viewSelectors';
import { addImport } from '../../../src/store/storedImports';
import { readFixture } from '../readFixture';

const february = readFixture('another-month-2025-02.txt');
const streets = (rows: [string, number][]) => ['街道\t得分', ...rows.map(([n, v]) => `${n}\t${String(v)}`)].join('\n');
const may = streets([
  ['乐坪街道', 90],
  ['黄泥塘街道', 89],
  ['长青街道', 88],
]);
const june = streets([
  ['长青街道', 91],
  ['乐坪街道', 90],
  ['涟滨街道', 85],
]);

function add(store: ReturnType<typeof createDashboardStore>, text: string, period: string, series?: string) {
  return addImport(store, undefined, text, period, '', importText(text), series);
}

describe('series', () => {
  it('another city’s month is its own series; its next month is compared with it; Taiyuan’s are untouched', async () => {
    const store = createDashboardStore(undefined, ['zh-CN']);
    await add(store, february, '2025-02');
    await add(store, may, '2025-03');
    expect(selectIsEmbeddedSeries(store.getState())).toBe(false);
    expect(selectPreviousInspection(store.getState())).toBeUndefined();
    expect(selectPeriodRankChanges(store.getState())).toBeUndefined();
    expect(selectSeriesInspections(store.getState()).map((i) => i.id)).toEqual(['2025-03']);

    await add(store, june, '2025-04');
    expect(selectPreviousInspection(store.getState())?.id).toBe('2025-03');
    const changes = selectPeriodRankChanges(store.getState());
    expect([...(changes?.values() ?? [])].map((c) => [c.district, c.baseRank, c.rank])).toEqual([
      ['长青街道', 3, 1],
      ['乐坪街道', 1, 2],
    ]);
    // 涟滨街道 is new in June: no change, not "=".
    expect(changes?.has('涟滨街道')).toBe(false);

    store.getState().setActive('2025-02');
    expect(selectIsEmbeddedSeries(store.getState())).toBe(true);
    expect(selectPreviousInspection(store.getState())?.id).toBe('taiyuan-2025-01');
    expect(selectSeriesInspections(store.getState()).map((i) => i.id)).toEqual(['taiyuan-2025-01', '2025-02']);
    expect(selectActive(store.getState())?.id).toBe('2025-02');
  });

  it('a district’s colour is kept within its series: another city’s names never shift Taiyuan’s colours', async () => {
    const store = createDashboardStore(undefined, ['zh-CN']);
    const taiyuan = [...(selectActive(store.getState())?.inspection.districts ?? [])].sort();
    expect(selectDistrictColourOrder(store.getState())).toEqual(taiyuan);
    // 乐坪街道 sorts between 万柏林区 and 小店区: in one order of every name it moved 小店区 to the next colour.
    await add(store, may, '2025-03');
    await add(store, june, '2025-04');
    expect(selectDistrictColourOrder(store.getState())).toEqual(['乐坪街道', '涟滨街道', '长青街道', '黄泥塘街道']);
    store.getState().setActive('taiyuan-2025-01');
    expect(selectDistrictColourOrder(store.getState())).toEqual(taiyuan);
  });

  it('a month its reader says is a series of its own is compared with nothing, though its names are Taiyuan’s', async () => {
    const store = createDashboardStore(undefined, ['zh-CN']);
    await add(store, february, '2025-02', 'new');
    expect(selectSeriesInspections(store.getState()).map((i) => i.id)).toEqual(['2025-02']);
    expect(selectPreviousInspection(store.getState())).toBeUndefined();
    expect(store.getState().stored[0]?.series).toBe('new');
  });
});
