// What one column of a table is, from its header's words and what its cells hold: the rank, a score, a total, a
// weighted score, or a column not read (a change, an earlier period, a count, codes, maxima, text), with the reason.

import { cellNumber, type Grid, type GridCell } from '../sources/grid';
import { rankOf } from '../ordinals';
import {
  AVERAGE_WORDS,
  CHANGE_WORDS,
  COUNT_WORDS,
  EARLIER_PERIOD_WORDS,
  headerEndsWith,
  headerIs,
  MAX_ROW_NAMES,
  normalize,
  RANK_WORDS,
  ROW_NUMBER_WORDS,
  SCORE_WORDS,
  splitMax,
  TOTAL_WORDS,
} from '../headerWords';
import type { ColumnRole, RoleReason } from './tablePlan';

/** A column's role and why; `true` third when the preview must ask (a rank sequence under a score's word). */
export type ColumnKind = [ColumnRole, RoleReason, boolean?];

/** What a column's cells hold over the entities' rows, asked once. */
export interface ColumnCells {
  header: string;
  count: number;
  numbers: number[];
  ordinals: number;
  percentages: number;
  percentSign: boolean;
}

/** Integers that rank the rows: 1..n, allowing competition ties (1, 2, 2, 4) or dense ones (1, 2, 2, 3). */
export function isRankSequence(values: readonly number[]): boolean {
  if (values.length < 2 || values.some((v) => !Number.isInteger(v) || v < 1)) return false;
  const sorted = [...values].sort((a, b) => a - b);
  const competition = sorted.every((v, i) => v === i + 1 || (i > 0 && v === sorted[i - 1] && v <= i + 1));
  const dense = sorted[0] === 1 && sorted.every((v, i) => i === 0 || v === sorted[i - 1] || v === (sorted[i - 1] ?? 0) + 1);
  return competition || dense;
}

/**
 * The cells of column `index` on the entities' rows. Ordinals (第一名, 第十二名, 并列第三) and percentages (环比
 * -0.93%) are no numbers to cellNumber: only the cells without a number are asked, so a column of figures is read once.
 */
export function columnCells(grid: Grid, entityRows: readonly (Grid['rows'][number] | undefined)[], index: number): ColumnCells {
  const cells = entityRows.map((r) => r?.cells[index]);
  const held: ColumnCells = {
    header: grid.header[index]?.text ?? '',
    count: cells.length,
    numbers: [],
    ordinals: 0,
    percentages: 0,
    percentSign: false,
  };
  for (const cell of cells) {
    const value = cell ? cellNumber(cell.text) : null;
    if (value !== null) held.numbers.push(value);
    if (cell === undefined || value !== null) continue;
    if (rankOf(cell.text) !== null) held.ordinals++;
    if (/^[-+−]?[0-9０-９]+(?:[.．][0-9０-９]+)?\s*[%％]$/.test(cell.text)) held.percentages++;
    if (/[%％]/.test(cell.text)) held.percentSign = true;
  }
  return held;
}

/** The category a header ranks when it is another column's header with a rank word after it (`市容环境排名`). */
function rankedCategory(header: string, headers: readonly GridCell[]): string | undefined {
  const category = /^(.+?)\s*(?:排名|名次|rank)$/i.exec(normalize(header))?.[1];
  // `总分排名` beside `总分` is the ranking itself.
  if (category === undefined || headerIs(category, TOTAL_WORDS) || /^(?:总|综合|合计)/.test(category)) return undefined;
  return headers.some((cell) => normalize(cell.text) === category) ? category : undefined;
}

/**
 * A category's own rank (`市容环境排名` beside `市容环境`), when two categories at least print one: with one alone
 * (`得分` and `得分排名`) it is the ranking's rank.
 */
function isCategoryRank(header: string, headers: readonly GridCell[]): boolean {
  if (rankedCategory(header, headers) === undefined) return false;
  return headers.filter((cell) => rankedCategory(cell.text, headers) !== undefined).length >= 2;
}

/** A column of ordinals (the rank), of words or percentages (not read), or a category's own rank; null otherwise. */
export function roleOfText(held: ColumnCells, headers: readonly GridCell[]): ColumnKind | null {
  if (held.ordinals * 2 > held.count) return ['rank', 'rank-ordinals'];
  // Percentages are figures of change, not text: said as such, and never a score.
  if (held.numbers.length * 2 <= held.count) return ['ignored', held.percentages * 2 > held.count ? 'signed-index' : 'extra-text'];
  // `市容环境排名` beside `市容环境`: that category's own rank, not the ranking's.
  if (isCategoryRank(held.header, headers)) return ['ignored', 'category-rank'];
  return null;
}

