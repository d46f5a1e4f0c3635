// The one zustand store: loaded inspections and UI state, built from slices. Figures are never stored.

import { create, type StateCreator } from 'zustand';
import { embeddedSource, embeddedText, type InspectionSource } from '../data/embedded/source';
import type { ImportFormat, ImportResult } from '../data/importText';
import { parsePrintedTables } from '../data/printedTables';
import type { Finding, Inspection } from '../data/types';
import { formatPeriod } from '../i18n/format';
import type { Language } from '../i18n/names';
import { browserLanguage, loadPreferences, savePreferences, type Preferences, type Theme } from './preferences';
import { loadStored, saveStored, type LoadProblem, type LoadResult, type StoredInspection } from './persistence';
import { DEFAULT_VIEW_STATE, type Selection, type SortColumn, type SortState, type ViewId, type ViewState } from './viewState';

export interface LoadedInspection {
  /** Stable id, in links (`period=`). */
  id: string;
  /** YYYY-MM: orders the history. */
  period: string;
  source: InspectionSource;
  /** The built-in inspection: always there, cannot be deleted. */
  embedded: boolean;
  format: ImportFormat;
  /** The text the inspection was parsed from, kept to show its source lines. */
  text: string;
  inspection: Inspection;
  findings: Finding[];
}

export interface InspectionsSlice {
  inspections: LoadedInspection[];
  /** The records behind the imported inspections, as stored in the browser. */
  stored: StoredInspection[];
  /** undefined: the latest period. */
  activeId: string | undefined;
  /** Findings of the embedded data when it cannot be read (never, unless the build is broken). */
  loadErrors: Finding[];
  /** Stored data that could not be read at start-up (a copy of it is kept). */
  storageProblem: LoadProblem | undefined;
  /** Set when the last write to the browser's storage failed. */
  saveError: string | undefined;
  /** The last deleted import, for undo (its inspection too, when it could be read). */
  lastRemoved: { stored: StoredInspection; index: number; entry: LoadedInspection | undefined } | undefined;
}

export type AddResult = { ok: true; id: string; saved: boolean } | { ok: false; findings: Finding[] };

/** Reads an import's text: `importText` of src/data/importText, passed in so that the store never loads the CSV reader itself. */
export type ImportReader = (text: string, reading?: unknown) => ImportResult;

export interface InspectionsActions {
  /**
   * Parses the imports found in storage at start-up. The store holds their records from the start; reading
   * them needs the CSV reader, which is loaded only when there is something to read (see boot.tsx).
   */
  readStoredImports: (read: ImportReader) => void;
  /** Adds an import read by `importText`; on error nothing is added and the findings say why. */
  addImport: (text: string, period: string, label: string, read: ImportResult) => AddResult;
  removeImport: (id: string) => void;
  undoRemove: () => void;
  setActive: (id: string) => void;
  dismissStorageMessages: () => void;
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
  /** Colour theme: 'auto' follows the system's light or dark setting. */
  theme: Theme;
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
  setTheme: (theme: Theme) => void;
  toggleSeries: (name: string) => void;
  openDistrict: (district: string) => void;
  setDistrict: (district: string) => void;
  setFocusSiteType: (siteType: string) => void;
  setWeight: (siteType: string, weight: number) => void;
  resetWeights: () => void;
  applyViewState: (state: ViewState) => void;
}

export type DashboardState = InspectionsSlice & InspectionsActions & UiSlice & UiActions;

function loadEmbedded(): { inspection: LoadedInspection | undefined; errors: Finding[] } {
  const result = parsePrintedTables(embeddedText);
  if (!result.ok) return { inspection: undefined, errors: result.findings };
  return {
    inspection: {
      id: embeddedSource.id,
      period: embeddedSource.publishedMonth,
      source: embeddedSource,
      embedded: true,
      format: 'page',
      text: embeddedText,
      inspection: result.inspection,
      findings: result.findings,
    },
    errors: [],
  };
}

function sourceOf(stored: StoredInspection): InspectionSource {
  const label = stored.label.trim();
  return {
    id: stored.id,
    // A name the user gave stays as given; otherwise the month, written as each language writes it.
    periodLabel: label === '' ? { zh: formatPeriod(stored.period, 'zh'), en: formatPeriod(stored.period, 'en') } : { zh: label, en: label },
    publication: { zh: '用户导入', en: 'Imported by a user of this browser' },
    publishedMonth: stored.period,
  };
}

function loadImported(stored: StoredInspection, read: ImportReader): LoadedInspection | undefined {
  const { format, result } = read(stored.text, stored.reading);
  if (!result.ok) return undefined;
  return {
    id: stored.id,
    period: stored.period,
    source: sourceOf(stored),
    embedded: false,
    format,
    text: stored.text,
    inspection: result.inspection,
    findings: result.findings,
  };
}

function uniqueId(period: string, taken: readonly string[]): string {
  let id = period;
  for (let n = 2; taken.includes(id); n++) id = `${period}-${n}`;
  return id;
}

/** The save error when storage belongs to a newer version of the app and is left untouched. */
export const NEWER_STORAGE = 'newer';

