// Rows as copying leaves them: a group label alone on its line inside a table, and a name with its figure run
// into it in a row one cell short.

import { blankCell, cellNumber, isNumberCell, type GridCell, type Line } from './gridCells';

/** A row of figures: some cell is a number, or a name with figures run into it (`东关街道96.7682.24`). */
export function isDataLine(cells: GridCell[]): boolean {
  if (cells.some((c) => isNumberCell(c) || /^[^0-9]+[0-9][0-9.]*\.[0-9]+$/.test(c.text))) return true;
  // A figure with a decimal comma (`15,5`) makes a row: whether the comma is the table's point is decimalCommas.ts's.
  if (cells.some((c) => /^[-+]?[0-9]+,[0-9]{1,2}$/.test(c.text))) return true;
  // A percentage (`98.5%`) is a figure of a row as well, a table of rates a table; but a row of the columns'
  // weights (`权重 40% 30%`) belongs to the header, which gives each column its share.
  if (cells.some((c) => OUT_OF.test(c.text) || FIGURE_WITH_NOTE.test(c.text))) return true;
  return !WEIGHTS_ROW.test(cells[0]?.text ?? '') && cells.some((c) => /^[-+−]?[0-9]+(?:\.[0-9]+)?\s*[%％]$/.test(c.text));
}

const WEIGHTS_ROW = /^(权重|权数|占比|比重|分值占比|weights?)$/i;
/**
 * A figure with a note after it in its cell: a remark in brackets (`78.8（较上月上升1.2分）`, `78.8 (+1.2)`) or a grade
 * (`78.8分 优秀`) or a rank (`95.6分/第1名`). The figure is the cell's; the note is not read (a rank is the figures' own).
 */
export const FIGURE_WITH_NOTE =
  /^([0-9０-９]+(?:[.．][0-9０-９]+)?\s*分?)\s*(?:[(（][^()（）]{1,40}[)）]|(?:优秀|良好|合格|不合格|较好|较差|一般|达标|不达标|优|良|中|差)|[/／|｜,，]?\s*第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*名)$/;

/** A figure printed with its maximum (`92.5/100`). */
export const OUT_OF = /^([0-9]+(?:\.[0-9]+)?)\s*\/\s*([0-9]+(?:\.[0-9]+)?)$/;

/**
 * A group label inside a table (`城区`, then its rows, then `县区`): one short word alone on its line, between a
 * header of three or more cells (or rows) and a row of figures. It stays a row of the table, which the reading sets
 * aside as a group heading, rather than starting a new table.
 */
export function isGroupLabel(line: Line, next: Line | undefined, headerLines: readonly Line[], rows: readonly Line[]): boolean {
  const text = line.cells[0]?.text ?? '';
  // Under a header already read, even a word like 城区 or 县区 labels a group rather than a column.
  if (line.cells.length !== 1 || text.length > 12 || cellNumber(text) !== null || /^[(（]/.test(text)) return false;
  if (headerLines.length === 0 && rows.length === 0) return false;
  if (!next || !isDataLine(next.cells)) return false;
  const width = rows[rows.length - 1]?.cells.length ?? headerLines[headerLines.length - 1]?.cells.length ?? 0;
  return width >= 3 && next.cells.length === width;
}

/**
 * A row wrapped after its name (`小店区`, then `92.1 93.4 90.2 275.7`): a name alone on its line, then a line of
 * figures one cell short of the header. The two make one row (gridOf joins them).
 */
export function isWrappedName(line: Line, next: Line | undefined, headerLines: readonly Line[]): boolean {
  const name = line.cells[0];
  const header = headerLines[headerLines.length - 1];
  if (!name || line.cells.length !== 1 || cellNumber(name.text) !== null || !next || !header) return false;
  return isDataLine(next.cells) && isNumberCell(next.cells[0] ?? blankCell) && next.cells.length + 1 === header.cells.length;
}

/** `高新区蜀麓社区88.5`: a name with one figure run into it, in a row a cell short, becomes the two cells. */
export function splitGluedName(cells: GridCell[]): GridCell[] {
  const at = cells.findIndex((c) => /^[^0-9０-９]*[^\s0-9０-９.．][0-9０-９]+(?:[.．][0-9０-９]+)?$/.test(c.text));
  const cell = cells[at];
  if (!cell) return cells;
  const split = cell.text.search(/[0-9０-９]+(?:[.．][0-9０-９]+)?$/);
  const name: GridCell = { ...cell, text: cell.text.slice(0, split) };
  const figure: GridCell = { ...cell, text: cell.text.slice(split), column: cell.column + split };
  return [...cells.slice(0, at), name, figure, ...cells.slice(at + 1)];
}

/** Headers of a last column of remarks, whose text can run over several lines. */
const REMARK_HEADER = /^(备注|说明|情况说明|扣分原因|存在问题|主要问题|问题|原因)$/;

/**
 * A line of text alone under a row whose last cell is a remark (the header's last column is 备注, 存在问题…):
 * the remark going on, joined to that cell, rather than a new table.
 */
export function continuesRemark(line: Line, last: Line, headerLines: readonly Line[]): Line | undefined {
  const header = headerLines[headerLines.length - 1]?.cells ?? [];
  const remark = last.cells[last.cells.length - 1];
  const text = line.cells[0]?.text ?? '';
  if (line.cells.length !== 1 || !remark || cellNumber(text) !== null) return undefined;
  if (!REMARK_HEADER.test(header[header.length - 1]?.text.replace(/\s+/g, '') ?? '') || last.cells.length !== header.length)
    return undefined;
  return { ...last, cells: [...last.cells.slice(0, -1), { ...remark, text: `${remark.text}${text}` }] };
}

/**
 * A note in brackets on a line of its own between a table's rows (`（含东风社区、新华社区）` under 东风街道): a remark on
 * the row above, neither a row nor the header of another table. Left out of the rows, its line in the table's range.
 */
export function isNoteLine(line: Line, last: Line | undefined, next: Line | undefined): boolean {
  const text = line.cells[0]?.text ?? '';
  if (line.cells.length !== 1 || !last || !/^[(（][^()（）]+[)）]$/.test(text)) return false;
  return next === undefined || (isDataLine(next.cells) && next.cells.length === last.cells.length);
}
