// The imports kept in this browser, changed so that two tabs share them: every write applies its one change to what
// is kept now (another tab may have written since), in one step no other tab comes between (monthsStorage.ts); a
// delete takes out one item by its id (ids made unique, the same way in every tab); deletes are undone in the reverse
// order; and storage written by a newer version of the app is never written over. A change made in another tab
// arrives by the `storage` event (syncFromStorage). Loaded with the import reader, only when there is something to
// read or change. Each change resolves once it is written: the page's records are then what was written.

import { acceptedFrom, acceptedOf, shownReading } from '../data/acceptedReading';
import { importText, type ImportResult } from '../data/importText';
import type { Finding } from '../data/types';
import { OFF_THREAD_SIZE } from '../data/offThread';
import type { InspectionSource } from '../data/embedded/source';
import { formatPeriod } from '../i18n/months';
import type { AddResult, LoadedInspection } from './importsSlice';
import { browserMonths } from './indexedMonths';
import { isSavedLinkReading, linkedInspection } from './linkedInspection';
import type { MonthsStorage } from './monthsStorage';
import { uniqueId, withUniqueIds, type LoadProblem, type StoredInspection } from './persistence';
import type { DashboardState } from './store';

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

/** A stored month as loaded: one saved from a link as its reading; every other as its text, read again (`read`). */
function loadedFor(item: StoredInspection, read?: ImportResult): LoadedInspection | undefined {
  return isSavedLinkReading(item.reading)
    ? linkedInspection(item.id, item.reading.link, false)
    : loadedOf(item, read ?? importText(item.text, item.reading));
}

/** A macrotask's pause: the page paints and takes input between the months loaded at start-up. */
const pause = () =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });

/**
 * The loaded inspections for a list of stored items: the embedded and other not-stored ones kept, those of items
 * gone dropped, those of new items read. Returns how many new items could not be read.
 */
function inspectionsFor(
  state: DashboardState,
  items: readonly StoredInspection[],
  made?: ReadonlyMap<string, LoadedInspection | undefined>,
): { inspections: LoadedInspection[]; unreadable: number } {
  const storedIds = new Set(state.stored.map((s) => s.id));
  const itemIds = new Set(items.map((s) => s.id));
  const kept = state.inspections.filter((i) => i.embedded || !storedIds.has(i.id) || itemIds.has(i.id));
  const known = new Set(kept.map((i) => i.id));
  let unreadable = 0;
  const added = items.flatMap((item) => {
    if (known.has(item.id)) return [];
    const loaded = made?.has(item.id) ? made.get(item.id) : loadedFor(item);
    if (!loaded) unreadable += 1;
    return loaded ? [loaded] : [];
  });
  return { inspections: [...kept, ...added], unreadable };
}

/**
 * Reads what this browser keeps (at start-up, before the first render; migrating an older schema, backing up what
 * cannot be read) and the imports not read yet; reading twice adds nothing.
 */
export async function readStoredImports(store: ImportsStore, months: MonthsStorage | undefined = browserMonths()): Promise<void> {
  const loaded = months ? await months.load() : { inspections: store.getState().stored };
  await takeInStored(store, months, loaded, new Map());
}

/**
 * As readStoredImports, with the texts read by `readMany` (the parse worker) when there is much to read (past
 * OFF_THREAD_SIZE in all: 30,000 stored rows, or 24 months of 300 districts, take most of a second to read), and each
 * month checked against its accepted reading in a task of its own: the page must not freeze for them at every start.
 */
export async function readStoredImportsOffThread(
  store: ImportsStore,
  readMany: (items: readonly StoredInspection[]) => Promise<ImportResult[]>,
  months: MonthsStorage | undefined = browserMonths(),
): Promise<void> {
  const loaded = months ? await months.load() : { inspections: store.getState().stored };
  const items = withUniqueIds(loaded.inspections);
  const texts = items.filter((item) => !isSavedLinkReading(item.reading));
  const big = texts.reduce((size, item) => size + item.text.length, 0) > OFF_THREAD_SIZE ? texts : [];
  const results = big.length > 0 ? await readMany(big) : [];
  const reads = new Map(big.flatMap((item, i) => (results[i] ? [[item.id, results[i]] as const] : [])));
  const known = new Set(store.getState().inspections.map((i) => i.id));
  const made = new Map<string, LoadedInspection | undefined>();
  for (const item of items) {
    if (known.has(item.id)) continue;
    made.set(item.id, loadedFor(item, reads.get(item.id)));
    await pause();
  }
  await takeInStored(store, months, loaded, made);
}

