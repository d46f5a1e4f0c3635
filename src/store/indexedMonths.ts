// The months a reader keeps, in the browser's IndexedDB: one record per month (a change writes only the months it
// changes, off the main thread), their order in a record of its own, and every change one readwrite transaction, which
// IndexedDB runs one at a time across every tab of the site (two tabs importing at once both keep theirs). Months an
// earlier version kept in localStorage are moved in once; localStorage then keeps only a marker, rewritten at every
// change, whose `storage` event tells the other tabs. Where IndexedDB cannot be opened, localStorage serves as before.

import { NEWER_STORAGE, UNREACHABLE_STORAGE } from './importsSlice';
import { storageMonths, type MonthsStorage } from './monthsStorage';
import {
  keepBackup,
  loadStored,
  MARKER_VERSION,
  STORAGE_KEY,
  storedItemOf,
  uniqueId,
  type LoadProblem,
  type LoadResult,
  type MonthsMarker,
  type StoredInspection,
} from './persistence';
import type { StorageLike } from './slice';
import { browserStorage } from './store';

export const DATABASE_NAME = 'taiyuan-sanitation-dashboard';
const DATABASE_VERSION = 1;
const MONTHS = 'months';
const META = 'meta';
const ORDER = 'order';

type Backend =
  | { kind: 'database'; db: IDBDatabase; problem?: LoadProblem }
  | { kind: 'storage'; months: MonthsStorage }
  | { kind: 'refused'; problem: LoadProblem };

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DATABASE_NAME, DATABASE_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(MONTHS)) db.createObjectStore(MONTHS, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
    };
    request.onsuccess = () => {
      const db = request.result;
      // A newer version of the app, opened in another tab, changes the database: this page lets it.
      db.onversionchange = () => {
        db.close();
      };
      resolve(db);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('IndexedDB could not be opened'));
    };
  });
}

/** What is kept, as one transaction read it: the months in their order, and records that are not months. */
interface Kept {
  items: StoredInspection[];
  foreign: unknown[];
}

function keptOf(records: unknown[], order: unknown): Kept {
  const position = new Map((Array.isArray(order) ? order : []).map((id, i) => [id, i]));
  const items: StoredInspection[] = [];
  const foreign: unknown[] = [];
  for (const record of records) {
    const item = storedItemOf(record);
    if (item) items.push(item);
    else foreign.push(record);
  }
  // A month missing from the order (none, unless a write was cut short) comes after the others, by its import time.
  const at = (item: StoredInspection) => position.get(item.id) ?? Number.MAX_SAFE_INTEGER;
  items.sort((a, b) => at(a) - at(b) || a.importedAt.localeCompare(b.importedAt));
  return { items, foreign };
}

/** Runs `step` on what is kept, in one transaction; resolves with its result once the transaction has committed. */
function transact<T>(
  db: IDBDatabase,
  mode: IDBTransactionMode,
  step: (kept: Kept, months: IDBObjectStore, meta: IDBObjectStore) => T,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction([MONTHS, META], mode);
    const months = tx.objectStore(MONTHS);
    const meta = tx.objectStore(META);
    const all = months.getAll();
    const order = meta.get(ORDER);
    let result: T;
    // Requests complete in the order they were made: when the order has arrived, so have the months.
    order.onsuccess = () => {
      result = step(keptOf(all.result as unknown[], order.result), months, meta);
    };
    tx.oncomplete = () => {
      resolve(result);
    };
    tx.onabort = () => {
      reject(tx.error ?? new Error('The change was not written'));
    };
  });
}

/** Writes `next` over what was kept: only the months added or changed are put, those gone are deleted. */
function write(kept: Kept, next: readonly StoredInspection[], months: IDBObjectStore, meta: IDBObjectStore): void {
  const before = new Map(kept.items.map((item) => [item.id, item]));
  const ids = new Set(next.map((item) => item.id));
  for (const id of before.keys()) if (!ids.has(id)) months.delete(id);
  for (const item of next) if (before.get(item.id) !== item) months.put(item);
  meta.put(
    next.map((item) => item.id),
    ORDER,
  );
}

/** Tells other tabs (their `storage` event) that the months changed, and the first screen that there are some. */
function writeMarker(legacy: StorageLike | undefined, count: number): void {
  const marker: MonthsMarker = {
    schemaVersion: MARKER_VERSION,
    store: 'indexedDB',
    count,
    stamp: `${String(Date.now())}-${Math.random().toString(36).slice(2)}`,
  };
  try {
    legacy?.setItem(STORAGE_KEY, JSON.stringify(marker));
  } catch {
    // Other tabs hear of this change with the next one; the months themselves are written.
  }
}

