// The width of a chart's box, for the charts drawn at a width they are given (not recharts' ResponsiveContainer,
// which draws nothing until its observer reports, then draws again: two renders of every chart on every open).

import { useCallback, useLayoutEffect, useState } from 'react';

/** The last width of each kind of chart box: a view opened again draws its charts at once at that width. */
const lastWidths = new Map<string, number>();

/**
 * A ref for the box, and its width: measured before the first paint and followed as it changes. `kind` names the
 * box (the charts of one kind share a width): a box of a kind drawn before starts at that kind's last width and
 * is not measured before the paint, since measuring a freshly inserted view forces its whole layout (40 ms for a
 * view of 300 districts) and then a second one for the chart; the observer corrects a width that has changed.
 */
export function useBoxWidth(kind: string): [(element: HTMLElement | null) => void, number | undefined] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [remembered] = useState(() => lastWidths.get(kind));
  const [width, setWidth] = useState<number | undefined>(remembered);
  useLayoutEffect(() => {
    if (!element) return;
    const keep = (next: number | undefined) => {
      if (next) lastWidths.set(kind, next);
      setWidth(next);
    };
    // Read once before the paint, so that the chart is drawn at its width in the frame that shows it (React's own
    // use of a layout effect: a width from the observer alone would arrive after a frame drawn at the wrong one).
    if (remembered === undefined) keep(element.clientWidth || undefined);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const next = entries[0]?.contentRect.width;
      if (next) keep(Math.round(next));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [element, kind, remembered]);
  return [useCallback((node: HTMLElement | null) => setElement(node), []), width];
}
