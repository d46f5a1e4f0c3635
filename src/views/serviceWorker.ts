// Registers the service worker that keeps the app working offline (vite.config.ts, offlineApp), and says when a
// new version is waiting: the page then offers it (UpdateBanner) instead of switching under the reader.

import { PUBLISHED_CACHE } from '../publishedCache';
import { useDashboard } from '../store/store';

/**
 * A browser driven by automation (the tests, the benchmark) gets no worker unless it opts in under this key: a
 * worker kept from one build would serve it to the next. An embedded view registers none either: the host's
 * readers did not ask for the app.
 */
export const SERVICE_WORKER_OPT_IN = 'taiyuan-sanitation-dashboard:service-worker';

let update: (() => Promise<void>) | undefined;

function wantsServiceWorker(): boolean {
  if (!('serviceWorker' in navigator) || useDashboard.getState().embed) return false;
  if (!navigator.webdriver) return true;
  try {
    return window.localStorage.getItem(SERVICE_WORKER_OPT_IN) === 'on';
  } catch {
    return false;
  }
}

/** Runs once the page has loaded and the main thread is idle: precaching must not compete with the first screen. */
function whenIdle(run: () => void): void {
  const idle = () => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 5000 });
    else window.setTimeout(run, 2000);
  };
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

export function startServiceWorker(): void {
  if (!wantsServiceWorker()) return;
  // Workbox's window library loads only where a worker is wanted, and only once the first screen is done.
  whenIdle(register);
}

function register(): void {
  void import('virtual:pwa-register').then(({ registerSW }) => {
    const updateServiceWorker = registerSW({
      immediate: true,
      onNeedRefresh() {
        update = () => updateServiceWorker(true);
        useDashboard.getState().setUpdateAvailable(true);
      },
    });
    void navigator.serviceWorker.ready.then(keepPublished);
  });
}

/**
 * Puts the published months this page read into the worker's cache for them. On a first visit the page is not yet
 * the worker's, so its own fetches went past the worker; without this, a published month would not open offline.
 */
async function keepPublished(): Promise<void> {
  try {
    // The index's reader comes with the reading code (its chunk), which the first screen does not load.
    const { indexEntries } = await import('../data/publish');
    const cache = await caches.open(PUBLISHED_CACHE);
    const index: unknown = await fetch('data/index.json').then((response) => response.json());
    await cache.addAll(['data/index.json', ...indexEntries(index).map((entry) => `data/${entry.file}`)]);
  } catch {
    // No published months, or offline now: nothing to keep; the worker keeps them when they are next fetched.
  }
}

/** Takes the waiting version: the new worker takes over and the page reloads on it. Stored imports stay. */
export function applyUpdate(): Promise<void> {
  return update ? update() : Promise.resolve();
}
