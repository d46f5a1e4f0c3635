// Starts the live app: applies the link's view state, then mounts the dashboard over the prerendered screen.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { selectViewContext } from './store/selectors';
import { useDashboard } from './store/store';
import { DEFAULT_VIEW_STATE, parseViewState } from './store/viewState';

// Before the first render, so a shared link never flashes the default view.
// The period comes first: it decides which site types and districts the rest of the link may name.
// Without lang= in the link, the language already chosen (remembered, or the browser's) stays.
const fallback = { ...DEFAULT_VIEW_STATE, language: useDashboard.getState().language };
const first = parseViewState(window.location.search, selectViewContext(useDashboard.getState()), fallback);
if (first.period !== undefined) useDashboard.getState().setActive(first.period);
const state = useDashboard.getState();
state.applyViewState(parseViewState(window.location.search, selectViewContext(state), fallback));

// The build puts a prerendered first screen in #root (see vite.config.ts); createRoot renders the live app
// over it, whatever the link, language or stored data ask for, so no hydration mismatch can arise.
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
