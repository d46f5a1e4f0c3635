// The imports slice: the inspections loaded (the embedded one and those the user imported), their records as
// kept in the browser's storage, the active period, and what went wrong loading or saving them.

import { embeddedSource, embeddedText, type InspectionSource } from '../data/embedded/source';
import type { ImportFormat, ImportResult } from '../data/importText';
import { parsePrintedTables } from '../data/layouts/printedTables';
import type { Finding, Inspection } from '../data/types';
import { formatPeriod } from '../i18n/format';
import { loadStored, saveStored, type LoadProblem, type LoadResult, type StoredInspection } from './persistence';
import type { SliceCreator, StorageLike } from './slice';

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

export interface ImportsState {
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

export interface ImportsActions {
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

export function createImportsSlice(storage: StorageLike | undefined): SliceCreator<ImportsState, ImportsActions> {
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
