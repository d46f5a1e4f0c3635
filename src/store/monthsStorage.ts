// Where this browser keeps the months a reader imported: what every backend offers (read them all; apply one change
// to what is kept now, as one step no other tab can come between), and the localStorage backend, kept for browsers
// where IndexedDB cannot be opened (src/store/indexedMonths.ts is the one the app uses).

import { loadStored, saveStored, withUniqueIds, type LoadResult, type StoredInspection } from './persistence';
import { NEWER_STORAGE, UNREACHABLE_STORAGE } from './importsSlice';
import type { StorageLike } from './slice';

export interface UpdateResult {
  /** What is kept now, the change applied (or, when nothing could be written, the change applied to the page's own). */
  items: StoredInspection[];
  /** Set when the change could not be written: NEWER_STORAGE, UNREACHABLE_STORAGE or the browser's reason. */
  saveError: string | undefined;
}

export interface MonthsStorage {
  /** Every month kept, in order, ids unique; what cannot be read is backed up and said, never thrown. */
  load: () => Promise<LoadResult>;
  /**
   * Applies `change` to what is kept now (another tab may have written since the page read it) and writes the result;
   * `fallback` (the page's own list) stands for what is kept when that cannot be read.
   */
  update: (change: (items: StoredInspection[]) => StoredInspection[], fallback: readonly StoredInspection[]) => Promise<UpdateResult>;
}

/** The months in localStorage, the whole list in one document: every write reads it again, changes it, writes it. */
export function storageMonths(storage: StorageLike): MonthsStorage {
  return {
    load: () => Promise.resolve(withIdsMadeUnique(loadStored(storage))),
    update: (change, fallback) => {
      const loaded = loadStored(storage);
      if (loaded.problem?.kind === 'newer') return Promise.resolve({ items: change([...fallback]), saveError: NEWER_STORAGE });
      // Only the marker is here: the months are in IndexedDB, which this page could not open. Nothing is written.
      if (loaded.inIndexedDb) return Promise.resolve({ items: change([...fallback]), saveError: UNREACHABLE_STORAGE });
      // Unreadable storage was backed up when the page started: the items this page holds are the best there is.
      const items = change(withUniqueIds(loaded.problem ? fallback : loaded.inspections));
      const saved = saveStored(storage, items);
      return Promise.resolve({ items, saveError: saved.ok ? undefined : saved.detail });
    },
  };
}

function withIdsMadeUnique(loaded: LoadResult): LoadResult {
  if (loaded.inIndexedDb) return { inspections: [], problem: { kind: 'unreachable', detail: 'IndexedDB' } };
  return { ...loaded, inspections: withUniqueIds(loaded.inspections) };
}
