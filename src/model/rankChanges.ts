// Each district's rank in one ranking against its rank in another: the weights view against the print, a period against the one before.

import type { Standings } from './standings';

export interface RankChange {
  district: string;
  baseRank: number;
  rank: number;
  /** Positive: climbed that many places; negative: fell. */
  change: number;
}

/**
 * Each district's rank in one ranking against its rank in the base ranking. A district the base does not rank is
 * unchanged by default (the weights view ranks the same districts), or left out (`omit`: a period's newcomers).
 */
export function rankChanges(base: Standings, other: Standings, options: { newcomers?: 'same' | 'omit' } = {}): Map<string, RankChange> {
  const baseRanks = new Map(base.rows.map((r) => [r.district, r.rank]));
  return new Map(
    other.rows.flatMap((row) => {
      const printed = baseRanks.get(row.district);
      if (printed === undefined && options.newcomers === 'omit') return [];
      const baseRank = printed ?? row.rank;
      return [[row.district, { district: row.district, baseRank, rank: row.rank, change: baseRank - row.rank }] as const];
    }),
  );
}
