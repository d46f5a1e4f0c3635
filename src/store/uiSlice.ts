// The UI slice: what the reader is looking at (view, site types, sort, district, weights, chart series) and
// their remembered language and theme. It holds no figures: the selectors compute them from the records.

import type { Language } from '../i18n/names';
import { browserLanguage, loadPreferences, savePreferences, type Preferences, type Theme } from './preferences';
import type { SliceCreator, StorageLike } from './slice';
import { DEFAULT_VIEW_STATE, toggleInSelection, type Selection, type SortState, type ViewId, type ViewState } from './viewState';

export interface UiState {
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
  /** The district picked out in the charts (突出显示). */
  highlight: string | undefined;
  /** The site type of the site-type view; undefined: the first. */
  focusSiteType: string | undefined;
  /** What-if weights by site type; absent means 1. */
  weights: Readonly<Record<string, number>>;
  /** Colour theme: 'auto' follows the system's light or dark setting. */
  theme: Theme;
  /** Shown inside another page (a link's `embed=1`): the view alone. */
  embed: boolean;
  /** A new version of the app is installed and waits for the reader to take it (service worker). */
  updateAvailable: boolean;
}

export interface UiActions {
  setView: (view: ViewId) => void;
  toggleSiteType: (name: string, all: readonly string[]) => void;
  selectAllSiteTypes: () => void;
  clearSiteTypes: () => void;
  toggleRadarDistrict: (name: string, all: readonly string[]) => void;
  /** The rankings' sort, as the table reports a header click (null: by rank). */
  setSort: (sort: SortState | null) => void;
  resetSort: () => void;
  setLanguage: (language: Language) => void;
  setTheme: (theme: Theme) => void;
  toggleSeries: (name: string) => void;
  openDistrict: (district: string) => void;
  setDistrict: (district: string) => void;
  setHighlight: (district: string | undefined) => void;
  setFocusSiteType: (siteType: string) => void;
  setWeight: (siteType: string, weight: number) => void;
  resetWeights: () => void;
  setUpdateAvailable: (available: boolean) => void;
}

export function createUiSlice(storage: StorageLike | undefined, languages: readonly string[]): SliceCreator<UiState, UiActions> {
  const preferences = loadPreferences(storage);
  const remember = (change: Partial<Preferences>) => {
    savePreferences(storage, { ...loadPreferences(storage), ...change });
  };
  return (set) => ({
    view: DEFAULT_VIEW_STATE.view,
    siteTypes: DEFAULT_VIEW_STATE.siteTypes,
    radarDistricts: DEFAULT_VIEW_STATE.districts,
    sort: DEFAULT_VIEW_STATE.sort,
    // A link's lang= wins (applied after start-up), then the remembered choice, then the browser's language.
    language: preferences.language ?? browserLanguage(languages),
    theme: preferences.theme,
    hiddenSeries: [],
    district: DEFAULT_VIEW_STATE.district,
    focusSiteType: DEFAULT_VIEW_STATE.siteType,
    highlight: undefined,
    weights: DEFAULT_VIEW_STATE.weights,
    embed: DEFAULT_VIEW_STATE.embed,
    updateAvailable: false,
    setView: (view) => set({ view }),
    toggleSiteType: (name, all) => set((s) => ({ siteTypes: toggleInSelection(s.siteTypes, name, all) })),
    selectAllSiteTypes: () => set({ siteTypes: 'all' }),
    clearSiteTypes: () => set({ siteTypes: [] }),
    toggleRadarDistrict: (name, all) => set((s) => ({ radarDistricts: toggleInSelection(s.radarDistricts, name, all) })),
    setSort: (sort) => set({ sort }),
    resetSort: () => set({ sort: null }),
    setLanguage: (language) => {
      remember({ language });
      set({ language });
    },
    setTheme: (theme) => {
      remember({ theme });
      set({ theme });
    },
    toggleSeries: (name) =>
      set((s) => ({ hiddenSeries: s.hiddenSeries.includes(name) ? s.hiddenSeries.filter((n) => n !== name) : [...s.hiddenSeries, name] })),
    openDistrict: (district) => set({ view: 'district', district }),
    setDistrict: (district) => set({ district }),
    setFocusSiteType: (focusSiteType) => set({ focusSiteType }),
    setHighlight: (highlight) => set({ highlight }),
    setWeight: (siteType, weight) =>
      set((s) => {
        // Weight 1 is the default: leave it out so that links stay short.
        const others = Object.entries(s.weights).filter(([name]) => name !== siteType);
        return { weights: Object.fromEntries(weight === 1 ? others : [...others, [siteType, weight]]) };
      }),
    resetWeights: () => set({ weights: {} }),
    setUpdateAvailable: (updateAvailable) => set({ updateAvailable }),
  });
}

/** This slice's part of a link's view state (the period is the imports slice's: store.ts applies both at once). */
export function uiStateOfView(state: ViewState): Partial<UiState> {
  return {
    view: state.view,
    siteTypes: state.siteTypes,
    radarDistricts: state.districts,
    sort: state.sort,
    language: state.language,
    district: state.district,
    focusSiteType: state.siteType,
    highlight: state.highlight,
    weights: state.weights,
    embed: state.embed,
  };
}
