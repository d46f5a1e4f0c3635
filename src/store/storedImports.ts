// The imports kept in this browser, changed so that two tabs share them: every write first reads what is stored
// (another tab may have written since), applies its one change to that, and writes the result; a delete takes out
// one item by its id (ids made unique, the same way in every tab); deletes are undone in the reverse order; and
// storage written by a newer version of the app is never written over. A change made in another tab arrives by the
// `storage` event (syncFromStorage). Loaded with the import reader, only when there is something to read or change.

import { acceptedFrom, acceptedOf, shownReading } from '../data/acceptedReading';
import { importText, type ImportResult } from '../data/importText';
import type { Finding } from '../data/types';
import { OFF_THREAD_SIZE } from '../data/offThread';
import type { InspectionSource } from '../data/embedded/source';
import { formatPeriod } from '../i18n/months';
import type { AddResult, LoadedInspection } from './importsSlice';
import { NEWER_STORAGE } from './importsSlice';
import { isSavedLinkReading, linkedInspection } from './linkedInspection';
import { loadStored, saveStored, type LoadProblem, type StoredInspection } from './persistence';
import type { StorageLike } from './slice';
import { browserStorage, type DashboardState } from './store';

/** What these functions need of a store: its state and its setter (the app's store, or a test's). */
export interface ImportsStore {
  getState: () => DashboardState;
  setState: (partial: Partial<DashboardState>) => void;
}

/** The source of an import: the page's own heading when it has one (an exported image carries this line), said to be
 * imported here, since the app cannot vouch for where the text came from. */
function sourceOf(stored: StoredInspection, title: string): InspectionSource {
  const label = stored.label.trim();
  const heading = title.trim();
  return {
    id: stored.id,
    // A name the user gave stays as given; otherwise the month, written as each language writes it.
    periodLabel: label === '' ? { zh: formatPeriod(stored.period, 'zh'), en: formatPeriod(stored.period, 'en') } : { zh: label, en: label },
    publication:
      heading === ''
        ? { zh: '用户导入', en: 'Imported by a user of this browser' }
        : { zh: `“${heading}”（在本浏览器导入）`, en: `“${heading}” (imported in this browser)` },
    publishedMonth: stored.period,
  };
}

/**
 * The month a stored item shows: its accepted reading when it has one, whatever today's reading `read` of its text
 * gives (a difference is a finding, and today's reading is kept beside it for the reader to take); an item stored
 * before accepted readings were kept shows today's reading.
 */
function loadedOf(stored: StoredInspection, read: ImportResult): LoadedInspection | undefined {
  const accepted = acceptedOf(stored.accepted);
  const month = shownReading(accepted, acceptedFrom(read));
  if (!month) return undefined;
  // An accepted reading kept but no longer usable (damaged, or figures no reading accepts): today's is shown, said so.
  const damaged: Finding[] =
    stored.accepted !== undefined && accepted === null ? [{ severity: 'warning', code: 'reading-damaged', line: 1, params: {} }] : [];
  return {
    id: stored.id,
    period: stored.period,
    source: sourceOf(stored, month.shown.inspection.title),
    embedded: false,
    format: month.shown.format,
    text: stored.text,
    inspection: month.shown.inspection,
    findings: [...month.findings, ...damaged],
    ...(month.reread ? { reread: month.reread } : {}),
  };
}

function uniqueId(period: string, taken: ReadonlySet<string>): string {
  let id = period;
  for (let n = 2; taken.has(id); n++) id = `${period}-${String(n)}`;
  return id;
}

/**
 * The stored items with every id unique: a second item of an id (written by an older version, or by two tabs at
 * once) is given the next free `-N`, in list order, so every tab names it the same way.
 */
export function withUniqueIds(items: readonly StoredInspection[]): StoredInspection[] {
  const taken = new Set(items.map((item) => item.id));
  const seen = new Set<string>();
  return items.map((item) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return item;
    }
    const id = uniqueId(item.id, taken);
    taken.add(id);
    seen.add(id);
    return { ...item, id };
  });
}

