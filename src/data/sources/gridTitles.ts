// The lines around a table that are not its rows: headings, titles over its header, numbered sections. Each says
// what it is from its words and the line below, so that the table's first line is its header.

import { trimCell } from './text';
import { cellNumber, isRoleWord, type GridCell, type Line } from './gridCells';

export function isHeading(text: string): boolean {
  return trimCell(text).text.startsWith('#');
}

/** A numbered section's heading (`二、街道考核排名`, `（一）城区组`): it ends a run of cells, never one of them. */
export function isSectionHeading(text: string): boolean {
  return /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])\s*[^\s0-9０-９]/.test(trimCell(text).text);
}

function headingText(text: string): string {
  return trimCell(trimCell(text).text.replace(/^#+/, '')).text;
}

/** A title: a heading, or one short line of text with no figure of a table in it. */
export function isTitleText(cells: GridCell[], text: string): boolean {
  if (isHeading(text)) return true;
  if (cells.length !== 1) return false;
  const only = cells[0]?.text ?? '';
  return only.length >= 2 && only.length <= 60 && cellNumber(only) === null && !isRoleWord(only);
}

/**
 * A title that a space split in two (`深圳市城管局 街道环境卫生指数测评结果`) over a header of many more cells:
 * words only, none of them a column's word, and at least two cells fewer than the line below.
 */
function isTitleOverHeader(cells: GridCell[], next: GridCell[]): boolean {
  return (
    cells.length <= 3 &&
    next.length >= cells.length + 2 &&
    cells.every((c) => c.text.length >= 2 && cellNumber(c.text) === null && !isRoleWord(c.text))
  );
}

export function titleOf(line: Line): string {
  if (isHeading(line.line.text)) return headingText(line.line.text);
  if (isSpacedWord(line.cells)) return line.cells.map((c) => c.text).join('');
  // A title a space split in two or more words is the whole line, as printed.
  return line.cells.length > 1 && !line.line.tabbed ? trimCell(line.line.text).text : (line.cells[0]?.text ?? '');
}

/** One word printed with a space between its characters (`考 评 通 报`): a heading's typography, not cells. */
function isSpacedWord(cells: readonly GridCell[]): boolean {
  return cells.length >= 2 && cells.every((c) => /^[\u4e00-\u9fff]$/.test(c.text));
}

/**
 * A title line at the top of a block: a heading, a short line of words or one word spaced out, above a header (a
 * line of cells or a column's word) or above another such title, with a line of several cells still below.
 */
export function isLeadTitle(lead: Line, next: Line, body: readonly Line[]): boolean {
  if (isUntabbedOverTabbed(body)) return true;
  const titled = isTitleText(lead.cells, lead.line.text) || isSpacedWord(lead.cells);
  if (isTitleOverHeader(lead.cells, next.cells)) return true;
  if (!titled) return false;
  const nextTitled = isTitleText(next.cells, next.line.text) || isSpacedWord(next.cells);
  if (nextTitled) return body.slice(2).some((l) => l.cells.length > 1 && !isSpacedWord(l.cells));
  return next.cells.length > 1 || isRoleWord(next.cells[0]?.text ?? '');
}

/**
 * Lines of words with no tab over a table copied with tabs (a web page's or a sheet's): the page's text above the
 * table, however many words a space splits it into (`Results by ward (percentage of sites…)`), never its header.
 */
function isUntabbedOverTabbed(body: readonly Line[]): boolean {
  const firstTabbed = body.findIndex((l) => l.line.tabbed);
  if (firstTabbed < 1 || body.slice(firstTabbed).some((l) => !l.line.tabbed)) return false;
  const year = (text: string) => /^(19|20)[0-9]{2}$/.test(text);
  return body.slice(0, firstTabbed).every((l) => l.cells.every((c) => cellNumber(c.text) === null || year(c.text)));
}
