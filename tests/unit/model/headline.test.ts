// The headline's facts on the seed (January) and the invented February: leader, last and where it loses most,
// the biggest rank change against the previous period and under a site-type filter. Figures worked out by hand
// from the printed tables (the comments show the sums).
import { describe, expect, it } from 'vitest';
import { parseInspection } from '../../../src/data/parseInspection';
import type { Inspection } from '../../../src/data/types';
import { headlineFacts } from '../../../src/model/headline';
import { rankChanges } from '../../../src/model/rankChanges';
import { indexScores, selectSiteTypes } from '../../../src/model/scores';
import { computeStandings } from '../../../src/model/standings';
import { summaryFacts } from '../../../src/model/summary';
import { readFixture } from '../readFixture';
import { seedInspection } from '../seedInspection';

function parsed(name: string): Inspection {
  const result = parseInspection(readFixture(name));
  if (!result.ok) throw new Error(name);
  return result.inspection;
}

const january = seedInspection();
const janIndex = indexScores(january);
const janFull = computeStandings(janIndex, january.siteTypes);

describe('headlineFacts', () => {
  it('January: 杏花岭区 leads by 6.7 over 迎泽区; 尖草坪区 is last, 33.3 behind, furthest below the city in 铁路沿线 (49.5 vs 56.7)', () => {
    const facts = headlineFacts(summaryFacts(janIndex, janFull, []) ?? expect.unreachable(), janIndex, janFull, undefined);
    expect(facts.leaders).toEqual(['杏花岭区']);
    expect(facts.runnerUp).toBe('迎泽区');
    expect(facts.margin).toBeCloseTo(6.7, 9);
    expect(facts.last).toEqual(['尖草坪区']);
    expect(facts.lastBehind).toBeCloseTo(33.3, 9);
    // 尖草坪区 against the city: 围挡 68.4/73.6 (−5.2), 公厕 69.8/73.9 (−4.1), 铁路沿线 49.5/56.7 (−7.2).
    expect(facts.lastWeakest).toEqual({ siteType: '铁路沿线', score: 49.5, reference: 56.7, against: 'city' });
    expect(facts.biggestChange).toBeUndefined();
  });

  it('under 背街小巷 + 城中村: 迎泽区 leads (151.0); the biggest move is 杏花岭区, 1st to 4th (ties of three places go to the higher base rank)', () => {
    const filtered = computeStandings(janIndex, selectSiteTypes(january, ['背街小巷', '城中村']));
    const changes = rankChanges(janFull, filtered);
    // Sums: 迎泽 151.0, 晋源 140.7, 尖草坪 135.9, 杏花岭 132.2, 万柏林 130.1, 小店 121.4.
    expect(filtered.rows.map((r) => r.district)).toEqual(['迎泽区', '晋源区', '尖草坪区', '杏花岭区', '万柏林区', '小店区']);
    const facts = headlineFacts(summaryFacts(janIndex, filtered, []) ?? expect.unreachable(), janIndex, filtered, {
      basis: 'filter',
      changes,
    });
    expect(facts.leaders).toEqual(['迎泽区']);
    expect(facts.margin).toBeCloseTo(10.3, 9);
    expect(facts.biggestChange).toMatchObject({ district: '杏花岭区', baseRank: 1, rank: 4, change: -3, basis: 'filter' });
    // 小店区 last: 背街小巷 66.6/70.8 (−4.2), 城中村 54.8/64.5 (−9.7).
    expect(facts.lastWeakest).toMatchObject({ siteType: '城中村', score: 54.8, reference: 64.5 });
  });

  it('February against January: 杏花岭区 falls two places (1st → 3rd), chosen over 万柏林区 (4th → 6th); 万柏林区 last, worst in 铁路沿线', () => {
    const february = parsed('another-month-2025-02.txt');
    const febIndex = indexScores(february);
    const febFull = computeStandings(febIndex, february.siteTypes);
    const facts = headlineFacts(summaryFacts(febIndex, febFull, []) ?? expect.unreachable(), febIndex, febFull, {
      basis: 'period',
      changes: rankChanges(janFull, febFull),
    });
    expect(facts.leaders).toEqual(['迎泽区']);
    expect(facts.margin).toBeCloseTo(21.3, 9);
    expect(facts.biggestChange).toMatchObject({ district: '杏花岭区', baseRank: 1, rank: 3, change: -2, basis: 'period' });
    expect(facts.last).toEqual(['万柏林区']);
    // 万柏林区 597.0: 铁路沿线 50.5 against the city's 60.7 (−10.2), more than 废品回收站 42.1/51.1 (−9.0).
    expect(facts.lastWeakest).toMatchObject({ siteType: '铁路沿线', score: 50.5, reference: 60.7 });
  });

  it("without a city column the last district is measured against the districts' mean; with one site type, not at all", () => {
    const noCity: Inspection = { ...january, cityAverages: [] };
    const index = indexScores(noCity);
    const full = computeStandings(index, noCity.siteTypes);
    const facts = headlineFacts(summaryFacts(index, full, []) ?? expect.unreachable(), index, full, undefined);
    // 尖草坪区 against the means: 铁路沿线 49.5 against 340.1 / 6 = 56.68 (−7.18), 围挡 68.4 against 73.58 (−5.18).
    expect(facts.lastWeakest).toMatchObject({ siteType: '铁路沿线', score: 49.5, against: 'mean' });
    expect(facts.lastWeakest?.reference).toBeCloseTo(340.1 / 6, 9);
    const one = computeStandings(janIndex, selectSiteTypes(january, ['公厕']));
    expect(headlineFacts(summaryFacts(janIndex, one, []) ?? expect.unreachable(), janIndex, one, undefined).lastWeakest).toBeUndefined();
  });
});
