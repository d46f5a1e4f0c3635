// Rebuilds a table that a government page pasted one cell per line (each cell a paragraph): rows found from the
// data (a rank 1, 2, 3… before each name, or each name), header words broken over lines joined into the row's
// width, a merged share cell (`40%`, printed in one row only) and a weighted copy of a score (raw × share) taken
// out and kept as the score's weight, a group label line (`一类街道`) set aside.

import { rankCellValue } from '../ordinals';
import { blankCell, cellNumber, decimalsOf, isNumberCell, isRoleWord, type GridCell, type GridRow } from './gridCells';
import { GROUP_WORDS } from '../headerWords';

const SHARE = /^[(（]?\s*(?:权重|占)?\s*([0-9]+(?:\.[0-9]+)?)\s*[%％]\s*[)）]?$/;
/** A word that finishes the header word above it (`环境卫生` / `指数`, `合计` / `得  分`, `总` / `分`). */
const SUFFIX_WORD = /^(指数|得分|分数|成绩|工作|情况|分值|扣分|分)$/;
const SUFFIX_END = /(指数|得分|分数|成绩|工作|情况|分值|扣分|排名|名次)$/;
/** A header word that names a measure (a leaf column), not a group of columns. */
const MEASURE_END = /(指数|得分|分数|成绩|分值|扣分|排名|名次|合计|总分|分|率|[)）])$/;
/** A total or a rank: a column by itself, never a sub-column of a group. */
const TOTAL_WORD = /(合计|总分|总成绩|综合|排名|名次)/;
const ANNOTATION = /^[(（].*[)）]$/;

/** A group label found between rows (`一类街道`), and the index of the row it stands before. */
interface GroupLabel {
  line: number;
  text: string;
  before: number;
}

export interface CellPerLineTable {
  header: GridCell[];
  /** The printed header's words when they could not be placed over the columns (the header is then blank). */
  unplaced: string[];
  /** The rows, a group label standing as a row of one cell before the rows of its group. */
  rows: GridRow[];
}

function isText(cell: GridCell | undefined): boolean {
  return cell !== undefined && cell.text !== '' && cellNumber(cell.text) === null && !SHARE.test(cell.text);
}

/** A rank as a cell prints it (`3`, `第三名`): a row's first cell when rows start with their rank. */
function isInteger(cell: GridCell | undefined): number | null {
  return cell ? rankCellValue(cell.text) : null;
}

/** Where the data starts and how its rows begin: a rank before each name, or each name. */
function dataStart(cells: readonly GridCell[]): { start: number; rankFirst: boolean } | null {
  for (let i = 0; i + 2 < cells.length; i++) {
    // Rank 1, a name, then a figure among the row's next cells (a remark may stand between them).
    if (isInteger(cells[i]) === 1 && isText(cells[i + 1]) && cells.slice(i + 2, i + 6).some((c) => isNumberCell(c)))
      return { start: i, rankFirst: true };
    // A header's last word over the first row's rank (`奖励金(元)` then `1`, `大庭村`) is no name with its figure.
    const rankFollows = isInteger(cells[i + 1]) === 1 && isText(cells[i + 2]);
    if (isText(cells[i]) && !isRoleWord(cells[i]?.text ?? '') && isNumberCell(cells[i + 1] ?? blankCell) && !rankFollows) {
      // A group label right before (`一类街道` over `江南街道 93.28 …`) belongs to the data, not the header.
      const labelled = i > 0 && isText(cells[i - 1]) && /类|组/.test(cells[i - 1]?.text ?? '') ? i - 1 : i;
      return { start: labelled, rankFirst: false };
    }
  }
  return null;
}

/**
 * The rows of the data: each starts at a rank (rankFirst) or at a name followed by a figure. Text between rows is a
 * group label (`一类街道`), unless the row in progress still lacks cells of the header's `width`, or ends in a text
 * cell (a remark): then it is that row's next cell, or the next line of its last cell (a cell printed over lines).
 */
