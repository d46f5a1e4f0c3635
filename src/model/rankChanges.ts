// Each district's rank in one ranking against its rank in another: the weights view against the print, a period against the one before.

import type { Standings } from './standings';

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
