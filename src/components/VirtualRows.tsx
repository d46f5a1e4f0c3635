// Table rows for a long table: only those in view (and a margin) are rendered, between two spacer rows.

import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, type ReactNode } from 'react';

export interface VirtualRowsProps {
  count: number;
  rowHeight: number;
  scrollElement: () => HTMLElement | null;
  renderRow: (index: number) => ReactNode;
  /** The row to scroll into the box's view, centred: on the first draw and whenever it changes. */
  focusIndex?: number | undefined;
}

/** The scroll box's height as a share of the window's: `.table-scroll.virtual`'s max-height in rankings.css (75vh). */
const BOX_HEIGHT_OF_VIEWPORT = 0.75;

export function VirtualRows({ count, rowHeight, scrollElement, renderRow, focusIndex }: VirtualRowsProps) {
  // This app does not use the React Compiler, whose memoization this rule guards against.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: scrollElement,
    estimateSize: () => rowHeight,
    overscan: 12,
    // The box's height before it is measured: without it the first draw holds the overscan rows alone, and the rows
    // in view come in a second draw, a frame later, after every switch to a view with a long table.
    // No window in the build's prerender (a published month of hundreds of districts): none until measured live.
    initialRect: { width: 0, height: typeof window === 'undefined' ? 0 : window.innerHeight * BOX_HEIGHT_OF_VIEWPORT },
  });
  useEffect(() => {
    if (focusIndex !== undefined && focusIndex >= 0 && focusIndex < count) virtualizer.scrollToIndex(focusIndex, { align: 'center' });
    // Only a new row to show scrolls: a re-render (new figures, the same district) leaves the reader's scroll alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusIndex]);
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <>
      {paddingTop > 0 && <tr aria-hidden="true" style={{ height: paddingTop }} />}
      {items.map((item) => renderRow(item.index))}
      {paddingBottom > 0 && <tr aria-hidden="true" style={{ height: paddingBottom }} />}
    </>
  );
}
