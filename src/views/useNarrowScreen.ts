// Whether the screen is narrow enough for the phone's ranked list (styles/rankedList.css uses the same width).

import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';

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

/** Whether the screen is narrow, from the first render on (views that are never prerendered). */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, isNarrow, () => true);
}

/**
 * Whether the rankings keep their phone list in the page. The prerendered page holds it for every width (CSS shows it
 * only on a phone), so the app starts from "kept" until it is live (`data-ready`); then a wider screen drops the list
 * it never shows, and a change of width brings it back, each as a transition. A wide screen's answer read at
 * hydration (useSyncExternalStore's) would drop the list in a synchronous render right after it: a long task of
 * the load, for a list no one sees.
 */
export function useRankedListKept(): boolean {
  const [kept, setKept] = useState(
    () => typeof document === 'undefined' || document.documentElement.dataset.ready !== 'true' || isNarrow(),
  );
  useEffect(() => {
    const update = () => {
      startTransition(() => {
        setKept(isNarrow());
      });
    };
    update();
    return subscribe(update);
  }, []);
  return kept;
}
