// The view state carried by the URL, as a pure parse/serialize pair that drops defaults and ignores invalid values.

import { LANGUAGES, type Language } from '../i18n/names';
import type { SortColumn, SortState } from '../model/sortStandings';

export const VIEWS = ['rankings', 'bars', 'radar', 'map', 'siteType', 'district', 'weights', 'trend', 'notes'] as const;
export type ViewId = (typeof VIEWS)[number];

export type { SortColumn, SortState } from '../model/sortStandings';

export type Selection = readonly string[] | 'all';

export interface ViewState {
  view: ViewId;
  siteTypes: Selection;
  districts: Selection;
  /** null: the default order, by rank. */
  sort: SortState | null;
  language: Language;
  /** The district of the report card (undefined: the first in printed order). */
  district: string | undefined;
  /** The site type of the site-type view (undefined: the first). */
  siteType: string | undefined;
  /** What-if weights by site type; a site type not listed weighs 1. */
  weights: Readonly<Record<string, number>>;
  /** The district picked out in the charts (突出显示); undefined: none. */
  highlight: string | undefined;
  /** The id of the period asked for (undefined: the latest); kept when this browser does not have it. */
  period: string | undefined;
  /** Shown inside another page (`embed=1`): the view alone, with its title, source and a link to the dashboard. */
  embed: boolean;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'rankings',
  siteTypes: 'all',
  districts: 'all',
  sort: null,
  language: 'zh',
  district: undefined,
  siteType: undefined,
  weights: {},
  highlight: undefined,
  period: undefined,
  embed: false,
};

export const MIN_WEIGHT = 0;
export const MAX_WEIGHT = 3;

/** What the current inspection makes valid: values outside these are ignored. */
export interface ViewContext {
  siteTypes: readonly string[];
  districts: readonly string[];
  /** Ids of the loaded periods. */
  periods: readonly string[];
}

const FIXED_COLUMNS: readonly SortColumn[] = ['rank', 'district', 'total', 'published'];

export function isSortColumn(value: string, context: ViewContext): value is SortColumn {
  if ((FIXED_COLUMNS as readonly string[]).includes(value)) return true;
  return value.startsWith('type:') && context.siteTypes.includes(value.slice('type:'.length));
}

function readSelection(params: URLSearchParams, key: string, valid: readonly string[]): Selection {
  if (!params.has(key)) return 'all';
  const values = params.getAll(key).filter((v) => v !== '');
  const chosen = valid.filter((name) => values.includes(name));
  // Every named value was invalid (an old or foreign link): fall back to the default, not to nothing.
  if (values.length > 0 && chosen.length === 0) return 'all';
  return chosen.length === valid.length ? 'all' : chosen;
}

export function parseViewState(search: string, context: ViewContext, fallback: ViewState = DEFAULT_VIEW_STATE): ViewState {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const language = params.get('lang');
  // Links made before the published-total column was named so still sort by it.
  const sortParam = params.get('sort');
  const sortColumn = sortParam === 'printed' ? 'published' : sortParam;
  const order = params.get('order');
  const sort: SortState | null =
    sortColumn !== null && isSortColumn(sortColumn, context) ? { column: sortColumn, desc: order !== 'asc' } : null;
  const district = params.get('district');
  const siteType = params.get('st');
  const periodParam = params.get('period');
  const highlight = params.get('hl');
  return {
    view: VIEWS.find((v) => v === view) ?? fallback.view,
    siteTypes: readSelection(params, 't', context.siteTypes),
    districts: readSelection(params, 'd', context.districts),
    sort,
    language: LANGUAGES.find((l) => l === language) ?? fallback.language,
    district: district !== null && context.districts.includes(district) ? district : undefined,
    siteType: siteType !== null && context.siteTypes.includes(siteType) ? siteType : undefined,
    weights: readWeights(params.getAll('w'), context.siteTypes),
    highlight: highlight !== null && context.districts.includes(highlight) ? highlight : undefined,
    // A period this browser does not have is kept, not dropped: the page says so, and the address keeps asking for it.
    period: periodParam !== null && /^[\w.-]{1,64}$/.test(periodParam) ? periodParam : undefined,
    embed: params.get('embed') === '1',
  };
}

/** `w=公厕:2` per weight; the last colon separates the value, so names may hold colons. Out-of-range values are ignored. */
function readWeights(entries: readonly string[], siteTypes: readonly string[]): Record<string, number> {
  // No prototype: a site type named __proto__ is a key like any other (the first screen does without model/byName).
  const weights = Object.create(null) as Record<string, number>;
  for (const entry of entries) {
    const colon = entry.lastIndexOf(':');
    if (colon <= 0) continue;
    const name = entry.slice(0, colon);
    const text = entry.slice(colon + 1);
    const value = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : NaN;
    if (!siteTypes.includes(name) || !(value >= MIN_WEIGHT && value <= MAX_WEIGHT) || value === 1) continue;
    weights[name] = value;
  }
  return weights;
}

function writeSelection(params: URLSearchParams, key: string, selection: Selection): void {
  if (selection === 'all') return;
  if (selection.length === 0) params.append(key, '');
  for (const name of selection) params.append(key, name);
}

/**
 * The query string for a view state ('' for the defaults), in a fixed key order so links compare equal. A link made
 * to be shared names its language even when it is the default (`withLanguage`): a friend whose browser prefers
 * another sees what the sender saw.
 */
export function serializeViewState(state: ViewState, defaults: ViewState = DEFAULT_VIEW_STATE, withLanguage = false): string {
  const params = new URLSearchParams();
  if (state.period !== undefined) params.set('period', state.period);
  if (state.view !== defaults.view) params.set('view', state.view);
  writeSelection(params, 't', state.siteTypes);
  writeSelection(params, 'd', state.districts);
  if (state.sort) {
    params.set('sort', state.sort.column);
    params.set('order', state.sort.desc ? 'desc' : 'asc');
  }
  if (withLanguage || state.language !== defaults.language) params.set('lang', state.language);
  if (state.district !== undefined) params.set('district', state.district);
  if (state.siteType !== undefined) params.set('st', state.siteType);
  if (state.highlight !== undefined) params.set('hl', state.highlight);
  for (const [name, weight] of Object.entries(state.weights)) if (weight !== 1) params.append('w', `${name}:${String(weight)}`);
  if (state.embed) params.set('embed', '1');
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/**
 * How a change of view state enters the browser's history: a new view, report-card district or period is a
 * place the reader went to, so Back must return from it (push); sorting, filters, weights and slider drags
 * refine the place they are on (replace).
 */
export function historyAction(previous: ViewState, next: ViewState): 'push' | 'replace' {
  return previous.view !== next.view || previous.district !== next.district || previous.period !== next.period ? 'push' : 'replace';
}

/** Toggles a name in a selection; a selection holding every name becomes 'all' again. */
export function toggleInSelection(selection: Selection, name: string, all: readonly string[]): Selection {
  const current = selection === 'all' ? all : selection;
  const next = current.includes(name) ? current.filter((n) => n !== name) : all.filter((n) => n === name || current.includes(n));
  return next.length === all.length ? 'all' : next;
}
