// One site type's ranking: the districts ranked (ties shared), the city value and the spread, for the summary and the site-type view.

import type { SiteType } from '../data/types';
import { competitionRanks } from './ranks';
import { cityValue, scoreOf, type ScoreIndex } from './scores';

export interface SiteTypeRow {
  district: string;
  score: number;
  rank: number;
  tied: boolean;
  /** Score minus the city value (undefined without one). */
  gapToCity: number | undefined;
}

export interface SiteTypeRanking {
  siteType: SiteType;
  rows: SiteTypeRow[];
  city: number | undefined;
  best: number | undefined;
  worst: number | undefined;
  /** The districts holding the best and the worst score (more than one when tied), in rank order. */
  bestDistricts: string[];
  worstDistricts: string[];
  /** How far apart the best and the worst score are. */
  spread: number | undefined;
}

/** One site type's districts ranked (ties shared), with the city value and the spread between best and worst. */
export function siteTypeRanking(index: ScoreIndex, siteType: SiteType): SiteTypeRanking {
  const items = index.inspection.districts.flatMap((district) => {
    const value = scoreOf(index, district, siteType.name);
    return value === undefined ? [] : [{ key: district, value }];
  });
  const ranked = competitionRanks(items, index.inspection.fewerIsBetter);
  const counts = new Map<number, number>();
  for (const r of ranked) counts.set(r.rank, (counts.get(r.rank) ?? 0) + 1);
  const city = cityValue(index, siteType.name);
  const rows = ranked.map((r) => ({
    district: r.key,
    score: r.value,
    rank: r.rank,
    tied: (counts.get(r.rank) ?? 0) > 1,
    gapToCity: city === undefined ? undefined : r.value - city,
  }));
  const best = rows[0]?.score;
  const worst = rows[rows.length - 1]?.score;
  return {
    siteType,
    rows,
    city,
    best,
    worst,
    bestDistricts: rows.filter((r) => r.score === best).map((r) => r.district),
    worstDistricts: rows.filter((r) => r.score === worst).map((r) => r.district),
    spread: best === undefined || worst === undefined ? undefined : Math.abs(best - worst),
  };
}