function splitRows(data: readonly GridCell[], rankFirst: boolean, width: number): { rows: GridCell[][]; groups: GroupLabel[] } {
  const rows: GridCell[][] = [];
  const groups: GroupLabel[] = [];
  let current: GridCell[] = [];
  let lastRank = 0;
  for (let i = 0; i < data.length; i++) {
    const cell = data[i];
    if (!cell) continue;
    const next = data[i + 1];
    let starts = false;
    if (rankFirst) {
      const rank = isInteger(cell);
      // The next rank (or a tie) before a name starts a row; a score printed as a whole number (75) does not.
      // Competition ranks skip after a tie (8, 8, 10): the rank is then the count of rows so far, this one included.
      const count = rows.length + (current.length > 0 ? 1 : 0) + 1;
      starts = rank !== null && isText(next) && (rank === lastRank + 1 || rank === lastRank || rank === rows.length + 1 || rank === count);
      if (starts && rank !== null) lastRank = rank;
    } else if (isText(cell)) {
      const last = current[current.length - 1];
      // Not a name with its figure after it: a cell of the row in progress, while that row lacks cells or ends in text.
      if ((next === undefined || isText(next)) && current.length > 0 && (current.length < width || isText(last))) {
        if (current.length < width || !last) current.push(cell);
        else current[current.length - 1] = { ...last, text: `${last.text} ${cell.text}` };
        continue;
      }
      if (isText(next)) {
        if (current.length > 0) rows.push(current);
        current = [];
        groups.push({ line: cell.line, text: cell.text, before: rows.length });
        continue;
      }
      starts = true;
    }
    if (starts && current.length > 0) {
      rows.push(current);
      current = [];
    }
    current.push(cell);
  }
  if (current.length > 0) rows.push(current);
  return { rows, groups };
}

/** A header word without the spaces a cell's padding leaves inside it (`得    分`). */
function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Two header levels copied cell by cell: the upper level's words, then the lower level's sub-columns, group by group
 * (`物业公司` and `街道社区`, each over `暗访扣分 实际得分`). The groups are the upper words that name no measure;
 * each spans as many sub-columns as the others, and the other upper words are columns by themselves. A name column
 * with no word of its own leads. The split between the levels must be the only one that gives the rows' width;
 * null otherwise: which words are groups would be a guess.
 */
function spreadOverSubColumns(words: readonly GridCell[], width: number): GridCell[] | null {
  const fits: GridCell[][] = [];
  for (let split = 1; split < words.length; split++) {
    const lower = words.slice(split);
    if (lower.some((w) => isRoleWord(compact(w.text)) || TOTAL_WORD.test(compact(w.text)))) continue;
    const groups = words.slice(0, split).filter((w) => !isRoleWord(compact(w.text)) && !MEASURE_END.test(compact(w.text)));
    const perGroup = groups.length > 0 ? lower.length / groups.length : 0;
    if (!Number.isInteger(perGroup) || perGroup < 2) continue;
    const columns = words.slice(0, split).flatMap((w) => {
      const at = groups.indexOf(w);
      if (at < 0) return [w];
      return lower.slice(at * perGroup, (at + 1) * perGroup).map((sub) => ({ ...sub, text: `${compact(w.text)} ${compact(sub.text)}` }));
    });
    const led = columns.length === width - 1 ? [{ text: '', line: words[0]?.line ?? 0, column: 1 }, ...columns] : columns;
    if (led.length === width) fits.push(led);
  }
  // Only one split gives the rows' width: the header is placed. With several, which words are groups is a guess, and
  // the header stays unplaced (a doubt the reader settles column by column), whatever repetition suggests.
  return fits.length === 1 ? (fits[0] ?? null) : null;
}

