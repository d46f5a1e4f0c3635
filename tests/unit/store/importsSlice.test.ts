// The imports slice with storage: adding, deleting and undoing imports, failed writes, unreadable and newer
// storage, ids, and the weights view's basis on an import.
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/data/importText';
import { BACKUP_KEY, loadStored, saveStored, STORAGE_KEY, type StoredInspection } from '../../../src/store/persistence';
import { selectActive, selectOrderedInspections, selectPeriodRankChanges } from '../../../src/store/selectors';
import { createDashboardStore } from '../../../src/store/store';
import { readFixture } from '../readFixture';
import { MemoryStorage } from './memoryStorage';

const february = readFixture('another-month-2025-02.txt');

/** Reads and adds an import, as the import dialog does. */
function addImport(store: ReturnType<typeof createDashboardStore>, text: string, period: string, label: string) {
  return store.getState().addImport(text, period, label, importText(text));
}

describe('the store with storage', () => {
  it('an import is added, becomes the active period, persists, and shows rank changes against January', () => {
    const storage = new MemoryStorage();
    const store = createDashboardStore(storage);
    const added = addImport(store, february, '2025-02', '');
    expect(added).toEqual({ ok: true, id: '2025-02', saved: true });
    expect(selectOrderedInspections(store.getState()).map((i) => i.id)).toEqual(['taiyuan-2025-01', '2025-02']);
    expect(selectActive(store.getState())?.id).toBe('2025-02');
    const changes = selectPeriodRankChanges(store.getState());
    expect([...(changes?.values() ?? [])].map((c) => [c.district, c.baseRank, c.rank, c.change])).toEqual([
      ['迎泽区', 2, 1, 1],
      ['小店区', 3, 2, 1],
      ['杏花岭区', 1, 3, -2],
      ['晋源区', 5, 4, 1],
      ['尖草坪区', 6, 5, 1],
      ['万柏林区', 4, 6, -2],
    ]);
    // A new store on the same storage (a reload) holds the record at once, and has the inspection back
    // once the stored imports are read (boot.tsx does it before the first render); reading twice adds nothing.
    const reloaded = createDashboardStore(storage);
    expect(reloaded.getState().stored.map((s) => s.id)).toEqual(['2025-02']);
    expect(reloaded.getState().inspections.map((i) => i.id)).toEqual(['taiyuan-2025-01']);
    reloaded.getState().readStoredImports(importText);
    reloaded.getState().readStoredImports(importText);
    expect(reloaded.getState().inspections.map((i) => i.id)).toEqual(['taiyuan-2025-01', '2025-02']);
    expect(reloaded.getState().storageProblem).toBeUndefined();
  });

  it('a malformed import adds nothing and changes nothing stored', () => {
    const storage = new MemoryStorage();
    const store = createDashboardStore(storage);
    addImport(store, february, '2025-02', '');
    const before = storage.getItem(STORAGE_KEY);
    const result = addImport(store, readFixture('malformed-month.txt'), '2025-03', '');
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.line])).toEqual([
      ['not-a-number', 5],
      ['missing-cell', 6],
    ]);
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
    expect(store.getState().inspections).toHaveLength(2);
  });

  it('deleting has an undo; the embedded inspection cannot be deleted', () => {
    const storage = new MemoryStorage();
    const store = createDashboardStore(storage);
    addImport(store, february, '2025-02', '二月');
    store.getState().removeImport('2025-02');
    expect(store.getState().inspections.map((i) => i.id)).toEqual(['taiyuan-2025-01']);
    expect(loadStored(storage).inspections).toEqual([]);
    store.getState().undoRemove();
    expect(store.getState().inspections.map((i) => i.id)).toEqual(['taiyuan-2025-01', '2025-02']);
    expect(loadStored(storage).inspections.map((i) => i.label)).toEqual(['二月']);
    store.getState().removeImport('taiyuan-2025-01');
    expect(store.getState().inspections.map((i) => i.id)).toContain('taiyuan-2025-01');
  });

  it('when the write fails the import stays for this session and the failure is reported', () => {
    const storage = new MemoryStorage();
    const store = createDashboardStore(storage);
    storage.failWrites = true;
    const added = addImport(store, february, '2025-02', '');
    expect(added).toMatchObject({ ok: true, saved: false });
    expect(store.getState().saveError).toContain('QuotaExceededError');
  });

  it('a stored import that no longer reads is reported, kept in storage, and its id is not reused', () => {
    const storage = new MemoryStorage();
    const item: StoredInspection = { id: '2025-03', period: '2025-03', label: '', text: '本报讯 今天天气晴。', importedAt: '2025-03-01' };
    saveStored(storage, [item]);
    const store = createDashboardStore(storage);
    store.getState().readStoredImports(importText);
    expect(store.getState().inspections.map((i) => i.id)).toEqual(['taiyuan-2025-01']);
    expect(store.getState().storageProblem).toEqual({ kind: 'unreadable', detail: '1 item(s)' });
    expect(addImport(store, february, '2025-03', '')).toMatchObject({ ok: true, id: '2025-03-2' });
    expect(loadStored(storage).inspections.map((i) => i.id)).toEqual(['2025-03', '2025-03-2']);
  });

  it('corrupted storage: the app starts on the embedded data and says what it could not read', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, 'garbage');
    const store = createDashboardStore(storage);
    expect(store.getState().inspections.map((i) => i.id)).toEqual(['taiyuan-2025-01']);
    expect(store.getState().storageProblem?.kind).toBe('unreadable');
    expect(storage.getItem(BACKUP_KEY)).toBe('garbage');
  });
});

describe('storage written by a newer version', () => {
  it('is never overwritten: an import, a delete or an undo keeps it byte for byte and says why nothing was saved', () => {
    const storage = new MemoryStorage();
    const newer = JSON.stringify({ schemaVersion: 99, inspections: [{ future: true }] });
    storage.setItem(STORAGE_KEY, newer);
    const store = createDashboardStore(storage, ['zh-CN']);
    store.getState().dismissStorageMessages();
    const added = addImport(store, february, '2025-02', '');
    expect(added).toMatchObject({ ok: true, saved: false });
    expect(store.getState().saveError).toBe('newer');
    if (added.ok) store.getState().removeImport(added.id);
    store.getState().undoRemove();
    expect(storage.getItem(STORAGE_KEY)).toBe(newer);
  });
});

describe('ids', () => {
  it('import, delete, import the same month, undo: every entry keeps an id of its own and the undo slot is cleared by the import', () => {
    const store = createDashboardStore(new MemoryStorage(), ['zh-CN']);
    const first = addImport(store, february, '2025-02', '');
    if (!first.ok) throw new Error('first import');
    store.getState().removeImport(first.id);
    const second = addImport(store, february, '2025-02', '');
    expect(second.ok).toBe(true);
    expect(store.getState().lastRemoved).toBeUndefined();
    store.getState().undoRemove();
    const ids = store.getState().inspections.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(store.getState().stored.map((s) => s.id)).toHaveLength(1);
  });
});
