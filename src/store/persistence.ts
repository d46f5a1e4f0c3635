// The stored form of imported inspections, its schema versions and their migration, and the backups of what could not
// be read. Where they live is src/store/indexedMonths.ts (IndexedDB) and src/store/monthsStorage.ts (localStorage,
// where IndexedDB cannot be opened).
// An import's source text is stored with the reading its reader accepted (src/data/acceptedReading.ts): every load
// shows the accepted figures, and reading the text again is only a check (a month saved from a link, which has no
// text, keeps its figures as the link carried them: src/store/linkedInspection.ts).

import { STORAGE_KEY } from './storageKey';
import { isPeriod } from '../data/period';

export { STORAGE_KEY };
/** Where unreadable stored data is kept, so that nothing a user imported is lost without a trace. */
export const BACKUP_KEY = 'taiyuan-sanitation-dashboard:unreadable-backup';
export const SCHEMA_VERSION = 2;
/**
 * What localStorage holds under STORAGE_KEY once the months live in IndexedDB: a marker, rewritten with a new stamp at
 * every change, so that the first screen knows there are months to read and other tabs hear of every change (the
 * `storage` event). A version of the app from before IndexedDB reads it as written by a newer version, and leaves it.
 */
export const MARKER_VERSION = 3;
export interface MonthsMarker {
  schemaVersion: typeof MARKER_VERSION;
  store: 'indexedDB';
  count: number;
  stamp: string;
}

export interface StoredInspection {
  id: string;
  /** YYYY-MM: the month the user filed it under; orders the history. */
  period: string;
  label: string;
  text: string;
  importedAt: string;
  /**
   * What the user chose in the import preview (the table, changed column roles), kept as stored: the import
   * reader checks it (src/data/importText, loaded on demand), so the first screen does not carry that code.
   * Absent: the text is read as the preview reads it by default.
   */
  reading?: unknown;
  /**
   * The inspection and findings the reader accepted, as the import reader checks them (src/data/acceptedReading.ts).
   * Absent: stored by a version before accepted readings were kept; read once by today's rules and kept from then on.
   */
  accepted?: unknown;
  /**
   * The reader's word on which series the month belongs to (model/periodSeries.ts): 'new', or the id of an earlier
   * period whose series it joins. Absent: told by its names.
   */
  series?: string;
}

interface StoredV2 {
  schemaVersion: 2;
  inspections: StoredInspection[];
}

/**
 * Schema 1, the first release: `{ version: 1, items: [{ name, text, savedAt }] }`, with the period only in
 * the name ("2025-02" or "2025年2月"). Migration reads the period out of the name.
 */
interface StoredV1 {
  version: 1;
  items: { name: string; text: string; savedAt?: string }[];
}

export type LoadProblem =
  | { kind: 'unreadable'; detail: string }
  | { kind: 'newer'; version: number }
  /** The months kept here are intact, but the code that reads them could not be loaded this time. */
  | { kind: 'not-loaded'; detail: string }
  /** The months are intact in IndexedDB, which could not be opened this time. */
  | { kind: 'unreachable'; detail: string };

export interface LoadResult {
  inspections: StoredInspection[];
  /** What is kept here is only the marker: the months are in IndexedDB. */
  inIndexedDb?: true;
  /** Set when stored data could not be read; a copy of it is kept under BACKUP_KEY. */
  problem?: LoadProblem;
  migratedFrom?: number;
}

