// An import preview sent from the parse worker in pieces: its largest arrays (each candidate's scores and grid rows)
// in slices of their own, then the rest. Each message is copied into the page in a task of its own, so a table of
// 50,000 scores arrives without one long task (copied whole, it took 160–300 ms on the page's main thread).

import type { ImportCandidate, ImportPreview } from './importText';
import type { ParseResult } from './types';

/** Items per slice: a few tens of milliseconds to copy on a slow phone. */
export const SLICE_ITEMS = 5000;

export type PreviewPiece =
  | { type: 'slice'; candidate: number; field: 'scores' | 'rows'; items: unknown[] }
  | { type: 'rest'; preview: ImportPreview; resultIsChosen: boolean };

const emptied = (result: ParseResult): ParseResult =>
  result.ok ? { ...result, inspection: { ...result.inspection, scores: [] } } : result;

/** The preview as pieces, in the order they are to be sent: every slice, then the rest with those arrays empty. */
export function previewPieces(preview: ImportPreview, size = SLICE_ITEMS): PreviewPiece[] {
  const pieces: PreviewPiece[] = [];
  const slices = (candidate: number, field: 'scores' | 'rows', items: readonly unknown[]) => {
    for (let at = 0; at < items.length; at += size) pieces.push({ type: 'slice', candidate, field, items: items.slice(at, at + size) });
  };
  const chosen = preview.candidates.find((c) => c.id === preview.chosen);
  const candidates = preview.candidates.map((candidate, i): ImportCandidate => {
    if (candidate.result.ok) slices(i, 'scores', candidate.result.inspection.scores);
    if (candidate.table) slices(i, 'rows', candidate.table.grid.rows);
    return {
      ...candidate,
      result: emptied(candidate.result),
      ...(candidate.table ? { table: { ...candidate.table, grid: { ...candidate.table.grid, rows: [] } } } : {}),
    };
  });
  const resultIsChosen = chosen !== undefined && chosen.result === preview.result;
  pieces.push({
    type: 'rest',
    preview: { ...preview, candidates, result: resultIsChosen ? emptied(preview.result) : preview.result },
    resultIsChosen,
  });
  return pieces;
}

/** Takes in pieces as they arrive; `done` gives the whole preview once the rest has come. */
export function previewAssembler(): { add: (piece: PreviewPiece) => ImportPreview | undefined } {
  const arrays = new Map<string, unknown[]>();
  const gathered = (candidate: number, field: 'scores' | 'rows') => arrays.get(`${String(candidate)}:${field}`) ?? [];
  return {
    add(piece) {
      if (piece.type === 'slice') {
        const key = `${String(piece.candidate)}:${piece.field}`;
        const items = arrays.get(key) ?? [];
        for (const item of piece.items) items.push(item);
        arrays.set(key, items);
        return undefined;
      }
      const { preview } = piece;
      const candidates = preview.candidates.map((candidate, i): ImportCandidate => {
        const result: ParseResult = candidate.result.ok
          ? { ...candidate.result, inspection: { ...candidate.result.inspection, scores: gathered(i, 'scores') as never } }
          : candidate.result;
        const table = candidate.table
          ? { ...candidate.table, grid: { ...candidate.table.grid, rows: gathered(i, 'rows') as never } }
          : undefined;
        return { ...candidate, result, ...(table ? { table } : {}) };
      });
      const chosen = candidates.find((c) => c.id === preview.chosen);
      return { ...preview, candidates, result: piece.resultIsChosen && chosen ? chosen.result : preview.result };
    },
  };
}
