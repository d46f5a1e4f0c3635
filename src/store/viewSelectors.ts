// Named selectors of the views that load after the first screen (charts, report card, site type, what-if
// weights): they load with those views, so their model code stays off the first screen.

import type { SiteType } from '../data/types';
import type { ScoreIndex } from '../model/scores';
import { groupedBarSeries, radarSeries, totalBarSeries } from '../model/series';
import { siteTypeRanking, type SiteTypeRanking } from '../model/siteTypeRanking';
import { summaryFacts, type SummaryFacts } from '../model/summary';
import { headlineFacts, type HeadlineFacts } from '../model/headline';
import { climbTable, districtReport, type ClimbTable, type DistrictReport } from '../model/reportCard';
import { computeStandings, type Standings, type Weights } from '../model/standings';
import { rankChanges, type RankChange } from '../model/rankChanges';
import { stabilityInput, type StabilityInput } from '../model/weights';
import { memoizeLast } from './memo';
import {
  selectActive,
  selectPublishedStandings,
  selectRankChangeBasis,
  selectScoreIndex,
  selectSelectedSiteTypes,
  selectStandings,
  selectSeriesInspections,
} from './selectors';
import type { DashboardState, LoadedInspection } from './store';

const radarDistrictsOf = memoizeLast((loaded: LoadedInspection | undefined, selection: DashboardState['radarDistricts']): string[] => {
  if (!loaded) return [];
  const all = loaded.inspection.districts;
  return selection === 'all' ? all : all.filter((d) => selection.includes(d));
});

export function selectRadarDistricts(state: DashboardState): string[] {
  return radarDistrictsOf(selectActive(state), state.radarDistricts);
}

const groupedOf = memoizeLast((standings: Standings | undefined, loaded: LoadedInspection | undefined) =>
  standings && loaded ? groupedBarSeries(standings, loaded.inspection.districts) : [],
);

export function selectGroupedBars(state: DashboardState) {
  return groupedOf(selectStandings(state), selectActive(state));
}

const totalsOf = memoizeLast((standings: Standings | undefined) => (standings ? totalBarSeries(standings) : undefined));

export function selectTotalBars(state: DashboardState) {
  return totalsOf(selectStandings(state));
}

const radarOf = memoizeLast((standings: Standings | undefined, districts: string[]) =>
  standings ? radarSeries(standings, districts) : undefined,
);

export function selectRadar(state: DashboardState) {
  return radarOf(selectStandings(state), selectRadarDistricts(state));
}

export function selectReportDistrict(state: DashboardState): string | undefined {
  const districts = selectActive(state)?.inspection.districts ?? [];
  return state.district !== undefined && districts.includes(state.district) ? state.district : districts[0];
}

const reportOf = memoizeLast((index: ScoreIndex | undefined, standings: Standings | undefined, district: string | undefined) =>
  index && standings && district !== undefined ? districtReport(index, standings, district) : undefined,
);

export function selectDistrictReport(state: DashboardState): DistrictReport | undefined {
  return reportOf(selectScoreIndex(state), selectStandings(state), selectReportDistrict(state));
}

const climbOf = memoizeLast((standings: Standings | undefined) => (standings ? climbTable(standings) : undefined));

export function selectClimbTable(state: DashboardState): ClimbTable | undefined {
  return climbOf(selectStandings(state));
}

export function selectFocusSiteType(state: DashboardState): SiteType | undefined {
  const siteTypes = selectActive(state)?.inspection.siteTypes ?? [];
  return siteTypes.find((s) => s.name === state.focusSiteType) ?? siteTypes[0];
}

const siteTypeRankingOf = memoizeLast((index: ScoreIndex | undefined, siteType: SiteType | undefined) =>
  index && siteType ? siteTypeRanking(index, siteType) : undefined,
);

export function selectSiteTypeRanking(state: DashboardState): SiteTypeRanking | undefined {
  return siteTypeRankingOf(selectScoreIndex(state), selectFocusSiteType(state));
}

const weightsMapOf = memoizeLast((weights: Readonly<Record<string, number>>): Weights => new Map(Object.entries(weights)));

const weightedOf = memoizeLast((index: ScoreIndex | undefined, siteTypes: readonly SiteType[], weights: Weights) =>
  index ? computeStandings(index, siteTypes, weights, { publishedTotals: false }) : undefined,
);

/** Standings over the selected site types under the what-if weights, by the weighted sums (the rank ranges' basis). */
export function selectWeightedStandings(state: DashboardState): Standings | undefined {
  return weightedOf(selectScoreIndex(state), selectSelectedSiteTypes(state), weightsMapOf(state.weights));
}

const changesOf = memoizeLast((printed: Standings | undefined, weighted: Standings | undefined) =>
  printed && weighted ? rankChanges(printed, weighted) : undefined,
);

export function selectRankChanges(state: DashboardState): Map<string, RankChange> | undefined {
  return changesOf(selectPublishedStandings(state), selectWeightedStandings(state));
}

const stabilityInputOf = memoizeLast((index: ScoreIndex | undefined, siteTypes: readonly SiteType[], weights: Weights) =>
  index ? stabilityInput(index, siteTypes, weights) : undefined,
);

/** What the what-if view's rank ranges are computed from (in a worker: views/useRankRanges.ts); the same object while nothing it reads changes. */
export function selectStabilityInput(state: DashboardState): StabilityInput | undefined {
  return stabilityInputOf(selectScoreIndex(state), selectSelectedSiteTypes(state), weightsMapOf(state.weights));
}

/**
 * Every district of the active period's series, sorted: a district keeps its colour from month to month, and another
 * city's names (its own series) never move Taiyuan's districts to other colours.
 */
const colourOrderOf = memoizeLast((inspections: LoadedInspection[]): string[] => {
  const names = new Set<string>();
  for (const loaded of inspections) for (const d of loaded.inspection.districts) names.add(d);
  // By the printed names' code points, whatever the page's language: a district's colour must not change with it.
  // Not by a collator: the order only has to be the same each time, and making a Chinese collator takes 50 ms on a
  // phone, which the first chart opened paid.
  return [...names].sort();
});

export function selectDistrictColourOrder(state: DashboardState): string[] {
  return colourOrderOf(selectSeriesInspections(state));
}

const summaryOf = memoizeLast((index: ScoreIndex | undefined, standings: Standings | undefined, loaded: LoadedInspection | undefined) =>
  index && standings && loaded ? summaryFacts(index, standings, loaded.findings) : undefined,
);

export function selectSummaryFacts(state: DashboardState): SummaryFacts | undefined {
  return summaryOf(selectScoreIndex(state), selectStandings(state), selectActive(state));
}

const headlineOf = memoizeLast(
  (
    facts: SummaryFacts | undefined,
    index: ScoreIndex | undefined,
    standings: Standings | undefined,
    basis: ReturnType<typeof selectRankChangeBasis>,
  ): HeadlineFacts | undefined => (facts && index && standings ? headlineFacts(facts, index, standings, basis) : undefined),
);

/** The headline above the ranking: from the summary's facts and the rank changes the ranking marks. */
export function selectHeadlineFacts(state: DashboardState): HeadlineFacts | undefined {
  return headlineOf(selectSummaryFacts(state), selectScoreIndex(state), selectStandings(state), selectRankChangeBasis(state));
}