function periodFromName(name: string): string {
  const iso = /(\d{4})-(\d{1,2})/.exec(name);
  const zh = /(\d{4})年(\d{1,2})月/.exec(name);
  const match = iso ?? zh;
  if (!match) return '';
  const period = `${match[1] ?? ''}-${(match[2] ?? '').padStart(2, '0')}`;
  return isPeriod(period) ? period : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One stored month as kept, or null when it is not one (a damaged or foreign record). */
export function storedItemOf(value: unknown): StoredInspection | null {
  if (!isRecord(value)) return null;
  const { id, period, label, text, importedAt } = value;
  if (typeof id !== 'string' || typeof text !== 'string' || typeof period !== 'string' || !isPeriod(period)) return null;
  const item: StoredInspection = {
    id,
    period,
    label: typeof label === 'string' ? label : '',
    text,
    importedAt: typeof importedAt === 'string' ? importedAt : '',
  };
  if (value.reading !== undefined) item.reading = value.reading;
  if (value.accepted !== undefined) item.accepted = value.accepted;
  if (typeof value.series === 'string') item.series = value.series;
  return item;
}

function migrateV1(value: StoredV1): StoredInspection[] {
  return value.items.flatMap((item, i) => {
    if (typeof item.text !== 'string' || typeof item.name !== 'string') return [];
    const period = periodFromName(item.name) || '1970-01';
    return [{ id: `import-v1-${i}-${period}`, period, label: item.name, text: item.text, importedAt: item.savedAt ?? '' }];
  });
}

/** The key of the n-th backup (1-based): the first keeps the key of the versions that kept only one. */
function backupKey(n: number): string {
  return n === 1 ? BACKUP_KEY : `${BACKUP_KEY}:${String(n)}`;
}

/** Every backup kept, oldest first. */
export function backupsIn(storage: Pick<Storage, 'getItem'>): string[] {
  const backups: string[] = [];
  try {
    for (let n = 1, copy = storage.getItem(backupKey(1)); copy !== null; n++, copy = storage.getItem(backupKey(n))) backups.push(copy);
  } catch {
    // Storage that cannot be read holds no backup this page can show.
  }
  return backups;
}

/**
 * Keeps a copy of what could not be read beside every earlier one (a second corruption must not overwrite the
 * first); a copy already kept is not kept twice, since every write reads the storage again.
 */
export function keepBackup(storage: Pick<Storage, 'getItem' | 'setItem'>, raw: string): void {
  const backups = backupsIn(storage);
  if (backups.includes(raw)) return;
  try {
    storage.setItem(backupKey(backups.length + 1), raw);
  } catch {
    // Nothing more can be done: the problem is reported to the user either way.
  }
}

/** Reads stored inspections, migrating older schemas; unreadable data is backed up and reported, never thrown. */
export function loadStored(storage: Pick<Storage, 'getItem' | 'setItem'>): LoadResult {
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch (cause) {
    return { inspections: [], problem: { kind: 'unreadable', detail: String(cause) } };
  }
  if (raw === null) return { inspections: [] };
  const keepCopy = () => {
    keepBackup(storage, raw);
  };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (cause) {
    keepCopy();
    return { inspections: [], problem: { kind: 'unreadable', detail: String(cause) } };
  }
  if (isRecord(value) && value.schemaVersion === SCHEMA_VERSION && Array.isArray(value.inspections)) {
    const items = value.inspections.map(storedItemOf);
    const good = items.filter((i): i is StoredInspection => i !== null);
    if (good.length < items.length) {
      keepCopy();
      return { inspections: good, problem: { kind: 'unreadable', detail: `${items.length - good.length} item(s)` } };
    }
    return { inspections: good };
  }
  if (isRecord(value) && value.version === 1 && Array.isArray(value.items)) {
    return { inspections: migrateV1(value as unknown as StoredV1), migratedFrom: 1 };
  }
  if (isRecord(value) && value.schemaVersion === MARKER_VERSION && value.store === 'indexedDB')
    return { inspections: [], inIndexedDb: true };
  if (isRecord(value) && typeof value.schemaVersion === 'number' && value.schemaVersion > SCHEMA_VERSION) {
    // Written by a newer version of the app: leave it alone rather than overwrite it.
    keepCopy();
    return { inspections: [], problem: { kind: 'newer', version: value.schemaVersion } };
  }
  keepCopy();
  return { inspections: [], problem: { kind: 'unreadable', detail: 'unknown format' } };
}

export type SaveResult = { ok: true } | { ok: false; detail: string };

/** Writes the imported inspections; a full quota or a private mode that refuses storage is reported, not thrown. */
export function saveStored(storage: Pick<Storage, 'setItem'>, inspections: readonly StoredInspection[]): SaveResult {
  const document: StoredV2 = { schemaVersion: SCHEMA_VERSION, inspections: [...inspections] };
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(document));
    return { ok: true };
  } catch (cause) {
    return { ok: false, detail: cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause) };
  }
}

/** The first of `base`, `base-2`, `base-3`… that no id in `taken` has. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${String(n)}`;
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
