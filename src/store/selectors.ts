// Named selectors of the first screen (periods, the active inspection, standings, link state):
// every figure on screen comes from here or from viewSelectors.ts, computed by src/model from the store's records.

import type { SiteType } from '../data/types';
import { scoreDigits } from '../data/decimals';
import { scoreIndexOf, selectSiteTypes, type ScoreIndex } from '../model/scores';
import { orderPeriods, previousPeriod, standingsFor } from '../model/history';
import { computeStandings, type Standings } from '../model/standings';
import { rankChanges, type RankChange } from '../model/rankChanges';
import { seriesKeys } from '../model/periodSeries';
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

/** The period a link asks for that this browser does not have (another is shown); undefined when none. */
export function selectMissingPeriod(state: DashboardState): string | undefined {
  return state.activeId !== undefined && !state.inspections.some((i) => i.id === state.activeId) ? state.activeId : undefined;
}

/** The decimals the active inspection's figures are shown with: as its source prints them (1 for the seed). */
export function selectScoreDigits(state: DashboardState): number {
  const active = selectActive(state);
  return active ? scoreDigits(active.inspection) : 1;
}

/** What the active inspection's rows are (区, 街道, 镇…), as its source says; undefined: districts. */
export function selectEntityKind(state: DashboardState): string | undefined {
  return selectActive(state)?.inspection.entityKind;
}

const seriesKeysOf = memoizeLast((ordered: LoadedInspection[], stored: DashboardState['stored']) =>
  seriesKeys(ordered, new Map(stored.flatMap((item) => (item.series === undefined ? [] : [[item.id, item.series] as const])))),
);

/**
 * Each loaded period's series (the id of the series' first period): see src/model/periodSeries.ts; a month's
 * reader may have said which series it is (kept with the stored month).
 */
export function selectSeriesKeys(state: DashboardState): Map<string, string> {
  return seriesKeysOf(selectOrderedInspections(state), state.stored);
}

const seriesMonthsOf = memoizeLast((ordered: LoadedInspection[], keys: Map<string, string>, key: string | undefined) =>
  ordered.filter((i) => keys.get(i.id) === key),
);

/** The periods of the active period's series, oldest first: all that its rank changes and trends compare. */
export function selectSeriesInspections(state: DashboardState): LoadedInspection[] {
  const keys = selectSeriesKeys(state);
  const active = selectActive(state);
  return seriesMonthsOf(selectOrderedInspections(state), keys, active ? keys.get(active.id) : undefined);
}

/** Whether the active period is of the series the app embeds (Taiyuan's districts), whose title is the app's. */
export function selectIsEmbeddedSeries(state: DashboardState): boolean {
  return selectSeriesInspections(state).some((i) => i.embedded);
}

/** The period before the active one in its series (another city's ranking is never Taiyuan's previous month). */
export function selectPreviousInspection(state: DashboardState): LoadedInspection | undefined {
  const active = selectActive(state);
  return active ? previousPeriod(selectSeriesInspections(state), active.id) : undefined;
}

const periodChangesOf = memoizeLast(
  (previous: LoadedInspection | undefined, selection: DashboardState['siteTypes'], current: Standings | undefined) => {
    if (!previous || !current) return undefined;
    // The same site types by name in both periods; a site type the earlier period lacks is left out there.
    const names = current.siteTypes.map((s) => s.name);
    const before = standingsFor(previous.inspection, selection === 'all' ? 'all' : names);
    // An entity new this period has no change to show: it is left out, and the views say it is new.
    return rankChanges(before, current, { newcomers: 'omit' });
  },
);

/** Rank changes against the previous period over the selected site types; undefined with one period. */
export function selectPeriodRankChanges(state: DashboardState): Map<string, RankChange> | undefined {
  return periodChangesOf(selectPreviousInspection(state), state.siteTypes, selectStandings(state));
}

const indexOf = memoizeLast((loaded: LoadedInspection | undefined): ScoreIndex | undefined =>
  loaded ? scoreIndexOf(loaded.inspection) : undefined,
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

/** The printed ranking: every site type at weight 1, whatever the filter. */
const publishedStandingsOf = memoizeLast((index: ScoreIndex | undefined) =>
  index ? computeStandings(index, index.inspection.siteTypes) : undefined,
);

export function selectPublishedStandings(state: DashboardState): Standings | undefined {
  return publishedStandingsOf(selectScoreIndex(state));
}

/** What the ranks' change marks compare against: the full ranking under a site-type filter, else the previous period. */
export interface RankChangeBasis {
  basis: 'filter' | 'period';
  changes: Map<string, RankChange>;
}

const changeBasisOf = memoizeLast(
  (
    current: Standings | undefined,
    full: Standings | undefined,
    periodChanges: Map<string, RankChange> | undefined,
  ): RankChangeBasis | undefined => {
    if (current && full && !current.isFullSelection) return { basis: 'filter', changes: rankChanges(full, current) };
    return periodChanges ? { basis: 'period', changes: periodChanges } : undefined;
  },
);

export function selectRankChangeBasis(state: DashboardState): RankChangeBasis | undefined {
  return changeBasisOf(selectStandings(state), selectPublishedStandings(state), selectPeriodRankChanges(state));
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
    highlight: state.highlight,
    weights: state.weights,
    period: state.activeId,
    embed: state.embed,
  };
}
