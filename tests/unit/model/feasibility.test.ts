// The feasibility search behind the rank ranges: the largest smallest margin over a box of weights.
import { describe, expect, it } from 'vitest';
import { maxMinimum } from '../../../src/model/feasibility';

describe('maxMinimum', () => {
  it('max over the box of the smaller of two conditions: e1 − d = (2, −2) and e2 − d = (−2, 2) can never both be positive', () => {
    expect(
      maxMinimum(
        [
          [2, -2],
          [-2, 2],
        ],
        [0.8, 0.8],
        [1.2, 1.2],
      ),
    ).toBeCloseTo(0, 9);
    // One condition alone: 2·1.2 − 2·0.8 = 0.8 at the best corner.
    expect(maxMinimum([[2, -2]], [0.8, 0.8], [1.2, 1.2])).toBeCloseTo(0.8, 9);
  });
});
