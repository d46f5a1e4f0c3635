// A list's bullets read as a column (`- | Municipio II: | 8,2 | punti`): a first column whose every cell is one
// bullet mark is typography, not a column of the table.

import type { Grid } from '../sources/grid';

const BULLET = /^[-–*+·]$/;

/** The grid without a first column of bullets, or as it was. */
export function withoutBulletColumn(grid: Grid): Grid {
  if (grid.rows.length < 2 || !grid.rows.every((row) => BULLET.test(row.cells[0]?.text ?? ''))) return grid;
  if ((grid.header[0]?.text ?? '') !== '' && !BULLET.test(grid.header[0]?.text ?? '')) return grid;
  return { ...grid, header: grid.header.slice(1), rows: grid.rows.map((row) => ({ ...row, cells: row.cells.slice(1) })) };
}
