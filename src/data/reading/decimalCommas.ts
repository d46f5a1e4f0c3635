// Decimal commas in a table of text (`15,5` under `Note /20`): where no figure of the table has a point and some have a
// comma with one or two digits after it (thousands take three), the comma is the table's decimal point. A table whose
// other figures have points keeps a lone `83,26` as no number: a misprint or a misread for the reader to correct.

import type { Finding } from '../types';
import type { Grid } from '../sources/grid';

const DECIMAL_COMMA = /^[-+]?[0-9]+,[0-9]{1,2}$/;
const DECIMAL_POINT = /^[-+]?[0-9]+[.．][0-9]+/;

/** The grid with its decimal commas read as points, said in one note; the grid as it was otherwise. */
export function withDecimalCommas(grid: Grid): Grid {
  let count = 0;
  let first: number | undefined;
  for (const row of grid.rows)
    for (const cell of row.cells) {
      if (DECIMAL_POINT.test(cell.text)) return grid;
      if (DECIMAL_COMMA.test(cell.text)) {
        count++;
        first ??= row.line;
      }
    }
  if (count === 0) return grid;
  const rows = grid.rows.map((row) => ({
    ...row,
    cells: row.cells.map((cell) => (DECIMAL_COMMA.test(cell.text) ? { ...cell, text: cell.text.replace(',', '.') } : cell)),
  }));
  const note: Finding = { severity: 'info', code: 'decimal-comma', line: first ?? grid.first, params: { count } };
  return { ...grid, rows, notes: [...grid.notes, note] };
}
