// Imported inspections in browser storage: saving, the migration from schema 1, unreadable data, failed writes.
import { describe, expect, it } from 'vitest';
import { BACKUP_KEY, loadStored, saveStored, SCHEMA_VERSION, STORAGE_KEY, type StoredInspection } from '../../../src/store/persistence';
import { importText } from '../../../src/data/importText';
import { createDashboardStore, type StorageLike } from '../../../src/store/store';
import { selectActive, selectOrderedInspections, selectPeriodRankChanges } from '../../../src/store/selectors';
import { readFixture } from '../readFixture';

class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  failWrites = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const february = readFixture('another-month-2025-02.txt');

/** Reads and adds an import, as the import dialog does. */
function addImport(store: ReturnType<typeof createDashboardStore>, text: string, period: string, label: string) {
  return store.getState().addImport(text, period, label, importText(text));
}

describe('storage', () => {
  it('saves under the schema version and loads what it saved', () => {
    const storage = new MemoryStorage();
    const item: StoredInspection = { id: '2025-02', period: '2025-02', label: '2月', text: february, importedAt: '2025-02-11T00:00:00Z' };
    expect(saveStored(storage, [item])).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({ schemaVersion: SCHEMA_VERSION });
    expect(loadStored(storage)).toEqual({ inspections: [item] });
  });

  it('migrates schema 1 ({ version: 1, items: [{ name, text }] }), reading the period from the name', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, items: [{ name: '2025年2月', text: february, savedAt: '2025-02-11' }] }));
    const loaded = loadStored(storage);
    expect(loaded.migratedFrom).toBe(1);
    expect(loaded.inspections).toEqual([
      { id: 'import-v1-0-2025-02', period: '2025-02', label: '2025年2月', text: february, importedAt: '2025-02-11' },
    ]);
  });

  it('garbage is reported, backed up, and nothing is thrown', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{not json');
    const loaded = loadStored(storage);
    expect(loaded.inspections).toEqual([]);
    expect(loaded.problem?.kind).toBe('unreadable');
    expect(storage.getItem(BACKUP_KEY)).toBe('{not json');
  });

  it('data from a newer schema is left alone and reported', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ schemaVersion: 99, inspections: [] }));
    expect(loadStored(storage).problem).toEqual({ kind: 'newer', version: 99 });
  });

  it('a failed write (quota) is reported, not thrown', () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    const result = saveStored(storage, []);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.detail).toContain('QuotaExceededError');
  });
});

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

describe('one basis for the weights view', () => {
  it('printed A 95 / B 97 but sums A 100 / B 97: the weights view ranks by the sums, as its rank ranges do, and says so', async () => {
    const { selectWeightedStandings, selectRankStability } = await import('../../../src/store/viewSelectors');
    const store = createDashboardStore(new MemoryStorage(), ['zh-CN']);
    addImport(store, '区,公厕,城中村,总分\nA区,50,50,95\nB区,48,49,97\n', '2025-03', '');
    const weighted = selectWeightedStandings(store.getState());
    expect(weighted?.rows.map((r) => [r.district, r.total, r.rank])).toEqual([
      ['A区', 100, 1],
      ['B区', 97, 2],
    ]);
    expect(selectRankStability(store.getState())?.get('A区')).toMatchObject({ best: 1, worst: 1, exact: true });
  });
});
