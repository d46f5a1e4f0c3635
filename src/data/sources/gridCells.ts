// A table's cells as copying leaves them: read from a line (tabs or runs of spaces), `分` suffixes and header
// words split by a space joined back, and the number and decimals of a cell.

import { cellsOf, parseNumber, trimCell, withoutTrailingEmpty, type Cell, type TextLine } from './text';
import type { Finding } from '../types';

export interface GridCell {
  text: string;
  /** 1-based line and column of the cell's first character in the input. */
  line: number;
  column: number;
}

export interface GridRow {
  line: number;
  cells: GridCell[];
}

/** One table found in a text: its title, one header label per column, and its data rows. */
export interface Grid {
  /** The heading line above the table ('' when there is none). */
  title: string;
  titleLine: number | undefined;
  /** One label per column; two header lines are joined (`实地考察 原始得分`). */
  header: GridCell[];
  rows: GridRow[];
  first: number;
  last: number;
  /** What had to be rebuilt to read it (rows from one cell per line, cells split by their decimals). */
  notes: Finding[];
}

export const SCORE_SUFFIX = '分';

/**
 * A change printed in brackets after a figure (`95.62（+1.20）`, `88.1 (↓0.4)`, `90（较上月上升2名）`): a remark on the
 * figure, not part of it. Only a signed or worded change: `1（95.3）` may be a rank before its score, and stays no number.
 */
const CHANGE_AFTER = /\s*[(（]\s*(?:[+\-−±↑↓▲▼△▽]|上升|下降|提升|持平|较|up\b|down\b|no change)[^()（）]{0,24}[)）]$/i;

/** Markdown's emphasis around a whole cell (`**92.4**`, `_92.4_`): how a page marks a row, not part of the figure. */
const EMPHASIS = /^(\*{1,2}|_{1,2})(?=\S)(.*\S)\1$/;

/** A grade with its figure in brackets after it (`优秀（96.5）`, `Good (82)`): the figure is the cell's, the grade its note. */
const GRADE_THEN_FIGURE =
  /^(?:优秀|良好|合格|不合格|较好|较差|一般|达标|不达标|优|良|中|差|excellent|good|fair|poor|pass|fail)\s*[(（]\s*([0-9０-９]+(?:[.．][0-9０-９]+)?\s*分?)\s*[)）]$/i;

/**
 * The figure of a cell as printed: without emphasis, its `分` suffix, a change printed in brackets after it, or a
 * grade printed before it.
 */
function figureText(text: string): string {
  let body = text.replace(EMPHASIS, '$2').replace(CHANGE_AFTER, '').replace(GRADE_THEN_FIGURE, '$1');
  if (body.endsWith(SCORE_SUFFIX)) body = trimCell(body.slice(0, -1)).text;
  return body;
}

/** A cell's number, read through a `分` suffix and a bracketed change after it; null when it is no number. */
export function cellNumber(text: string): number | null {
  const body = figureText(text);
  return body === '' ? null : parseNumber(body);
}

/**
 * A figure misprinted in a way that leaves one reading (`86..67`, its point doubled): that reading, or null. The
 * caller says it was repaired, and the reader confirms it. A letter in a figure (`6O.5`) has no such certainty
 * (60.5? 69.5?) and stays an error on its cell.
 */
export function repairedNumber(text: string): number | null {
  const body = figureText(text);
  if (!/^[0-9０-９]+[.．]{2,3}[0-9０-９]+$/.test(body)) return null;
  return parseNumber(body.replace(/[.．]{2,3}/, '.'));
}

/** Decimals a printed number shows (`94.35分` → 2). */
export function decimalsOf(text: string): number {
  const body = figureText(text);
  const dot = Math.max(body.lastIndexOf('.'), body.lastIndexOf('．'));
  return dot < 0 ? 0 : trimCell(body.slice(dot + 1)).text.length;
}

