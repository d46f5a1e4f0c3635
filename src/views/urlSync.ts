// Keeps the URL and the store's view state in step: read on back/forward, written on every change (main.tsx reads it at start).

import { useEffect } from 'react';
import { selectViewContext, selectViewState } from '../store/selectors';
import { useDashboard } from '../store/store';
import { DEFAULT_VIEW_STATE, parseViewState, serializeViewState } from '../store/viewState';

export function useUrlSync(): void {
  useEffect(() => {
    const read = () => {
      const fallback = { ...DEFAULT_VIEW_STATE, language: useDashboard.getState().language };
      const first = parseViewState(window.location.search, selectViewContext(useDashboard.getState()), fallback);
      useDashboard.getState().setActive(first.period ?? '');
      const state = useDashboard.getState();
      state.applyViewState(parseViewState(window.location.search, selectViewContext(state), fallback));
    };
    let last = serializeViewState(selectViewState(useDashboard.getState()));
    // A link with invalid or default values is rewritten to the state actually shown.
    if (window.location.search !== last) window.history.replaceState(null, '', `${window.location.pathname}${last}${window.location.hash}`);
    const unsubscribe = useDashboard.subscribe((state) => {
      const query = serializeViewState(selectViewState(state));
      if (query === last) return;
      last = query;
      window.history.replaceState(null, '', `${window.location.pathname}${query}${window.location.hash}`);
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
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
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
