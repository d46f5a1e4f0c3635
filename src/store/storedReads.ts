// Reads stored imports again in the parse worker (src/data/parse.worker.ts), so that a big one kept in this browser
// never freezes the page at start-up; where no worker can run, they are read in place, as before.

import type { ParseMessage, ParseRequest } from '../data/parse.worker';
import { importText, type ImportResult } from '../data/importText';
import type { StoredInspection } from './persistence';
import { readStoredImportsOffThread, syncFromStorage, type ImportsStore } from './storedImports';

function readInPlace(items: readonly StoredInspection[]): ImportResult[] {
  return items.map((item) => importText(item.text, item.reading));
}

/** Each item's reading, in order; a worker that fails to start or to read leaves the reading to the main thread. */
export function readStoredInWorker(items: readonly StoredInspection[]): Promise<ImportResult[]> {
  if (typeof Worker === 'undefined') return Promise.resolve(readInPlace(items));
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('../data/parse.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(readInPlace(items));
      return;
    }
    worker.onmessage = (event: MessageEvent<ParseMessage>) => {
      if (event.data.type !== 'stored') return;
      worker.terminate();
      resolve(event.data.results);
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(readInPlace(items));
    };
    const request: ParseRequest = { kind: 'stored', items: items.map((item) => ({ text: item.text, reading: item.reading })) };
    worker.postMessage(request);
  });
}

/** The imports kept in this browser, read at start-up (boot.tsx), the big ones in the parse worker. */
export function readStoredAtStart(store: ImportsStore): Promise<void> {
  return readStoredImportsOffThread(store, readStoredInWorker);
}

/** What boot.tsx loads of the stored imports' code, in one module: each module it names costs the first screen's bytes. */
export { syncFromStorage };
