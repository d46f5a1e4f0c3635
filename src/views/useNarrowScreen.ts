// Whether the screen is narrow enough for the phone's ranked list (styles/rankedList.css uses the same width).

import { useSyncExternalStore } from 'react';

/** Under 600 px the rankings are a ranked list; keep in step with the media queries of styles/rankedList.css. */
export const NARROW_SCREEN_QUERY = '(max-width: 599.98px)';

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const query = window.matchMedia(NARROW_SCREEN_QUERY);
  query.addEventListener('change', onChange);
  return () => {
    query.removeEventListener('change', onChange);
  };
}

const isNarrow = () => typeof window.matchMedia === 'function' && window.matchMedia(NARROW_SCREEN_QUERY).matches;

/**
 * The prerendered page holds the list for every width (CSS shows it only on a phone), so hydration starts from
 * "narrow"; right after, a wider screen drops the list it never shows, and a change of width brings it back.
 */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, isNarrow, () => true);
}
