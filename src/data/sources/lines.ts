// The lines of a pasted text as its readers see them: Markdown's tables made tab-separated rows. Apart from
// text.ts, whose line splitting the first screen's parse uses, so that this code loads with the import, not the app.

import { isBlankCode, isBlankLine, linesAsWritten, type TextLine } from './text';

/**
 * Splits on CRLF, CR or LF, and drops a leading byte-order mark; Markdown's tables become tab-separated rows
 * (withPipeTables), their rules left out.
 */
export function splitLines(text: string): TextLine[] {
  const lines = linesAsWritten(text);
  return text.includes('|') ? withPipeTables(lines) : lines;
}

/**
 * Markdown's tables (what a wiki, a notes app or a chat assistant gives when its table is copied as source): a
 * header row, a rule of dashes under it (`| --- | :--: |`), then rows, cells between pipes. Each such row becomes
 * a tab-separated one, every character where it stood (a pipe between cells a tab, the outer ones blanks), so that
 * each cell keeps the column it was written at and every reader sees the printed form; the rule is no row, and is
 * left out with its line number, so that every other line keeps its own. Pipes with no rule under a header are text.
 */
function withPipeTables(lines: TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    const next = lines[i + 1];
    if (inTable && line.text.includes('|') && !isBlankLine(line.text)) {
      out.push(pipeRow(line));
      continue;
    }
    inTable = false;
    if (next && line.text.includes('|') && isPipeRule(next.text)) {
      out.push(pipeRow(line));
      // The rule itself: skipped, its number with it.
      i++;
      inTable = true;
      continue;
    }
    out.push(line);
  }
  return out;
}

/** Only pipes, dashes, colons and blanks, with a pipe and a dash: `|---|:--:|`, `--- | ---`. */
export function isPipeRule(text: string): boolean {
  let pipe = false;
  let dash = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x7c) pipe = true;
    else if (ch === 0x2d) dash = true;
    else if (ch !== 0x3a && !isBlankCode(ch)) return false;
  }
  return pipe && dash;
}

/** A table row with its cell pipes as tabs and its outer pipes as blanks, in place; `\|` is a pipe in a cell. */
function pipeRow(line: TextLine): TextLine {
  const text = line.text;
  let first = 0;
  while (first < text.length && isBlankCode(text.charCodeAt(first))) first++;
  let last = text.length - 1;
  while (last > first && isBlankCode(text.charCodeAt(last))) last--;
  let rewritten = '';
  let from = 0;
  for (let i = text.indexOf('|'); i >= 0; i = text.indexOf('|', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 0x5c) continue;
    rewritten += text.slice(from, i) + (i === first || i === last ? ' ' : '\t');
    from = i + 1;
  }
  rewritten += text.slice(from);
  return { number: line.number, text: rewritten, tabbed: rewritten.includes('\t') };
}
