// The one zustand store: loaded inspections and UI state, built from slices. Figures are never stored.

import { create, type StateCreator } from 'zustand';
import { parseInspection } from '../data/parseInspection';
import { embeddedSource, embeddedText, type InspectionSource } from '../data/embedded/source';
import type { Finding, Inspection } from '../data/types';
import type { Language } from '../i18n/names';
import { DEFAULT_VIEW_STATE, type Selection, type SortColumn, type SortState, type ViewId, type ViewState } from './viewState';

export interface LoadedInspection {
  source: InspectionSource;
  /** The text the inspection was parsed from, kept to show its source lines. */
  text: string;
  inspection: Inspection;
  findings: Finding[];
}

export interface InspectionsSlice {
  inspections: LoadedInspection[];
  activeId: string;
  /** Findings of the embedded data when it cannot be read (never, unless the build is broken). */
  loadErrors: Finding[];
}

export interface UiSlice {
  view: ViewId;
  /** Selected site types, by printed name; 'all' follows the active inspection. */
  siteTypes: Selection;
  /** Districts drawn on the radar; 'all' follows the active inspection. */
  radarDistricts: Selection;
  /** null: the default order, by rank. */
  sort: SortState | null;
  language: Language;
  /** Series hidden through a chart legend (district names, or the city). */
  hiddenSeries: readonly string[];
  /** The district of the report card; undefined: the first in printed order. */
  district: string | undefined;
  /** The site type of the site-type view; undefined: the first. */
  focusSiteType: string | undefined;
  /** What-if weights by site type; absent means 1. */
  weights: Readonly<Record<string, number>>;
}

export interface UiActions {
  setView: (view: ViewId) => void;
  toggleSiteType: (name: string, all: readonly string[]) => void;
  selectAllSiteTypes: () => void;
  clearSiteTypes: () => void;
  toggleRadarDistrict: (name: string, all: readonly string[]) => void;
  cycleSort: (column: SortColumn, descFirst: boolean) => void;
  resetSort: () => void;
  setLanguage: (language: Language) => void;
  toggleSeries: (name: string) => void;
  openDistrict: (district: string) => void;
  setDistrict: (district: string) => void;
  setFocusSiteType: (siteType: string) => void;
  setWeight: (siteType: string, weight: number) => void;
  resetWeights: () => void;
  applyViewState: (state: ViewState) => void;
}

export type DashboardState = InspectionsSlice & UiSlice & UiActions;

function loadEmbedded(): Pick<InspectionsSlice, 'inspections' | 'loadErrors'> {
  const result = parseInspection(embeddedText);
  if (!result.ok) return { inspections: [], loadErrors: result.findings };
  return {
    inspections: [{ source: embeddedSource, text: embeddedText, inspection: result.inspection, findings: result.findings }],
    loadErrors: [],
  };
}

const createInspectionsSlice: StateCreator<DashboardState, [], [], InspectionsSlice> = () => ({
  ...loadEmbedded(),
  activeId: embeddedSource.id,
});

/** Toggles a name in a selection; a selection holding every name becomes 'all' again. */
export function toggleInSelection(selection: Selection, name: string, all: readonly string[]): Selection {
  const current = selection === 'all' ? all : selection;
  const next = current.includes(name) ? current.filter((n) => n !== name) : all.filter((n) => n === name || current.includes(n));
  return next.length === all.length ? 'all' : next;
}

/** The next sort after a header click: first the column's natural direction, then the other, then the default. */
export function nextSort(current: SortState | null, column: SortColumn, descFirst: boolean): SortState | null {
  const effective: SortState = current ?? { column: 'rank', desc: false };
  let next: SortState | null;
  if (effective.column !== column) next = { column, desc: descFirst };
  else if (effective.desc === descFirst) next = { column, desc: !descFirst };
  else next = null;
  // Rank ascending is the default order: store it as "no sort" so links stay short.
  return next?.column === 'rank' && !next.desc ? null : next;
}

const createUiSlice: StateCreator<DashboardState, [], [], UiSlice & UiActions> = (set) => ({
  view: DEFAULT_VIEW_STATE.view,
  siteTypes: DEFAULT_VIEW_STATE.siteTypes,
  radarDistricts: DEFAULT_VIEW_STATE.districts,
  sort: DEFAULT_VIEW_STATE.sort,
  language: DEFAULT_VIEW_STATE.language,
  hiddenSeries: [],
  district: DEFAULT_VIEW_STATE.district,
  focusSiteType: DEFAULT_VIEW_STATE.siteType,
  weights: DEFAULT_VIEW_STATE.weights,
  setView: (view) => set({ view }),
  toggleSiteType: (name, all) => set((s) => ({ siteTypes: toggleInSelection(s.siteTypes, name, all) })),
  selectAllSiteTypes: () => set({ siteTypes: 'all' }),
  clearSiteTypes: () => set({ siteTypes: [] }),
  toggleRadarDistrict: (name, all) => set((s) => ({ radarDistricts: toggleInSelection(s.radarDistricts, name, all) })),
  cycleSort: (column, descFirst) => set((s) => ({ sort: nextSort(s.sort, column, descFirst) })),
  resetSort: () => set({ sort: null }),
  setLanguage: (language) => set({ language }),
  toggleSeries: (name) =>
    set((s) => ({ hiddenSeries: s.hiddenSeries.includes(name) ? s.hiddenSeries.filter((n) => n !== name) : [...s.hiddenSeries, name] })),
  openDistrict: (district) => set({ view: 'district', district }),
  setDistrict: (district) => set({ district }),
  setFocusSiteType: (focusSiteType) => set({ focusSiteType }),
  setWeight: (siteType, weight) =>
    set((s) => {
      // Weight 1 is the default: leave it out so that links stay short.
      const others = Object.entries(s.weights).filter(([name]) => name !== siteType);
      return { weights: Object.fromEntries(weight === 1 ? others : [...others, [siteType, weight]]) };
    }),
  resetWeights: () => set({ weights: {} }),
  applyViewState: (state) =>
    set({
      view: state.view,
      siteTypes: state.siteTypes,
      radarDistricts: state.districts,
      sort: state.sort,
      language: state.language,
      district: state.district,
      focusSiteType: state.siteType,
      weights: state.weights,
    }),
});

export function createDashboardStore() {
  return create<DashboardState>()((...args) => ({
    ...createInspectionsSlice(...args),
    ...createUiSlice(...args),
  }));
}

export const useDashboard = createDashboardStore();
