// Named selectors: every figure on screen comes from here, computed by src/model from the store's records.

import type { SiteType } from '../data/types';
import { indexScores, selectSiteTypes, type ScoreIndex } from '../model/scores';
import { groupedBarSeries, radarSeries, totalBarSeries } from '../model/series';
import { computeStandings, type Standings } from '../model/standings';
import { memoizeLast } from './memo';
import type { DashboardState, LoadedInspection } from './store';
import type { ViewContext, ViewState } from './viewState';

export function selectActive(state: DashboardState): LoadedInspection | undefined {
  return state.inspections.find((i) => i.source.id === state.activeId) ?? state.inspections[0];
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

const contextOf = memoizeLast((loaded: LoadedInspection | undefined): ViewContext => ({
  siteTypes: loaded?.inspection.siteTypes.map((s) => s.name) ?? [],
  districts: loaded?.inspection.districts ?? [],
}));

export function selectViewContext(state: DashboardState): ViewContext {
  return contextOf(selectActive(state));
}

export function selectViewState(state: DashboardState): ViewState {
  return { view: state.view, siteTypes: state.siteTypes, districts: state.radarDistricts, sort: state.sort, language: state.language };
}
