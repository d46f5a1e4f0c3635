// Entry point: lets the prerendered first screen paint, then loads and starts the app.
import './styles.css';
import { showStartFailure } from './startFailure';

// The build ships the rankings already rendered in index.html, and starts this module once they have painted
// (applyFirstPaint); the dev server starts it at once. Starting the app only after the next paint keeps its
// script off the critical path either way: the table shows first, the controls come alive next.
requestAnimationFrame(() => {
  setTimeout(() => {
    // The app's code not fetched, or its start failing: the page says so (startFailure.ts).
    import('./boot').then((boot) => boot.started).catch(showStartFailure);
  }, 0);
});
