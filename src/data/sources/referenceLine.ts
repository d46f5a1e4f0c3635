// The city's mean printed on its own line under a table of one figure per name (`全市平均：85分`, `Media de la
// ciudad: 7,6 puntos.`): a row of the table, which the blank line above it had cut off, so the reading can take it
// as the reference it is.

import { normalize, REFERENCE_NAMES } from '../headerWords';
import type { Grid } from './gridCells';
import type { TextLine } from './text';

/** A name, an optional colon, one figure and a short unit: `全市平均：85分`, `City average 84.2 points.` */
const REFERENCE_LINE = /^\s*(?:[-•·*]\s*)?([^\d:：]+?)\s*[:：]?\s*(-?\d+(?:[.,]\d+)?\s*[^\d\s.。]{0,8})\s*[.。]?\s*$/u;

/** The one column of every row that holds a figure, when the first holds the name and the others are words. */
function figureColumnOf(grid: Grid): number | undefined {
  const digits = (text: string | undefined) => /\d/.test(text ?? '');
  const first = grid.rows[0]?.cells ?? [];
  const column = first.findIndex((cell) => digits(cell.text));
  const shaped = grid.rows.every(
    (row) => row.cells.length === first.length && row.cells.every((cell, i) => digits(cell.text) === (i === column)),
  );
  return column > 0 && shaped ? column : undefined;
}

/**
 * The grid with the line as its last row, when the line is a reference and each row is a name, one figure and
 * perhaps its unit (`Retiro: | 8,4 | puntos`): the row takes the same shape, its unit words as the rows print them.
 */
export function withReferenceLine(grid: Grid, line: TextLine): Grid {
  const match = REFERENCE_LINE.exec(line.text);
  const name = match?.[1]?.trim() ?? '';
  const figure = match?.[2]?.trim() ?? '';
  if (!match || !REFERENCE_NAMES.test(normalize(name)) || grid.rows.length < 2) return grid;
  const column = figureColumnOf(grid);
  const template = grid.rows[grid.rows.length - 1]?.cells ?? [];
  if (column === undefined || grid.rows.some((row) => REFERENCE_NAMES.test(normalize(row.cells[0]?.text ?? '')))) return grid;
  const unitApart = template.length > column + 1;
  const text = (i: number) =>
    i === 0 ? name : i === column ? (unitApart ? (/^-?\d+(?:[.,]\d+)?/.exec(figure)?.[0] ?? figure) : figure) : (template[i]?.text ?? '');
  const cells = template.map((_, i) => ({ text: text(i), line: line.number, column: Math.max(1, line.text.indexOf(text(i)) + 1) }));
  return { ...grid, rows: [...grid.rows, { line: line.number, cells }], last: Math.max(grid.last, line.number) };
}
