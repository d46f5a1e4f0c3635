// @vitest-environment jsdom
// The what-if ranges as the view reads them: none at first, then every district's, and for weights moved, only the
// new weights' ranges (jsdom has no Worker: the ranges are computed on the page, in slices, by the same code).
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseInspection } from '../../../src/data/parseInspection';
import { indexScores } from '../../../src/model/scores';
import { stabilityInput } from '../../../src/model/weights';
import { useRankRanges } from '../../../src/views/useRankRanges';
import { embeddedText } from '../../../src/data/embedded/source';

afterEach(cleanup);

// The seed's tables, as the app ships them.
const parsed = parseInspection(embeddedText);
if (!parsed.ok) throw new Error('seed must parse');
const { inspection } = parsed;
const index = indexScores(inspection);
const equal = stabilityInput(index, inspection.siteTypes, undefined);
const railwayTimesThree = stabilityInput(index, inspection.siteTypes, new Map([['铁路沿线', 3]]));
const shown = (ranges: ReadonlyMap<string, { best: number; worst: number }>) =>
  [...ranges.values()].map((r) => `${r.best}–${r.worst}`).join(' ');

describe('useRankRanges', () => {
  it('fills in the seed ranges, then for 铁路沿线 ×3 starts again and shows only the new ones: 小店区 always 1st', async () => {
    const { result, rerender } = renderHook(({ input }) => useRankRanges(input), { initialProps: { input: equal } });
    await waitFor(() => {
      expect(result.current.done).toBe(true);
    });
    expect(shown(result.current.ranges)).toBe('1–2 1–3 2–5 3–6 3–6 4–6');
    rerender({ input: railwayTimesThree });
    await waitFor(() => {
      expect(result.current.done).toBe(true);
    });
    expect(result.current.ranges.get('小店区')).toMatchObject({ best: 1, worst: 1, exact: true });
    expect(shown(result.current.ranges)).toBe('2–4 2–4 1–1 4–5 2–5 6–6');
  });

  it('no inspection, no ranges', () => {
    const { result } = renderHook(() => useRankRanges(undefined));
    expect(result.current).toEqual({ ranges: new Map(), done: false });
  });
});
