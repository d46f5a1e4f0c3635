// Named selectors: every figure on screen comes from here, computed by src/model from the store's records.

import type { SiteType } from '../data/types';
import { indexScores, selectSiteTypes, type ScoreIndex } from '../model/scores';
import { groupedBarSeries, radarSeries, totalBarSeries } from '../model/series';
import { orderPeriods, previousPeriod, standingsFor } from '../model/history';
import { climbTable, districtReport, siteTypeRanking, type ClimbTable, type DistrictReport, type SiteTypeRanking } from '../model/answers';
import { computeStandings, type Standings, type Weights } from '../model/standings';
import { summaryFacts, type SummaryFacts } from '../model/summary';
import { rankChanges, rankStability, type RankChange, type RankRange } from '../model/weights';
import { memoizeLast } from './memo';
import type { DashboardState, LoadedInspection } from './store';
import type { ViewContext, ViewState } from './viewState';

const orderedOf = memoizeLast((inspections: LoadedInspection[]) => orderPeriods(inspections));

/** Every loaded inspection, oldest period first. */
export function selectOrderedInspections(state: DashboardState): LoadedInspection[] {
  return orderedOf(state.inspections);
}

/** The inspection on screen: the chosen one, else the latest period. */
export function selectActive(state: DashboardState): LoadedInspection | undefined {
  const ordered = selectOrderedInspections(state);
  return ordered.find((i) => i.id === state.activeId) ?? ordered[ordered.length - 1];
}

export function selectPreviousInspection(state: DashboardState): LoadedInspection | undefined {
  const active = selectActive(state);
  return active ? previousPeriod(selectOrderedInspections(state), active.id) : undefined;
}

const periodChangesOf = memoizeLast(
  (previous: LoadedInspection | undefined, selection: DashboardState['siteTypes'], current: Standings | undefined) => {
    if (!previous || !current) return undefined;
    // The same site types by name in both periods; a site type the earlier period lacks is left out there.
    const names = current.siteTypes.map((s) => s.name);
    const before = standingsFor(previous.inspection, selection === 'all' ? 'all' : names);
    return rankChanges(before, current);
  },
);

/** Rank changes against the previous period over the selected site types; undefined with one period. */
export function selectPeriodRankChanges(state: DashboardState): Map<string, RankChange> | undefined {
  return periodChangesOf(selectPreviousInspection(state), state.siteTypes, selectStandings(state));
}

const indexOf = memoizeLast((loaded: LoadedInspection | undefined): ScoreIndex | undefined =>
  loaded ? indexScores(loaded.inspection) : undefined,
);

export function selectScoreIndex(state: DashboardState): ScoreIndex | undefined {
  return indexOf(selectActive(state));
}

const siteTypesOf = memoizeLast((loaded: LoadedInspection | undefined, selection: DashboardState['siteTypes']): readonly SiteType[] =>
  loaded ? selectSiteTypes(loaded.inspection, selection) : [],
);

export function selectSelectedSiteTypes(state: DashboardState): readonly SiteType[] {
  return siteTypesOf(selectActive(state), state.siteTypes);
}

const standingsOf = memoizeLast((index: ScoreIndex | undefined, siteTypes: readonly SiteType[]): Standings | undefined =>
  index ? computeStandings(index, siteTypes) : undefined,
);

export function selectStandings(state: DashboardState): Standings | undefined {
  return standingsOf(selectScoreIndex(state), selectSelectedSiteTypes(state));
}

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

/** Every district of every loaded inspection, sorted: a district keeps its colour from month to month. */
const colourOrderOf = memoizeLast((inspections: LoadedInspection[]): string[] => {
  const names = new Set<string>();
  for (const loaded of inspections) for (const d of loaded.inspection.districts) names.add(d);
  return [...names].sort((a, b) => a.localeCompare(b, 'zh-CN'));
});

export function selectDistrictColourOrder(state: DashboardState): string[] {
  return colourOrderOf(state.inspections);
}

const contextOf = memoizeLast((loaded: LoadedInspection | undefined, inspections: LoadedInspection[]): ViewContext => ({
  siteTypes: loaded?.inspection.siteTypes.map((s) => s.name) ?? [],
  districts: loaded?.inspection.districts ?? [],
  periods: inspections.map((i) => i.id),
}));

export function selectViewContext(state: DashboardState): ViewContext {
  return contextOf(selectActive(state), state.inspections);
}

export function selectViewState(state: DashboardState): ViewState {
  return {
    view: state.view,
    siteTypes: state.siteTypes,
    districts: state.radarDistricts,
    sort: state.sort,
    language: state.language,
    district: state.district,
    siteType: state.focusSiteType,
    weights: state.weights,
    period: state.activeId,
  };
}

/** The printed ranking: every site type at weight 1, whatever the filter. */
const printedStandingsOf = memoizeLast((index: ScoreIndex | undefined) =>
  index ? computeStandings(index, index.inspection.siteTypes) : undefined,
);

export function selectPrintedStandings(state: DashboardState): Standings | undefined {
  return printedStandingsOf(selectScoreIndex(state));
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
  index ? computeStandings(index, siteTypes, weights) : undefined,
);

/** Standings over the selected site types under the what-if weights. */
export function selectWeightedStandings(state: DashboardState): Standings | undefined {
  return weightedOf(selectScoreIndex(state), selectSelectedSiteTypes(state), weightsMapOf(state.weights));
}

const changesOf = memoizeLast((printed: Standings | undefined, weighted: Standings | undefined) =>
  printed && weighted ? rankChanges(printed, weighted) : undefined,
);

export function selectRankChanges(state: DashboardState): Map<string, RankChange> | undefined {
  return changesOf(selectPrintedStandings(state), selectWeightedStandings(state));
}

const stabilityOf = memoizeLast((index: ScoreIndex | undefined, siteTypes: readonly SiteType[], weights: Weights) =>
  index ? new Map(rankStability(index, siteTypes, weights).map((r) => [r.district, r])) : undefined,
);

export function selectRankStability(state: DashboardState): Map<string, RankRange> | undefined {
  return stabilityOf(selectScoreIndex(state), selectSelectedSiteTypes(state), weightsMapOf(state.weights));
}

const summaryOf = memoizeLast((index: ScoreIndex | undefined, standings: Standings | undefined, loaded: LoadedInspection | undefined) =>
  index && standings && loaded ? summaryFacts(index, standings, loaded.findings) : undefined,
);

export function selectSummaryFacts(state: DashboardState): SummaryFacts | undefined {
  return summaryOf(selectScoreIndex(state), selectStandings(state), selectActive(state));
}
