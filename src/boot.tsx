// Starts the live app: reads stored imports, applies the link's view state, then hydrates the prerendered
// screen when it is the screen this state shows, or renders the state's own screen over it.
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { showsPrerenderedScreen } from './store/firstScreen';
import { useDashboard } from './store/store';
import { applyLink } from './views/urlSync';

/** Imports kept in this browser are read with the import reader, which is loaded only when there are some. */
async function readStoredImports(): Promise<void> {
  if (useDashboard.getState().stored.length === 0) return;
  try {
    (await import('./store/storedImports')).readStoredImports(useDashboard);
  } catch {
    // The reader could not be loaded: the app starts on the embedded data; the stored records stay untouched
    // in the store and in storage, and come back on the next load.
  }
}

async function start(): Promise<void> {
  await readStoredImports();
  // A month carried in the link's fragment is shown (unsaved) under the period the link asks for.
  let search = window.location.search;
  if (window.location.hash.startsWith('#data=')) {
    const query = new URLSearchParams(search);
    const shown = await (
      await import('./store/linkData')
    ).showLinkData(useDashboard, window.location.hash, query.get('period') ?? undefined);
    if (shown !== undefined) query.set('period', shown);
    search = `?${query.toString()}`;
  }
  // Before the first render, so a shared link never flashes the default view.
  await applyLink(search);
  const root = document.getElementById('root');
  if (!root) return;
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // The build puts the default screen in #root (vite.config.ts). When this state is that screen, React
  // adopts its nodes as they are: nothing is drawn again, so nothing shifts and no paint comes later.
  if (root.firstElementChild && showsPrerenderedScreen(useDashboard.getState())) {
    hydrateRoot(root, app);
    return;
  }
  // Another screen: the page hid the prerendered one before its first paint (applyFirstPaint) and shows
  // #root again once the app has drawn. As a transition, React renders in slices and yields in between.
  const reactRoot = createRoot(root);
  startTransition(() => {
    reactRoot.render(app);
  });
}

// The service worker (offline use) starts after the app, in the build only; serviceWorker.ts decides whether.
void start().then(() => {
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
