// The imports with storage: adding, deleting and undoing imports (storedImports.ts), failed writes, unreadable and
// newer storage, ids, two tabs sharing one storage, and the weights view's basis on an import.
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/data/importText';
import { BACKUP_KEY, loadStored, saveStored, STORAGE_KEY, type StoredInspection } from '../../../src/store/persistence';
import { selectActive, selectOrderedInspections, selectPeriodRankChanges } from '../../../src/store/selectors';
import { createDashboardStore } from '../../../src/store/store';
import * as imports from '../../../src/store/storedImports';
import { readFixture } from '../readFixture';
import { MemoryStorage, monthsOf } from './memoryStorage';

const february = readFixture('another-month-2025-02.txt');

type Store = ReturnType<typeof createDashboardStore>;

/** The store's storage, as the app passes browserStorage(). */
const storages = new WeakMap<Store, MemoryStorage | undefined>();
function storeOn(storage: MemoryStorage | undefined, languages: readonly string[] = ['zh-CN']): Store {
  const store = createDashboardStore(storage, languages);
  storages.set(store, storage);
  return store;
}

/** Reads and adds an import, as the import dialog does. */
function addImport(store: Store, text: string, period: string, label: string) {
  return imports.addImport(store, monthsOf(storages.get(store)), text, period, label, importText(text));
}
const removeImport = (store: Store, id: string) => imports.removeImport(store, monthsOf(storages.get(store)), id);
const undoRemove = (store: Store) => imports.undoRemove(store, monthsOf(storages.get(store)));

describe('the store with storage', () => {
  it('an import is added, becomes the active period, persists, and shows rank changes against January', async () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    const added = await addImport(store, february, '2025-02', '');
    expect(added).toEqual({ ok: true, id: '2025-02', saved: true });
    expect(selectOrderedInspections(store.getState()).map((i) => i.id)).toEqual(['taiyuan-2025-01', '2025-02']);
    expect(selectActive(store.getState())?.id).toBe('2025-02');
    // Its source is the page's own heading (what an exported image or the source line says), not a generic label.
    expect(selectActive(store.getState())?.source.publication).toEqual({
      zh: '“城六区创卫月督查创卫评估暗访点位类型得分排名”（在本浏览器导入）',
      en: '“城六区创卫月督查创卫评估暗访点位类型得分排名” (imported in this browser)',
    });
    const changes = selectPeriodRankChanges(store.getState());
    expect([...(changes?.values() ?? [])].map((c) => [c.district, c.baseRank, c.rank, c.change])).toEqual([
      ['迎泽区', 2, 1, 1],
      ['小店区', 3, 2, 1],
      ['杏花岭区', 1, 3, -2],
      ['晋源区', 5, 4, 1],
      ['尖草坪区', 6, 5, 1],
      ['万柏林区', 4, 6, -2],
    ]);
    // A new store on the same storage (a reload) starts on the embedded month, and has the record and its
    // inspection back once the stored imports are read (boot.tsx does it before the first render); reading twice adds nothing.
    const reloaded = storeOn(storage);
    expect(reloaded.getState().inspections.map((i) => i.id)).toEqual(['taiyuan-2025-01']);
    await imports.readStoredImports(reloaded, monthsOf(storage));
    await imports.readStoredImports(reloaded, monthsOf(storage));
    expect(reloaded.getState().stored.map((s) => s.id)).toEqual(['2025-02']);
    expect(reloaded.getState().inspections.map((i) => i.id)).toEqual(['taiyuan-2025-01', '2025-02']);
    expect(reloaded.getState().storageProblem).toBeUndefined();
  });

  it('a malformed import adds nothing and changes nothing stored', async () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    await addImport(store, february, '2025-02', '');
    const before = storage.getItem(STORAGE_KEY);
    const result = await addImport(store, readFixture('malformed-month.txt'), '2025-03', '');
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.line])).toEqual([
      ['not-a-number', 5],
      ['missing-cell', 6],
    ]);
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
    expect(store.getState().inspections).toHaveLength(2);
  });

  it('deleting has an undo; the embedded inspection cannot be deleted', async () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    await addImport(store, february, '2025-02', '二月');
    await removeImport(store, '2025-02');
    expect(store.getState().inspections.map((i) => i.id)).toEqual(['taiyuan-2025-01']);
    expect(loadStored(storage).inspections).toEqual([]);
    await undoRemove(store);
    expect(store.getState().inspections.map((i) => i.id)).toEqual(['taiyuan-2025-01', '2025-02']);
    expect(loadStored(storage).inspections.map((i) => i.label)).toEqual(['二月']);
    await removeImport(store, 'taiyuan-2025-01');
    expect(store.getState().inspections.map((i) => i.id)).toContain('taiyuan-2025-01');
  });

  it('when the write fails the import stays for this session and the failure is reported', async () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    storage.failWrites = true;
    const added = await addImport(store, february, '2025-02', '');
    expect(added).toMatchObject({ ok: true, saved: false });
    expect(store.getState().saveError).toContain('QuotaExceededError');
  });

  it('a stored import that no longer reads is reported, kept in storage, and its id is not reused', async () => {
    const storage = new MemoryStorage();
    const item: StoredInspection = { id: '2025-03', period: '2025-03', label: '', text: '本报讯 今天天气晴。', importedAt: '2025-03-01' };
    saveStored(storage, [item]);
    const store = storeOn(storage);
    await imports.readStoredImports(store, monthsOf(storage));
    expect(store.getState().inspections.map((i) => i.id)).toEqual(['taiyuan-2025-01']);
    expect(store.getState().storageProblem).toEqual({ kind: 'unreadable', detail: '1 item(s)' });
    expect(await addImport(store, february, '2025-03', '')).toMatchObject({ ok: true, id: '2025-03-2' });
    expect(loadStored(storage).inspections.map((i) => i.id)).toEqual(['2025-03', '2025-03-2']);
  });

  it('corrupted storage: the app starts on the embedded data and says what it could not read', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, 'garbage');
    const store = storeOn(storage);
    await imports.readStoredImports(store, monthsOf(storage));
    expect(store.getState().inspections.map((i) => i.id)).toEqual(['taiyuan-2025-01']);
    expect(store.getState().storageProblem?.kind).toBe('unreadable');
    expect(storage.getItem(BACKUP_KEY)).toBe('garbage');
  });
});