/** What is stored now, ids made unique; `newer` when a newer version of the app wrote it (never write then). */
function latest(storage: StorageLike | undefined, fallback: readonly StoredInspection[]): { items: StoredInspection[]; newer: boolean } {
  if (!storage) return { items: [...fallback], newer: false };
  const loaded = loadStored(storage);
  if (loaded.problem?.kind === 'newer') return { items: [...fallback], newer: true };
  // Unreadable storage was backed up when the page started: the items this page holds are the best there is.
  return { items: withUniqueIds(loaded.problem ? fallback : loaded.inspections), newer: false };
}

/**
 * The loaded inspections for a list of stored items: the embedded and other not-stored ones kept, those of items
 * gone dropped, those of new items read. Returns how many new items could not be read.
 */
function inspectionsFor(
  state: DashboardState,
  items: readonly StoredInspection[],
  reads?: ReadonlyMap<string, ImportResult>,
): { inspections: LoadedInspection[]; unreadable: number } {
  const storedIds = new Set(state.stored.map((s) => s.id));
  const itemIds = new Set(items.map((s) => s.id));
  const kept = state.inspections.filter((i) => i.embedded || !storedIds.has(i.id) || itemIds.has(i.id));
  const known = new Set(kept.map((i) => i.id));
  let unreadable = 0;
  const added = items.flatMap((item) => {
    if (known.has(item.id)) return [];
    // A month saved from a link is kept as its reading; every other as its text, read again.
    const loaded = isSavedLinkReading(item.reading)
      ? linkedInspection(item.id, item.reading.link, false)
      : loadedOf(item, reads?.get(item.id) ?? importText(item.text, item.reading));
    if (!loaded) unreadable += 1;
    return loaded ? [loaded] : [];
  });
  return { inspections: [...kept, ...added], unreadable };
}

/**
 * Reads what this browser keeps (at start-up, before the first render; migrating an older schema, backing up what
 * cannot be read) and the imports not read yet; reading twice adds nothing.
 */
export function readStoredImports(store: ImportsStore, storage: StorageLike | undefined = browserStorage()): void {
  const state = store.getState();
  const loaded = storage ? loadStored(storage) : { inspections: state.stored };
  takeInStored(store, storage, loaded, new Map());
}

/**
 * As readStoredImports, with every big text (past OFF_THREAD_SIZE) read by `readMany` (the parse worker): 30,000
 * stored rows take most of a second to read, and the page must not freeze for them at every start.
 */
export async function readStoredImportsOffThread(
  store: ImportsStore,
  readMany: (items: readonly StoredInspection[]) => Promise<ImportResult[]>,
  storage: StorageLike | undefined = browserStorage(),
): Promise<void> {
  const loaded = storage ? loadStored(storage) : { inspections: store.getState().stored };
  const big = withUniqueIds(loaded.inspections).filter((item) => !isSavedLinkReading(item.reading) && item.text.length > OFF_THREAD_SIZE);
  const results = big.length > 0 ? await readMany(big) : [];
  takeInStored(store, storage, loaded, new Map(big.flatMap((item, i) => (results[i] ? [[item.id, results[i]] as const] : []))));
}

function takeInStored(
  store: ImportsStore,
  storage: StorageLike | undefined,
  loaded: { inspections: StoredInspection[]; problem?: LoadProblem },
  reads: ReadonlyMap<string, ImportResult>,
): void {
  const state = store.getState();
  const items = withUniqueIds(loaded.inspections);
  const { inspections, unreadable } = inspectionsFor({ ...state, stored: items }, items, reads);
  store.setState({
    inspections,
    stored: items,
    storageProblem:
      state.storageProblem ??
      loaded.problem ??
      (unreadable > 0 ? { kind: 'unreadable', detail: `${String(unreadable)} item(s)` } : undefined),
  });
  keepTodaysReadings(store, storage);
}

/**
 * Items stored before accepted readings were kept get the reading shown now as their accepted one, written at once:
 * from then on no change of the rules changes them.
 */
