// Trends over periods: each district's total or site-type score, and its rank, period by period.

import { byName } from './byName';
import { standingsFor, type Period } from './history';

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
  /** The value axis: every value, widened to whole tens. */
  domain: [number, number];
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
  const points = ordered.map((p) => {
    const chosen = metric === 'total' ? selection : [metric.siteType];
    const standings = standingsFor(p.inspection, chosen);
    const values = byName<number | undefined>();
    const ranks = byName<number | undefined>();
    for (const row of standings.rows) {
      if (!districts.includes(row.district)) districts.push(row.district);
      if (standings.siteTypes.length === 0) continue;
      values[row.district] = row.total;
      ranks[row.district] = row.rank;
    }
    return { id: p.id, period: p.period, values, ranks };
  });
  const all = points.flatMap((p) => Object.values(p.values)).filter((v): v is number => v !== undefined);
  const domain: [number, number] =
    all.length === 0 ? [0, 100] : [Math.floor(Math.min(...all) / 10) * 10, Math.ceil(Math.max(...all) / 10) * 10];
  return { points, districts, domain };
}
