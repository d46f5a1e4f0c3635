// Ranks, totals, gaps and chart series computed from the seed's printed figures.
import { importText } from '../../../src/data/importText';
import { compact, expand } from '../../../src/data/share/fragment';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { competitionRanks } from '../../../src/model/ranks';
import { cityMean, indexScores, selectSiteTypes } from '../../../src/model/scores';
import { groupedBarSeries, radarSeries, totalBarSeries } from '../../../src/model/series';
import { rankChanges } from '../../../src/model/rankChanges';
import { allWeightsZero, computeStandings, publishedDiffers, showsPublishedTotals, siteTypeRanks } from '../../../src/model/standings';
import { SEED_CITY_AVERAGES, SEED_DISTRICTS_BY_TOTAL, SEED_PUBLISHED_TOTALS, SEED_SITE_TYPES } from '../seedFigures';
import { seedInspection } from '../seedInspection';

const inspection = seedInspection();
const index = indexScores(inspection);

describe('competition ranks', () => {
  it('ties share the best rank and the next rank skips (1, 2, 2, 4)', () => {
    expect(competitionRanks([10, 8, 8, 5].map((value, key) => ({ key, value }))).map((r) => r.rank)).toEqual([1, 2, 2, 4]);
  });

  it('each rank is one more than the count of higher values; highest first, ties in input order (2,000 runs)', () => {
    // The oracle counts, where the code sorts: scores on a 0.1 grid, as printed, so that ties are exact.
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 40 }), (tenths) => {
        const values = tenths.map((t) => t / 10);
        const ranked = competitionRanks(values.map((value, key) => ({ key, value })));
        expect(ranked.map((r) => r.key).sort((a, b) => a - b)).toEqual(values.map((_, i) => i));
        for (const r of ranked) {
          expect(r.value).toBe(values[r.key]);
          expect(r.rank).toBe(1 + values.filter((v) => v > r.value).length);
        }
        for (let i = 1; i < ranked.length; i++) {
          const [a, b] = [ranked[i - 1], ranked[i]];
          if (!a || !b) continue;
          expect(a.value > b.value || (a.value === b.value && a.key < b.key)).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('铁路沿线: 尖草坪区, 杏花岭区 and 迎泽区 all rank 4 at 49.5, 小店区 first at 80.7', () => {
    const ranks = siteTypeRanks(index, '铁路沿线');
    expect(ranks.get('小店区')).toBe(1);
    expect(ranks.get('晋源区')).toBe(2);
    expect(ranks.get('万柏林区')).toBe(3);
    expect([ranks.get('尖草坪区'), ranks.get('杏花岭区'), ranks.get('迎泽区')]).toEqual([4, 4, 4]);
  });
});

describe('standings over all site types', () => {
  const standings = computeStandings(index, inspection.siteTypes);

  it('rank by the printed totals, which are official when every site type is selected', () => {
    expect(standings.isFullSelection).toBe(true);
    expect(standings.maxTotal).toBe(1000);
    expect(standings.rows.map((r) => [r.district, r.total, r.rank])).toEqual(
      SEED_DISTRICTS_BY_TOTAL.map((d, i) => [d, SEED_PUBLISHED_TOTALS[i], i + 1]),
    );
  });

  it('carry the computed sum beside the printed total (杏花岭区 676.7 vs 676.6, 小店区 660.0 vs 659.8)', () => {
    const row = (d: string) => standings.rows.find((r) => r.district === d);
    expect(row('杏花岭区')?.computedTotal).toBeCloseTo(676.7, 6);
    expect(row('杏花岭区')?.publishedTotal).toBe(676.6);
    expect(row('小店区')?.computedTotal).toBeCloseTo(660.0, 6);
    expect(row('小店区')?.publishedTotal).toBe(659.8);
    // Exactly those two are marked in the table: the other four printed totals equal their sums.
    expect(showsPublishedTotals(standings)).toBe(true);
    expect(standings.rows.filter(publishedDiffers).map((r) => r.district)).toEqual(['杏花岭区', '小店区']);
  });

  it('gaps: 迎泽区 is 6.7 behind 杏花岭区; 尖草坪区 is 33.3 behind the leader', () => {
    const row = (d: string) => standings.rows.find((r) => r.district === d);
    expect(row('迎泽区')?.gapToNext).toBeCloseTo(6.7, 6);
    expect(row('迎泽区')?.nextAbove).toBe('杏花岭区');
    expect(row('杏花岭区')?.gapToNext).toBe(0);
    expect(row('尖草坪区')?.gapToBest).toBeCloseTo(33.3, 6);
  });

  it('the city total is the printed 658.6; gap to city of 杏花岭区 is +18.0', () => {
    expect(standings.city.total).toBe(658.6);
    expect(standings.city.totalIsPublished).toBe(true);
    expect(standings.rows[0]?.gapToCity).toBeCloseTo(18.0, 6);
    expect(standings.city.name).toBe('太原市');
    expect([...standings.city.values.values()]).toEqual(Object.values(SEED_CITY_AVERAGES));
  });
});

describe('standings over a subset of site types', () => {
  it('公厕 alone re-ranks to 杏花岭区 78.8, 小店区 77.8, 万柏林区 76.5, 迎泽区 74.3, 尖草坪区 69.8, 晋源区 66.4', () => {
    const standings = computeStandings(index, selectSiteTypes(inspection, ['公厕']));
    expect(standings.isFullSelection).toBe(false);
    expect(standings.maxTotal).toBe(100);
    expect(standings.rows.map((r) => [r.district, r.total, r.rank])).toEqual([
      ['杏花岭区', 78.8, 1],
      ['小店区', 77.8, 2],
      ['万柏林区', 76.5, 3],
      ['迎泽区', 74.3, 4],
      ['尖草坪区', 69.8, 5],
      ['晋源区', 66.4, 6],
    ]);
    expect(standings.rows.every((r) => r.publishedTotal === undefined)).toBe(true);
    expect(showsPublishedTotals(standings)).toBe(false);
    expect(standings.rows.some(publishedDiffers)).toBe(false);
    // Without the printed city total, the city's is the mean of the districts' totals.
    expect(standings.city.total).toBeCloseTo((78.8 + 77.8 + 76.5 + 74.3 + 69.8 + 66.4) / 6, 6);
  });

  it('铁路沿线 alone gives three districts rank 4 and the next rank 7 does not exist', () => {
    const standings = computeStandings(index, selectSiteTypes(inspection, ['铁路沿线']));
    expect(standings.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 4, 4]);
    expect(standings.rows.map((r) => r.tied)).toEqual([false, false, false, true, true, true]);
    expect(standings.rows.filter((r) => r.rank === 4).every((r) => r.nextAbove === '万柏林区')).toBe(true);
  });

  it('no site type selected: every total is 0 and nobody is ahead', () => {
    const standings = computeStandings(index, []);
    expect(standings.rows.every((r) => r.total === 0 && r.rank === 1)).toBe(true);
    expect(standings.city.total).toBeUndefined();
  });

  it('weights change totals: 铁路沿线 ×3 lifts 小店区 to first', () => {
    const weights = new Map([['铁路沿线', 3]]);
    const standings = computeStandings(index, inspection.siteTypes, weights);
    expect(standings.isFullSelection).toBe(false);
    expect(standings.rows[0]?.district).toBe('小店区');
    expect(standings.rows[0]?.total).toBeCloseTo(660.0 + 2 * 80.7, 6);
  });
});

describe('city mean', () => {
  it('each printed city value is the mean of the six districts rounded to 0.1', () => {
    for (const siteType of SEED_SITE_TYPES) {
      expect(Math.round((cityMean(index, siteType) ?? NaN) * 10) / 10).toBeCloseTo(SEED_CITY_AVERAGES[siteType] ?? NaN, 6);
    }
  });
});

describe('chart series', () => {
  const standings = computeStandings(index, inspection.siteTypes);

  it('grouped bars: one group per site type, one value per district, the city beside', () => {
    const groups = groupedBarSeries(standings, inspection.districts);
    expect(groups.map((g) => g.siteType)).toEqual(SEED_SITE_TYPES);
    expect(groups[0]?.values).toEqual({ 杏花岭区: 80.2, 迎泽区: 73.6, 小店区: 69.3, 万柏林区: 72.4, 晋源区: 76.4, 尖草坪区: 69.9 });
    expect(groups[0]?.city).toBe(73.6);
  });

  it('total bars: best first, with the city total as the reference line, from a baseline of 600 (of 1000)', () => {
    const { bars, city, scale } = totalBarSeries(standings);
    expect(bars.map((b) => b.total)).toEqual(SEED_PUBLISHED_TOTALS);
    expect(city).toBe(658.6);
    expect([scale.lo, scale.hi]).toEqual([600, 680]);
    expect(standings.maxTotal).toBe(1000);
  });

  it('radar of deductions (fewer is better): 0 on the outer ring, a round value above the most at the centre', () => {
    const { result } = importText('单位\t公厕扣分\t道路扣分\n甲街道\t5\t2\n乙街道\t1.5\t3\n丙街道\t8.4\t1\n');
    if (!result.ok) throw new Error('the deduction table does not read');
    const deductions = indexScores(result.inspection);
    const radar = radarSeries(computeStandings(deductions, selectSiteTypes(result.inspection, 'all')), ['乙街道']);
    expect(radar.scaleMax).toBe(0);
    // The most is 甲街道's 8.4: the centre stands a round value above it.
    expect(radar.scaleMin).toBe(10);
  });

  it('radar: raw scores on a 0–100 scale when maxima agree, percentages when they differ', () => {
    const radar = radarSeries(standings, ['小店区']);
    expect(radar.asPercent).toBe(false);
    expect(radar.scaleMax).toBe(100);
    // The centre is a round ten below the lowest score of every district (not only those drawn): 40.5.
    expect(radar.scaleMin).toBe(30);
    expect(radar.points.find((p) => p.siteType === '铁路沿线')?.values).toEqual({ 小店区: 80.7 });
    const mixed = computeStandings(index, [
      { name: '公厕', maxScore: 100, line: 74 },
      { name: '铁路沿线', maxScore: 200, line: 77 },
    ]);
    const percent = radarSeries(mixed, ['小店区']);
    expect(percent.asPercent).toBe(true);
    expect(percent.points[0]?.values['小店区']).toBeCloseTo(77.8, 6);
    expect(percent.points[1]?.values['小店区']).toBeCloseTo(40.35, 6);
    expect(percent.points[1]?.scores['小店区']).toBe(80.7);
  });
});

describe('a source that weights its categories', () => {
  it('a raw score with a stated share counts times that share: 实地考察 ×0.85 + 问卷调查 ×0.15', async () => {
    const { importText } = await import('../../../src/data/importText');
    const read = importText('街道\t实地考察(85%)\t问卷调查(15%)\n东关街道\t96.76\t90.00\n西关街道\t94.20\t99.00\n').result;
    if (!read.ok) throw new Error(JSON.stringify(read.findings));
    expect(read.inspection.siteTypes.map((s) => [s.name, s.weight])).toEqual([
      ['实地考察', 0.85],
      ['问卷调查', 0.15],
    ]);
    const standings = computeStandings(indexScores(read.inspection), read.inspection.siteTypes);
    // 96.76 × 0.85 + 90 × 0.15 = 95.746; 94.20 × 0.85 + 99 × 0.15 = 94.92: 东关 first, though its plain sum is lower.
    expect(standings.rows.map((r) => [r.district, Math.round(r.total * 1000) / 1000, r.rank])).toEqual([
      ['东关街道', 95.746, 1],
      ['西关街道', 94.92, 2],
    ]);
    expect(standings.maxTotal).toBe(100);
  });
});

describe('what-if weights', () => {
  const all = computeStandings(index, inspection.siteTypes);

  it('铁路沿线 at weight 3 puts 小店区 first (821.4) and 杏花岭区 second; changes against the printed ranking', () => {
    const weighted = computeStandings(index, inspection.siteTypes, new Map([['铁路沿线', 3]]));
    const order = weighted.rows.map((r) => r.district);
    expect(order).toEqual(['小店区', '杏花岭区', '迎泽区', '晋源区', '万柏林区', '尖草坪区']);
    expect(weighted.rows.map((r) => r.total.toFixed(1))).toEqual(['821.4', '775.7', '768.9', '766.2', '757.4', '742.3']);
    const changes = rankChanges(all, weighted);
    expect([...changes.values()].map((c) => [c.district, c.baseRank, c.rank, c.change])).toEqual([
      ['小店区', 3, 1, 2],
      ['杏花岭区', 1, 2, -1],
      ['迎泽区', 2, 3, -1],
      ['晋源区', 5, 4, 1],
      ['万柏林区', 4, 5, -1],
      ['尖草坪区', 6, 6, 0],
    ]);
  });

  it('every weight at 0 is said to be so: all totals 0, all six share rank 1', () => {
    const zero = new Map(inspection.siteTypes.map((s) => [s.name, 0]));
    expect(allWeightsZero(inspection.siteTypes, zero)).toBe(true);
    expect(computeStandings(index, inspection.siteTypes, zero).rows.map((r) => [r.total, r.rank])).toEqual(
      inspection.districts.map(() => [0, 1]),
    );
    expect(allWeightsZero(inspection.siteTypes, new Map([['铁路沿线', 0]]))).toBe(false);
    expect(allWeightsZero([], zero)).toBe(false);
  });

  it('weight 0 drops a site type: 铁路沿线 at 0 equals the nine others summed', () => {
    const weighted = computeStandings(index, inspection.siteTypes, new Map([['铁路沿线', 0]]));
    const nine = computeStandings(
      index,
      inspection.siteTypes.filter((s) => s.name !== '铁路沿线'),
    );
    expect(weighted.rows.map((r) => [r.district, r.total.toFixed(1)])).toEqual(
      nine.rows.map((r) => [r.district, r.computedTotal.toFixed(1)]),
    );
  });
});

describe('fewer is better (deductions)', () => {
  it('ranks the fewest first, with the gaps counted as points behind, never negative', () => {
    const { result } = importText('街道\t公厕扣分\t市场扣分\n甲街道\t2\t3\n乙街道\t1\t0.5\n丙街道\t4\t4\n丁街道\t1\t0.5\n');
    if (!result.ok) throw new Error('does not read');
    const standings = computeStandings(indexScores(result.inspection), result.inspection.siteTypes);
    expect(standings.fewerIsBetter).toBe(true);
    expect(standings.rows.map((r) => [r.district, r.total, r.rank, r.gapToBest, r.gapToNext])).toEqual([
      ['乙街道', 1.5, 1, 0, 0],
      ['丁街道', 1.5, 1, 0, 0],
      ['甲街道', 5, 3, 3.5, 3.5],
      ['丙街道', 8, 4, 6.5, 3],
    ]);
  });

  it('travels in a link: the recipient ranks it the same way', () => {
    const { result } = importText('街道\t公厕扣分\t市场扣分\n甲街道\t2\t3\n乙街道\t1\t0.5\n');
    if (!result.ok) throw new Error('does not read');
    const back = expand(compact({ period: '2025-06', label: '', inspection: result.inspection }));
    expect(back?.inspection.fewerIsBetter).toBe(true);
    const plain = expand(
      compact({ period: '2025-06', label: '', inspection: { ...result.inspection, fewerIsBetter: undefined } as never }),
    );
    expect(plain?.inspection.fewerIsBetter).toBeUndefined();
  });
});