/** Where imports persist; absent (tests, private modes that throw on access) means memory only. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

function browserStorage(): StorageLike | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

function createInspectionsSlice(
  storage: StorageLike | undefined,
): StateCreator<DashboardState, [], [], InspectionsSlice & InspectionsActions> {
  return (set, get) => {
    const embedded = loadEmbedded();
    const loaded: LoadResult = storage ? loadStored(storage) : { inspections: [] };
    // Storage written by a newer version of the app is kept as it is for as long as this page lives: an
    // import here stays in memory only, and the page says so, rather than write an older schema over it.
    const storageIsNewer = loaded.problem?.kind === 'newer';
    const persist = (stored: StoredInspection[]): string | undefined => {
      if (!storage) return undefined;
      if (storageIsNewer) return NEWER_STORAGE;
      const saved = saveStored(storage, stored);
      return saved.ok ? undefined : saved.detail;
    };
    return {
      inspections: embedded.inspection ? [embedded.inspection] : [],
      stored: loaded.inspections,
      activeId: undefined,
      loadErrors: embedded.errors,
      storageProblem: loaded.problem,
      saveError: undefined,
      lastRemoved: undefined,
      readStoredImports: (read) => {
        const state = get();
        const known = new Set(state.inspections.map((i) => i.id));
        const records = state.stored.filter((s) => !known.has(s.id));
        const imported = records.map((s) => loadImported(s, read)).filter((i): i is LoadedInspection => i !== undefined);
        const unreadable = records.length - imported.length;
        const problem: LoadProblem | undefined =
          state.storageProblem ?? (unreadable > 0 ? { kind: 'unreadable', detail: `${unreadable} item(s)` } : undefined);
        set({ inspections: [...state.inspections, ...imported], storageProblem: problem });
      },
      addImport: (text, period, label, read) => {
        const { format, result, reading } = read;
        if (!result.ok) return { ok: false, findings: result.findings };
        const state = get();
        // Stored items that no longer parse keep their ids too: a new one must not take theirs.
        const id = uniqueId(period, [
          ...state.inspections.map((i) => i.id),
          ...state.stored.map((s) => s.id),
          ...(state.lastRemoved ? [state.lastRemoved.stored.id] : []),
        ]);
        const stored: StoredInspection = { id, period, label, text, importedAt: new Date().toISOString() };
        // The table and roles the user chose travel with the text, so reading it again gives the same inspection.
        if (reading) stored.reading = reading;
        const entry: LoadedInspection = {
          id,
          period,
          source: sourceOf(stored),
          embedded: false,
          format,
          text,
          inspection: result.inspection,
          findings: result.findings,
        };
        const nextStored = [...state.stored, stored];
        const saveError = persist(nextStored);
        // A new import ends the chance to undo a delete: an undo after it could bring back a second entry for one month.
        set({ inspections: [...state.inspections, entry], stored: nextStored, activeId: id, saveError, lastRemoved: undefined });
        return { ok: true, id, saved: saveError === undefined };
      },
      removeImport: (id) => {
        const state = get();
        const index = state.stored.findIndex((s) => s.id === id);
        const stored = state.stored[index];
        if (!stored) return;
        const nextStored = state.stored.filter((s) => s.id !== id);
        set({
          inspections: state.inspections.filter((i) => i.id !== id),
          stored: nextStored,
          activeId: state.activeId === id ? undefined : state.activeId,
          lastRemoved: { stored, index, entry: state.inspections.find((i) => i.id === id) },
          saveError: persist(nextStored),
        });
      },
      undoRemove: () => {
        const state = get();
        const removed = state.lastRemoved;
        if (!removed) return;
        const entry = removed.entry;
        const nextStored = [...state.stored];
        nextStored.splice(removed.index, 0, removed.stored);
        set({
          inspections: entry ? [...state.inspections, entry] : state.inspections,
          stored: nextStored,
          activeId: removed.stored.id,
          lastRemoved: undefined,
          saveError: persist(nextStored),
        });
      },
      setActive: (id) => set({ activeId: id }),
      dismissStorageMessages: () => set({ storageProblem: undefined, saveError: undefined, lastRemoved: undefined }),
    };
  };
}

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

function createUiSlice(
  storage: StorageLike | undefined,
  languages: readonly string[],
): StateCreator<DashboardState, [], [], UiSlice & UiActions> {
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
    weights: DEFAULT_VIEW_STATE.weights,
    setView: (view) => set({ view }),
    toggleSiteType: (name, all) => set((s) => ({ siteTypes: toggleInSelection(s.siteTypes, name, all) })),
    selectAllSiteTypes: () => set({ siteTypes: 'all' }),
    clearSiteTypes: () => set({ siteTypes: [] }),
    toggleRadarDistrict: (name, all) => set((s) => ({ radarDistricts: toggleInSelection(s.radarDistricts, name, all) })),
    cycleSort: (column, descFirst) => set((s) => ({ sort: nextSort(s.sort, column, descFirst) })),
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
    setWeight: (siteType, weight) =>
      set((s) => {
        // Weight 1 is the default: leave it out so that links stay short.
        const others = Object.entries(s.weights).filter(([name]) => name !== siteType);
        return { weights: Object.fromEntries(weight === 1 ? others : [...others, [siteType, weight]]) };
      }),
    resetWeights: () => set({ weights: {} }),
    applyViewState: (state) =>
      set({
        activeId: state.period,
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
}

function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}

export function createDashboardStore(
  storage: StorageLike | undefined = browserStorage(),
  languages: readonly string[] = browserLanguages(),
) {
  const inspectionsSlice = createInspectionsSlice(storage);
  const uiSlice = createUiSlice(storage, languages);
  return create<DashboardState>()((...args) => ({
    ...inspectionsSlice(...args),
    ...uiSlice(...args),
  }));
}

export const useDashboard = createDashboardStore();
