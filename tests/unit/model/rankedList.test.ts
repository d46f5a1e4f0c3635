// The phone's ranked list: each total's bar on a scale from a stated round baseline, from the seed's published totals.
import { describe, expect, it } from 'vitest';
import { rankedList } from '../../../src/model/rankedList';
import { indexScores, selectSiteTypes } from '../../../src/model/scores';
import { computeStandings } from '../../../src/model/standings';
import { SEED_CITY_TOTAL, SEED_DISTRICTS_BY_TOTAL, SEED_PUBLISHED_TOTALS } from '../seedFigures';
import { seedInspection } from '../seedInspection';

const inspection = seedInspection();
const index = indexScores(inspection);

describe('rankedList', () => {
  it('lists the districts in rank order with bars from 600 to 680, so the 33.3 gap between 1st and 6th shows', () => {
    const list = rankedList(computeStandings(index, inspection.siteTypes));
    expect(list.items.map((item) => [item.standing.district, item.standing.rank, item.standing.total])).toEqual(
      SEED_DISTRICTS_BY_TOTAL.map((d, i) => [d, i + 1, SEED_PUBLISHED_TOTALS[i]]),
    );
    expect([list.scale.lo, list.scale.hi]).toEqual([600, 680]);
    expect(list.scale.ticks).toEqual([600, 620, 640, 660, 680]);
    // 杏花岭区 676.6: 76.6 of 80; 尖草坪区, last, 643.3: 43.3 of 80.
    expect(list.items[0]?.share).toBeCloseTo(0.9575, 9);
    expect(list.items[5]?.share).toBeCloseTo(0.54125, 9);
    // The bars differ by more than a fifth of the longer one (drawn from 0 they differed by 5 %).
    const [first, last] = [list.items[0]?.share ?? 0, list.items[5]?.share ?? 0];
    expect(first - last).toBeGreaterThan(first / 5);
    // The city's published 658.6: 58.6 of 80.
    expect(list.cityShare).toBeCloseTo((SEED_CITY_TOTAL - 600) / 80, 9);
  });

  it('over one site type (铁路沿线) the best is 小店区 at 80.7, and the three tied at 49.5 share one bar length', () => {
    const standings = computeStandings(index, selectSiteTypes(inspection, ['铁路沿线']));
    const list = rankedList(standings);
    expect(list.items[0]?.standing.district).toBe('小店区');
    const tied = list.items.filter((item) => item.standing.total === 49.5);
    expect(tied.map((item) => item.standing.district).sort()).toEqual(['尖草坪区', '杏花岭区', '迎泽区'].sort());
    // 49.5–80.7 reaches below 0 by its spread: the bars start at 0 (the axis says so), to 100 by 50s.
    expect([list.scale.lo, list.scale.hi]).toEqual([0, 100]);
    for (const item of tied) expect(item.share).toBeCloseTo(49.5 / 100, 9);
  });

  it('gives bars of length 0, not NaN, when every total is 0 (all weights at 0)', () => {
    const zero = new Map(inspection.siteTypes.map((s) => [s.name, 0]));
    const list = rankedList(computeStandings(index, inspection.siteTypes, zero));
    expect(list.items.every((item) => item.share === 0)).toBe(true);
    expect(list.cityShare === undefined || list.cityShare === 0).toBe(true);
  });
});
