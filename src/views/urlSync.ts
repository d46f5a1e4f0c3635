// Keeps the URL and the store's view state in step: read at start (boot.tsx) and on back/forward, written on every
// change (a new history entry for a new view, district or period; the current one replaced for the rest).

import { useEffect } from 'react';
import { loadLanguage } from '../i18n/messages';
import { selectViewContext, selectViewState } from '../store/selectors';
import { useDashboard } from '../store/store';
import { DEFAULT_VIEW_STATE, historyAction, parseViewState, serializeViewState } from '../store/viewState';

/** Shows what a link's query asks for; invalid values fall back to the defaults. */
export async function applyLink(search: string): Promise<void> {
  // Without lang= in the link, the language already chosen (remembered, or the browser's) stays.
  const current = useDashboard.getState().language;
  const fallback = { ...DEFAULT_VIEW_STATE, language: current };
  // The period comes first: it decides which site types and districts the rest of the link may name.
  // Selectors are pure, so the link is read against that period without touching the store before the
  // whole state is applied at once.
  const state = useDashboard.getState();
  const first = parseViewState(search, selectViewContext(state), fallback);
  const next = parseViewState(search, selectViewContext({ ...state, activeId: first.period }), fallback);
  let language = next.language;
  try {
    await loadLanguage(language);
  } catch {
    // The language's strings could not be loaded: stay in a language that can be shown.
    language = current;
    await loadLanguage(current).catch(() => {
      language = 'zh';
    });
  }
  useDashboard.getState().applyViewState({ ...next, language });
}

export function useUrlSync(): void {
  useEffect(() => {
    const read = () => {
      void applyLink(window.location.search);
    };
    let lastState = selectViewState(useDashboard.getState());
    let last = serializeViewState(lastState);
    // A link with invalid or default values is rewritten to the state actually shown.
    if (window.location.search !== last) window.history.replaceState(null, '', `${window.location.pathname}${last}${window.location.hash}`);
    const unsubscribe = useDashboard.subscribe((state) => {
      const view = selectViewState(state);
      const query = serializeViewState(view);
      if (query === last) return;
      const action = historyAction(lastState, view);
      last = query;
      lastState = view;
      // Back or forward has already put the address there: writing it again would add an entry.
      if (query === window.location.search) return;
      const url = `${window.location.pathname}${query}${window.location.hash}`;
      if (action === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    });
    window.addEventListener('popstate', read);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', read);
    };
  }, []);
}

/** Keeps the document's language, title and colour theme in step with the store. */
export function useDocumentSettings(title: string): void {
  const language = useDashboard((s) => s.language);
  const theme = useDashboard((s) => s.theme);
  useEffect(() => {
    const lang = language === 'zh' ? 'zh-CN' : 'en';
    // Written only when it changes: the prerendered page has it already, and writing even the same value lays the
    // whole page out again (1.6 ms here, in the task that follows hydration).
    if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
    document.title = title;
  }, [language, title]);
  useEffect(() => {
    // Marks the page as live (the prerendered screen has been replaced), for tests and scripts to wait on.
    document.documentElement.dataset.ready = 'true';
  }, []);
  useEffect(() => {
    if (theme === 'auto') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
}