/** The months kept in localStorage added to those in the database: one already there (same id and text) is not added twice. */
function merged(kept: readonly StoredInspection[], incoming: readonly StoredInspection[]): StoredInspection[] {
  const next = [...kept];
  const taken = new Set(kept.map((item) => item.id));
  for (const item of incoming) {
    const same = kept.find((k) => k.id === item.id);
    if (same && same.text === item.text && same.importedAt === item.importedAt) continue;
    const id = taken.has(item.id) ? uniqueId(item.id, taken) : item.id;
    taken.add(id);
    next.push(id === item.id ? item : { ...item, id });
  }
  return next;
}

/**
 * Moves what localStorage keeps (schemas 1 and 2, migrated as they always were) into the database, then leaves the
 * marker there. What cannot be read is backed up by loadStored and said; a store written by a newer version is left.
 */
async function migrate(db: IDBDatabase, legacy: StorageLike | undefined): Promise<LoadProblem | undefined> {
  if (!legacy) return undefined;
  const loaded = loadStored(legacy);
  if (loaded.inIndexedDb || loaded.problem?.kind === 'newer') return loaded.problem;
  if (loaded.inspections.length === 0) return loaded.problem;
  const count = await transact(db, 'readwrite', (kept, months, meta) => {
    const next = merged(kept.items, loaded.inspections);
    write(kept, next, months, meta);
    return next.length;
  });
  writeMarker(legacy, count);
  return loaded.problem;
}

async function backendOf(factory: IDBFactory | undefined, legacy: StorageLike | undefined): Promise<Backend> {
  let detail = 'IndexedDB';
  if (factory) {
    try {
      const db = await openDatabase(factory);
      const problem = await migrate(db, legacy);
      return problem?.kind === 'newer' ? { kind: 'refused', problem } : { kind: 'database', db, ...(problem ? { problem } : {}) };
    } catch (cause) {
      // A database of a newer version: the months are that version's, and are left as they are.
      if (cause instanceof DOMException && cause.name === 'VersionError')
        return { kind: 'refused', problem: { kind: 'newer', version: DATABASE_VERSION + 1 } };
      detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    }
  }
  // IndexedDB cannot be opened here (some private modes): localStorage, unless the months are in the database.
  if (legacy && !loadStored(legacy).inIndexedDb) return { kind: 'storage', months: storageMonths(legacy) };
  return { kind: 'refused', problem: { kind: 'unreachable', detail } };
}

/** What is kept in the database, records that are not months backed up (as localStorage's were) and said. */
async function loadFrom(db: IDBDatabase, legacy: StorageLike | undefined, problem: LoadProblem | undefined): Promise<LoadResult> {
  const kept = await transact(db, 'readonly', (read) => read);
  if (kept.foreign.length > 0 && legacy) keepBackup(legacy, JSON.stringify({ database: DATABASE_NAME, records: kept.foreign }));
  const foreign: LoadProblem | undefined =
    kept.foreign.length > 0 ? { kind: 'unreadable', detail: `${String(kept.foreign.length)} item(s)` } : undefined;
  const said = problem ?? foreign;
  return { inspections: kept.items, ...(said ? { problem: said } : {}) };
}

/** The months in IndexedDB (`factory`), with localStorage (`legacy`) for the marker, the migration and the backups. */
export function indexedMonths(factory: IDBFactory | undefined, legacy: StorageLike | undefined): MonthsStorage {
  let backend: Promise<Backend> | undefined;
  const ready = () => (backend ??= backendOf(factory, legacy));
  return {
    load: async () => {
      const chosen = await ready();
      if (chosen.kind === 'storage') return chosen.months.load();
      if (chosen.kind === 'refused') return { inspections: [], problem: chosen.problem };
      try {
        return await loadFrom(chosen.db, legacy, chosen.problem);
      } catch (cause) {
        return { inspections: [], problem: { kind: 'unreachable', detail: String(cause) } };
      }
    },
    update: async (change, fallback) => {
      const chosen = await ready();
      if (chosen.kind === 'storage') return chosen.months.update(change, fallback);
      if (chosen.kind === 'refused')
        return { items: change([...fallback]), saveError: chosen.problem.kind === 'newer' ? NEWER_STORAGE : UNREACHABLE_STORAGE };
      try {
        const items = await transact(chosen.db, 'readwrite', (kept, months, meta) => {
          const next = change(kept.items);
          write(kept, next, months, meta);
          return next;
        });
        writeMarker(legacy, items.length);
        return { items, saveError: undefined };
      } catch (cause) {
        return { items: change([...fallback]), saveError: cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause) };
      }
    },
  };
}

let chosenForBrowser: MonthsStorage | undefined | null = null;

/** This browser's months (one connection for the page), or undefined where neither IndexedDB nor localStorage works. */
export function browserMonths(): MonthsStorage | undefined {
  if (chosenForBrowser !== null) return chosenForBrowser;
  let factory: IDBFactory | undefined;
  try {
    factory = typeof indexedDB === 'undefined' ? undefined : indexedDB;
  } catch {
    factory = undefined;
  }
  const legacy = browserStorage();
  chosenForBrowser = factory || legacy ? indexedMonths(factory, legacy) : undefined;
  return chosenForBrowser;
}
