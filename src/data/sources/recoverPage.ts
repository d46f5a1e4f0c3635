// Undoes what copying does to the Taiyuan page before its reader sees it: a `分` after each score, and the
// cells of a row put one per line (PDF viewers). Rebuilt rows keep a map back to the lines the cells came from.

import { splitLines } from './lines';
import { cellsOf, isBlankLine, parseNumber, parseRowLabel, trimCell, type TextLine } from './text';
import { append, maxOf } from '../arrays';

/** `80.2分` or `80.2 分`: the suffix becomes blanks of the same length, so every column stays where it was. */
export function blankScoreSuffixes(text: string): string {
  if (!text.includes('分')) return text;
  return text.replace(/([0-9０-９])([ \u3000]?)分(?=[\t \u3000\r\n;；,，、。]|$)/g, (_, digit: string, gap: string) => `${digit}${gap} `);
}

interface Segment {
  /** 0-based offset of the segment in the rebuilt line. */
  start: number;
  line: number;
  /** 1-based column of the segment's first character in its own line. */
  column: number;
}

export interface RecoveredLines {
  lines: TextLine[];
  /** Where a (line, column) of a rebuilt line came from; identity for lines that were not rebuilt. */
  locate: (line: number, column: number | undefined) => { line: number; column: number | undefined };
  /** Each rebuilt block: its first line, and the rows and cells per row it was rebuilt into, for a finding that says so. */
  rebuilt: { line: number; rows: number; columns: number }[];
}

function isLabelOnly(line: TextLine): boolean {
  // A label on its own line ends in its bracket: most lines are rejected on their last character.
  const last = line.text.trimEnd().slice(-1);
  if (last !== ')' && last !== '）') return false;
  const label = parseRowLabel(line.text);
  return label !== null && trimCell(line.text.slice(label.end)).text === '';
}

function isInteger(text: string): boolean {
  return /^[0-9]+$/.test(text);
}

/**
 * A block whose site-type labels stand alone on their lines, each followed by its cells one per line, is
 * rebuilt into the printed form: one tab-separated row per label, and the header words and ranks on two lines.
 */