function keepTodaysReadings(store: ImportsStore, storage: StorageLike | undefined): void {
  const state = store.getState();
  const missing = new Map(
    state.inspections.flatMap((loaded) => {
      const item = state.stored.find((s) => s.id === loaded.id);
      // Only items from before accepted readings were kept: a damaged one is not replaced in silence (it says so).
      if (!item || isSavedLinkReading(item.reading) || item.accepted !== undefined) return [];
      return [[loaded.id, { inspection: loaded.inspection, findings: loaded.findings, format: loaded.format }] as const];
    }),
  );
  if (missing.size === 0 || !storage) return;
  const { items, saveError } = write(store, storage, (now) =>
    now.map((item) => (missing.has(item.id) && item.accepted === undefined ? { ...item, accepted: missing.get(item.id) } : item)),
  );
  store.setState({ stored: items, saveError: state.saveError ?? saveError });
}

/** Takes in what another tab wrote: items it added are read, items it deleted leave this page too. */
export function syncFromStorage(store: ImportsStore, storage: StorageLike | undefined = browserStorage()): void {
  const state = store.getState();
  const now = latest(storage, state.stored);
  if (now.newer) return;
  const { inspections, unreadable } = inspectionsFor(state, now.items);
  const ids = new Set(inspections.map((i) => i.id));
  // The period shown was deleted in the other tab: the latest is shown (a period a link asks for stays asked for).
  const deleted = state.activeId !== undefined && state.stored.some((s) => s.id === state.activeId) && !ids.has(state.activeId);
  store.setState({
    inspections,
    stored: now.items,
    activeId: deleted ? undefined : state.activeId,
    storageProblem: state.storageProblem ?? (unreadable > 0 ? { kind: 'unreadable', detail: `${String(unreadable)} item(s)` } : undefined),
    // A deleted item another tab has brought back, or deleted again, is no longer this page's to undo.
    removed: state.removed.filter((r) => !now.items.some((s) => s.id === r.stored.id)),
  });
}

/** Applies one change to what is stored now and writes it; the page's records become what was written. */
function write(
  store: ImportsStore,
  storage: StorageLike | undefined,
  change: (items: StoredInspection[]) => StoredInspection[],
): { items: StoredInspection[]; saveError: string | undefined } {
  const state = store.getState();
  const now = latest(storage, state.stored);
  const items = change(now.items);
  if (now.newer) return { items: change([...state.stored]), saveError: NEWER_STORAGE };
  if (!storage) return { items, saveError: undefined };
  const saved = saveStored(storage, items);
  return { items, saveError: saved.ok ? undefined : saved.detail };
}

/** Adds an import read by `importText`; on error nothing is added and the findings say why. */
export function addImport(
  store: ImportsStore,
  storage: StorageLike | undefined,
  text: string,
  period: string,
  label: string,
  read: ImportResult,
  series?: string,
): AddResult {
  if (!read.result.ok) return { ok: false, findings: read.result.findings };
  // The table and roles the user chose travel with the text, so reading it again gives the same inspection.
  // The figures as accepted travel with the text: every later load shows them, whatever the rules become.
  // So does the series its reader said it belongs to, when they said one.
  const item = {
    period,
    label,
    text,
    accepted: acceptedFrom(read),
    ...(read.reading ? { reading: read.reading } : {}),
    ...(series === undefined ? {} : { series }),
  };
  return addStored(store, storage, item, (record) => loadedOf(record, read));
}

/**
 * Stores a new item (its id the wished one, else the period's, made unique against every id stored here or by
 * another tab, loaded, or waiting to be undone) and loads it with `load`; it becomes the active period.
 */
export function addStored(
  store: ImportsStore,
  storage: StorageLike | undefined,
  item: Omit<StoredInspection, 'id' | 'importedAt'> & { id?: string },
  load: (record: StoredInspection) => LoadedInspection | undefined,
): AddResult {
  const state = store.getState();
  let record: StoredInspection | undefined;
  const { items, saveError } = write(store, storage, (now) => {
    const taken = new Set([...now.map((s) => s.id), ...state.inspections.map((i) => i.id), ...state.removed.map((r) => r.stored.id)]);
    const { id: wished, ...rest } = item;
    record = {
      ...rest,
      id: wished !== undefined && !taken.has(wished) ? wished : uniqueId(item.period, taken),
      importedAt: new Date().toISOString(),
    };
    return [...now, record];
  });
  if (!record) return { ok: false, findings: [] };
  const entry = load(record);
  const { inspections } = inspectionsFor({ ...state, inspections: entry ? [...state.inspections, entry] : state.inspections }, items);
  store.setState({ inspections, stored: items, activeId: record.id, saveError });
  return { ok: true, id: record.id, saved: saveError === undefined };
}

