// Fields labelled on every row instead of under a header (`江北区 本月95.3 上月94.1 环比+1.2`): a column holding one
// word on every row, before a column of figures that has no header, is that column's header. The words then say
// what each figure is (上月 an earlier period, 环比 a change), as a printed header would.

import { cellNumber, type Grid, type GridCell } from '../sources/grid';

/** A label: a word with a letter in it, perhaps the sign of the figure after it (`环比+`). */
const LABEL = /^(\p{L}[^0-9０-９]{0,11}?)\s*([-+−]?)$/u;

/** The label of column c when every row prints the same one and column c + 1 is headerless figures; else undefined. */
function labelOf(grid: Grid, c: number): string | undefined {
  const words = new Set<string>();
  for (const row of grid.rows) {
    const match = LABEL.exec(row.cells[c]?.text ?? '');
    const figure = row.cells[c + 1]?.text ?? '';
    if (!match?.[1] || cellNumber(figure) === null) return undefined;
    words.add(match[1]);
  }
  const headerless = (grid.header[c]?.text ?? '') === '' && (grid.header[c + 1]?.text ?? '') === '';
  return words.size === 1 && headerless ? [...words][0] : undefined;
}

/** The grid with each row's labels as its columns' headers and each label's sign on its figure, or as it was. */
export function withLabelsAsHeaders(grid: Grid): Grid {
  if (grid.rows.length < 2) return grid;
  const width = Math.max(0, ...grid.rows.map((r) => r.cells.length));
  const labels = new Map<number, string>();
  // Column 0 holds the names, never a label.
  for (let c = 1; c + 1 < width; c++) {
    const label = labelOf(grid, c);
    if (label === undefined) continue;
    labels.set(c, label);
    c++;
  }
  if (labels.size === 0) return grid;
  const keep = [...Array(width).keys()].filter((c) => !labels.has(c));
  const blank = (c: number): GridCell => ({ text: '', line: grid.header[0]?.line ?? grid.first, column: c + 1 });
  const header = keep.map((c) => {
    const label = labels.get(c - 1);
    return label === undefined ? (grid.header[c] ?? blank(c)) : { ...(grid.rows[0]?.cells[c - 1] ?? blank(c)), text: label };
  });
  const rows = grid.rows.map((row) => ({
    ...row,
    cells: keep.map((c) => {
      const cell = row.cells[c] ?? blank(c);
      const sign = labels.has(c - 1) ? (LABEL.exec(row.cells[c - 1]?.text ?? '')?.[2] ?? '') : '';
      return sign === '' ? cell : { ...cell, text: `${sign}${cell.text}` };
    }),
  }));
  return { ...grid, header, rows };
}
