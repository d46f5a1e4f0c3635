// Trends over periods: each district's total or site-type score, and its rank, period by period.

import { byName } from './byName';
import { standingsFor, type Period } from './history';
import { niceScale } from './niceScale';

export interface TrendPoint {
  id: string;
  period: string;
  /** district → value (total or one site type's score) */
  values: Record<string, number | undefined>;
  /** district → rank by that value */
  ranks: Record<string, number | undefined>;
}

export interface TrendSeries {
  points: TrendPoint[];
  /** Every district seen in any period, in first-seen order. */
  districts: string[];
  /** The value axis: every value, widened to round ticks (steps of 1, 2 or 5 × 10ⁿ). */
  domain: [number, number];
  ticks: number[];
}

/**
 * Over time: per period, each district's total over the selection (metric 'total') or its score in one
 * site type, and its rank by that value. Districts missing from a period have no value there.
 */
export function trendSeries(
  ordered: readonly Period[],
  selection: readonly string[] | 'all',
  metric: 'total' | { siteType: string },
): TrendSeries {
  const districts: string[] = [];
  // Seen already: a list's includes made hundreds of districts over 24 periods a quadratic scan.
  const seen = new Set<string>();
  const points = ordered.map((p) => {
    const chosen = metric === 'total' ? selection : [metric.siteType];
    const standings = standingsFor(p.inspection, chosen);
    const values = byName<number | undefined>();
    const ranks = byName<number | undefined>();
    for (const row of standings.rows) {
      if (!seen.has(row.district)) {
        seen.add(row.district);
        districts.push(row.district);
      }
      if (standings.siteTypes.length === 0) continue;
      values[row.district] = row.total;
      ranks[row.district] = row.rank;
    }
    return { id: p.id, period: p.period, values, ranks };
  });
  // A loop, not Math.min(...values): hundreds of districts over many periods must not hit the argument limit.
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const point of points) {
    for (const value of Object.values(point.values)) {
      if (value === undefined) continue;
      if (value < low) low = value;
      if (value > high) high = value;
    }
  }
  // About eight steps: a 320 px chart keeps its ticks 30 px apart, and the lines fill most of the height.
  const scale = low <= high ? niceScale(low, high, 8) : niceScale(0, 100, 5);
  return { points, districts, domain: [scale.lo, scale.hi], ticks: scale.ticks };
}
