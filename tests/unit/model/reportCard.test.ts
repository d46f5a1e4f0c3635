// The report card and the climb table on the seed: ranks, printed totals, the points to draw level (迎泽区 6.7 behind 杏花岭区).
import { describe, expect, it } from 'vitest';
import { parseInspection } from '../../../src/data/parseInspection';
import { climbTable, districtReport } from '../../../src/model/reportCard';
import { indexScores, selectSiteTypes } from '../../../src/model/scores';
import { computeStandings } from '../../../src/model/standings';
import { readFixture } from '../readFixture';

const parsed = parseInspection(readFixture('taiyuan-news-page-2025-01.txt'));
if (!parsed.ok) throw new Error('seed must parse');
const inspection = parsed.inspection;
const index = indexScores(inspection);
const all = computeStandings(index, inspection.siteTypes);

describe('points to climb', () => {
  it('on the printed totals: 迎泽区 is 6.7 behind 杏花岭区 676.6, and 杏花岭区 leads by 6.7', () => {
    const climb = climbTable(all);
    const yingze = climb.targets.find((t) => t.district === '迎泽区');
    expect(yingze?.nextAbove).toBe('杏花岭区');
    expect(yingze?.pointsToDrawLevel).toBeCloseTo(6.7, 6);
    expect(climb.leader).toBe('杏花岭区');
    expect(climb.runnerUp).toBe('迎泽区');
    expect(climb.leaderMargin).toBeCloseTo(6.7, 6);
    expect(climb.targets.map((t) => t.pointsToDrawLevel?.toFixed(1))).toEqual([undefined, '6.7', '10.1', '8.6', '0.6', '7.3']);
  });

  it('on a selection (公厕 alone) the gaps follow the selection: 小店区 is 1.0 behind 杏花岭区', () => {
    const climb = climbTable(computeStandings(index, selectSiteTypes(inspection, ['公厕'])));
    expect(climb.targets[1]).toMatchObject({ district: '小店区', nextAbove: '杏花岭区' });
    expect(climb.targets[1]?.pointsToDrawLevel).toBeCloseTo(1.0, 6);
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
