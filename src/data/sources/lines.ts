// The lines of a pasted text as its readers see them: Markdown's tables and tables drawn with box characters or
// ASCII rules made tab-separated rows. Apart from
// text.ts, whose line splitting the first screen's parse uses, so that this code loads with the import, not the app.

import { isBlankCode, isBlankLine, linesAsWritten, type TextLine } from './text';

/**
 * Splits on CRLF, CR or LF, and drops a leading byte-order mark; Markdown's tables become tab-separated rows
 * (withPipeTables), their rules left out.
 */
export function splitLines(text: string): TextLine[] {
  const written = linesAsWritten(text);
  const plain = PICTOGRAPH.test(text) ? written.map(withoutPictographs) : written;
  const lines = LEADER_RUN.test(text) ? plain.map(withLeadersAsBlanks) : plain;
  const drawn = DRAWN_TABLE.test(text) ? withPipeTables(lines) : lines;
  return text.includes('/') ? withSlashRows(drawn) : drawn;
}

/** The lines of a text without a forum's anti-copy jammer lines (isJammerLine), the others keeping their numbers. */
export function withoutJammerLines(lines: TextLine[], text: string): TextLine[] {
  return JAMMER_MARK.test(text) ? lines.filter((line) => !isJammerLine(line.text)) : lines;
}

