// Starts the live app: reads stored imports, applies the link's view state, then hydrates the prerendered
// screen in the reader's language when it is the screen this state shows, or renders the state's own screen.
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { showsPrerenderedScreen } from './store/firstScreen';
import { embeddedSource } from './data/embedded/source';
import { STORAGE_KEY } from './store/storageKey';
import { browserStorage, useDashboard } from './store/store';
import { applyLink } from './views/urlSync';
import { selectActive } from './store/selectors';

/** Imports kept in this browser are read with the import reader, which is loaded only when there are some. */
async function readStoredImports(): Promise<void> {
  try {
    // Inside the try: a browser that refuses storage throws on reading it. The key holds the months (as an earlier
    // version kept them) or the marker saying they are in IndexedDB; without localStorage, IndexedDB is asked.
    const storage = browserStorage();
    if (storage ? storage.getItem(STORAGE_KEY) != null : typeof indexedDB !== 'undefined') {
      // import(…).then: Vite writes `(await import(…)).name` out at length, and these bytes are the first screen's.
      await import('./store/storedReads').then((module) => module.readStoredAtStart(useDashboard));
    }
  } catch (cause) {
    // The reader could not be loaded: the app starts on the embedded data and says so; the stored records stay
    // untouched in storage, and come back on the next load.
    useDashboard.setState({ storageProblem: { kind: 'not-loaded', detail: cause instanceof Error ? cause.message : String(cause) } });
  }
}

/** Months the site publishes (public/data/) beyond the embedded one, read with the import reader when there are any. */
async function readPublished(): Promise<void> {
  try {
    const index = (await (await fetch('data/index.json')).json()) as { months?: { id?: unknown }[] };
    if (index.months?.some((month) => month.id !== embeddedSource.id))
      await import('./store/publishedMonths').then((module) => module.addPublished(useDashboard, index));
  } catch {
    // Nothing published, or not reachable: the embedded month and this browser's own.
  }
}

/** A macrotask's pause: the page takes input and paints between the parts of the start-up before and after. */
const yieldToPage = () =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });

/**
 * The full app inside another page's frame is not started: that page could lead a reader to save its data into
 * their browser. Only the embed (`embed=1`) is made to be framed; the reader is offered the app in a window of its own.
 */
function refusedFrame(): boolean {
  if (window.self === window.top || new URLSearchParams(window.location.search).get('embed') === '1') return false;
  const root = document.getElementById('root');
  const english = document.documentElement.lang.startsWith('en');
  const note = document.createElement('p');
  note.className = 'message message-problem';
  note.textContent = english
    ? 'This dashboard cannot be used inside another page (to show it in a page, use the code from its Embed button). '
    : '本仪表板不能在其他网页的框架中使用（要放进网页，请用“嵌入”按钮给出的代码）。';
  const open = document.createElement('a');
  open.href = window.location.href;
  open.target = '_blank';
  open.rel = 'noopener';
  open.textContent = english ? 'Open it in a window of its own' : '在新窗口打开';
  note.append(open);
  root?.replaceChildren(note);
  root?.removeAttribute('hidden');
  document.documentElement.dataset.ready = '';
  return true;
}

async function start(): Promise<void> {
  if (refusedFrame()) return;
  // After this module's own evaluation (React, the store, the embedded tables read).
  await yieldToPage();
  // Another tab of the app wrote the stored imports (null: cleared all storage): this page takes in the change.
  addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null)
      void import('./store/storedReads').then((module) => module.syncFromStorage(useDashboard));
  });
  const published = readPublished();
  await readStoredImports();
  // Published months are waited for only when the page needs one: the period prerendered, or the one the link asks
  // for; otherwise the app starts at once and they join the period list when they arrive.
  const has = (id: string | null | undefined) => !id || useDashboard.getState().inspections.some((i) => i.id === id);
  if (!has(document.getElementById('root')?.dataset.period) || !has(new URLSearchParams(window.location.search).get('period')))
    await published;
  // A month carried in the link's fragment is shown (unsaved) under the period the link asks for.
  const { search, hash } = window.location;
  // Before the first render, so a shared link never flashes the default view.
  await applyLink(
    hash.startsWith('#data=') ? await import('./store/linkData').then((module) => module.showLinkData(useDashboard, hash, search)) : search,
  );
  await yieldToPage();
  const root = document.getElementById('root');
  if (!root) return;
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // The build puts the default screen in each language in the page; the first-paint script kept the one in this
  // reader's language as #root (applyFirstPaint). When this state is that screen, React adopts its nodes as they
  // are: nothing is drawn again, so nothing shifts and no paint comes later. A month published since the build (a
  // data file added without building again) makes it another screen.
  const state = useDashboard.getState();
  const hydrate =
    root.dataset.prerendered === state.language && root.dataset.period === selectActive(state)?.id && showsPrerenderedScreen(state);
  // Hydration reads the store's initial state (the server snapshot): the months published are part of it, as they
  // were when the build rendered this screen (src/prerender.tsx).
  if (hydrate) Object.assign(useDashboard.getInitialState(), state);
  // Otherwise another screen: the page hid the prerendered one before its first paint (applyFirstPaint) and shows
  // #root again once the app has drawn. Either way as a transition: React hydrates or renders in slices, with the
  // main thread free in between (a default update's hydration is one task, 300 ms on a mid-range phone).
  // Taps from here on are React's (the first-paint script keeps those before, and repeats them once the app is live).
  document.documentElement.dataset.hydrating = '';
  startTransition(() => {
    if (hydrate) hydrateRoot(root, app);
    else createRoot(root).render(app);
  });
}

// The service worker (offline use) starts after the app, in the build only; serviceWorker.ts decides whether.
/** The app's start: the entry (main.tsx) says so on the page when it fails. */
export const started = start();

void started.then(() => {
  if (!import.meta.env.PROD) return;
  import('./views/serviceWorker').then(
    (module) => {
      module.startServiceWorker();
    },
    () => {
      // Offline use is an extra: without it the app works as before.
    },
  );
});
