// Keeps this page's imports in step with another tab's: when another tab of the app writes the stored imports, this
// one takes them in (storedImports.ts, loaded only then): a month imported there appears here, one deleted there
// leaves here.

import { useEffect } from 'react';
import { STORAGE_KEY } from '../store/persistence';
import { browserStorage, useDashboard } from '../store/store';

export function useStorageSync(): void {
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      // null: another tab cleared all of the storage.
      if (event.key !== STORAGE_KEY && event.key !== null) return;
      void import('../store/storedImports').then((module) => {
        module.syncFromStorage(useDashboard, browserStorage());
      });
    };
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener('storage', onStorage);
    };
  }, []);
}
