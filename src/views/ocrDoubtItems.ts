// The OCR's doubts as the import preview shows them: only those still open (the cell holds what the OCR gave),
// on rows of the chosen table that are read, each worded with its reason, the image crop, and the label of the
// field that corrects it.

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
  const table = candidate?.table;
  if (!table || doubts.length === 0) return [];
  // Where each read row's cells are, on the doubts' lines only: line and cell index → the cell's column in the text.
  const lines = linesOf(text);
  const doubtLines = new Set(doubts.map((doubt) => doubt.line));
  const readCells = new Map<string, number>();
  for (const plan of table.plan.rows) {
    if ((statuses.get(plan.index) ?? rowStatus(plan)) === 'skipped') continue;
    for (const cell of table.grid.rows[plan.index]?.cells ?? [])
      if (doubtLines.has(cell.line))
        readCells.set(`${String(cell.line)}:${String(cellIndexAt(lines, cell.line, cell.column))}`, cell.column);
  }
  return doubts.flatMap((doubt, i) => {
    const column = readCells.get(`${String(doubt.line)}:${String(doubt.cell)}`);
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