describe('storage written by a newer version', () => {
  it('is never overwritten: an import, a delete or an undo keeps it byte for byte and says why nothing was saved', async () => {
    const storage = new MemoryStorage();
    const newer = JSON.stringify({ schemaVersion: 99, inspections: [{ future: true }] });
    storage.setItem(STORAGE_KEY, newer);
    const store = storeOn(storage);
    store.getState().dismissStorageMessages();
    const added = await addImport(store, february, '2025-02', '');
    expect(added).toMatchObject({ ok: true, saved: false });
    expect(store.getState().saveError).toBe('newer');
    if (added.ok) await removeImport(store, added.id);
    await undoRemove(store);
    expect(storage.getItem(STORAGE_KEY)).toBe(newer);
  });
});

describe('ids', () => {
  it('import, delete, import the same month, undo: every entry keeps an id of its own', async () => {
    const store = storeOn(new MemoryStorage());
    const first = await addImport(store, february, '2025-02', '');
    if (!first.ok) throw new Error('first import');
    await removeImport(store, first.id);
    const second = await addImport(store, february, '2025-02', '');
    expect(second).toMatchObject({ ok: true, id: '2025-02-2' });
    await undoRemove(store);
    const ids = store.getState().inspections.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(store.getState().stored.map((s) => s.id)).toEqual(['2025-02', '2025-02-2']);
  });

  it('a stored list with two items of one id: each gets an id of its own, and a delete takes out one', async () => {
    const storage = new MemoryStorage();
    const item: StoredInspection = { id: '2025-02', period: '2025-02', label: '甲', text: february, importedAt: '' };
    saveStored(storage, [item, { ...item, label: '乙' }]);
    const store = storeOn(storage);
    await imports.readStoredImports(store, monthsOf(storage));
    expect(store.getState().stored.map((s) => [s.id, s.label])).toEqual([
      ['2025-02', '甲'],
      ['2025-02-2', '乙'],
    ]);
    await removeImport(store, '2025-02');
    expect(loadStored(storage).inspections.map((s) => s.label)).toEqual(['乙']);
    expect(store.getState().inspections.map((i) => i.id)).toEqual(['taiyuan-2025-01', '2025-02-2']);
  });
});

