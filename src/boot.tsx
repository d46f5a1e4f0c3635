// Starts the live app: reads stored imports, applies the link's view state, then mounts the dashboard over the prerendered screen.
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { useDashboard } from './store/store';
import { applyLink } from './views/urlSync';

/** Imports kept in this browser are read with the CSV reader, which is loaded only when there are some. */
async function readStoredImports(): Promise<void> {
  if (useDashboard.getState().stored.length === 0) return;
  try {
    const { importText } = await import('./data/importText');
    useDashboard.getState().readStoredImports(importText);
  } catch {
    // The reader could not be loaded: the app starts on the embedded data; the stored records stay untouched
    // in the store and in storage, and come back on the next load.
  }
}

async function start(): Promise<void> {
  await readStoredImports();
  // Before the first render, so a shared link never flashes the default view.
  await applyLink(window.location.search);
  // The build puts a prerendered first screen in #root (see vite.config.ts); createRoot renders the live app
  // over it, whatever the link, language or stored data ask for, so no hydration mismatch can arise.
  const root = document.getElementById('root');
  if (root) {
    const reactRoot = createRoot(root);
    // As a transition, React renders in slices and yields to the browser between them: the prerendered
    // screen stays on show and answers scrolling meanwhile, and the swap happens in one commit at the end.
    startTransition(() => {
      reactRoot.render(
        <StrictMode>
          <App />
        </StrictMode>,
      );
    });
  }
}

void start();