async function takeInStored(
  store: ImportsStore,
  months: MonthsStorage | undefined,
  loaded: { inspections: StoredInspection[]; problem?: LoadProblem },
  made: ReadonlyMap<string, LoadedInspection | undefined>,
): Promise<void> {
  const state = store.getState();
  const items = withUniqueIds(loaded.inspections);
  const { inspections, unreadable } = inspectionsFor({ ...state, stored: items }, items, made);
  store.setState({
    inspections,
    stored: items,
    storageProblem:
      state.storageProblem ??
      loaded.problem ??
      (unreadable > 0 ? { kind: 'unreadable', detail: `${String(unreadable)} item(s)` } : undefined),
  });
  await keepTodaysReadings(store, months);
}

/**
 * Items stored before accepted readings were kept get the reading shown now as their accepted one, written at once:
 * from then on no change of the rules changes them.
 */
async function keepTodaysReadings(store: ImportsStore, months: MonthsStorage | undefined): Promise<void> {
  const state = store.getState();
  const missing = new Map(
    state.inspections.flatMap((loaded) => {
      const item = state.stored.find((s) => s.id === loaded.id);
      // Only items from before accepted readings were kept: a damaged one is not replaced in silence (it says so).
      if (!item || isSavedLinkReading(item.reading) || item.accepted !== undefined) return [];
      return [[loaded.id, { inspection: loaded.inspection, findings: loaded.findings, format: loaded.format }] as const];
    }),
  );
  if (missing.size === 0 || !months) return;
  const { items, saveError } = await write(store, months, (now) =>
    now.map((item) => (missing.has(item.id) && item.accepted === undefined ? { ...item, accepted: missing.get(item.id) } : item)),
  );
  store.setState({ stored: items, saveError: store.getState().saveError ?? saveError });
}

/** Takes in what another tab wrote: items it added are read, items it deleted leave this page too. */
export async function syncFromStorage(store: ImportsStore, months: MonthsStorage | undefined = browserMonths()): Promise<void> {
  if (!months) return;
  const loaded = await months.load();
  // Storage of a newer version, or out of reach: this page keeps what it has.
  if (loaded.problem && loaded.problem.kind !== 'unreadable') return;
  const state = store.getState();
  const now = withUniqueIds(loaded.problem ? state.stored : loaded.inspections);
  const { inspections, unreadable } = inspectionsFor(state, now);
  const ids = new Set(inspections.map((i) => i.id));
  // The period shown was deleted in the other tab: the latest is shown (a period a link asks for stays asked for).
  const deleted = state.activeId !== undefined && state.stored.some((s) => s.id === state.activeId) && !ids.has(state.activeId);
  store.setState({
    inspections,
    stored: now,
    activeId: deleted ? undefined : state.activeId,
    storageProblem: state.storageProblem ?? (unreadable > 0 ? { kind: 'unreadable', detail: `${String(unreadable)} item(s)` } : undefined),
    // A deleted item another tab has brought back, or deleted again, is no longer this page's to undo.
    removed: state.removed.filter((r) => !now.some((s) => s.id === r.stored.id)),
  });
}

/** Applies one change to what is kept now and writes it; resolves with what was written (or why it was not). */
async function write(
  store: ImportsStore,
  months: MonthsStorage | undefined,
  change: (items: StoredInspection[]) => StoredInspection[],
): Promise<{ items: StoredInspection[]; saveError: string | undefined }> {
  if (!months) return { items: change([...store.getState().stored]), saveError: undefined };
  return months.update(change, store.getState().stored);
}

/** Adds an import read by `importText`; on error nothing is added and the findings say why. */
export function addImport(
  store: ImportsStore,
  months: MonthsStorage | undefined,
  text: string,
  period: string,
  label: string,
  read: ImportResult,
  series?: string,
): Promise<AddResult> {
  if (!read.result.ok) return Promise.resolve({ ok: false, findings: read.result.findings });
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
  return addStored(store, months, item, (record) => loadedOf(record, read));
}

/**
 * Stores a new item (its id the wished one, else the period's, made unique against every id stored here or by
 * another tab, loaded, or waiting to be undone) and loads it with `load`; it becomes the active period. The loaded
 * month `replacing` names (a link's, shown unsaved) gives its place, and its id, to the stored one once it is written.
 */
