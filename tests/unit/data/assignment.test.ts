// The minimum-cost assignment that recovers the totals table's lost district names, against an exhaustive search.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimumCostAssignment } from '../../../src/data/layouts/assignment';

/** Every permutation's cost, the smallest: the oracle (n! is small for n ≤ 6). */
function bruteForce(cost: number[][]): number {
  const n = cost.length;
  let best = Infinity;
  const visit = (row: number, used: boolean[], sum: number) => {
    if (row === n) {
      best = Math.min(best, sum);
      return;
    }
    for (let c = 0; c < n; c++) {
      if (used[c]) continue;
      used[c] = true;
      visit(row + 1, used, sum + (cost[row]?.[c] ?? 0));
      used[c] = false;
    }
  };
  visit(0, new Array<boolean>(n).fill(false), 0);
  return best;
}

describe('minimumCostAssignment', () => {
  it('a permutation whose cost is the exhaustive minimum, on random matrices up to 6 × 6', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 6 })
          .chain((n) =>
            fc.array(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: n, maxLength: n }), { minLength: n, maxLength: n }),
          ),
        (cost) => {
          const assignment = minimumCostAssignment(cost);
          expect([...assignment].sort((a, b) => a - b)).toEqual(cost.map((_, i) => i));
          expect(assignment.reduce((sum, c, row) => sum + (cost[row]?.[c] ?? 0), 0)).toBe(bruteForce(cost));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an empty matrix has an empty assignment', () => {
    expect(minimumCostAssignment([])).toEqual([]);
  });
});
