// A table body's rows, all of them for a short table; for a long one (hundreds of districts) only those in view,
// by VirtualRows, whose code loads only then: the usual six-district table does not carry it.

import { createElement, type ReactNode } from 'react';
import { moduleLoader, useLoadedModule } from './moduleLoader';

/** A row's height as the stylesheet draws it (a line of text, and a gap's bar where there is one), for the scroll. */
export const TABLE_ROW_HEIGHT = 33;

/** Up to this many rows every row is in the DOM (and prints); beyond it the rows virtualize. */
export const VIRTUALIZE_AFTER = 100;

const virtualRows = moduleLoader(() => import('./VirtualRows').then((m) => m.VirtualRows));

export interface LongTableRowsProps {
  count: number;
  /** The rows' height in pixels, as the stylesheet draws them. */
  rowHeight: number;
  /** The box that scrolls the table (bounded in height: `.table-scroll.virtual`). */
  scrollElement: () => HTMLElement | null;
  renderRow: (index: number) => ReactNode;
  /** The row to scroll into the box's view when the table is virtual. */
  focusIndex?: number | undefined;
}

/** Whether a table of `count` rows is drawn virtualized (its scroll box bounded, aria-rowcount set). */
export const isVirtual = (count: number) => count > VIRTUALIZE_AFTER;

export function LongTableRows({ count, rowHeight, scrollElement, renderRow, focusIndex }: LongTableRowsProps) {
  const Virtual = useLoadedModule(isVirtual(count) ? virtualRows : undefined);
  // Made once, when its module loads: the same component on every render.
  if (Virtual) return createElement(Virtual, { count, rowHeight, scrollElement, renderRow, focusIndex });
  // Until the virtualizer is here, the first rows (a long table shows no more at once).
  return Array.from({ length: Math.min(count, VIRTUALIZE_AFTER) }, (_, index) => renderRow(index));
}
