// The weights view's selectors on an import whose published totals differ from its sums.
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/data/importText';
import { rankRanges } from '../../../src/model/weights';
import { createDashboardStore } from '../../../src/store/store';
import { addImport as addImportTo } from '../../../src/store/storedImports';
import { MemoryStorage } from './memoryStorage';

/** Reads and adds an import, as the import dialog does. */
function addImport(store: ReturnType<typeof createDashboardStore>, text: string, period: string, label: string) {
  return addImportTo(store, undefined, text, period, label, importText(text));
}

describe('one basis for the weights view', () => {
  it('printed A 95 / B 97 but sums A 100 / B 97: the weights view ranks by the sums, as its rank ranges do, and says so', async () => {
    const { selectWeightedStandings, selectStabilityInput } = await import('../../../src/store/viewSelectors');
    const store = createDashboardStore(new MemoryStorage(), ['zh-CN']);
    await addImport(store, '区,公厕,城中村,总分\nA区,50,50,95\nB区,48,49,97\n', '2025-03', '');
    const weighted = selectWeightedStandings(store.getState());
    expect(weighted?.rows.map((r) => [r.district, r.total, r.rank])).toEqual([
      ['A区', 100, 1],
      ['B区', 97, 2],
    ]);
    const input = selectStabilityInput(store.getState());
    if (!input) throw new Error('an active inspection has ranges to compute');
    // The ranges the worker computes from it: by the sums too (A 100 is ahead of B 97 at every weighting).
    expect([...rankRanges(input)].find((r) => r.district === 'A区')).toMatchObject({ best: 1, worst: 1, exact: true });
    // The same input while nothing it reads changes: the worker is not asked again for a re-render.
    expect(selectStabilityInput(store.getState())).toBe(input);
    store.getState().setWeight('公厕', 2);
    expect(selectStabilityInput(store.getState())).not.toBe(input);
  });
});
