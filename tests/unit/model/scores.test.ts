// The score index on the seed: 小店区's 80.7 on 铁路沿线, the printed city value, and one index kept per inspection.
import { describe, expect, it } from 'vitest';
import { cityValue, indexScores, scoreIndexOf, scoreOf } from '../../../src/model/scores';
import { seedInspection } from '../seedInspection';

describe('scoreIndexOf', () => {
  it('indexes the seed: 小店区 80.7 on 铁路沿线, 杏花岭区 80.2 on 农贸市场、便民市场', () => {
    const index = scoreIndexOf(seedInspection());
    expect(scoreOf(index, '小店区', '铁路沿线')).toBe(80.7);
    expect(scoreOf(index, '杏花岭区', '农贸市场、便民市场')).toBe(80.2);
    expect(cityValue(index, '农贸市场、便民市场')).toBe(73.6);
  });

  it('gives the same index for the same inspection, a new one for another, equal to indexing it afresh', () => {
    const seed = seedInspection();
    const other = seedInspection();
    expect(scoreIndexOf(seed)).toBe(scoreIndexOf(seed));
    expect(scoreIndexOf(other)).not.toBe(scoreIndexOf(seed));
    expect(scoreIndexOf(other)).toEqual(indexScores(other));
  });
});
