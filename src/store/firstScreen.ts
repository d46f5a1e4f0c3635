// Which of the screens the build prerendered (the rankings on the latest month, default link and theme, one in
// each language) is the screen the app will show: then the app hydrates it in place; when none is, it renders its
// own screen, and the prerendered one is hidden before the first paint so that it never flashes.

import type { Language } from '../i18n/names';
import { selectViewState } from './selectors';
import type { DashboardState } from './store';
import { DEFAULT_VIEW_STATE, serializeViewState } from './viewState';

/** The storage keys the prediction reads: passed in, because the prediction must stand alone (see below). */
export interface FirstScreenKeys {
  inspections: string;
  preferences: string;
}

/**
 * Predicts, before any of the app's code has loaded, which prerendered screen the app will show: the one in the
 * language the link's lang=, the remembered choice or the browser asks for (in that order, as the app chooses),
 * or none (null) when the link names a view state, imports are stored or a theme is remembered. The build inlines
 * this function's source into index.html (vite.config.ts), so it uses nothing from outside itself and no syntax
 * a browser would not run as it is. It errs towards none: that only hides the prerendered screens until the app
 * has drawn its own.
 */
export function prerenderedLanguage(
  search: string,
  getItem: (key: string) => string | null,
  languages: readonly string[],
  keys: FirstScreenKeys,
): Language | null {
  const params = new URLSearchParams(search);
  const linked = params.get('lang');
  params.delete('lang');
  if (params.toString() !== '') return null;
  const read = (key: string): unknown => {
    const raw = getItem(key);
    return raw === null ? null : JSON.parse(raw);
  };
  try {
    const stored = read(keys.inspections) as { inspections?: unknown } | null;
    // Anything stored but an empty list (store/persistence.ts) means periods to offer, or a problem to report.
    if (stored !== null && !(Array.isArray(stored.inspections) && stored.inspections.length === 0)) return null;
    const preferences = read(keys.preferences) as { language?: unknown; theme?: unknown } | null;
    if (preferences !== null && preferences.theme !== undefined && preferences.theme !== 'auto') return null;
    // A language the app does not have is passed over, as the app does (store/viewState.ts).
    for (const language of [linked, preferences?.language]) if (language === 'zh' || language === 'en') return language;
  } catch {
    return null;
  }
  // No language linked or remembered: the browser's, as the app chooses it (store/preferences.ts, browserLanguage).
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh';
    if (lower.startsWith('en')) return 'en';
  }
  return 'zh';
}

/**
 * The id of an empty element after the prerendered screens: the page holds its first paint until the parser has
 * reached it (`<link rel=expect>`, added by vite.config.ts), so the screen paints whole.
 */
export const FIRST_SCREEN_END_ID = 'first-screen-end';

/** On a screen this narrow the site-type filter starts folded, so that the table is on the first screen. */
export const FOLDED_FILTER_QUERY = '(max-width: 640px)';

/** What the build tells the first-paint script (vite.config.ts). */
export interface FirstPaintOptions {
  keys: FirstScreenKeys;
  foldedFilterQuery: string;
  /** The app's entry module: started once the first screen has painted. */
  entry: string;
  /** The web app manifest ('' without one): linked once the first screen has painted. */
  manifest: string;
}

/**
 * What the page does before its first paint (inlined at the top of index.html with prerenderedLanguage, so it
 * too stands alone). The build puts one screen per language in the page, each marked `data-prerendered` with its
 * language (the Chinese one as #root, the others hidden). As the parser inserts them, this keeps the reader's
 * language's screen, shown, as #root, and removes the others; when none is the app's screen, it keeps the Chinese
 * one, marked stale, which the styles hide until the app has drawn its own (`data-ready`). It applies the remembered
 * theme, so that its colours are there from the first frame; on a narrow screen it folds the prerendered filter,
 * as the app's first render does (App.tsx). It runs in the head, before the body is parsed: a paint between the
 * body and a script after it would show the unfolded filter and then shift the page. Last, once the screen has
 * painted, it starts the app's code (the page preloads it: evaluated before, it would compete with that paint) and
 * links the manifest (a browser fetches the manifest and its icon as soon as it sees it, and a request the first
 * paint did not need must not come before it).
 */