/** Deletes one import by its id; it can be undone (several deletes are undone in the reverse order). */
export function removeImport(store: ImportsStore, storage: StorageLike | undefined, id: string): void {
  const state = store.getState();
  const index = state.stored.findIndex((s) => s.id === id);
  const record = state.stored[index];
  if (!record) return;
  const { items, saveError } = write(store, storage, (now) => now.filter((s) => s.id !== id));
  const { inspections } = inspectionsFor({ ...state, inspections: state.inspections.filter((i) => i.id !== id) }, items);
  store.setState({
    inspections,
    stored: items,
    activeId: state.activeId === id ? undefined : state.activeId,
    removed: [...state.removed, { stored: record, index, entry: state.inspections.find((i) => i.id === id) }],
    saveError,
  });
}

/** Brings back the last deleted import (under a new id if its own has been taken since). */
export function undoRemove(store: ImportsStore, storage: StorageLike | undefined): void {
  const state = store.getState();
  const last = state.removed[state.removed.length - 1];
  if (!last) return;
  let record = last.stored;
  const { items, saveError } = write(store, storage, (now) => {
    const taken = new Set([...now.map((s) => s.id), ...state.inspections.map((i) => i.id)]);
    if (taken.has(record.id)) record = { ...record, id: uniqueId(record.period, taken) };
    const next = [...now];
    next.splice(Math.min(last.index, next.length), 0, record);
    return next;
  });
  const entry = last.entry ? { ...last.entry, id: record.id, source: { ...last.entry.source, id: record.id } } : undefined;
  const { inspections } = inspectionsFor({ ...state, inspections: entry ? [...state.inspections, entry] : state.inspections }, items);
  store.setState({ inspections, stored: items, activeId: record.id, removed: state.removed.slice(0, -1), saveError });
}

/** Changes one stored item and its loaded month (the reader's answer to a `reading-changed` finding). */
function answerReread(
  store: ImportsStore,
  storage: StorageLike | undefined,
  id: string,
  answer: (item: StoredInspection, loaded: LoadedInspection) => { item: StoredInspection; loaded: LoadedInspection },
): void {
  const state = store.getState();
  const loaded = state.inspections.find((i) => i.id === id);
  if (!loaded?.reread) return;
  const { items, saveError } = write(store, storage, (now) => now.map((item) => (item.id === id ? answer(item, loaded).item : item)));
  const stored = items.find((item) => item.id === id);
  const inspections = state.inspections.map((i) => (i.id === id && stored ? answer(stored, loaded).loaded : i));
  store.setState({ inspections, stored: items, saveError });
}

const withoutRereadFinding = (findings: readonly LoadedInspection['findings'][number][]) =>
  findings.filter((f) => f.code !== 'reading-changed' && f.code !== 'reading-unreadable');

function withoutReread(loaded: LoadedInspection): LoadedInspection {
  const rest = { ...loaded };
  delete rest.reread;
  return rest;
}

/** Keeps the accepted reading of a month whose text today's rules read otherwise; that difference is not raised again. */
export function keepAccepted(store: ImportsStore, storage: StorageLike | undefined, id: string): void {
  answerReread(store, storage, id, (item, loaded) => {
    const accepted = acceptedOf(item.accepted);
    const fingerprint = loaded.reread?.fingerprint ?? '';
    const rest = withoutReread(loaded);
    return {
      item: accepted ? { ...item, accepted: { ...accepted, keptOver: fingerprint } } : item,
      loaded: { ...rest, findings: withoutRereadFinding(loaded.findings) },
    };
  });
}

/** Takes today's reading of a month's text as its accepted reading, in place of the one accepted before. */
export function adoptReread(store: ImportsStore, storage: StorageLike | undefined, id: string): void {
  answerReread(store, storage, id, (item, loaded) => {
    const now = loaded.reread?.now;
    if (!now) return { item, loaded };
    const rest = withoutReread(loaded);
    return {
      item: { ...item, accepted: now },
      loaded: { ...rest, inspection: now.inspection, findings: now.findings, format: now.format },
    };
  });
}
