// The width of a chart's box, for the charts drawn at a width they are given (not recharts' ResponsiveContainer,
// which draws nothing until its observer reports, then draws again: two renders of every chart on every open).

import { useCallback, useLayoutEffect, useState } from 'react';

/** A ref for the box, and its width: measured before the first paint and followed as it changes. */
export function useBoxWidth(): [(element: HTMLElement | null) => void, number | undefined] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState<number>();
  useLayoutEffect(() => {
    if (!element) return;
    // Read once before the paint, so that the chart is drawn at its width in the frame that shows it (React's own
    // use of a layout effect: a width from the observer alone would arrive after a frame drawn at the wrong one).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setWidth(element.clientWidth || undefined);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const next = entries[0]?.contentRect.width;
      if (next) setWidth(Math.round(next));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [element]);
  return [useCallback((node: HTMLElement | null) => setElement(node), []), width];
}
