// Whether the screen the build prerendered (the rankings on the embedded data, in Chinese, default link and
// theme) is the screen the app will show: then the app hydrates it in place; otherwise it renders its own
// screen, and the prerendered one is hidden before the first paint so that it never flashes.

import { selectViewState } from './selectors';
import type { DashboardState } from './store';
import { serializeViewState } from './viewState';

/** The storage keys the prediction reads: passed in, because the prediction must stand alone (see below). */
export interface FirstScreenKeys {
  inspections: string;
  preferences: string;
}

/**
 * Predicts, before any of the app's code has loaded, whether the prerendered screen is stale: the link names
 * a view state, imports are stored, or the remembered or browser language or the remembered theme is not
 * the default. The build inlines this function's source into index.html (vite.config.ts), so it uses
 * nothing from outside itself and no syntax a browser would not run as it is. It errs towards "stale": a
 * stale guess only hides the prerendered screen until the app has drawn its own.
 */
export function prerenderIsStale(
  search: string,
  getItem: (key: string) => string | null,
  languages: readonly string[],
  keys: FirstScreenKeys,
): boolean {
  if (new URLSearchParams(search).toString() !== '') return true;
  const read = (key: string): unknown => {
    const raw = getItem(key);
    return raw === null ? null : JSON.parse(raw);
  };
  try {
    const stored = read(keys.inspections) as { inspections?: unknown } | null;
    // Anything stored but an empty list (store/persistence.ts) means periods to offer, or a problem to report.
    if (stored !== null && !(Array.isArray(stored.inspections) && stored.inspections.length === 0)) return true;
    const preferences = read(keys.preferences) as { language?: unknown; theme?: unknown } | null;
    if (preferences !== null && preferences.theme !== undefined && preferences.theme !== 'auto') return true;
    const language = preferences?.language;
    if (language === 'en') return true;
    if (language === 'zh') return false;
  } catch {
    return true;
  }
  // No remembered language: the browser's, as the app chooses it (store/preferences.ts, browserLanguage).
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return false;
    if (lower.startsWith('en')) return true;
  }
  return false;
}

/**
 * The id of the last part of the prerendered screen (the rankings' footer): the page holds its first paint
 * until the parser has reached it (`<link rel=expect>`, added by vite.config.ts), so the screen paints whole.
 */
export const FIRST_SCREEN_END_ID = 'rankings-footer';

/** On a screen this narrow the site-type filter starts folded, so that the table is on the first screen. */
export const FOLDED_FILTER_QUERY = '(max-width: 640px)';

/**
 * What the page does before its first paint (inlined at the top of index.html with prerenderIsStale, so it
 * too stands alone): marks a stale prerendered screen, which the styles then hide until the app has drawn
 * (`data-ready`); applies the remembered theme, so that its colours are there from the first frame; and on
 * a narrow screen folds the prerendered filter as the parser inserts it, as the app's first render does
 * (App.tsx). It runs in the head, before the body is parsed: a paint between the body and a script after
 * it would show the unfolded filter and then shift the page.
 */
export function applyFirstPaint(keys: FirstScreenKeys, foldedFilterQuery: string): void {
  const root = document.documentElement;
  let stale = true;
  try {
    stale = prerenderIsStale(window.location.search, (key) => window.localStorage.getItem(key), navigator.languages, keys);
    const preferences = JSON.parse(window.localStorage.getItem(keys.preferences) ?? 'null') as { theme?: unknown } | null;
    if (preferences?.theme === 'light' || preferences?.theme === 'dark') root.dataset.theme = preferences.theme;
  } catch {
    // Storage that cannot be read (a private mode): the app decides once it runs; until then, hide.
  }
  if (stale) root.dataset.prerender = 'stale';
  if (!window.matchMedia(foldedFilterQuery).matches) return;
  // Mutation callbacks run before the parser's task ends, so before the browser can paint what it inserted.
  const fold = new MutationObserver(() => {
    const panel = document.querySelector('#root .filter-panel');
    if (!panel) return;
    panel.removeAttribute('open');
    fold.disconnect();
  });
  fold.observe(root, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => {
    fold.disconnect();
  });
}

/** The app's own answer once its state is read: the prerendered screen is exactly this state's screen. */
export function showsPrerenderedScreen(state: DashboardState): boolean {
  return (
    serializeViewState(selectViewState(state)) === '' &&
    state.language === 'zh' &&
    state.theme === 'auto' &&
    state.stored.length === 0 &&
    // The embedded month and those the site publishes: the build prerenders them (src/prerender.tsx).
    state.inspections.every((i) => i.embedded || i.published) &&
    state.storageProblem === undefined &&
    state.saveError === undefined &&
    state.loadErrors.length === 0
  );
}
