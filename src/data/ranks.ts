// Standard competition ranking (1, 2, 2, 4): equal values share the best rank they span.

/** Values closer than this are equal: printed figures carry one decimal, sums add float noise. */
export const SCORE_EPSILON = 1e-6;

export interface Ranked<K> {
  key: K;
  value: number;
  rank: number;
}

/**
 * Ranks by value, highest first (or lowest first when fewer is better: deductions, problems found). Ties keep their
 * input order (the print's order among tied districts carries no meaning, so callers pass a stable order such as
 * the printed one).
 */
export function competitionRanks<K>(items: readonly { key: K; value: number }[], fewerFirst = false): Ranked<K>[] {
  // Positions sorted, not copies of the items: a 60,000-row import spent most of its ranking making copies.
  const values = items.map((item) => (fewerFirst ? -item.value : item.value));
  const order = items.map((_, index) => index).sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0) || a - b);
  const ranked: Ranked<K>[] = [];
  let rank = 0;
  let previous = Number.POSITIVE_INFINITY;
  order.forEach((index, position) => {
    const item = items[index] as { key: K; value: number };
    if (Math.abs(item.value - previous) > SCORE_EPSILON) {
      rank = position + 1;
      previous = item.value;
    }
    ranked.push({ key: item.key, value: item.value, rank });
  });
  return ranked;
}

/** Rounds to one decimal, the precision of the print, without float residue (676.7 not 676.6999…). */
export function roundScore(value: number): number {
  return Math.round(value * 10) / 10;
}
