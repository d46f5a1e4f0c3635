// The months in IndexedDB (src/store/indexedMonths.ts), on fake-indexeddb's implementation of the API: today's
// localStorage moved in once, two tabs writing at once, storage of a newer version left alone, damaged records backed
// up, and localStorage serving where IndexedDB cannot be opened.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/data/importText';
import { indexedMonths } from '../../../src/store/indexedMonths';
import { BACKUP_KEY, loadStored, saveStored, STORAGE_KEY, type StoredInspection } from '../../../src/store/persistence';
import { createDashboardStore } from '../../../src/store/store';
import * as imports from '../../../src/store/storedImports';
import { readFixture } from '../readFixture';
import { MemoryStorage } from './memoryStorage';

const february = readFixture('another-month-2025-02.txt');

function month(id: string, label = ''): StoredInspection {
  return { id, period: id.slice(0, 7), label, text: february, importedAt: `${id}-01T00:00:00Z` };
}

/** The records in the database, read with the bare API (an oracle apart from the code under test). */
function recordsIn(factory: IDBFactory): Promise<{ ids: string[]; order: unknown }> {
  return new Promise((resolve, reject) => {
    const open = factory.open('taiyuan-sanitation-dashboard');
    open.onerror = () => {
      reject(open.error ?? new Error('not opened'));
    };
    open.onsuccess = () => {
      const tx = open.result.transaction(['months', 'meta'], 'readonly');
      const keys = tx.objectStore('months').getAllKeys();
      const order = tx.objectStore('meta').get('order');
      tx.oncomplete = () => {
        open.result.close();
        resolve({ ids: keys.result.map(String), order: order.result });
      };
    };
  });
}

/** A tab of the app: its own store, and its own connection to the same browser's database and localStorage. */
function tab(factory: IDBFactory, legacy: MemoryStorage) {
  return { store: createDashboardStore(legacy, ['zh-CN']), months: indexedMonths(factory, legacy) };
}

