// The city's mean printed on its own line under a table of one figure per name (`全市平均：85分`, `Media de la
// ciudad: 7,6 puntos.`): a row of the table, which the blank line above it had cut off, so the reading can take it
// as the reference it is.

import { normalize, REFERENCE_NAMES } from '../headerWords';
import type { Grid } from './gridCells';
import type { TextLine } from './text';

/** A name, an optional colon, one figure and a short unit: `全市平均：85分`, `City average 84.2 points.` */
const REFERENCE_LINE = /^\s*(?:[-•·*]\s*)?([^\d:：]+?)\s*[:：]?\s*(-?\d+(?:[.,]\d+)?\s*[^\d\s.。]{0,8})\s*[.。]?\s*$/u;

/** The one column of every row that holds a figure, when the others hold words (a name, a bullet, a unit). */
function figureColumnOf(grid: Grid): number | undefined {
  const digits = (text: string | undefined) => /\d/.test(text ?? '');
  const first = grid.rows[0]?.cells ?? [];
  const column = first.findIndex((cell) => digits(cell.text));
  const shaped = grid.rows.every(
    (row) => row.cells.length === first.length && row.cells.every((cell, i) => digits(cell.text) === (i === column)),
  );
  return column > 0 && shaped ? column : undefined;
}

/** Each column's one text when every row prints the same (a bullet, a unit), else undefined: names vary. */
function constantTexts(grid: Grid, width: number): (string | undefined)[] {
  return [...Array(width).keys()].map((i) => {
    const first = grid.rows[0]?.cells[i]?.text;
    return grid.rows.every((row) => row.cells[i]?.text === first) ? first : undefined;
  });
}

/**
 * The grid with the line as its last row, when the line is a reference and each row is a name, one figure and
 * perhaps a bullet or a unit (`- | Retiro: | 8,4 | puntos`): the row takes the same shape, the name where the names
 * are, the bullet and the unit as every row prints them.
 */
export function withReferenceLine(grid: Grid, line: TextLine): Grid {
  const match = REFERENCE_LINE.exec(line.text);
  const name = match?.[1]?.trim() ?? '';
  const figure = match?.[2]?.trim() ?? '';
  if (!match || !REFERENCE_NAMES.test(normalize(name)) || grid.rows.length < 2) return grid;
  const column = figureColumnOf(grid);
  const width = grid.rows[0]?.cells.length ?? 0;
  const constant = constantTexts(grid, width);
  const nameColumn = column === undefined ? -1 : constant.slice(0, column).findLastIndex((text) => text === undefined);
  if (column === undefined || nameColumn < 0) return grid;
  if (grid.rows.some((row) => REFERENCE_NAMES.test(normalize(row.cells[nameColumn]?.text ?? '')))) return grid;
  const unitApart = constant.slice(column + 1).some((text) => text !== undefined && text !== '');
  const number = /^-?\d+(?:[.,]\d+)?/.exec(figure)?.[0] ?? figure;
  const text = (i: number) => (i === nameColumn ? name : i === column ? (unitApart ? number : figure) : (constant[i] ?? ''));
  const cells = [...Array(width).keys()].map((i) => ({
    text: text(i),
    line: line.number,
    column: Math.max(1, line.text.indexOf(text(i)) + 1),
  }));
  return { ...grid, rows: [...grid.rows, { line: line.number, cells }], last: Math.max(grid.last, line.number) };
}
