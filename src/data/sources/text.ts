// Low-level text reading for the parser: lines, cells with their columns, and printed numbers.
// Every function here is linear in its input: no backtracking regular expressions on user text.

export interface Cell {
  text: string;
  /** 1-based column (in UTF-16 code units) of the cell's first visible character. */
  column: number;
}

export interface TextLine {
  /** 1-based line number. */
  number: number;
  text: string;
  /** True when the line's cells are separated by tabs (the printed form). */
  tabbed: boolean;
}

const FULL_WIDTH_SPACE = '\u3000';
const NO_BREAK_SPACE = '\u00a0';

export function isBlankChar(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === FULL_WIDTH_SPACE || ch === NO_BREAK_SPACE || ch === '\v' || ch === '\f';
}

/**
 * Splits on CRLF, CR or LF, and drops a leading byte-order mark: the lines as written, each with its number (the
 * printed form's reader, and the source shown as the reader gave it). The import's readers take splitLines (lines.ts).
 */
export function linesAsWritten(text: string): TextLine[] {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  // The engine's own split is several times faster than a character loop on big pastes, and a split on one
  // character twice as fast as on the pattern: most texts have no carriage return. A loop, not map: half the time
  // on a 1 MB page in the parse benchmark.
  const texts = body.split(body.includes('\r') ? /\r\n|\r|\n/ : '\n');
  const lines: TextLine[] = [];
  for (let i = 0; i < texts.length; i++) {
    const lineText = texts[i] as string;
    lines.push({ number: i + 1, text: lineText, tabbed: lineText.includes('\t') });
  }
  return lines;
}

/** Nothing but blanks (or nothing). A loop over char codes: most lines end the test at their first character. */
export function isBlankLine(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Space, tab, full-width space, no-break space, vertical tab, form feed: isBlankChar's set.
    if (code !== 0x20 && code !== 0x09 && code !== 0x3000 && code !== 0xa0 && code !== 0x0b && code !== 0x0c) return false;
  }
  return true;
}

/** Trims blanks (including the full-width space) and reports how many were cut from the front. */
export function trimCell(text: string): { text: string; lead: number } {
  let start = 0;
  let end = text.length;
  while (start < end && isBlankChar(text.charAt(start))) start++;
  while (end > start && isBlankChar(text.charAt(end - 1))) end--;
  return { text: text.slice(start, end), lead: start };
}

/** The blanks of isBlankChar, by UTF-16 code: the cell loops below read codes, not one-character strings. */
export function isBlankCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || code === 11 || code === 12;
}

/**
 * Cells of a line from position `from` on, each with its 1-based column in the line. Tab-separated lines
 * keep empty cells, so columns stay aligned with the header; other lines are split on every run of
 * blanks, so empty cells cannot be seen there. One slice per cell: big pastes hold many of them.
 */
export function cellsOf(text: string, from = 0): Cell[] {
  const cells: Cell[] = [];
  if (text.indexOf('\t', from) >= 0) {
    // From tab to tab with the engine's indexOf; each cell trimmed by index before its one slice.
    let start = from;
    for (;;) {
      const tab = text.indexOf('\t', start);
      let end = tab < 0 ? text.length : tab;
      let first = start;
      while (first < end && isBlankCode(text.charCodeAt(first))) first++;
      while (end > first && isBlankCode(text.charCodeAt(end - 1))) end--;
      cells.push({ text: text.slice(first, end), column: first + 1 });
      if (tab < 0) return cells;
      start = tab + 1;
    }
  }
  let i = from;
  while (i < text.length) {
    while (i < text.length && isBlankCode(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    const start = i;
    while (i < text.length && (!isBlankCode(text.charCodeAt(i)) || isWordSpace(text, i))) i++;
    cells.push({ text: text.slice(start, i), column: start + 1 });
  }
  return cells;
}

/** A Latin-script letter (A–Z, a–z, and the accented letters of Latin-1 and Latin Extended-A and B). */
function isLatinLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

/** `&`, `-`, `–`, `/`: a sign that joins two words of one name (`Central & Western`, `Tower Hamlets - East`). */
function isJoiner(code: number): boolean {
  return code === 0x26 || code === 0x2d || code === 0x2013 || code === 0x2f;
}

/**
 * One space between two Latin-script words (`Elm Park`, `Kowloon City`, `Central & Western`, `St. Helens`): a word
 * space inside a cell, not a break between cells; columns aligned by spaces keep two or more between them. Chinese
 * names hold no such space. A joining sign counts as a word when a single space and a letter stand on its far side.
 */
function isWordSpace(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 32) return false;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  const wordBefore =
    isLatinLetter(before) ||
    (before === 0x2e && isLatinLetter(text.charCodeAt(i - 2))) ||
    (isJoiner(before) && text.charCodeAt(i - 2) === 32 && isLatinLetter(text.charCodeAt(i - 3)));
  const wordAfter = isLatinLetter(after) || (isJoiner(after) && text.charCodeAt(i + 2) === 32 && isLatinLetter(text.charCodeAt(i + 3)));
  return wordBefore && wordAfter;
}

/** Drops empty cells from the end of a row (the printed header rows carry trailing tabs). */
export function withoutTrailingEmpty(cells: readonly Cell[]): Cell[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1]?.text === '') end--;
  return cells.slice(0, end);
}

function normalizeDigitChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
  if (ch === '．') return '.';
  if (ch === '－' || ch === '−') return '-';
  if (ch === '＋') return '+';
  return ch;
}

function isNumberChar(ch: string): boolean {
  const c = normalizeDigitChar(ch);
  return (c >= '0' && c <= '9') || c === '.' || c === '-' || c === '+';
}

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
/** Thousands set apart by commas (`1,245.5`, `12,000`): one figure, read without them. */
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Reads a printed decimal number (full-width digits allowed); null when the text is not one. */
export function parseNumber(text: string): number | null {
  // Most figures are plain ASCII: read them as they are, without building a normalized copy.
  let normalized = text;
  if (!PLAIN_NUMBER.test(text)) {
    normalized = '';
    for (const ch of text) normalized += normalizeDigitChar(ch);
    if (GROUPED_NUMBER.test(normalized)) normalized = normalized.replace(/,/g, '');
    if (!PLAIN_NUMBER.test(normalized)) return null;
  }
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

/** Whether a cell starts like a number: such a cell holds a value and no name. */
export function startsLikeNumber(text: string): boolean {
  const first = text.charAt(0);
  return first !== '' && isNumberChar(first);
}

/**
 * Splits a ranked-table cell `杏花岭区 80.2` into name and value text. Accepts a space, a full-width
 * space or nothing between them; a cell that starts like a number is all value.
 */
export function splitNameValue(text: string): { name: string; value: string; valueOffset: number } {
  if (startsLikeNumber(text)) return { name: '', value: text, valueOffset: 0 };
  let lastBlank = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    if (isBlankChar(text.charAt(i))) {
      lastBlank = i;
      break;
    }
  }
  if (lastBlank >= 0) {
    const name = trimCell(text.slice(0, lastBlank)).text;
    return { name, value: text.slice(lastBlank + 1), valueOffset: lastBlank + 1 };
  }
  let start = text.length;
  while (start > 0 && isNumberChar(text.charAt(start - 1))) start--;
  return { name: text.slice(0, start), value: text.slice(start), valueOffset: start };
}

/**
 * Reads a row label `name(100)` or `name（100）`: the site type (or total) and its maximum.
 * Returns where the label ends so the rest of the line can be read as cells.
 */
export function parseRowLabel(text: string): { name: string; maxScore: number; end: number } | null {
  const tab = text.indexOf('\t');
  const limit = tab < 0 ? text.length : tab;
  const close = text.indexOf(')');
  const fullWidthClose = text.indexOf('）');
  // Most lines of a page are prose without a closing bracket before the first tab: no label, nothing to set up.
  if ((close < 0 || close >= limit) && (fullWidthClose < 0 || fullWidthClose >= limit)) return null;
  // Positions of the next bracket of each kind, found with the engine's indexOf and reused until passed:
  // every position is searched at most once (linear in the line).
  const cached = [close, fullWidthClose, -2, -2];
  const chars = [')', '）', '(', '（'] as const;
  const next = (kind: number, from: number): number => {
    const known = cached[kind] ?? -2;
    if (known === -1 || known >= from) return known;
    const found = text.indexOf(chars[kind] ?? '', from);
    cached[kind] = found;
    return found;
  };
  const nextOf = (a: number, b: number, from: number): number => {
    const x = next(a, from);
    const y = next(b, from);
    return x < 0 ? y : y < 0 ? x : Math.min(x, y);
  };
  let from = 0;
  for (;;) {
    const close = nextOf(0, 1, from);
    if (close < 0 || close >= limit) return null;
    // The first bracket pair holding a number closes the label, so names may hold other brackets.
    let open = -1;
    for (let o = nextOf(2, 3, from); o >= 0 && o < close; o = nextOf(2, 3, o + 1)) open = o;
    if (open >= 0) {
      const maxScore = parseNumber(trimCell(text.slice(open + 1, close)).text);
      const name = trimCell(text.slice(0, open)).text;
      if (maxScore !== null && maxScore > 0 && name !== '') return { name, maxScore, end: close + 1 };
    }
    from = close + 1;
  }
}
