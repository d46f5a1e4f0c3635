// A captioned table with a header row, inside a region that scrolls sideways and can be reached by keyboard.

import type { ReactNode } from 'react';

export interface ScrollTableProps {
  caption: string;
  /** Column headers, in order. */
  columns: readonly string[];
  className?: string;
  id?: string;
  /** The table's body (and foot). */
  children: ReactNode;
}

export function ScrollTable({ caption, columns, className, id, children }: ScrollTableProps) {
  return (
    // Focusable and named, so that keyboard users can scroll a wide table too.
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className={className} id={id}>
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
        {children}
      </table>
    </div>
  );
}
