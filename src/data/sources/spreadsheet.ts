// The sheets of a spreadsheet (.xlsx, .xls, .ods) as tables of text cells, read by SheetJS (the maintained
// @e965/xlsx build): merged cells repeated into every position they cover, figures with their displayed decimals,
// each sheet a table titled by its name. Loaded only when such a file is chosen.

import { read, utils, type CellObject, type WorkSheet } from '@e965/xlsx';
import type { HtmlTable } from './htmlTables';

/** Cells (rows × columns of a sheet's used range) read at most, over all sheets: past it the file is refused. */
export const SHEET_CELL_BUDGET = 1_000_000;

export type SpreadsheetResult =
  | { ok: true; tables: HtmlTable[] }
  | { ok: false; reason: 'unreadable' }
  | { ok: false; reason: 'cell-budget'; sheet: string; cells: number };

/** A cell as shown: the displayed text of a figure (its decimals as formatted), else the value as text. */
function cellText(cell: CellObject | undefined): string {
  if (!cell) return '';
  const shown = typeof cell.w === 'string' ? cell.w : cell.v === undefined ? '' : String(cell.v);
  return shown.replace(/[\t\r\n]+/g, ' ').trim();
}

function sheetRows(sheet: WorkSheet): string[][] {
  const ref = sheet['!ref'];
  if (ref === undefined) return [];
  const range = utils.decode_range(ref);
  const rows: string[][] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row: string[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) row.push(cellText(sheet[utils.encode_cell({ r, c })] as CellObject | undefined));
    rows.push(row);
  }
  // A merged cell holds its value in its top-left cell only: repeated into the others, as a browser's table shows it.
  for (const merge of sheet['!merges'] ?? []) {
    const text = rows[merge.s.r - range.s.r]?.[merge.s.c - range.s.c] ?? '';
    for (let r = merge.s.r; r <= merge.e.r; r++)
      for (let c = merge.s.c; c <= merge.e.c; c++) {
        const row = rows[r - range.s.r];
        if (row && c - range.s.c < row.length) row[c - range.s.c] = text;
      }
  }
  return rows.filter((row) => row.some((cell) => cell !== ''));
}

/** Every sheet of a spreadsheet file; never throws (a file SheetJS cannot read is 'unreadable'). */
export function readSpreadsheet(bytes: Uint8Array): SpreadsheetResult {
  try {
    const book = read(bytes, { type: 'array', cellFormula: false, cellHTML: false, cellStyles: false, dense: false });
    let cells = 0;
    const tables: HtmlTable[] = [];
    for (const name of book.SheetNames) {
      const sheet = book.Sheets[name];
      const ref = sheet?.['!ref'];
      if (!sheet || ref === undefined) continue;
      const range = utils.decode_range(ref);
      // Counted before any cell is read: a sheet whose used range is huge is refused, not expanded.
      cells += (range.e.r - range.s.r + 1) * (range.e.c - range.s.c + 1);
      if (cells > SHEET_CELL_BUDGET) return { ok: false, reason: 'cell-budget', sheet: name, cells };
      const rows = sheetRows(sheet);
      if (rows.length > 0) tables.push({ title: name, rows });
    }
    return { ok: true, tables };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
