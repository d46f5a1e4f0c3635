// What-if weights: rank changes against the printed ranking, and how stable each rank is when weights move.

import type { SiteType } from '../data/types';
import { SCORE_EPSILON } from './ranks';
import { scoreOf, type ScoreIndex } from './scores';
import { weightOf, type Standings, type Weights } from './standings';

export interface RankChange {
  district: string;
  baseRank: number;
  rank: number;
  /** Positive: climbed that many places; negative: fell. */
  change: number;
}

/** Each district's rank under the weights against its rank in the base (printed) ranking. */
export function rankChanges(base: Standings, weighted: Standings): Map<string, RankChange> {
  const baseRanks = new Map(base.rows.map((r) => [r.district, r.rank]));
  return new Map(
    weighted.rows.map((row) => {
      const baseRank = baseRanks.get(row.district) ?? row.rank;
      return [row.district, { district: row.district, baseRank, rank: row.rank, change: baseRank - row.rank }];
    }),
  );
}

export interface RankRange {
  district: string;
  /** 1 + the districts that stay ahead under every weighting in the box. */
  best: number;
  /** 1 + the districts that get ahead under some weighting in the box. */
  worst: number;
}

interface Bounds {
  lo: number;
  hi: number;
}

function weightBounds(siteTypes: readonly SiteType[], weights: Weights | undefined, tolerance: number): Bounds[] {
  return siteTypes.map((s) => {
    const w = weightOf(weights, s.name);
    return { lo: w * (1 - tolerance), hi: w * (1 + tolerance) };
  });
}

/**
 * Best and worst rank each district can reach when every weight moves within ±tolerance of its value.
 * The difference between two districts' weighted totals is linear in the weights, so over the box of
 * weights its minimum and maximum sit at corners, and each coordinate of that corner is chosen by the
 * sign of the score difference alone: exact, in O(districts² × site types), with no sampling.
 */
export function rankStability(
  index: ScoreIndex,
  siteTypes: readonly SiteType[],
  weights: Weights | undefined,
  tolerance = 0.2,
): RankRange[] {
  const districts = index.inspection.districts;
  const bounds = weightBounds(siteTypes, weights, tolerance);
  // A source's own share of a site type (实地考察 85 %) scales its scores before any what-if weight.
  const scores = districts.map((d) => siteTypes.map((s) => (scoreOf(index, d, s.name) ?? 0) * (s.weight ?? 1)));
  return districts.map((district, d) => {
    let surelyAhead = 0;
    let possiblyAhead = 0;
    districts.forEach((_, e) => {
      if (e === d) return;
      let min = 0;
      let max = 0;
      bounds.forEach((b, s) => {
        const diff = (scores[e]?.[s] ?? 0) - (scores[d]?.[s] ?? 0);
        min += diff * (diff >= 0 ? b.lo : b.hi);
        max += diff * (diff >= 0 ? b.hi : b.lo);
      });
      if (min > SCORE_EPSILON) surelyAhead++;
      if (max > SCORE_EPSILON) possiblyAhead++;
    });
    return { district, best: 1 + surelyAhead, worst: 1 + possiblyAhead };
  });
}