describe('months kept in IndexedDB', () => {
  it('moves the months today’s localStorage keeps into the database once, in order, and leaves a marker there', async () => {
    const factory = new IDBFactory();
    const legacy = new MemoryStorage();
    saveStored(legacy, [month('2025-03', '三月'), month('2025-02', '二月')]);
    const first = tab(factory, legacy);
    await imports.readStoredImports(first.store, first.months);
    expect(first.store.getState().stored.map((s) => s.label)).toEqual(['三月', '二月']);
    expect(first.store.getState().inspections.map((i) => i.id)).toEqual(['taiyuan-2025-01', '2025-03', '2025-02']);
    expect(await recordsIn(factory)).toEqual({ ids: ['2025-02', '2025-03'], order: ['2025-03', '2025-02'] });
    expect(JSON.parse(legacy.getItem(STORAGE_KEY) ?? '')).toMatchObject({ schemaVersion: 3, store: 'indexedDB', count: 2 });
    // The next page load finds the marker: nothing moved twice, the same months shown.
    const again = tab(factory, legacy);
    await imports.readStoredImports(again.store, again.months);
    expect(again.store.getState().stored.map((s) => s.id)).toEqual(['2025-03', '2025-02']);
    expect((await recordsIn(factory)).ids).toHaveLength(2);
  });

  it('two tabs importing at the same moment both keep theirs, and each hears of the other’s', async () => {
    const factory = new IDBFactory();
    const legacy = new MemoryStorage();
    const a = tab(factory, legacy);
    const b = tab(factory, legacy);
    const [addedA, addedB] = await Promise.all([
      imports.addImport(a.store, a.months, february, '2025-03', '甲', importText(february)),
      imports.addImport(b.store, b.months, february, '2025-03', '乙', importText(february)),
    ]);
    // The same period in both: the second transaction sees the first's month and takes the next free id.
    expect([addedA, addedB]).toEqual([
      { ok: true, id: '2025-03', saved: true },
      { ok: true, id: '2025-03-2', saved: true },
    ]);
    expect((await recordsIn(factory)).order).toEqual(['2025-03', '2025-03-2']);
    await imports.syncFromStorage(a.store, a.months);
    expect(a.store.getState().stored.map((s) => s.label)).toEqual(['甲', '乙']);
    expect(a.store.getState().inspections.map((i) => i.id)).toEqual(['taiyuan-2025-01', '2025-03', '2025-03-2']);
  });

  it('a delete and its undo write only what they change, and the undo puts the month back in its place', async () => {
    const factory = new IDBFactory();
    const legacy = new MemoryStorage();
    saveStored(legacy, [month('2025-02'), month('2025-03'), month('2025-04')]);
    const page = tab(factory, legacy);
    await imports.readStoredImports(page.store, page.months);
    await imports.removeImport(page.store, page.months, '2025-03');
    expect(await recordsIn(factory)).toEqual({ ids: ['2025-02', '2025-04'], order: ['2025-02', '2025-04'] });
    await imports.undoRemove(page.store, page.months);
    expect((await recordsIn(factory)).order).toEqual(['2025-02', '2025-03', '2025-04']);
    const reloaded = tab(factory, legacy);
    await imports.readStoredImports(reloaded.store, reloaded.months);
    expect(reloaded.store.getState().stored.map((s) => s.id)).toEqual(['2025-02', '2025-03', '2025-04']);
  });

  it('a database of a newer version is neither read nor written, and the page says so', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const open = factory.open('taiyuan-sanitation-dashboard', 7);
      open.onupgradeneeded = () => open.result.createObjectStore('months', { keyPath: 'id' });
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
    });
    const legacy = new MemoryStorage();
    const page = tab(factory, legacy);
    await imports.readStoredImports(page.store, page.months);
    expect(page.store.getState().storageProblem?.kind).toBe('newer');
    const added = await imports.addImport(page.store, page.months, february, '2025-03', '', importText(february));
    expect(added).toMatchObject({ ok: true, saved: false });
    expect(page.store.getState().saveError).toBe('newer');
    expect(legacy.getItem(STORAGE_KEY)).toBeNull();
  });

  it('localStorage written by a version newer than the database is left byte for byte', async () => {
    const factory = new IDBFactory();
    const legacy = new MemoryStorage();
    const newer = JSON.stringify({ schemaVersion: 9, months: 'elsewhere' });
    legacy.setItem(STORAGE_KEY, newer);
    const page = tab(factory, legacy);
    await imports.readStoredImports(page.store, page.months);
    await imports.addImport(page.store, page.months, february, '2025-03', '', importText(february));
    expect(legacy.getItem(STORAGE_KEY)).toBe(newer);
    expect(page.store.getState().saveError).toBe('newer');
  });

  it('a record that is not a month is kept, backed up for the reader and said; the others are shown', async () => {
    const factory = new IDBFactory();
    const legacy = new MemoryStorage();
    const page = tab(factory, legacy);
    await imports.addImport(page.store, page.months, february, '2025-02', '', importText(february));
    await new Promise<void>((resolve) => {
      const open = factory.open('taiyuan-sanitation-dashboard');
      open.onsuccess = () => {
        const tx = open.result.transaction('months', 'readwrite');
        tx.objectStore('months').put({ id: 'broken', period: 'soon' });
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
      };
    });
    const reloaded = tab(factory, legacy);
    await imports.readStoredImports(reloaded.store, reloaded.months);
    expect(reloaded.store.getState().stored.map((s) => s.id)).toEqual(['2025-02']);
    expect(reloaded.store.getState().storageProblem).toEqual({ kind: 'unreadable', detail: '1 item(s)' });
    expect(JSON.parse(legacy.getItem(BACKUP_KEY) ?? '{}')).toEqual({
      database: 'taiyuan-sanitation-dashboard',
      records: [{ id: 'broken', period: 'soon' }],
    });
    expect((await recordsIn(factory)).ids).toEqual(['2025-02', 'broken']);
  });

  it('where IndexedDB cannot be opened, localStorage keeps the months; months already in the database are never overwritten', async () => {
    const throwing = Object.assign(Object.create(IDBFactory.prototype) as IDBFactory, {
      open: () => {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    });
    const legacy = new MemoryStorage();
    const page = tab(throwing, legacy);
    await imports.addImport(page.store, page.months, february, '2025-03', '', importText(february));
    expect(loadStored(legacy).inspections.map((s) => s.id)).toEqual(['2025-03']);
    // The marker says the months are in a database this page cannot open: nothing is written over it.
    const marker = JSON.stringify({ schemaVersion: 3, store: 'indexedDB', count: 4, stamp: '1' });
    legacy.setItem(STORAGE_KEY, marker);
    const other = tab(throwing, legacy);
    await imports.readStoredImports(other.store, other.months);
    expect(other.store.getState().storageProblem?.kind).toBe('unreachable');
    await imports.addImport(other.store, other.months, february, '2025-04', '', importText(february));
    expect(other.store.getState().saveError).toBe('unreachable');
    expect(legacy.getItem(STORAGE_KEY)).toBe(marker);
  });
});
