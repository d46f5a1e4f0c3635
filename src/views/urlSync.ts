// Keeps the URL and the store's view state in step: read on back/forward, written on every change (main.tsx reads it at start).

import { useEffect } from 'react';
import { selectViewContext, selectViewState } from '../store/selectors';
import { useDashboard } from '../store/store';
import { parseViewState, serializeViewState } from '../store/viewState';

export function useUrlSync(): void {
  useEffect(() => {
    const read = () => {
      const first = parseViewState(window.location.search, selectViewContext(useDashboard.getState()));
      useDashboard.getState().setActive(first.period ?? '');
      const state = useDashboard.getState();
      state.applyViewState(parseViewState(window.location.search, selectViewContext(state)));
    };
    let last = serializeViewState(selectViewState(useDashboard.getState()));
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

/** Keeps the document's language and title in step with the chosen language. */
export function useDocumentLanguage(title: string): void {
  const language = useDashboard((s) => s.language);
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.title = title;
  }, [language, title]);
}
