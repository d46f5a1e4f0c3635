// A table a printed document carried over a page break, as its text is copied: the page's number on a line of its
// own (`— 1 —`, `第 2 页`, `Page 2 of 3`) and the header printed again at the top of the next page. The number is no
// row, and the table goes on under its repeated header as one table.

import type { Grid } from './gridCells';
import type { TextLine } from './text';

/** A page's number as a document prints it on a line of its own. */
const PAGE_MARK =
  /^\s*(?:[-—–－]\s*[0-9]{1,3}\s*[-—–－]|第\s*[0-9]{1,3}\s*页(?:\s*[,，]?\s*共\s*[0-9]{1,3}\s*页)?|page\s+[0-9]{1,3}(?:\s+of\s+[0-9]{1,3})?)\s*$/i;

/** The lines without page numbers on lines of their own, the others keeping their numbers. */
export function withoutPageMarks(lines: TextLine[]): TextLine[] {
  return lines.some((line) => PAGE_MARK.test(line.text)) ? lines.filter((line) => !PAGE_MARK.test(line.text)) : lines;
}

function headerKey(grid: Grid): string {
  return grid.header.map((cell) => cell.text.replace(/\s+/g, '')).join('\t');
}

/**
 * Whether a page break stands between the two line numbers (exclusive): the header follows the last row directly,
 * or nothing but a page's number and blank lines stands between them. Blank lines alone may part two tables that
 * share a header (two groups ranked apart), and they stay two.
 */
function onlyPageBreakBetween(lines: ReadonlyMap<number, string>, from: number, to: number): boolean {
  let marks = 0;
  for (let n = from + 1; n < to; n++) {
    const text = lines.get(n) ?? '';
    if (PAGE_MARK.test(text)) marks++;
    else if (text.trim() !== '') return false;
  }
  return marks > 0 || to === from + 1;
}

/**
 * The grids with each one that goes on under its header printed again (the same header, nothing but a page's number
 * or blank lines between) joined to the one before it. `textLines` are the text's lines, each with its number.
 */
export function joinedAcrossPageBreaks(grids: Grid[], textLines: readonly TextLine[]): Grid[] {
  if (grids.length < 2) return grids;
  const lines = new Map(textLines.map((line) => [line.number, line.text]));
  const joined: Grid[] = [];
  for (const grid of grids) {
    const before = joined[joined.length - 1];
    const headerLine = grid.header[0]?.line ?? grid.first;
    const repeats = before !== undefined && headerKey(before) !== '' && headerKey(before) === headerKey(grid);
    if (before && repeats && grid.header.some((c) => c.text !== '') && onlyPageBreakBetween(lines, before.last, headerLine)) {
      joined[joined.length - 1] = {
        ...before,
        rows: [...before.rows, ...grid.rows],
        last: grid.last,
        notes: [...before.notes, ...grid.notes],
      };
      continue;
    }
    joined.push(grid);
  }
  return joined;
}
