// Finding the printed tables in a page: their site-type rows, heading, header lines and kind (ranked or totals).

import {
  cellsOf,
  isBlankChar,
  isBlankLine,
  parseRowLabel,
  startsLikeNumber,
  trimCell,
  withoutTrailingEmpty,
  type TextLine,
} from '../sources/text';
import { type SiteRow, type TableBlock, TOTAL_LABELS } from './printedForm';
import { Findings } from '../findings';

// ---------------------------------------------------------------------------------------------
// Finding the tables

export function readSiteRow(line: TextLine): SiteRow | null {
  const text = line.text;
  let lead = 0;
  while (lead < text.length && isBlankChar(text.charAt(lead)) && text.charAt(lead) !== '\t') lead++;
  const label = parseRowLabel(lead === 0 ? text : text.slice(lead));
  if (!label) return null;
  const restStart = lead + label.end;
  let cells = cellsOf(text, restStart);
  if (line.tabbed) {
    // The first cell is whatever followed the label inside its own cell: normally nothing.
    if (cells[0]?.text === '') cells = cells.slice(1);
    cells = withoutTrailingEmpty(cells);
  } else {
    // Prose such as "某报(2024)年…" also has a bracketed number: a row of cells must be mostly figures.
    const withDigits = cells.filter((c) => /[0-9０-９]/.test(c.text)).length;
    if (cells.length === 0 || withDigits * 2 < cells.length) return null;
  }
  if (cells.length === 0) return null;
  const isTotal = TOTAL_LABELS.has(label.name.toLowerCase());
  return { line, name: label.name, maxScore: label.maxScore, isTotal, cells };
}

export function isHeadingLine(text: string): boolean {
  return trimCell(text).text.startsWith('#');
}

export function headingText(text: string): string {
  let i = 0;
  const trimmed = trimCell(text).text;
  while (i < trimmed.length && trimmed.charAt(i) === '#') i++;
  return trimCell(trimmed.slice(i)).text;
}

export const PROGRESS_EVERY = 5000;

export function findTableBlocks(lines: readonly TextLine[], findings: Findings, onProgress?: (fraction: number) => void): TableBlock[] {
  const blocks: TableBlock[] = [];
  let lastHeading: { text: string; line: number } | undefined;
  let i = 0;
  let nextReport = PROGRESS_EVERY;
  while (i < lines.length) {
    if (onProgress && i >= nextReport) {
      onProgress(i / lines.length);
      nextReport = i + PROGRESS_EVERY;
    }
    const line = lines[i];
    if (!line || isBlankLine(line.text)) {
      i++;
      continue;
    }
    // A block: consecutive non-blank lines. Every row label ends in a bracket: a block without one (a paragraph
    // of news, most of a page) is no table, and is passed over without a copy of its lines.
    const start = i;
    let bracketed = false;
    while (i < lines.length) {
      const current = lines[i];
      if (!current || isBlankLine(current.text)) break;
      if (!bracketed && (current.text.includes(')') || current.text.includes('）'))) bracketed = true;
      i++;
    }
    if (bracketed) {
      const block = tableOf(lines.slice(start, i), lastHeading, findings);
      if (block) blocks.push(block);
    }
    const lastLine = lines[i - 1];
    if (lastLine && isHeadingLine(lastLine.text)) lastHeading = { text: headingText(lastLine.text), line: lastLine.number };
    else lastHeading = undefined;
  }
  return blocks;
}

export function tableOf(blockLines: TextLine[], heading: { text: string } | undefined, findings: Findings): TableBlock | null {
  // Every row label ends in a bracket: a block without one (a paragraph of news) is no table.
  if (!blockLines.some((l) => l.text.includes(')') || l.text.includes('）'))) return null;
  const parsed = blockLines.map((line) => ({ line, row: readSiteRow(line) }));
  const rows = parsed.filter((p): p is { line: TextLine; row: SiteRow } => p.row !== null);
  const firstRow = rows[0];
  if (!firstRow) return null;
  if (rows.length < 2 && !firstRow.line.tabbed) return null;

  const firstIndex = parsed.findIndex((p) => p.row !== null);
  const headerLines: TextLine[] = [];
  let title = heading?.text ?? '';
  for (const p of parsed.slice(0, firstIndex)) {
    if (isHeadingLine(p.line.text)) title = headingText(p.line.text);
    else headerLines.push(p.line);
  }
  // Inside a table, a line that is not a row would silently lose figures: say so.
  for (const p of parsed.slice(firstIndex)) {
    if (p.row === null) findings.add('error', 'unreadable-row', p.line.number, 1, { text: truncate(p.line.text) });
  }
  const siteRows = rows.map((r) => r.row);
  // A ranked row names a district beside each score; a totals row holds figures only.
  const rankedRows = siteRows.filter((row) => {
    let named = 0;
    let numbers = 0;
    for (const cell of row.cells) {
      if (cell.text === '') continue;
      // splitNameValue finds no name exactly when a (trimmed, non-empty) cell starts like a number:
      // asked that way, classifying every table on a big paste allocates nothing.
      if (startsLikeNumber(cell.text)) numbers++;
      else named++;
    }
    return named * 2 >= numbers && named > 0;
  }).length;
  const lastLine = blockLines[blockLines.length - 1];
  return {
    title,
    headerLines,
    rows: siteRows,
    first: blockLines[0]?.number ?? firstRow.line.number,
    last: lastLine?.number ?? firstRow.line.number,
    kind: rankedRows * 2 > siteRows.length ? 'ranked' : 'totals',
  };
}

export function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