export function rejoinCellLines(text: string): RecoveredLines {
  const lines = splitLines(text);
  const segmentsOf = new Map<number, Segment[]>();
  const out: TextLine[] = [];
  const rebuilt: RecoveredLines['rebuilt'] = [];
  // Blocks (runs of non-blank lines) that qualify, found first without copying: most texts have none, and
  // then the lines are handed on as they are.
  const qualifying: { start: number; end: number }[] = [];
  let i = 0;
  while (i < lines.length) {
    let end = i;
    let tabbed = false;
    let labels = 0;
    while (end < lines.length) {
      const line = lines[end];
      if (!line || isBlankLine(line.text)) break;
      // A heading starts the next table even with no blank line before it.
      if (end > i && /^[\s\u3000]*#/.test(line.text)) break;
      if (line.tabbed) tabbed = true;
      // Tab-separated blocks (the printed form) are never rebuilt: their lines are not even looked at.
      else if (!tabbed && labels < 2 && isLabelOnly(line)) labels++;
      end++;
    }
    if (!tabbed && labels >= 2) qualifying.push({ start: i, end });
    i = end < lines.length && !isBlankLine(lines[end]?.text ?? '') ? end : end + 1;
  }
  let next = 0;
  for (const { start, end } of qualifying) {
    for (let k = next; k < start; k++) out.push(lines[k] as TextLine);
    const block = lines.slice(start, end);
    const rows = rebuildBlock(block, segmentsOf);
    append(out, rows);
    const tabbedRows = rows.filter((r) => r.tabbed);
    rebuilt.push({
      line: block[0]?.number ?? 1,
      rows: tabbedRows.length,
      columns: maxOf(
        tabbedRows.map((r) => r.text.split('\t').length),
        0,
      ),
    });
    next = end;
  }
  if (qualifying.length > 0) for (let k = next; k < lines.length; k++) out.push(lines[k] as TextLine);
  const locate = (line: number, column: number | undefined) => {
    const segments = segmentsOf.get(line);
    if (!segments || column === undefined) return { line, column };
    let found = segments[0];
    for (const segment of segments) if (segment.start <= column - 1) found = segment;
    return found ? { line: found.line, column: column - 1 - found.start + found.column } : { line, column };
  };
  return { lines: rebuilt.length > 0 ? out : lines, locate, rebuilt };
}

function rebuildBlock(block: TextLine[], segmentsOf: Map<number, Segment[]>): TextLine[] {
  const out: TextLine[] = [];
  const firstLabel = block.findIndex(isLabelOnly);
  const header = block.slice(0, firstLabel);
  const headings = header.filter((l) => trimCell(l.text).text.startsWith('#'));
  const words = header.filter((l) => !headings.includes(l) && !isInteger(trimCell(l.text).text));
  const ranks = header.filter((l) => isInteger(trimCell(l.text).text));
  append(out, headings);
  const first = words[0];
  if (first) out.push({ number: first.number, text: words.map((l) => trimCell(l.text).text).join(' '), tabbed: false });
  const firstRank = ranks[0];
  if (firstRank) out.push({ number: firstRank.number, text: ranks.map((l) => trimCell(l.text).text).join(' '), tabbed: false });
  let row: { label: TextLine; text: string; segments: Segment[] } | undefined;
  const flush = () => {
    if (!row) return;
    out.push({ number: row.label.number, text: row.text, tabbed: true });
    segmentsOf.set(row.label.number, row.segments);
    row = undefined;
  };
  for (const line of block.slice(firstLabel)) {
    if (isLabelOnly(line)) {
      flush();
      const label = trimCell(line.text);
      row = { label: line, text: label.text, segments: [{ start: 0, line: line.number, column: label.lead + 1 }] };
      continue;
    }
    if (!row) continue;
    const cell = trimCell(line.text);
    row.text += '\t';
    row.segments.push({ start: row.text.length, line: line.number, column: cell.lead + 1 });
    row.text += cell.text;
  }
  flush();
  return out;
}

/** A line of two or more whole numbers: the ranks row of a table's header. */
function isRankLine(line: TextLine | undefined): boolean {
  // Site rows start with their label: only a line starting with a blank or a digit can be a row of ranks.
  if (!line || !/^[\s0-9]+$/.test(line.text)) return false;
  const cells = cellsOf(line.text).filter((c) => c.text !== '');
  return cells.length >= 2 && cells.every((c) => Number.isInteger(parseNumber(c.text) ?? NaN));
}

function isSiteRow(line: TextLine): boolean {
  const label = parseRowLabel(line.text);
  if (label === null) return false;
  for (let i = label.end; i < line.text.length; i++) if (!/[\s\u3000]/.test(line.text.charAt(i))) return true;
  return false;
}

/**
 * Two tables with no blank line between them: a blank line (numbered as the line it stands before, so no
 * input line changes its number) goes before a heading, or before a header over a row of ranks, that
 * directly follows a table's row. Only such places are parsed; a text with none is handed on as it is.
 */
export function separateTables(lines: readonly TextLine[]): readonly TextLine[] {
  const splits: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const previous = lines[i - 1];
    if (!line || !previous || isBlankLine(line.text) || isBlankLine(previous.text)) continue;
    const heading = /^[\s\u3000]*#/.test(line.text);
    if (!heading && !isRankLine(lines[i + 1])) continue;
    if (isSiteRow(previous) && (heading || !isSiteRow(line))) splits.push(i);
  }
  if (splits.length === 0) return lines;
  const out: TextLine[] = [];
  let next = 0;
  for (const split of splits) {
    for (let k = next; k < split; k++) out.push(lines[k] as TextLine);
    out.push({ number: lines[split]?.number ?? 0, text: '', tabbed: false });
    next = split;
  }
  for (let k = next; k < lines.length; k++) out.push(lines[k] as TextLine);
  return out;
}
