// Chart data built from standings: grouped bars per site type, total bars, radar profiles.

import { barBaseline, niceScale, type NiceScale } from './niceScale';
import { radarBaseline, radarFewerBaseline } from './radarGeometry';
import { byName } from './byName';
import type { Standings } from './standings';

export interface SiteTypeGroup {
  siteType: string;
  maxScore: number;
  /** district → score */
  values: Record<string, number | undefined>;
  city: number | undefined;
}

/** One group per selected site type, one value per district (districts in the order given). */
export function groupedBarSeries(standings: Standings, districts: readonly string[]): SiteTypeGroup[] {
  const byDistrict = new Map(standings.rows.map((row) => [row.district, row]));
  return standings.siteTypes.map((siteType) => {
    const values = byName<number | undefined>();
    for (const district of districts) values[district] = byDistrict.get(district)?.scores.get(siteType.name);
    return { siteType: siteType.name, maxScore: siteType.maxScore, values, city: standings.city.values.get(siteType.name) };
  });
}

export interface TotalBar {
  district: string;
  total: number;
  rank: number;
}

/** The total ranking as bars, best first, with the city's total as the reference value. */
/** The total ranking's bars on a scale from a stated round baseline (barBaseline), so that the gaps show. */
export function totalBarSeries(standings: Standings): { bars: TotalBar[]; city: number | undefined; scale: NiceScale } {
  const bars = standings.rows.map((row) => ({ district: row.district, total: row.total, rank: row.rank }));
  const city = standings.city.total;
  const values = bars.map((b) => b.total);
  if (city !== undefined) values.push(city);
  return { bars, city, scale: barBaseline(values) };
}

export interface RadarPoint {
  siteType: string;
  maxScore: number;
  /** district → value on the radar's scale */
  values: Record<string, number | undefined>;
  /** district → printed score, for tooltips */
  scores: Record<string, number | undefined>;
  city: number | undefined;
  cityScore: number | undefined;
}

export interface RadarSeries {
  points: RadarPoint[];
  /**
   * The outer ring's value: the common maximum, or 100 when maxima differ and values are percentages; 0 when fewer is
   * better (the outer ring is then the best, as it is for scores).
   */
  scaleMax: number;
  /** True when values are shown as a percentage of each site type's maximum. */
  asPercent: boolean;
  /**
   * The value at the centre: a round baseline below every district's lowest (all of them, not only those drawn, so
   * that it stays put while the reader picks districts), or 0.
   */
  scaleMin: number;
}

/**
 * Radar points over the selected site types. With one common maximum the scale is 0–max; when
 * maxima differ (a site type out of 50), each value becomes a percentage of its maximum so that
 * the polygon compares like with like.
 */
export function radarSeries(standings: Standings, districts: readonly string[]): RadarSeries {
  const maxima = new Set(standings.siteTypes.map((s) => s.maxScore));
  const asPercent = maxima.size > 1;
  const scaleMax = asPercent ? 100 : (standings.siteTypes[0]?.maxScore ?? 100);
  const byDistrict = new Map(standings.rows.map((row) => [row.district, row]));
  const scale = (value: number | undefined, maxScore: number): number | undefined =>
    value === undefined ? undefined : asPercent ? (value / maxScore) * 100 : value;
  const points = standings.siteTypes.map((siteType) => {
    const values = byName<number | undefined>();
    const scores = byName<number | undefined>();
    for (const district of districts) {
      const score = byDistrict.get(district)?.scores.get(siteType.name);
      scores[district] = score;
      values[district] = scale(score, siteType.maxScore);
    }
    const cityScore = standings.city.values.get(siteType.name);
    return { siteType: siteType.name, maxScore: siteType.maxScore, values, scores, city: scale(cityScore, siteType.maxScore), cityScore };
  });
  const everyValue = function* () {
    for (const row of standings.rows)
      for (const siteType of standings.siteTypes) yield scale(row.scores.get(siteType.name), siteType.maxScore);
    for (const point of points) yield point.city;
  };
  // Fewer is better (deductions): better is further out here too, from the most at the centre to 0 outside.
  if (standings.fewerIsBetter) return { points, scaleMax: 0, asPercent, scaleMin: radarFewerBaseline(everyValue()) };
  return { points, scaleMax, asPercent, scaleMin: radarBaseline(everyValue(), scaleMax) };
}

export type DotPlotOrder = 'city' | 'spread';

export interface DotPlotRow extends SiteTypeGroup {
  /** Best minus worst score among the districts shown (undefined with fewer than one score). */
  spread: number | undefined;
  /** The lowest and the highest score among the districts shown (undefined with no score). */
  low: number | undefined;
  high: number | undefined;
}

/**
 * The dot plot's rows: one per site type, its districts' scores and the city value, ordered by city value
 * (highest first) or by spread (widest first); ties keep the site types' printed order.
 */
export function dotPlotRows(groups: readonly SiteTypeGroup[], order: DotPlotOrder): DotPlotRow[] {
  const rows = groups.map((group) => {
    let low: number | undefined;
    let high: number | undefined;
    for (const value of Object.values(group.values)) {
      if (value === undefined) continue;
      if (low === undefined || value < low) low = value;
      if (high === undefined || value > high) high = value;
    }
    return { ...group, spread: low === undefined || high === undefined ? undefined : high - low, low, high };
  });
  const key = (row: DotPlotRow) => (order === 'city' ? row.city : row.spread) ?? Number.NEGATIVE_INFINITY;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => key(b.row) - key(a.row) || a.index - b.index)
    .map((e) => e.row);
}

/**
 * The dot plot's shared axis, fitted to what it shows (every score and city value) at round steps, so that the
 * dots spread over the width rather than a third of it; never past the maximum score. Its first tick is the
 * baseline the figure states. With nothing to show: 0 to the maximum.
 */
export function dotPlotScale(rows: readonly DotPlotRow[], maxScore: number): NiceScale {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    for (const value of [row.low, row.high, row.city]) {
      if (value === undefined || !Number.isFinite(value)) continue;
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
  }
  if (!(low <= high)) return niceScale(0, maxScore > 0 ? maxScore : 100, 4);
  const scale = niceScale(Math.max(0, low), high, 5);
  if (maxScore > 0 && scale.hi > maxScore && high <= maxScore) {
    return { ...scale, hi: maxScore, ticks: scale.ticks.filter((tick) => tick <= maxScore) };
  }
  return scale;
}