/** Header words that copies split with a space (`区 域`, `排 名`): rejoined when both halves are single characters. */
export const SPLIT_HEADER_WORDS = new Set([
  '区域',
  '排名',
  '名次',
  '位次',
  '得分',
  '序号',
  '顺序',
  '单位',
  '街道',
  '名称',
  '总分',
  '城区',
  '地区',
  '辖区',
  '乡镇',
  '镇街',
  '区县',
  '县区',
  '合计',
  '分数',
  '成绩',
]);

/** Cells of one line: split on tabs when it has any (empty cells kept), else on every run of blanks. */
export function lineCells(line: TextLine): GridCell[] {
  const cells = line.tabbed ? withoutTrailingEmpty(cellsOf(line.text)) : joinJustified(cellsOf(line.text));
  return joinSuffixes(cells.map((cell) => ({ text: cell.text, line: line.number, column: cell.column })));
}

const LONE_HAN = /^\p{Script=Han}$/u;

/** The gap a justified word leaves between its characters: up to three blanks (two spaces, one ideographic space). */
const JUSTIFIED_GAP = 3;

/**
 * A word printed with spaces between its characters to fill its column (`城  区`, `单  位`, `得  分`): one cell.
 * Only lone Han characters a short gap apart are joined; a column gap is wider, and a cell of two characters or a
 * figure is never part of such a word.
 */
function joinJustified(cells: Cell[]): Cell[] {
  // A line that is only such characters, evenly spaced, is a title spaced out or a padded cell alone (the block's
  // rules read it); with wider gaps between some of them it is a header of justified words (`单  位      得  分`).
  const gaps = cells.slice(1).map((cell, i) => cell.column - ((cells[i]?.column ?? 0) + (cells[i]?.text.length ?? 0)));
  if (cells.every((cell) => LONE_HAN.test(cell.text)) && gaps.every((gap) => gap <= JUSTIFIED_GAP)) return cells;
  const out: Cell[] = [];
  let lone = false;
  for (const cell of cells) {
    const previous = out[out.length - 1];
    const isLone = LONE_HAN.test(cell.text);
    if (previous && lone && isLone && cell.column - (previous.column + previous.text.length) <= JUSTIFIED_GAP) {
      out[out.length - 1] = { ...previous, text: previous.text + cell.text };
      continue;
    }
    out.push(cell);
    lone = isLone;
  }
  return out;
}

/** `94.35 分` copied with a space: the lone `分` belongs to the number before it. */
export function joinSuffixes(cells: GridCell[]): GridCell[] {
  const out: GridCell[] = [];
  for (const cell of cells) {
    const previous = out[out.length - 1];
    if (cell.text === SCORE_SUFFIX && previous && cellNumber(previous.text) !== null) {
      out[out.length - 1] = { ...previous, text: `${previous.text}${SCORE_SUFFIX}` };
      continue;
    }
    out.push(cell);
  }
  return out;
}

export function joinSplitHeaderWords(cells: GridCell[]): GridCell[] {
  const out: GridCell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const next = cells[i + 1];
    if (cell && next && cell.text.length === 1 && next.text.length === 1 && SPLIT_HEADER_WORDS.has(cell.text + next.text)) {
      out.push({ ...cell, text: cell.text + next.text });
      i++;
    } else if (cell) out.push(cell);
  }
  return out;
}

/** A header annotation on a line of its own, `(100分制)` or `（满分100）`, read as the maximum of the columns above. */
export function annotationMax(text: string): number | null {
  const match = /^[(（]\s*(?:满分\s*)?([0-9０-９]+(?:\.[0-9]+)?)\s*分?\s*(?:制)?\s*[)）]$/.exec(trimCell(text).text);
  return match ? parseNumber(match[1] ?? '') : null;
}

export function isNumberCell(cell: GridCell): boolean {
  return cellNumber(cell.text) !== null;
}

/** A line of the input with the cells read from it. */
export interface Line {
  line: TextLine;
  cells: GridCell[];
}

export const blankCell: GridCell = { text: '', line: 0, column: 0 };

export { isRoleWord } from '../headerWords';
