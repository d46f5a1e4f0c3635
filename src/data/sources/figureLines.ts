// The last grid of a text no reader reads: its records (a line, or a piece of a line between semicolons, holding a
// figure) as rows, so that the reader always has a grid to finish by hand rather than "no table".

import { splitLines } from './lines';
import { trimCell } from './text';
import type { Grid, GridCell, GridRow } from './gridCells';
import type { Finding } from '../types';

const FIGURE = /[0-9０-９]+(?:[.．][0-9０-９]+)?/g;

/** At most this many records: the grid is for a reader to finish, and a text of more is no ranking to finish by hand. */
const MAX_RECORDS = 2000;

/**
 * A record's cells: what comes before its figure (its name, with any rank), the figure (with a `分` right after it),
 * and what follows. The figure is the first with a decimal point, or else the last: a rank or a date comes first.
 */
function recordCells(text: string, line: number, offset: number): GridCell[] | null {
  const figures = [...text.matchAll(FIGURE)];
  const figure = figures.find((m) => /[.．]/.test(m[0])) ?? figures[figures.length - 1];
  if (!figure) return null;
  const before = trimCell(text.slice(0, figure.index).replace(/[\s:：,，\-–—=]+$/, ''));
  if (before.text === '' || !/\p{L}/u.test(before.text)) return null;
  const end = figure.index + figure[0].length;
  const unit = text.charAt(end) === '分' ? '分' : '';
  const after = trimCell(text.slice(end + unit.length));
  const cell = (value: string, at: number): GridCell => ({ text: value, line, column: offset + at + 1 });
  return [cell(before.text, before.lead), cell(figure[0] + unit, figure.index), cell(after.text, end + unit.length + after.lead)];
}

/** The grid of the text's records, or null when fewer than two hold a name and a figure. */
export function figureLinesGrid(text: string): Grid | null {
  const rows: GridRow[] = [];
  for (const line of splitLines(text)) {
    let offset = 0;
    for (const piece of line.text.split(/[;；]/)) {
      const cells = /[0-9０-９]/.test(piece) ? recordCells(piece, line.number, offset) : null;
      offset += piece.length + 1;
      if (cells) rows.push({ line: line.number, cells });
      if (rows.length >= MAX_RECORDS) break;
    }
    if (rows.length >= MAX_RECORDS) break;
  }
  if (rows.length < 2) return null;
  // A column of nothing after every figure is no column.
  const width = rows.some((r) => r.cells[2]?.text !== '') ? 3 : 2;
  const trimmed = rows.map((r) => ({ ...r, cells: r.cells.slice(0, width) }));
  const first = trimmed[0]?.line ?? 1;
  const header = Array.from({ length: width }, (_, i): GridCell => ({ text: '', line: first, column: i + 1 }));
  // A guess by construction: a doubt the reader confirms, whatever the reading makes of it.
  const note: Finding = { severity: 'warning', code: 'records-guessed', line: first, params: { count: trimmed.length } };
  return { title: '', titleLine: undefined, header, rows: trimmed, first, last: trimmed[trimmed.length - 1]?.line ?? first, notes: [note] };
}