export function applyFirstPaint({ keys, foldedFilterQuery, entry, manifest }: FirstPaintOptions): void {
  const root = document.documentElement;
  let language: string | null = null;
  try {
    language = prerenderedLanguage(window.location.search, (key) => window.localStorage.getItem(key), navigator.languages, keys);
    const preferences = JSON.parse(window.localStorage.getItem(keys.preferences) ?? 'null') as { theme?: unknown } | null;
    if (preferences?.theme === 'light' || preferences?.theme === 'dark') root.dataset.theme = preferences.theme;
  } catch {
    // Storage that cannot be read (a private mode): the app decides once it runs; until then, hide.
  }
  if (language === null) root.dataset.prerender = 'stale';
  if (language === 'en') root.lang = 'en';
  const kept = language ?? 'zh';
  const narrow = window.matchMedia(foldedFilterQuery).matches;
  const keep = () => {
    for (const screen of document.querySelectorAll<HTMLElement>('[data-prerendered]')) {
      if (screen.dataset.prerendered !== kept) {
        screen.remove();
        continue;
      }
      screen.id = 'root';
      screen.hidden = false;
      if (narrow) for (const panel of screen.querySelectorAll('.filter-panel[open]')) panel.removeAttribute('open');
    }
  };
  // Mutation callbacks run before the parser's task ends, so before the browser can paint what it inserted. Only
  // the body's own children are watched (the screens, then the element after them, which the first paint waits for):
  // a watch over the whole tree made a record for every node the parser inserted, a tenth of the page's load.
  const screens = new MutationObserver(() => {
    // The body is null until the parser has reached it (this runs from the head); its types say it never is.
    const body = document.body as HTMLElement | null;
    if (body) screens.observe(body, { childList: true });
    keep();
  });
  screens.observe(root, { childList: true });
  document.addEventListener('DOMContentLoaded', () => {
    // The page has no deferred script, so this event comes in the parser's last task, before the callback for
    // what that task inserted: that part is kept here.
    screens.disconnect();
    keep();
  });
  // A tap on a prerendered button does nothing until the app is live: the button has no handler yet. Each button
  // tapped is kept and clicked again once the app has drawn (`data-ready`), in the order tapped; a second tap on the
  // same button before then is taken as impatience, not as a second request. From the moment the app starts to
  // hydrate (`data-hydrating`, src/boot.tsx), React takes a tap itself: it hydrates at once and then handles it.
  const tapped: HTMLButtonElement[] = [];
  const keepTap = (event: Event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button !== null && root.dataset.hydrating === undefined && !tapped.includes(button)) tapped.push(button);
  };
  document.addEventListener('click', keepTap, true);
  const live = new MutationObserver(() => {
    if (root.dataset.ready !== 'true') return;
    live.disconnect();
    document.removeEventListener('click', keepTap, true);
    // A screen the app rendered anew (not hydrated) has other buttons: those tapped are gone, and not clicked.
    for (const button of tapped) if (button.isConnected && !button.disabled) button.click();
  });
  live.observe(root, { attributes: true, attributeFilter: ['data-ready'] });
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    if (manifest !== '') {
      const link = document.createElement('link');
      link.rel = 'manifest';
      link.href = manifest;
      document.head.append(link);
    }
    const script = document.createElement('script');
    script.type = 'module';
    script.src = entry;
    document.head.append(script);
  };
  // The screen shown: once its first contentful paint is on screen. Hidden (stale): at the next frame.
  if (language !== null && PerformanceObserver.supportedEntryTypes.includes('paint')) {
    const painted = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      painted.disconnect();
      start();
    });
    painted.observe({ type: 'paint', buffered: true });
  } else
    requestAnimationFrame(() => {
      setTimeout(start, 0);
    });
  // A page opened in the background never reports a first contentful paint (nor one hidden before its first
  // paint): three seconds on, the app starts all the same.
  setTimeout(start, 3000);
}

/** The app's own answer once its state is read: the prerendered screen in its language is exactly this state's screen. */
export function showsPrerenderedScreen(state: DashboardState): boolean {
  return (
    // Every language has its prerendered screen (src/prerender.tsx): a link may name it.
    serializeViewState({ ...selectViewState(state), language: DEFAULT_VIEW_STATE.language }) === '' &&
    state.theme === 'auto' &&
    state.stored.length === 0 &&
    // The embedded month and those the site publishes: the build prerenders them (src/prerender.tsx).
    state.inspections.every((i) => i.embedded || i.published) &&
    state.storageProblem === undefined &&
    state.saveError === undefined &&
    state.loadErrors.length === 0
  );
}
