// Entry point: applies the link's view state, then mounts the dashboard.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { selectViewContext } from './store/selectors';
import { useDashboard } from './store/store';
import { parseViewState } from './store/viewState';
import './styles.css';

// Before the first render, so a shared link never flashes the default view.
const initial = useDashboard.getState();
initial.applyViewState(parseViewState(window.location.search, selectViewContext(initial)));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
