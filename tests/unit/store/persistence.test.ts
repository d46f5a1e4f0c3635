// Imported inspections in browser storage: saving, the migration from schema 1, unreadable data, failed writes.
import { describe, expect, it } from 'vitest';
import {
  BACKUP_KEY,
  backupsIn,
  loadStored,
  saveStored,
  SCHEMA_VERSION,
  STORAGE_KEY,
  type StoredInspection,
} from '../../../src/store/persistence';
import { readFixture } from '../readFixture';
import { MemoryStorage } from './memoryStorage';

const february = readFixture('another-month-2025-02.txt');

describe('storage', () => {
  it('saves under the schema version and loads what it saved', () => {
    const storage = new MemoryStorage();
    const item: StoredInspection = { id: '2025-02', period: '2025-02', label: '2月', text: february, importedAt: '2025-02-11T00:00:00Z' };
    expect(saveStored(storage, [item])).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({ schemaVersion: SCHEMA_VERSION });
    expect(loadStored(storage)).toEqual({ inspections: [item] });
  });

  it('keeps the series a reader said a month belongs to', () => {
    const storage = new MemoryStorage();
    const item: StoredInspection = { id: '2025-02', period: '2025-02', label: '', text: february, importedAt: '', series: 'new' };
    saveStored(storage, [item]);
    expect(loadStored(storage).inspections[0]?.series).toBe('new');
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

  it('every corruption keeps its own backup; the same one read again adds none', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{not json');
    loadStored(storage);
    loadStored(storage);
    storage.setItem(STORAGE_KEY, 'garbage of another day');
    loadStored(storage);
    expect(storage.getItem(BACKUP_KEY)).toBe('{not json');
    expect(storage.getItem(`${BACKUP_KEY}:2`)).toBe('garbage of another day');
    expect(storage.getItem(`${BACKUP_KEY}:3`)).toBeNull();
    expect(backupsIn(storage)).toEqual(['{not json', 'garbage of another day']);
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