/**
 * A column that names rather than measures: codes (行政区划代码 410102, 邮编, ID), known by a code's header word or
 * by the figures alone — whole numbers of five or more digits, all of one length and all different, which no
 * score, total or count of an inspection prints.
 */
function isIdentifierColumn(header: string, numbers: readonly number[], rows: number): boolean {
  if (numbers.length !== rows || rows < 2) return false;
  if (/代码|编码|编号|邮编|^(?:code|id|gss code|ons code)$/i.test(normalize(header))) return true;
  const digits = (value: number) => (Number.isInteger(value) && value > 0 ? String(value).length : 0);
  const length = digits(numbers[0] ?? 0);
  return length >= 5 && numbers.every((v) => digits(v) === length) && new Set(numbers).size === numbers.length;
}

/**
 * A column of figures its header names as no score: the rank, row numbers (序号), a change, the maxima, codes, an
 * earlier period, a count. Null when the header says none of these.
 */
export function roleOfLabelled(held: ColumnCells, rankColumnNamed: boolean): ColumnKind | null {
  const { header, numbers, count } = held;
  if (headerIs(header, RANK_WORDS)) return ['rank', 'rank-header'];
  if (headerIs(header, ROW_NUMBER_WORDS)) {
    // 序号 beside a 排名 column only counts rows; alone it is a rank only when the rows stand in rank order, which the
    // scores tell later.
    const rankLike = !rankColumnNamed && numbers.length === count && isRankSequence(numbers);
    return rankLike ? ['rank', 'rank-sequence'] : ['ignored', 'row-numbers'];
  }
  // A change against an earlier period (进步指数, 环比 -0.93%) is no score; a negative score elsewhere is kept, and
  // the reader warns on its cell. `本月得分（较上月）`: a comparison in brackets names the change printed beside each
  // figure, not the column's figure; `得分（上月）` stays last month's.
  const ownWords = header.replace(/(?<=\S)\s*[(（][^()（）]*(?:较|比|变化|增减|升降|±|change|vs)[^()（）]*[)）]$/i, '');
  if (CHANGE_WORDS.test(ownWords) || held.percentSign) return ['ignored', 'signed-index'];
  // 满分 120 on every row: the scores' maximum, printed as a column.
  if (MAX_ROW_NAMES.test(normalize(splitMax(header).name)) && numbers.length === count && numbers.every((v) => v === numbers[0]))
    return ['ignored', 'max-column'];
  if (isIdentifierColumn(header, numbers, count)) return ['ignored', 'identifier'];
  if (EARLIER_PERIOD_WORDS.test(ownWords)) return ['ignored', 'earlier-period'];
  if (COUNT_WORDS.test(header)) return ['ignored', 'count-column'];
  return null;
}

/** A column of figures by what its header says they are: an average, a weighted score, a total, a rank, a score. */
export function roleOfFigures(held: ColumnCells): ColumnKind {
  const { header, numbers, count } = held;
  if (headerIs(header, AVERAGE_WORDS)) return ['total', 'average-header'];
  const { weight } = splitMax(header);
  if (/加权/.test(header) || (weight !== undefined && !/原始/.test(header) && numbers.every((v) => v <= weight * 100 + 1e-6)))
    return ['weighted', 'weighted-header'];
  // A share above its figures' reach (`实地考察(85%)` printing 92.4): a raw score that counts ×0.85.
  if (weight !== undefined) return ['score', 'weighted-header'];
  if (headerIs(header, TOTAL_WORDS) || headerEndsWith(header, ['总分', '综合得分']) || /^总分/.test(normalize(header)))
    return ['total', 'total-header'];
  // A column of integers 1..n is a rank, never a score; with a score's header word the preview asks.
  if (numbers.length === count && isRankSequence(numbers) && numbers.every((v) => v <= count))
    return ['rank', 'rank-sequence', headerIs(header, SCORE_WORDS)];
  return ['score', headerEndsWith(header, SCORE_WORDS) ? 'score-header' : 'numbers'];
}
