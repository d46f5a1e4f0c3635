// Rebuilding a table's rows when copying broke them: cells run together (split by their decimals) and one
// cell per line (rows rebuilt from the header's width).

import type { Finding } from '../types';
import {
  blankCell,
  cellNumber,
  decimalsOf,
  isNumberCell,
  isRoleWord,
  joinSplitHeaderWords,
  type GridCell,
  type GridRow,
  type Line,
} from './gridCells';

/**
 * The one number of decimals every figure of the rows shows, or undefined when they differ. Cells that ran
 * together tell it only by trial: the decimals (1–4) that split every such row into the header's count, with
 * no figure above 1000, and agree with the figures printed apart. Two that fit are ambiguous: none is used.
 */
export function tableDecimals(rows: Line[], width: number): number | undefined {
  let printed: number | undefined;
  for (const row of rows) {
    for (const cell of row.cells) {
      // Whole numbers (a rank, a score with its zeros dropped) say nothing of the decimals of the others.
      if (cellNumber(cell.text) === null || !/[.．]/.test(cell.text)) continue;
      const d = decimalsOf(cell.text);
      if (printed === undefined) printed = d;
      else if (printed !== d) return undefined;
    }
  }
  const short = rows.filter((r) => r.cells.length < width);
  const fits = [1, 2, 3, 4].filter(
    (d) =>
      (printed === undefined || printed === d) &&
      short.every((r) => splitByDecimals(r.cells, d, width)?.every((c) => (cellNumber(c.text) ?? 0) < 1000)),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/** `东关街道96.7682.2496.72` with two decimals: 东关街道, 96.76, 82.24, 96.72. */
export function splitByDecimals(cells: GridCell[], decimals: number, width: number): GridCell[] | null {
  const number = new RegExp(`[0-9]+\\.[0-9]{${String(decimals)}}`, 'g');
  const out: GridCell[] = [];
  for (const cell of cells) {
    const firstDigit = cell.text.search(/[0-9]/);
    if (firstDigit < 0 || cellNumber(cell.text) !== null) {
      out.push(cell);
      continue;
    }
    const name = cell.text.slice(0, firstDigit);
    const rest = cell.text.slice(firstDigit);
    const parts: string[] = [...(rest.match(number) ?? [])];
    const joined = parts.join('');
    // A rank run into the last figure (`94.911`: 94.91, rank 1) is the whole number left after it.
    const tail = rest.startsWith(joined) ? rest.slice(joined.length) : null;
    if (tail === null || (tail !== '' && !(parts.length > 0 && /^[0-9]{1,3}$/.test(tail)))) return null;
    if (tail !== '') parts.push(tail);
    if (name !== '') out.push({ ...cell, text: name });
    let offset = firstDigit;
    for (const part of parts) {
      out.push({ text: part, line: cell.line, column: cell.column + offset });
      offset += part.length;
    }
  }
  return out.length === width ? out : null;
}

/**
 * One cell per line (how PDF viewers copy tables): the header's cells come first, then the rows. A row
 * starts at each name when the names come first, else every `width` cells.
 */
export function rebuildOneCellPerLine(block: Line[]): { header: GridCell[]; rows: GridRow[]; note: Finding } | null {
  const cells = block.flatMap((l) => l.cells);
  let headerEnd = 0;
  while (headerEnd < cells.length && !isNumberCell(cells[headerEnd] ?? blankCell)) headerEnd++;
  if (headerEnd >= cells.length) return null;
  // The header is the run of words before the first figure, less the first name of the first row.
  let header = cells.slice(0, Math.max(0, headerEnd - 1));
  const firstIsName = headerEnd > 0 && !isRoleWord(cells[headerEnd - 1]?.text ?? '');
  if (!firstIsName) header = cells.slice(0, headerEnd);
  header = joinSplitHeaderWords(header);
  const data = cells.slice(header.length === headerEnd ? headerEnd : headerEnd - 1);
  const width = header.length;
  if (width < 2) return null;
  const rows: GridRow[] = [];
  if (!isNumberCell(data[0] ?? blankCell)) {
    // Names first: each name starts a row (a reference row may lack a rank cell).
    let current: GridCell[] = [];
    for (const cell of data) {
      if (!isNumberCell(cell) && current.length > 0) {
        rows.push({ line: current[0]?.line ?? cell.line, cells: current });
        current = [];
      }
      current.push(cell);
    }
    if (current.length > 0) rows.push({ line: current[0]?.line ?? 0, cells: current });
    if (rows.some((r) => r.cells.length > width || !r.cells.some(isNumberCell))) return null;
  } else {
    if (data.length % width !== 0) return null;
    for (let i = 0; i < data.length; i += width) {
      const row = data.slice(i, i + width);
      rows.push({ line: row[0]?.line ?? 0, cells: row });
    }
  }
  const note: Finding = {
    severity: 'info',
    code: 'rows-rebuilt',
    line: block[0]?.line.number ?? 1,
    params: { columns: width, rows: rows.length },
  };
  return { header, rows, note };
}

const MAX_COLUMNS_IN_TURN = 40;

/**
 * Columns printed one after another, each a block of one-cell lines between blank lines: its header word, then one
 * cell a row (`区域` and the names, then `测评得分` and the figures), as a PDF read column by column gives them. The
 * run of such blocks from `start`, as one block of rows (each cell keeping the line it was printed on), and where the
 * run ends; null unless two blocks at least have the same number of cells, the first of words and another of figures.
 */
export function columnsInTurn(blocks: readonly Line[][], start: number): { rows: Line[]; end: number } | null {
  const first = blocks[start];
  const height = first?.length ?? 0;
  if (!first || height < 3) return null;
  const oneCell = (block: Line[]) => block.every((l) => l.cells.length === 1);
  let end = start;
  // At most a table's width of columns: a long text of short paragraphs is scanned in linear time.
  while (
    end + 1 < blocks.length &&
    end - start < MAX_COLUMNS_IN_TURN &&
    blocks[end + 1]?.length === height &&
    oneCell(blocks[end + 1] ?? [])
  )
    end++;
  const columns = blocks.slice(start, end + 1).map((block) => block.map((l) => l.cells[0] ?? { text: '', line: 0, column: 1 }));
  if (columns.length < 2 || !oneCell(first)) return null;
  const body = (column: GridCell[]) => column.slice(1);
  const isWords = (column: GridCell[]) => body(column).every((c) => cellNumber(c.text) === null);
  const isFigures = (column: GridCell[]) => body(column).every((c) => cellNumber(c.text) !== null);
  // Every header a word, the first column the names, another the figures.
  if (columns.some((c) => cellNumber(c[0]?.text ?? '') !== null) || !isWords(columns[0] ?? []) || !columns.some(isFigures)) return null;
  const rows: Line[] = [];
  for (let r = 0; r < height; r++) {
    const cells = columns.map((column) => column[r] ?? { text: '', line: 0, column: 1 });
    const lead = first[r];
    if (lead) rows.push({ line: lead.line, cells });
  }
  return { rows, end };
}
