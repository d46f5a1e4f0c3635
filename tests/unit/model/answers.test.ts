// Report cards, points to climb, weights, rank stability, site-type spread and the summary, on the seed's figures.
import { describe, expect, it } from 'vitest';
import type { Inspection, SiteType } from '../../../src/data/types';
import { siteTypeRanking } from '../../../src/model/answers';
import { climbTable, districtReport } from '../../../src/model/reportCard';
import { indexScores, selectSiteTypes } from '../../../src/model/scores';
import { allWeightsZero, computeStandings } from '../../../src/model/standings';
import { summaryFacts } from '../../../src/model/summary';
import { rankChanges } from '../../../src/model/rankChanges';
import { rankStability } from '../../../src/model/weights';
import { writeSummary } from '../../../src/i18n/summary';
import { joinSentences } from '../../../src/i18n/format';
import { loadLanguage } from '../../../src/i18n/messages';
import { parseInspection } from '../../../src/data/parseInspection';
import { readFixture } from '../readFixture';

const parsed = parseInspection(readFixture('taiyuan-news-page-2025-01.txt'));
if (!parsed.ok) throw new Error('seed must parse');
const inspection = parsed.inspection;
const index = indexScores(inspection);
const all = computeStandings(index, inspection.siteTypes);
const siteType = (name: string): SiteType => {
  const found = inspection.siteTypes.find((s) => s.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe('points to climb', () => {
  it('on the printed totals: 迎泽区 is 6.7 behind 杏花岭区 676.6, and 杏花岭区 leads by 6.7', () => {
    const climb = climbTable(all);
    const yingze = climb.targets.find((t) => t.district === '迎泽区');
    expect(yingze?.nextAbove).toBe('杏花岭区');
    expect(yingze?.pointsToPass).toBeCloseTo(6.7, 6);
    expect(climb.leader).toBe('杏花岭区');
    expect(climb.runnerUp).toBe('迎泽区');
    expect(climb.leaderMargin).toBeCloseTo(6.7, 6);
    expect(climb.targets.map((t) => t.pointsToPass?.toFixed(1))).toEqual([undefined, '6.7', '10.1', '8.6', '0.6', '7.3']);
  });

  it('on a selection (公厕 alone) the gaps follow the selection: 小店区 is 1.0 behind 杏花岭区', () => {
    const climb = climbTable(computeStandings(index, selectSiteTypes(inspection, ['公厕'])));
    expect(climb.targets[1]).toMatchObject({ district: '小店区', nextAbove: '杏花岭区' });
    expect(climb.targets[1]?.pointsToPass).toBeCloseTo(1.0, 6);
    expect(climb.leaderMargin).toBeCloseTo(1.0, 6);
  });
});

describe('district report card', () => {
  const report = districtReport(index, all, '迎泽区');

  it('迎泽区: rank 2 of 6, printed 669.9, 6.7 behind 杏花岭区', () => {
    expect(report?.standing.rank).toBe(2);
    expect(report?.districtCount).toBe(6);
    expect(report?.standing.publishedTotal).toBe(669.9);
    expect(report?.standing.gapToNext).toBeCloseTo(6.7, 6);
  });

  it('per site type: rank with ties (铁路沿线 4, tied), gap to the best and to the city', () => {
    const railway = report?.lines.find((l) => l.siteType.name === '铁路沿线');
    expect(railway).toMatchObject({ score: 49.5, rank: 4, tied: true, best: 80.7, bestDistricts: ['小店区'], city: 56.7 });
    expect(railway?.gapToBest).toBeCloseTo(-31.2, 6);
    expect(railway?.gapToCity).toBeCloseTo(-7.2, 6);
  });

  it('strongest against the city: 城中村 +9.3; weakest: 铁路沿线 −7.2; furthest behind the best: 铁路沿线, 废品回收站, 农贸市场', () => {
    expect(report?.strongest.map((l) => l.siteType.name)).toEqual(['城中村']);
    expect(report?.strongest[0]?.gapToCity).toBeCloseTo(9.3, 6);
    expect(report?.weakest.map((l) => l.siteType.name)).toEqual(['铁路沿线']);
    expect(report?.furthestBehindBest.map((l) => [l.siteType.name, l.gapToBest?.toFixed(1)])).toEqual([
      ['铁路沿线', '-31.2'],
      ['废品回收站', '-8.3'],
      ['农贸市场、便民市场', '-6.6'],
    ]);
  });

  it('an unknown district has no report', () => {
    expect(districtReport(index, all, '海淀区')).toBeUndefined();
  });
});

describe('site-type view', () => {
  it('铁路沿线: spread 80.7 − 49.5 = 31.2, three districts tied at rank 4, city 56.7', () => {
    const ranking = siteTypeRanking(index, siteType('铁路沿线'));
    expect(ranking.spread).toBeCloseTo(31.2, 6);
    expect(ranking.best).toBe(80.7);
    expect(ranking.worst).toBe(49.5);
    expect(ranking.city).toBe(56.7);
    expect(ranking.rows[0]?.gapToCity).toBeCloseTo(80.7 - 56.7, 6);
    expect(ranking.rows.map((r) => [r.district, r.rank, r.tied])).toEqual([
      ['小店区', 1, false],
      ['晋源区', 2, false],
      ['万柏林区', 3, false],
      ['杏花岭区', 4, true],
      ['迎泽区', 4, true],
      ['尖草坪区', 4, true],
    ]);
  });
});

describe('what-if weights', () => {
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

/** Ranks actually reached: computed at every corner of the weight box and at random points inside it. */
function ranksReached(inspection: Inspection, siteTypes: readonly SiteType[], tolerance: number, randomPoints: number) {
  const idx = indexScores(inspection);
  const points: Map<string, number>[] = [];
  for (let mask = 0; mask < 2 ** siteTypes.length; mask++) {
    points.push(new Map(siteTypes.map((s, i) => [s.name, (mask >> i) & 1 ? 1 + tolerance : 1 - tolerance])));
  }
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < randomPoints; i++) points.push(new Map(siteTypes.map((s) => [s.name, 1 - tolerance + 2 * tolerance * next()])));
  const reached = new Map(inspection.districts.map((d) => [d, { min: Infinity, max: -Infinity }]));
  for (const w of points) {
    for (const row of computeStandings(idx, siteTypes, w).rows) {
      const r = reached.get(row.district);
      if (!r) continue;
      r.min = Math.min(r.min, row.rank);
      r.max = Math.max(r.max, row.rank);
    }
  }
  return reached;
}

describe('rank stability at ±20 %', () => {
  it('on the seed: exact ranges, each end reached by some weighting (1,024 corners and 20,000 random points)', () => {
    const exact = rankStability(index, inspection.siteTypes, undefined, 0.2);
    // 杏花岭区 can only be passed by 迎泽区; 尖草坪区 can climb no higher than 4th.
    expect(exact.map((r) => [r.district, r.best, r.worst, r.exact])).toEqual([
      ['杏花岭区', 1, 2, true],
      ['迎泽区', 1, 3, true],
      ['小店区', 2, 5, true],
      ['万柏林区', 3, 6, true],
      ['晋源区', 3, 6, true],
      ['尖草坪区', 4, 6, true],
    ]);
    const reached = ranksReached(inspection, inspection.siteTypes, 0.2, 20_000);
    for (const r of exact) expect(reached.get(r.district)).toEqual({ min: r.best, max: r.worst });
    // Each end is reached at its witness weighting, ranked by the model's own standings.
    for (const r of exact) {
      const at = (w: number[] | undefined) =>
        computeStandings(index, inspection.siteTypes, new Map(inspection.siteTypes.map((s, i) => [s.name, w?.[i] ?? 1]))).rows.find(
          (row) => row.district === r.district,
        )?.rank;
      expect([at(r.witnesses?.best), at(r.witnesses?.worst)]).toEqual([r.best, r.worst]);
    }
  });
});

describe('written summary', () => {
  const facts = summaryFacts(index, all, parsed.findings);

  it('facts: 杏花岭区 leads by 6.7; 尖草坪区 last; city strongest 公厕 73.9, weakest 废品回收站 49.6; widest spread 铁路沿线 31.2', () => {
    expect(facts?.leaders).toEqual(['杏花岭区']);
    expect(facts?.margin).toBeCloseTo(6.7, 6);
    expect(facts?.runnerUp).toBe('迎泽区');
    expect(facts?.last).toEqual(['尖草坪区']);
    expect(facts?.cityStrongest).toEqual({ siteType: '公厕', value: 73.9 });
    expect(facts?.cityWeakest).toEqual({ siteType: '废品回收站', value: 49.6 });
    expect(facts?.widestSpread?.siteType).toBe('铁路沿线');
    expect(facts?.widestSpread?.spread).toBeCloseTo(31.2, 6);
    expect(facts?.roundingDrifts.map((d) => d.district)).toEqual(['杏花岭区', '小店区']);
    expect(facts?.ties.map((t) => t.siteType)).toEqual(['铁路沿线']);
  });

  it('in Chinese and in English, with the figures', async () => {
    if (!facts) throw new Error('facts');
    await loadLanguage('en');
    const zh = writeSummary(facts, 'zh', '全部 10 项点位类型').join('');
    expect(zh).toContain('杏花岭区以 676.6 分居首，领先第二名迎泽区 6.7 分；尖草坪区以 643.3 分居末');
    expect(zh).toContain('公厕（73.9 分）');
    expect(zh).toContain('废品回收站（49.6 分）');
    expect(zh).toContain('铁路沿线：最高的小店区与最低的杏花岭区、迎泽区和尖草坪区相差 31.2 分');
    // As the summary block runs them together: no space after a Chinese full stop, one after an English one.
    expect(joinSentences(writeSummary(facts, 'zh', '全部 10 项点位类型'))).toContain(
      '尖草坪区以 643.3 分居末。全市平均得分最高的点位类型是公厕',
    );
    const en = joinSentences(writeSummary(facts, 'en', 'all 10 site types'));
    expect(en).toContain('Jiancaoping is last with 643.3. ');
    expect(en).toContain('Xinghualing leads with 676.6, 6.7 ahead of Yingze in second; Jiancaoping is last with 643.3.');
    expect(en).toContain('Public toilets (73.9)');
    expect(en).toContain('Scrap recycling stations (49.6)');
  });
});
