// Districts' totals, ranks and gaps over a chosen set of site types (optionally weighted).

import type { Inspection, SiteType } from '../data/types';
import { competitionRanks, SCORE_EPSILON } from './ranks';
import { cityValue, scoreOf, type ScoreIndex } from './scores';

export interface DistrictStanding {
  district: string;
  /** Score per selected site type (undefined when the text had none). */
  scores: ReadonlyMap<string, number | undefined>;
  /** Sum of the selected site types' scores, times their weights (the source's share and the what-if weight). */
  computedTotal: number;
  /** The printed total, given only when every site type is selected at weight 1. */
  publishedTotal: number | undefined;
  /** The total the district is ranked by: the printed one where it applies, else the computed one. */
  total: number;
  rank: number;
  /** Another district shares this rank. */
  tied: boolean;
  /** Points behind the leader's total (0 for the leader). */
  gapToBest: number;
  /** Points behind the next district ranked above (0 for the leader): what it takes to draw level. */
  gapToNext: number;
  /** The district ranked just above, when there is one. */
  nextAbove: string | undefined;
  /** Total minus the city's total. */
  gapToCity: number | undefined;
}

export interface CityStanding {
  name: string | undefined;
  values: ReadonlyMap<string, number | undefined>;
  total: number | undefined;
  /** Mean of the districts' computed totals: the city's figure beside their computed sums. */
  computedTotal: number | undefined;
  /** True when the total is the printed city total, false when it is the mean of the districts' totals. */
  totalIsPublished: boolean;
}

export interface Standings {
  siteTypes: readonly SiteType[];
  /** The figures count what is wrong (deductions): the fewest rank first, and gaps are how many more. */
  fewerIsBetter: boolean;
  /** Every site type of the inspection is selected, at weight 1: the printed totals apply. */
  isFullSelection: boolean;
  /** The highest total possible over the selection. */
  maxTotal: number;
  /** In rank order; ties keep the printed order. */
  rows: DistrictStanding[];
  city: CityStanding;
}

export type Weights = ReadonlyMap<string, number>;

export function weightOf(weights: Weights | undefined, siteType: string): number {
  return weights?.get(siteType) ?? 1;
}

/** The share the source gives a site type in its total (实地考察 85 %), times the what-if weight. */
function countsFor(siteType: SiteType, weights: Weights | undefined): number {
  return (siteType.weight ?? 1) * weightOf(weights, siteType.name);
}

/** Every selected site type weighted 0: all totals are 0 and every district shares rank 1. */
export function allWeightsZero(siteTypes: readonly SiteType[], weights: Weights | undefined): boolean {
  return siteTypes.length > 0 && siteTypes.every((s) => weightOf(weights, s.name) === 0);
}

function isUnweighted(weights: Weights | undefined, siteTypes: readonly SiteType[]): boolean {
  return siteTypes.every((s) => Math.abs(weightOf(weights, s.name) - 1) < SCORE_EPSILON);
}

export interface StandingsOptions {
  /**
   * Whether printed totals rank the districts where they apply (every site type, at weight 1). The weights
   * view ranks by the sums alone, the basis its rank ranges are computed on.
   */
  publishedTotals?: boolean;
}

export function computeStandings(
  index: ScoreIndex,
  siteTypes: readonly SiteType[],
  weights?: Weights,
  options: StandingsOptions = {},
): Standings {
  const inspection: Inspection = index.inspection;
  const isFullSelection =
    (options.publishedTotals ?? true) && siteTypes.length === inspection.siteTypes.length && isUnweighted(weights, siteTypes);
  const published = new Map(inspection.publishedTotals.map((t) => [t.district, t.value]));

  const base = inspection.districts.map((district) => {
    const scores = new Map<string, number | undefined>();
    let computedTotal = 0;
    for (const siteType of siteTypes) {
      const value = scoreOf(index, district, siteType.name);
      scores.set(siteType.name, value);
      if (value !== undefined) computedTotal += value * countsFor(siteType, weights);
    }
    const publishedTotal = isFullSelection ? published.get(district) : undefined;
    return { district, scores, computedTotal, publishedTotal, total: publishedTotal ?? computedTotal };
  });

  const cityValues = new Map<string, number | undefined>();
  let cityComputed = 0;
  for (const siteType of siteTypes) {
    const value = cityValue(index, siteType.name);
    cityValues.set(siteType.name, value);
    if (value !== undefined) cityComputed += value * weightOf(weights, siteType.name);
  }
  const publishedCityTotal = isFullSelection ? inspection.publishedCityTotal : undefined;
  // The print's city total is the mean of the district totals, not the sum of its column.
  const meanOfTotals = base.length > 0 ? base.reduce((sum, b) => sum + b.total, 0) / base.length : undefined;
  const cityTotal = publishedCityTotal ?? (siteTypes.length > 0 ? (meanOfTotals ?? cityComputed) : undefined);

  const fewerIsBetter = inspection.fewerIsBetter === true;
  const ranked = competitionRanks(
    base.map((b) => ({ key: b, value: b.total })),
    fewerIsBetter,
  );
  const best = ranked[0]?.value ?? 0;
  const sharing = new Map<number, number>();
  for (const entry of ranked) sharing.set(entry.rank, (sharing.get(entry.rank) ?? 0) + 1);
  // The district just above a tie group is the last one before the group starts.
  let groupStart = 0;
  const rows: DistrictStanding[] = ranked.map((entry, position) => {
    if (position > 0 && entry.rank !== ranked[position - 1]?.rank) groupStart = position;
    const above = groupStart > 0 ? ranked[groupStart - 1] : undefined;
    return {
      ...entry.key,
      rank: entry.rank,
      tied: (sharing.get(entry.rank) ?? 0) > 1,
      // Behind, whichever way better runs: a count of points, never negative.
      gapToBest: Math.abs(best - entry.value),
      gapToNext: above ? Math.abs(above.value - entry.value) : 0,
      nextAbove: above?.key.district,
      gapToCity: cityTotal === undefined ? undefined : entry.value - cityTotal,
    };
  });

  const maxTotal = siteTypes.reduce((sum, s) => sum + s.maxScore * countsFor(s, weights), 0);
  return {
    siteTypes,
    fewerIsBetter,
    isFullSelection,
    maxTotal: isFullSelection ? inspection.totalMaxScore : maxTotal,
    rows,
    city: {
      name: inspection.city,
      values: cityValues,
      total: cityTotal,
      computedTotal: siteTypes.length > 0 && base.length > 0 ? base.reduce((sum, b) => sum + b.computedTotal, 0) / base.length : undefined,
      totalIsPublished: publishedCityTotal !== undefined,
    },
  };
}

/** Whether the printed totals apply (every site type selected, at weight 1) and the print has any. */
export function showsPublishedTotals(standings: Standings): boolean {
  return standings.isFullSelection && standings.rows.some((r) => r.publishedTotal !== undefined);
}

/** A printed total that is not the sum of its printed scores (rounding, or a misprint the findings name). */
export function publishedDiffers(row: DistrictStanding): boolean {
  return row.publishedTotal !== undefined && Math.abs(row.publishedTotal - row.computedTotal) > SCORE_EPSILON;
}

/** Each district's rank within one site type, with ties. */
export function siteTypeRanks(index: ScoreIndex, siteType: string): Map<string, number> {
  const items = index.inspection.districts.flatMap((district) => {
    const value = scoreOf(index, district, siteType);
    return value === undefined ? [] : [{ key: district, value }];
  });
  return new Map(competitionRanks(items, index.inspection.fewerIsBetter).map((r) => [r.key, r.rank]));
}
