// A figure printed inside the name cell (`市南区（96.15）` under `单位（得分）`), or a labelled remark (`小店区（区长：王强）`
// under `区（责任人）`): when every name of a column carries one, it is a column of its own beside the name, named by
// the header's bracket when it has one; the remark, words, is then no part of any name.

import type { Grid, GridCell } from '../sources/grid';
import { cellNumber } from '../sources/grid';

/** A name and a figure in brackets after it: a score's figure has decimals or its unit 分. */
const NAME_WITH_FIGURE = /^(.*?\S)\s*[(（]\s*([0-9０-９]+[.．][0-9０-９]+|[0-9０-９]+\s*分)\s*[)）]$/;
/** A name and a labelled field in brackets after it (`小店区（区长：王强）`): a remark on the name, not part of it. */
const NAME_WITH_REMARK = /^(.*?\S)\s*[(（]\s*([^()（）:：\d]{1,8}[:：][^()（）]{1,30}?)\s*[)）]$/;
/** A header that names both (`单位（得分）`, `District (score)`): the name's word, then the figure's. */
const HEADER_OF_BOTH = /^(.*?\S)\s*[(（]\s*([^()（）]+?)\s*[)）]$/;

function split(cell: GridCell, pattern: RegExp): { name: GridCell; figure: GridCell } | null {
  const match = pattern.exec(cell.text);
  const name = match?.[1];
  const figure = match?.[2];
  if (!name || !figure || cellNumber(name) !== null) return null;
  return {
    name: { ...cell, text: name },
    figure: { ...cell, text: figure, column: cell.column + cell.text.lastIndexOf(figure) },
  };
}

/** The first column whose every filled cell (two at least) is a name with its figure in brackets, or -1. */
function columnOfFigures(grid: Grid, pattern: RegExp): number {
  const width = Math.max(grid.header.length, ...grid.rows.slice(0, 1).map((r) => r.cells.length));
  for (let c = 0; c < width; c++) {
    const filled = grid.rows.map((r) => r.cells[c]).filter((cell) => cell !== undefined && cell.text !== '');
    if (filled.length >= 2 && filled.every((cell) => cell && split(cell, pattern) !== null)) return c;
  }
  return -1;
}

/** The grid with the figures in its names split into a column after them, or the grid as it was. */
export function splitFiguresInNames(grid: Grid): Grid {
  return splitBracketsInNames(splitBracketsInNames(grid, NAME_WITH_FIGURE), NAME_WITH_REMARK);
}

/** The grid with the brackets `pattern` finds in every name of a column split into a column after it. */
function splitBracketsInNames(grid: Grid, pattern: RegExp): Grid {
  const column = columnOfFigures(grid, pattern);
  if (column < 0) return grid;
  const printed = grid.header[column] ?? { text: '', line: grid.first, column: 1 };
  const both = HEADER_OF_BOTH.exec(printed.text);
  const headers = [
    { ...printed, text: both?.[1] ?? printed.text },
    { ...printed, text: both?.[2] ?? '' },
  ];
  const header = [...grid.header.slice(0, column), ...headers, ...grid.header.slice(column + 1)];
  const rows = grid.rows.map((row) => {
    const cell = row.cells[column];
    const parts = cell ? split(cell, pattern) : null;
    const blank = { text: '', line: row.line, column: cell?.column ?? 1 };
    const inserted = parts ? [parts.name, parts.figure] : [cell ?? blank, blank];
    return { ...row, cells: [...row.cells.slice(0, column), ...inserted, ...row.cells.slice(column + 1)] };
  });
  return { ...grid, header, rows };
}
