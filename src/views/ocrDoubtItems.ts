// The OCR's doubts as the import preview shows them: only those still open (the cell holds what the OCR gave),
// on what the chosen reading reads (a table's header and read rows, a list's or the newspaper form's lines), each
// worded with its reason, the image crop, and the label of the field that corrects it.

import { rowStatus, type RowStatus } from '../data/reading/columnRoles';
import type { ImportCandidate } from '../data/importText';
import { cellIndexAt, cellText, linesOf } from '../data/sources/ocr/ocrCorrections';
import type { PlacedOcrDoubt } from './useImportSource';
import type { ViewTranslate } from './useViewTranslate';

export interface OcrDoubtItem {
  key: string;
  line: number;
  /** The cell's index in its line, and its column (1-based) in the text. */
  cell: number;
  column: number;
  text: string;
  crop: string;
  cropAlt: string;
  /** The doubt worded, with its line. */
  item: string;
  /** Why it is a doubt, worded. */
  note: string;
  label: string;
}

export function ocrDoubtItems(
  candidate: ImportCandidate | undefined,
  statuses: ReadonlyMap<number, RowStatus>,
  text: string,
  doubts: readonly PlacedOcrDoubt[],
  t: ViewTranslate,
): OcrDoubtItem[] {
  if (!candidate || doubts.length === 0) return [];
  const lines = linesOf(text);
  const readCells = cellsRead(candidate, statuses, lines, doubts);
  return doubts.flatMap((doubt, i) => {
    const column = readCells
      ? readCells.get(`${String(doubt.line)}:${String(doubt.cell)}`)
      : readLine(candidate, doubt.line)
        ? doubt.column
        : undefined;
    if (column === undefined || cellText(lines, doubt.line, doubt.cell)?.trim() !== doubt.text) return [];
    const note = t(`ocrDoubt-${doubt.reason}`, { percent: Math.floor(doubt.confidence * 100), read: doubt.read, text: doubt.text });
    return [
      {
        key: `ocr-${String(i)}`,
        line: doubt.line,
        cell: doubt.cell,
        column,
        text: doubt.text,
        crop: doubt.crop,
        cropAlt: t('ocrCropAlt', { line: doubt.line, column: doubt.cell + 1 }),
        item: t('ocrDoubtItem', { line: doubt.line, text: doubt.text, reason: note }),
        note,
        label: t('ocrCorrectLabel', { line: doubt.line, column: doubt.cell + 1, read: doubt.read }),
      },
    ];
  });
}

/**
 * Where the chosen table's read cells are, on the doubts' lines only (line and cell index → the cell's column in
 * the text): its header's and its read rows'. Undefined for a reading with no grid (a list, the newspaper's form),
 * which reads its lines whole.
 */
function cellsRead(
  candidate: ImportCandidate,
  statuses: ReadonlyMap<number, RowStatus>,
  lines: readonly string[],
  doubts: readonly PlacedOcrDoubt[],
): Map<string, number> | undefined {
  const table = candidate.table;
  if (!table) return undefined;
  const doubtLines = new Set(doubts.map((doubt) => doubt.line));
  const readCells = new Map<string, number>();
  const add = (cell: { line: number; column: number }) => {
    if (doubtLines.has(cell.line)) readCells.set(`${String(cell.line)}:${String(cellIndexAt(lines, cell.line, cell.column))}`, cell.column);
  };
  // The header names the columns (a misread 得分 or 总分 changes a role): its doubts are the reader's too.
  for (const cell of table.grid.header) if (cell.text !== '') add(cell);
  for (const plan of table.plan.rows) {
    if ((statuses.get(plan.index) ?? rowStatus(plan)) === 'skipped') continue;
    for (const cell of table.grid.rows[plan.index]?.cells ?? []) add(cell);
  }
  return readCells;
}

/** Whether a reading with no grid reads a line: one of the lines its inspection came from. */
function readLine(candidate: ImportCandidate, line: number): boolean {
  const ranges = candidate.result.ok ? candidate.result.inspection.sourceRanges : [{ first: candidate.first, last: candidate.last }];
  return ranges.some((range) => line >= range.first && line <= range.last);
}