/** Header words joined: a suffix word or an annotation finishes the word above; group words and shares go. */
function joinHeader(printed: readonly GridCell[], width: number): GridCell[] {
  // A lead-in (`通报如下:`) or a section title (`二、乡镇排名`) before the header is no column.
  let words = printed;
  while (words.length > 1 && /^[一二三四五六七八九十]+[、.．]/.test(words[0]?.text ?? '')) words = words.slice(1);
  while (words.length > width && /[:：]$/.test(words[0]?.text ?? '')) words = words.slice(1);
  if (words.length === width) return [...words];
  const out: GridCell[] = [];
  for (const word of words) {
    const last = out[out.length - 1];
    if (GROUP_WORDS.test(word.text)) continue;
    const finishes = ANNOTATION.test(word.text) || (SUFFIX_WORD.test(compact(word.text)) && !SUFFIX_END.test(compact(last?.text ?? '')));
    if (last && finishes && !isRoleWord(last.text)) {
      out[out.length - 1] = { ...last, text: compact(`${last.text}${word.text}`) };
    } else out.push(word);
  }
  const levels = out.length > width ? spreadOverSubColumns(out, width) : null;
  if (levels) return levels;
  // Title lines above the header (`3月份…考核情况`, `得分=…`) are no column: dropped while the header is too wide.
  while (out.length > width && out[0] && (out[0].text.length > 6 || /[=＝0-9]/.test(out[0].text))) out.shift();
  // Still too wide: two short words side by side (`队容` `风纪`) are one header broken over two lines.
  for (let i = 0; out.length > width && i + 1 < out.length;) {
    const a = out[i];
    const b = out[i + 1];
    if (
      a &&
      b &&
      a.text.length <= 2 &&
      b.text.length <= 2 &&
      !isRoleWord(a.text) &&
      !isRoleWord(b.text) &&
      !/总分|排名/.test(a.text + b.text)
    ) {
      out.splice(i, 2, { ...a, text: `${a.text}${b.text}` });
    } else i++;
  }
  return out;
}

/**
 * A column that is another times a share on every row (智慧城管 95.43, 38.17 = ×0.4): the weighted copy; the share
 * is kept as the score's weight, from a share cell of the rows or else the ratio itself.
 */
function dropWeightedCopies(rows: GridCell[][], share: number | undefined): { rows: GridCell[][]; weights: Map<number, number> } {
  const weights = new Map<number, number>();
  // Loops, not Math.min(...rows): a spread of an input-sized array can overflow the stack.
  let width = Number.POSITIVE_INFINITY;
  for (const row of rows) width = Math.min(width, row.length);
  for (let j = width - 1; j >= 2; j--) {
    const ratios = rows.map((r) => {
      const raw = cellNumber(r[j - 1]?.text ?? '');
      const weighted = cellNumber(r[j]?.text ?? '');
      return raw !== null && weighted !== null && raw > 0 ? weighted / raw : NaN;
    });
    const ratio = share ?? ratios[0] ?? NaN;
    // Within a unit of the copy's last printed decimal: it is the raw score times the share, rounded.
    const isCopy = rows.every((r) => {
      const raw = cellNumber(r[j - 1]?.text ?? '');
      const weighted = cellNumber(r[j]?.text ?? '');
      return raw !== null && weighted !== null && Math.abs(raw * ratio - weighted) <= 10 ** -decimalsOf(r[j]?.text ?? '') + 1e-9;
    });
    // With no share printed, the ratio itself must hold on three rows at least to be more than chance.
    if (!(ratio > 0 && ratio < 1) || !isCopy || (share === undefined && rows.length < 3)) continue;
    for (const row of rows) row.splice(j, 1);
    weights.set(j - 1, ratio);
  }
  return { rows, weights };
}

/**
 * The rows as wide as most of them, the last cut to that width: the text after the table (`二、存在问题`) ran into
 * it. Weighted copies of a score are taken out first.
 */
