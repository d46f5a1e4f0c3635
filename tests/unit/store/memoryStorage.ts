// Browser storage in memory for the store tests, with writes that can be made to fail (a full quota).
import { storageMonths, type MonthsStorage } from '../../../src/store/monthsStorage';
import type { StorageLike } from '../../../src/store/store';

export class MemoryStorage implements StorageLike {
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

/** The months kept in a storage, as the store's functions take them (the localStorage backend: monthsStorage.ts). */
export function monthsOf(storage: MemoryStorage | undefined): MonthsStorage | undefined {
  return storage ? storageMonths(storage) : undefined;
}