export async function addStored(
  store: ImportsStore,
  months: MonthsStorage | undefined,
  item: Omit<StoredInspection, 'id' | 'importedAt'> & { id?: string },
  load: (record: StoredInspection) => LoadedInspection | undefined,
  replacing?: string,
): Promise<AddResult> {
  let record: StoredInspection | undefined;
  const { items, saveError } = await write(store, months, (now) => {
    const state = store.getState();
    const loaded = state.inspections.filter((i) => i.id !== replacing);
    const taken = new Set([...now.map((s) => s.id), ...loaded.map((i) => i.id), ...state.removed.map((r) => r.stored.id)]);
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
  const state = store.getState();
  const kept = state.inspections.filter((i) => i.id !== replacing);
  const { inspections } = inspectionsFor({ ...state, inspections: entry ? [...kept, entry] : kept }, items);
  store.setState({ inspections, stored: items, activeId: record.id, saveError });
  return { ok: true, id: record.id, saved: saveError === undefined };
}

/** Deletes one import by its id; it can be undone (several deletes are undone in the reverse order). */
export async function removeImport(store: ImportsStore, months: MonthsStorage | undefined, id: string): Promise<void> {
  const before = store.getState();
  const index = before.stored.findIndex((s) => s.id === id);
  const record = before.stored[index];
  if (!record) return;
  const entry = before.inspections.find((i) => i.id === id);
  const { items, saveError } = await write(store, months, (now) => now.filter((s) => s.id !== id));
  const state = store.getState();
  // Deleted twice (a second tap before the first was written): one undo brings it back.
  if (state.removed.some((r) => r.stored === record)) return;
  const { inspections } = inspectionsFor({ ...state, inspections: state.inspections.filter((i) => i.id !== id) }, items);
  store.setState({
    inspections,
    stored: items,
    activeId: state.activeId === id ? undefined : state.activeId,
    removed: [...state.removed, { stored: record, index, entry }],
    saveError,
  });
}

/** Brings back the last deleted import (under a new id if its own has been taken since). */
export async function undoRemove(store: ImportsStore, months: MonthsStorage | undefined): Promise<void> {
  const last = store.getState().removed.at(-1);
  if (!last) return;
  let record = last.stored;
  const { items, saveError } = await write(store, months, (now) => {
    const taken = new Set([...now.map((s) => s.id), ...store.getState().inspections.map((i) => i.id)]);
    record = taken.has(last.stored.id) ? { ...last.stored, id: uniqueId(last.stored.period, taken) } : last.stored;
    const next = [...now];
    next.splice(Math.min(last.index, next.length), 0, record);
    return next;
  });
  const state = store.getState();
  const entry = last.entry ? { ...last.entry, id: record.id, source: { ...last.entry.source, id: record.id } } : undefined;
  const { inspections } = inspectionsFor({ ...state, inspections: entry ? [...state.inspections, entry] : state.inspections }, items);
  store.setState({ inspections, stored: items, activeId: record.id, removed: state.removed.filter((r) => r !== last), saveError });
}

/** Changes one stored item and its loaded month (the reader's answer to a `reading-changed` finding). */
async function answerReread(
  store: ImportsStore,
  months: MonthsStorage | undefined,
  id: string,
  answer: (item: StoredInspection, loaded: LoadedInspection) => { item: StoredInspection; loaded: LoadedInspection },
): Promise<void> {
  const loaded = store.getState().inspections.find((i) => i.id === id);
  if (!loaded?.reread) return;
  const { items, saveError } = await write(store, months, (now) => now.map((item) => (item.id === id ? answer(item, loaded).item : item)));
  const stored = items.find((item) => item.id === id);
  const inspections = store.getState().inspections.map((i) => (i.id === id && stored ? answer(stored, loaded).loaded : i));
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
export function keepAccepted(store: ImportsStore, months: MonthsStorage | undefined, id: string): Promise<void> {
  return answerReread(store, months, id, (item, loaded) => {
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
export function adoptReread(store: ImportsStore, months: MonthsStorage | undefined, id: string): Promise<void> {
  return answerReread(store, months, id, (item, loaded) => {
    const now = loaded.reread?.now;
    if (!now) return { item, loaded };
    const rest = withoutReread(loaded);
    return {
      item: { ...item, accepted: now },
      loaded: { ...rest, inspection: now.inspection, findings: now.findings, format: now.format },
    };
  });
}
