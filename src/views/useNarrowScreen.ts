// Whether the screen is narrow enough for the phone's ranked list (styles/rankedList.css uses the same width).

import { useSyncExternalStore } from 'react';

/** Under 600 px the rankings are a ranked list; keep in step with the media queries of styles/rankedList.css. */
export const NARROW_SCREEN_QUERY = '(max-width: 599.98px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW_SCREEN_QUERY);
  query.addEventListener('change', onChange);
  return () => {
    query.removeEventListener('change', onChange);
  };
}

const isNarrow = (): boolean => window.matchMedia(NARROW_SCREEN_QUERY).matches;

/**
 * The prerendered page holds the phone list for every width (CSS shows it only on a phone), so hydration starts
 * from "narrow"; right after, a wider screen's own answer drops the list it never shows (see RankingsView), and a
 * change of width brings it back. A view that is never prerendered reads the screen's answer from its first render.
 */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, isNarrow, () => true);
}
