// One site type's ranking on the seed: 铁路沿线's spread, ties and city value.
import { describe, expect, it } from 'vitest';
import type { SiteType } from '../../../src/data/types';
import { parseInspection } from '../../../src/data/parseInspection';
import { indexScores } from '../../../src/model/scores';
import { siteTypeRanking } from '../../../src/model/siteTypeRanking';
import { readFixture } from '../readFixture';

const parsed = parseInspection(readFixture('taiyuan-news-page-2025-01.txt'));
if (!parsed.ok) throw new Error('seed must parse');
const inspection = parsed.inspection;
const index = indexScores(inspection);
const siteType = (name: string): SiteType => {
  const found = inspection.siteTypes.find((s) => s.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe('site-type view', () => {
  it('铁路沿线: spread 80.7 − 49.5 = 31.2, three districts tied at rank 4, city 56.7', () => {
    const ranking = siteTypeRanking(index, siteType('铁路沿线'));
    expect(ranking.spread).toBeCloseTo(31.2, 6);
    expect(ranking.best).toBe(80.7);
    expect(ranking.worst).toBe(49.5);
    // Who holds each end, named in the view's sentence: the lowest is shared by three.
    expect(ranking.bestDistricts).toEqual(['小店区']);
    expect(ranking.worstDistricts).toEqual(['杏花岭区', '迎泽区', '尖草坪区']);
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
