// The reader's word on which line of a grid is its header: one of its rows (the lines above it are then not read: a
// second title, a unit line), or none (the line read as the header is a record like the others). Applied to the grid
// as the preview shows it (after a swap of rows and columns), before its roles are inferred.

import type { Grid, GridCell } from '../sources/gridCells';

/** The header as read (never stored). */
export const PRINTED_HEADER = 0;
/** No header: the line read as the header is a record; the columns have no names. */
export const NO_HEADER = -1;

/** Whether a stored choice is one: the printed header, none, or a row's number (1-based). */
export function isHeaderChoice(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= NO_HEADER;
}

/** A blank label for each column, at the place of the cell it replaces. */
const blanks = (cells: readonly GridCell[], width: number): GridCell[] =>
  Array.from({ length: width }, (_, i) => ({ text: '', line: cells[i]?.line ?? cells[0]?.line ?? 0, column: cells[i]?.column ?? i + 1 }));

/**
 * The grid with the header the reader chose: row `choice` (1-based) as the header, the rows above it dropped; or
 * none (NO_HEADER), the header read before becoming the first row. A choice past the grid's rows leaves it as it is.
 */
export function withHeaderRow(grid: Grid, choice: number): Grid {
  const width = Math.max(grid.header.length, grid.rows[0]?.cells.length ?? 0);
  if (choice === NO_HEADER) {
    const line = grid.header[0]?.line ?? grid.first;
    return { ...grid, header: blanks(grid.header, width), rows: [{ line, cells: grid.header }, ...grid.rows] };
  }
  const chosen = grid.rows[choice - 1];
  if (choice <= PRINTED_HEADER || !chosen) return grid;
  // A header shorter than the rows gets blank labels for the rest, so that every column is read.
  const header = [...chosen.cells, ...blanks(chosen.cells, width).slice(chosen.cells.length)];
  return { ...grid, header, rows: grid.rows.slice(choice), first: chosen.line };
}