/** A sign a forum's anti-copy jammer scatters (`, V8 ]2 F; ?. k`); its absence spares every other text the check. */
const JAMMER_MARK = /[\][;?*#$&}{+]/;
/** A token of such a line: one to three printable ASCII characters. */
const JAMMER_TOKEN = /^[\x21-\x7e]{1,3}$/;

/**
 * A line that is only a forum's anti-copy jammer (`, V8 ]2 F; ?. k`, `7 a# k2 Z/ u$ w`): three or more tokens of one to
 * three ASCII characters, at least two of them with a sign no word or figure holds. Left out with its number, as a
 * table's rule is: between a header and its rows it is no row, and after them no record.
 */
export function isJammerLine(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length < 3 || !tokens.every((token) => JAMMER_TOKEN.test(token))) return false;
  // A bar between short cells (`N | 91 | 1`) is a table's row, never a jammer's.
  if (tokens.some((token) => token === '|')) return false;
  return tokens.filter((token) => /[\][;?*#$&}{+:,/<>@^`|~!%=]/.test(token)).length >= 2;
}

/** A row whose cells a slash separates, one of them a plain figure (`杏花岭区/78.8/优`). */
const SLASH_ROW = /^[^/\t]+(?:\/[^/\t]*)+$/;

/**
 * Three or more lines in a row with the same number of slashes, each with a plain figure between them (`杏花岭区/
 * 78.8/优`): cells a slash separates, made tab-separated rows in place. A date (`2024/11/05`) or a fraction in a
 * sentence has no such run.
 */
function withSlashRows(lines: TextLine[]): TextLine[] {
  const slashes = (l: TextLine | undefined) => (l && SLASH_ROW.test(l.text.trim()) ? l.text.split('/').length - 1 : 0);
  // A figure and a name among the cells: a run of dates (`2024/11/05`) holds no name.
  const hasFigure = (l: TextLine) => {
    const cells = l.text.split('/');
    return (
      cells.some((cell) => /^\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\s*分?\s*$/.test(cell)) &&
      cells.some((cell) => /^[^0-9０-９]*\p{L}[^0-9０-９]*$/u.test(cell.trim()))
    );
  };
  const out = [...lines];
  for (let i = 0; i < lines.length;) {
    const count = slashes(lines[i]);
    let end = i;
    while (count > 0 && end < lines.length && slashes(lines[end]) === count && hasFigure(lines[end] as TextLine)) end++;
    if (end - i >= 3)
      for (let k = i; k < end; k++)
        out[k] = { ...(lines[k] as TextLine), text: (lines[k] as TextLine).text.replace(/\//g, '\t'), tabbed: true };
    i = Math.max(end, i + 1);
  }
  return out;
}

/** An emoji, a keycap or a bullet (◆ ● ■ ★ ►): decoration, never part of a name or a figure. */
const PICTOGRAPH = /[\p{Extended_Pictographic}\u20e3◆◇●○■□▲△▼▽★☆•►▶※]/u;
const MEDAL_RANKS: Readonly<Record<string, string>> = { '🥇': '1.', '🥈': '2.', '🥉': '3.' };

/**
 * A line with its emoji and bullets made blanks, one for one (every cell keeps its column); medals (🥇🥈🥉) and keycap
 * numbers (4️⃣) become the ranks they print (`1.`, `4.`), since a post ranks with them.
 */
function withoutPictographs(line: TextLine): TextLine {
  if (!PICTOGRAPH.test(line.text)) return line;
  const text = line.text
    .replace(/([0-9])\ufe0f?\u20e3/g, (keycap: string, digit: string) => `${digit}.${' '.repeat(keycap.length - 2)}`)
    .replace(/🥇|🥈|🥉/gu, (medal) => MEDAL_RANKS[medal] ?? '  ')
    .replace(/[◆◇●○■□▲△▼▽★☆•►▶※\p{Extended_Pictographic}\ufe0f\u200d]/gu, (mark) => ' '.repeat(mark.length));
  return { ...line, text };
}

/**
 * Dot leaders between a label and its figure (`芙蓉区……………95.62`, `Mitte ........ 87.5`), as a contents page or
 * an appendix prints them: three or more dots, ellipses or middle dots after a word and before a figure.
 */
const LEADER_RUN = /[^\s.…⋯·・．‥]\s*[.…⋯·・．‥]{3,}\s*[-+−]?[0-9０-９]/;
const LEADER_CHARS = /[.…⋯·・．‥]{3,}(?=\s*[-+−]?[0-9０-９])/g;

/** A line with its dot leaders made blanks, one for one, so that every cell keeps the column it was printed at. */
function withLeadersAsBlanks(line: TextLine): TextLine {
  if (!LEADER_RUN.test(line.text)) return line;
  return { ...line, text: line.text.replace(LEADER_CHARS, (run) => ' '.repeat(run.length)) };
}

/** A character that draws a table: a pipe, or one of Unicode's box-drawing characters (U+2500–U+257F). */
const DRAWN_TABLE = /[|\u2500-\u257f]/;
/** The vertical bars that separate a drawn table's cells: `|`, `│`, `┃`, `║`. */
const CELL_BAR = /[|\u2502\u2503\u2551]/;

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
    // A drawn table's rules (`├──┼──┤`, `+----+`) open it and stand between its rows: no row, left out in place.
    if (isDrawnRule(line.text)) {
      inTable = true;
      continue;
    }
    if (inTable && CELL_BAR.test(line.text) && !isBlankLine(line.text)) {
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

/**
 * A rule of a table drawn with box characters or ASCII (`┌──┬──┐`, `├──┼──┤`, `+----+----+`, `+====+`): only
 * box-drawing characters, dashes, pluses, equals signs, colons and blanks, with a corner or a crossing and a line.
 */
export function isDrawnRule(text: string): boolean {
  let corner = false;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x2b || (ch >= 0x250c && ch <= 0x254b) || (ch >= 0x2552 && ch <= 0x256c)) corner = true;
    else if (ch === 0x2d || ch === 0x3d || ch === 0x2500 || ch === 0x2501 || ch === 0x2550) run++;
    else if (ch !== 0x3a && ch !== 0x7c && ch !== 0x2502 && ch !== 0x2503 && ch !== 0x2551 && !isBlankCode(ch)) return false;
  }
  return corner && run >= 2;
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
  for (let i = 0; i < text.length; i++) {
    if (!CELL_BAR.test(text.charAt(i))) continue;
    if (i > 0 && text.charCodeAt(i - 1) === 0x5c) continue;
    rewritten += text.slice(from, i) + (i === first || i === last ? ' ' : '\t');
    from = i + 1;
  }
  rewritten += text.slice(from);
  return { number: line.number, text: rewritten, tabbed: rewritten.includes('\t') };
}