describe('undo', () => {
  it('is a stack: two deletes are undone in the reverse order, each back where it was', async () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    await addImport(store, february, '2025-02', '二月');
    await addImport(store, february, '2025-03', '三月');
    await addImport(store, february, '2025-04', '四月');
    await removeImport(store, '2025-02');
    await removeImport(store, '2025-03');
    expect(loadStored(storage).inspections.map((s) => s.label)).toEqual(['四月']);
    await undoRemove(store);
    expect(loadStored(storage).inspections.map((s) => s.label)).toEqual(['三月', '四月']);
    await undoRemove(store);
    expect(loadStored(storage).inspections.map((s) => s.label)).toEqual(['二月', '三月', '四月']);
    expect(store.getState().removed).toEqual([]);
  });
});

describe('two tabs on one storage', () => {
  it('both keep their imports: each write merges what the other wrote since', async () => {
    const storage = new MemoryStorage();
    const tabA = storeOn(storage);
    const tabB = storeOn(storage);
    await addImport(tabA, february, '2025-03', '');
    await addImport(tabB, february, '2025-04', '');
    expect(loadStored(storage).inspections.map((s) => s.id)).toEqual(['2025-03', '2025-04']);
    // B took in A's March when it wrote; A takes in B's April from the storage event.
    expect(tabB.getState().inspections.map((i) => i.id)).toEqual(['taiyuan-2025-01', '2025-04', '2025-03']);
    await imports.syncFromStorage(tabA, monthsOf(storage));
    expect(selectOrderedInspections(tabA.getState()).map((i) => i.id)).toEqual(['taiyuan-2025-01', '2025-03', '2025-04']);
  });

  it('a delete in one tab is not undone by the other tab’s next write', async () => {
    const storage = new MemoryStorage();
    const tabA = storeOn(storage);
    await addImport(tabA, february, '2025-03', '');
    const tabB = storeOn(storage);
    await imports.readStoredImports(tabB, monthsOf(storage));
    await removeImport(tabA, '2025-03');
    await addImport(tabB, february, '2025-04', '');
    expect(loadStored(storage).inspections.map((s) => s.id)).toEqual(['2025-04']);
    expect(tabB.getState().inspections.map((i) => i.id)).toEqual(['taiyuan-2025-01', '2025-04']);
    await imports.syncFromStorage(tabA, monthsOf(storage));
    expect(tabA.getState().inspections.map((i) => i.id)).toEqual(['taiyuan-2025-01', '2025-04']);
  });

  it('a period shown here and deleted there gives way to the latest; a period a link asks for stays asked for', async () => {
    const storage = new MemoryStorage();
    const tabA = storeOn(storage);
    await addImport(tabA, february, '2025-03', '');
    const tabB = storeOn(storage);
    await imports.readStoredImports(tabB, monthsOf(storage));
    await removeImport(tabB, '2025-03');
    await imports.syncFromStorage(tabA, monthsOf(storage));
    expect(tabA.getState().activeId).toBeUndefined();
    expect(selectActive(tabA.getState())?.id).toBe('taiyuan-2025-01');
    tabB.getState().setActive('2031-07');
    await addImport(tabA, february, '2025-04', '');
    await imports.syncFromStorage(tabB, monthsOf(storage));
    expect(tabB.getState().activeId).toBe('2031-07');
  });

  it('storage a newer version wrote after this tab started is never written over', async () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    const newer = JSON.stringify({ schemaVersion: 99, inspections: [{ future: true }] });
    storage.setItem(STORAGE_KEY, newer);
    const added = await addImport(store, february, '2025-02', '');
    expect(added).toMatchObject({ ok: true, saved: false });
    expect(storage.getItem(STORAGE_KEY)).toBe(newer);
  });
});