function withoutTrailingText(rows: GridCell[][], share: number | undefined): { rows: GridCell[][]; weights: Map<number, number> } {
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  let width = 0;
  for (const [length, count] of counts)
    if (count > (counts.get(width) ?? 0) || (count === counts.get(width) && length > width)) width = length;
  const last = rows[rows.length - 1];
  // Only text runs on: a figure past the width is a cell of the table, and the rows do not fit.
  if (rows.length > 2 && last && last.length > width && last.slice(width).every((c) => cellNumber(c.text) === null))
    rows[rows.length - 1] = last.slice(0, width);
  return dropWeightedCopies(rows, share);
}

/** The table of a run of one-cell lines (blank lines inside it are empty cells), or null when it is none. */
export function rebuildCellPerLine(cells: readonly GridCell[]): CellPerLineTable | null {
  const filled = cells.filter((c) => c.text !== '');
  const found = dataStart(filled);
  // A header is a few dozen words at most: a long run of words before any figure is prose, not a table.
  if (!found || found.start > 200) return null;
  // The data keeps its empty cells (a blank in the rhythm of a web table's cells), so a row keeps its width.
  const first = filled[found.start];
  // The header's own count of columns, its words joined as they print (a section title before it left out).
  const printedWidth = joinHeader(filled.slice(0, found.start), Number.MAX_SAFE_INTEGER).length;
  const { rows: split, groups } = splitRows(cells.slice(first ? cells.indexOf(first) : 0), found.rankFirst, printedWidth);
  // Paragraphs after the table (`1、道路保洁普遍存在的问题…`, `江厦：…`) hold no figure: text after it, not rows.
  let kept = split.length;
  while (kept > 0 && !(split[kept - 1] ?? []).some((cell) => cell.text !== '' && cellNumber(cell.text) !== null)) kept--;
  const rawRows = split.slice(0, kept);
  if (rawRows.length < 2) return null;
  // A share cell printed in one row only (a merged cell) is no cell of that row: its share is kept.
  let share: number | undefined;
  const rows = rawRows.map((row) =>
    row.filter((cell) => {
      const match = SHARE.exec(cell.text);
      if (match) share = Number(match[1]) / 100;
      return !match;
    }),
  );
  const { rows: narrowed, weights } = withoutTrailingText(rows, share);
  const width = narrowed[0]?.length ?? 0;
  if (narrowed.some((r) => r.length !== width)) return null;
  const header = joinHeader(filled.slice(0, found.start), width).map((cell, i) => {
    const weight = weights.get(i);
    return weight === undefined || /[%％]/.test(cell.text)
      ? cell
      : { ...cell, text: `${cell.text}(${String(Math.round(weight * 1000) / 10)}%)` };
  });
  // Rows that agree, under a header that does not fit them (two levels of merged cells, say): the rows with no
  // header, and the printed words kept for the note, so the reader names the columns rather than meet a dead end.
  // Fewer than two words before the data are no header (`第一名` / `鼓楼区` / `96.8分` from the first line): the
  // rows alone, when at least three agree.
  const placed = header.length === width && found.start >= 2;
  if (!placed && (narrowed.length < 3 || width < 2)) return null;
  const unplaced = placed ? [] : filled.slice(0, found.start).map((c) => c.text);
  const headerLine = filled[0]?.line ?? 0;
  const columns = placed ? header : Array.from({ length: width }, (_, i) => ({ text: '', line: headerLine, column: i + 1 }));
  const out: GridRow[] = [];
  narrowed.forEach((row, i) => {
    for (const group of groups)
      if (group.before === i) out.push({ line: group.line, cells: [{ text: group.text, line: group.line, column: 1 }] });
    // A rank printed as an ordinal (第三名) is the rank 3: the rank column then reads as one.
    const [first, ...rest] = row;
    const rank = found.rankFirst && first ? rankCellValue(first.text) : null;
    out.push({ line: first?.line ?? 0, cells: first && rank !== null ? [{ ...first, text: String(rank) }, ...rest] : row });
  });
  return { header: columns, rows: out, unplaced };
}
