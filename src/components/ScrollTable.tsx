// A captioned table with a header row. Where the screen is wide enough it is a table (scrolling sideways, by
// keyboard too, if a little too wide); where its columns do not fit, each row becomes a card with every figure
// labelled by its column, so that the figures to the right are not scrolled out of sight on a phone.

import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { isVirtual, LongTableRows } from './LongTableRows';

export interface ScrollTableProps {
  caption: string;
  /** Column headers, in order. */
  columns: readonly string[];
  className?: string;
  id?: string;
  /** The table's body (and foot); after the long body when there is one. */
  children?: ReactNode;
  /**
   * A body of many rows, drawn by LongTableRows: past a hundred rows only those in view, in a box that scrolls them
   * (bounded in height, its header in view) and stays a table (cards would change the rows' height). Each row says
   * its place (aria-rowindex: index + 2); `footRows` counts the rows after it, for the table's aria-rowcount.
   */
  longBody?: {
    count: number;
    rowHeight: number;
    footRows: number;
    renderRow: (index: number) => ReactNode;
    /** The row to scroll into view in a long table's box (the report card's own district); a short table draws every row. */
    focusIndex?: number | undefined;
  };
}

/** The tables whose layout is to be chosen once the render that drew them is committed. */
const pending = new Set<HTMLDivElement>();

/**
 * Cards when a table, laid out as a table, is wider than its box. Read and written on the DOM, not in state:
 * deciding needs a layout in table form, and a re-render per resize would cost more than the reads. Every table a
 * render drew is decided together, after the commit and before the paint: all set to table form, then all measured
 * (one layout for all; one each cost a view of six tables six layouts of the whole page), then all set.
 */
function chooseLayout(region: HTMLDivElement) {
  if (pending.size === 0)
    queueMicrotask(() => {
      const regions = [...pending].filter((r) => r.isConnected);
      pending.clear();
      // Each write is made only where it changes something: writing even the same value makes the page lay out again.
      const shown = regions.map((r) => r.dataset.layout);
      regions.forEach((r, i) => {
        if (shown[i] !== 'table') r.dataset.layout = 'table';
      });
      const wide = regions.map((r) => (r.querySelector('table')?.offsetWidth ?? 0) > r.clientWidth + 1);
      regions.forEach((r, i) => {
        const layout = wide[i] ? 'cards' : 'table';
        if (r.dataset.layout !== layout) r.dataset.layout = layout;
      });
    });
  pending.add(region);
}

export function ScrollTable({ caption, columns, className, id, children, longBody }: ScrollTableProps) {
  const region = useRef<HTMLDivElement>(null);
  const columnKey = columns.join('\u0000');
  const virtual = longBody !== undefined && isVirtual(longBody.count);
  // Each body cell is labelled with its column's header (shown before it in a card).
  useLayoutEffect(() => {
    const element = region.current;
    if (!element) return;
    // A long table stays a table: a card layout chosen while it was short (fewer districts) is dropped. Its cells are
    // not labelled: it never takes the card layout, and its rows come and go with the scroll, drawn by the virtualizer
    // after this has run (they were labelled on the table's next draw: with the what-if ranges, hundreds of writes
    // as each batch arrived, outside the cells that change).
    if (virtual) {
      if (element.dataset.layout !== undefined) delete element.dataset.layout;
      return;
    }
    for (const row of element.querySelectorAll('tbody tr, tfoot tr')) {
      [...row.children].forEach((cell, i) => {
        // Written only where it differs: writing the same value again still restyles the cell.
        const label = columns[i] ?? '';
        if (cell instanceof HTMLElement && cell.tagName === 'TD' && cell.dataset.label !== label) cell.dataset.label = label;
      });
    }
    chooseLayout(element);
  });
  useEffect(() => {
    const element = region.current;
    if (!element || virtual || typeof ResizeObserver === 'undefined') return;
    // Only a change of width can change the choice (the cards change the height, which must not loop). The width
    // comes from the observer, which reports the first at once: reading it here would lay the page out again.
    let width: number | undefined;
    const observer = new ResizeObserver((entries) => {
      const next = entries[0]?.contentRect.width;
      if (width === undefined || next === width) {
        width = next;
        return;
      }
      width = next;
      chooseLayout(element);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [columnKey, virtual]);
  return (
    // Focusable and named, so that keyboard users can scroll a wide table too.
    <div ref={region} className={virtual ? 'table-scroll virtual' : 'table-scroll'} tabIndex={0} role="region" aria-label={caption}>
      <table className={className} id={id} aria-rowcount={virtual ? longBody.count + 1 + longBody.footRows : undefined}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        {longBody && (
          <tbody>
            <LongTableRows
              count={longBody.count}
              rowHeight={longBody.rowHeight}
              scrollElement={() => region.current}
              renderRow={longBody.renderRow}
              focusIndex={longBody.focusIndex}
            />
          </tbody>
        )}
        {children}
      </table>
    </div>
  );
}
