// Gives every column of a table its role (entity, category score, total, rank, weighted score, ignored) and
// every row its kind (entity or reference), each with the reason it was chosen, so the preview can show and change them.

import { maxOf } from '../arrays';
import { cellNumber, type Grid } from '../sources/grid';
import {
  findTotalBySum,
  findWeightedCopies,
  markCityRows,
  markComplements,
  markPartsOfRates,
  markPartsOfTotal,
  markRatesOfScores,
} from './columnEvidence';
import { findWeightsOfTotal } from './weightsOfTotal';
import { rankOf } from '../ordinals';
import { applyRankEvidence, ranksRunUpward } from './rankEvidence';
import { findFinalScore } from './finalScore';
import { columnCells, roleOfFigures, roleOfLabelled, roleOfText } from './columnKinds';
import { rankedRowsOf, type ColumnPlan, type ColumnRole, type RoleReason, type RowPlan, type TablePlan } from './tablePlan';

export {
  rowStatus,
  type ColumnPlan,
  type ColumnRole,
  type RoleReason,
  type RowKindReason,
  type RowPlan,
  type RowStatus,
  type TablePlan,
} from './tablePlan';
import {
  ENTITY_WORDS,
  headerEndsWith,
  headerIs,
  MAX_ROW_NAMES,
  STATISTIC_ROW_NAMES,
  normalize,
  RANK_WORDS,
  REFERENCE_NAMES,
  ROW_NUMBER_WORDS,
  splitMax,
} from '../headerWords';

export { isEntityHeader, splitMax } from '../headerWords';

export { isRankSequence } from './columnKinds';

function isSorted(values: readonly number[], direction: 1 | -1): boolean {
  for (let i = 1; i < values.length; i++) {
    const a = values[i - 1] ?? 0;
    const b = values[i] ?? 0;
    if ((b - a) * direction < -1e-9) return false;
  }
  return true;
}

function entityKindOf(header: string, names: readonly string[]): string {
  const base = normalize(splitMax(header).name);
  if (base.includes('街道') || base === '镇街') return '街道';
  if (base.includes('乡镇') || base === '镇') return '镇';
  if (base === '县' || base.startsWith('县(') || base.startsWith('县（')) return '县';
  if (base === '单位' || base.includes('单位')) return '单位';
  return entityKindOfNames(names);
}

/** 街道, 镇, 县, 区 or 市, by what most names end with (乡 counts as 镇); 区 when they say nothing. */
export function entityKindOfNames(names: readonly string[]): string {
  for (const suffix of ['街道', '镇', '乡', '县', '区', '市']) {
    if (names.length > 0 && names.filter((n) => n.endsWith(suffix)).length * 2 > names.length) return suffix === '乡' ? '镇' : suffix;
  }
  return '区';
}

/** Reads the roles of a grid's columns and the kinds of its rows; never throws. */
/**
 * The entity column: named by its header, else the first column of text. Of two named ones (区 then 街道, each street
 * under its district), the one that names each row once: the other repeats a parent's name. A header that ends like a
 * name (`东关街道`) over a column of figures is one entity's scores, not the names.
 */
function entityColumnOf(grid: Grid, width: number): { entity: number; reason: RoleReason } {
  const headerText = (i: number) => grid.header[i]?.text ?? '';
  const holdsText = (i: number) => grid.rows.filter((r) => cellNumber(r.cells[i]?.text ?? '') === null).length * 2 > grid.rows.length;
  const named = [...Array(width).keys()].filter(
    (i) => (headerIs(headerText(i), ENTITY_WORDS) || headerEndsWith(headerText(i), ['街道', '单位'])) && holdsText(i),
  );
  const namesEachRowOnce = (i: number) => {
    const values = grid.rows.map((r) => r.cells[i]?.text ?? '').filter((v) => v !== '');
    return new Set(values).size === values.length;
  };
  const entity = (named.length > 1 ? named.find(namesEachRowOnce) : undefined) ?? named[0] ?? -1;
  if (entity >= 0) return { entity, reason: 'entity-header' };
  for (let i = 0; i < width; i++) {
    const cells = grid.rows.map((r) => r.cells[i]?.text ?? '');
    // Ordinals (第一名, 第二名…) are ranks, never names.
    if (cells.filter((c) => c !== '' && cellNumber(c) === null && rankOf(c) === null).length * 2 > cells.length)
      return { entity: i, reason: 'text-cells' };
  }
  return { entity: -1, reason: 'text-cells' };
}

/**
 * Each row's status: a group's heading and a row of maxima are not read, a name like an average is a reference; so
 * is a row with no rank where the others have one (under the column `rankHeader`).
 */
function rowPlansOf(grid: Grid, entity: number, width: number, rankHeader: number | undefined): RowPlan[] {
  const rows: RowPlan[] = grid.rows.map((row, index) => {
    const name = entity >= 0 ? (row.cells[entity]?.text ?? '') : '';
    // A line of one word and no figure inside a table heads a group of the rows below it (`一类街道`).
    let filled = 0;
    for (const cell of row.cells) if (cell.text !== '') filled++;
    if (filled === 1 && cellNumber(name) === null && name !== '' && width > 2)
      return { index, reference: false, skipped: true, reason: 'group-heading' };
    // 满分 40 60 100: the columns' maxima, not an entity (read as one, it ranked first).
    if (MAX_ROW_NAMES.test(normalize(name))) return { index, reference: false, skipped: true, reason: 'max-row' };
    if (STATISTIC_ROW_NAMES.test(normalize(name))) return { index, reference: false, skipped: true, reason: 'statistic-row' };
    return REFERENCE_NAMES.test(normalize(name))
      ? { index, reference: true, reason: 'reference-name' }
      : { index, reference: false, reason: undefined };
  });
  if (rankHeader === undefined) return rows;
  const ranked = rows.filter((r) => !r.reference && !r.skipped).length;
  for (const row of rows) {
    if (row.reference || row.skipped) continue;
    const text = grid.rows[row.index]?.cells[rankHeader]?.text ?? '';
    if (text === '' && ranked - 1 > 1) {
      row.reference = true;
      row.reason = 'no-rank';
    }
  }
  return rows;
}

/**
 * The figures' roles settled by what they add up to: maxima printed as a column or a row, the evidence of sums and
 * rates, the total (found by sum, or its parts and weights), a lone total as the score, a printed total over a
 * computed one; two totals left are a question.
 */
function settleFigures(grid: Grid, columns: ColumnPlan[], rows: readonly RowPlan[], questions: number[]): void {
  applyPrintedMaxima(grid, columns, rows);
  applyColumnEvidence(grid, columns, rows);
  if (!columns.some((c) => c.role === 'total')) findTotalBySum(grid, columns, rows);
  else {
    // A printed total that adds up only some of the score columns: the others are not its categories.
    const printedTotals = columns.filter((c) => c.role === 'total');
    const entityRowsNow = rankedRowsOf(grid, rows);
    const scoreColumns = columns.filter((c) => c.role === 'score');
    if (printedTotals.length === 1 && printedTotals[0] && scoreColumns.length >= 3)
      markPartsOfTotal(entityRowsNow, printedTotals[0], scoreColumns);
    // A total that is their weighted mean (综合得分 = 日常 × 60% + 专项 × 40%): each gets its weight from the figures.
    const counted = columns.filter((c) => c.role === 'score');
    if (printedTotals.length === 1 && printedTotals[0]) findWeightsOfTotal(entityRowsNow, printedTotals[0], counted);
  }
  // One score column and no total: it is the entities' score. A total with no categories is their one score.
  const scores = columns.filter((c) => c.role === 'score' || c.role === 'weighted');
  const totals = columns.filter((c) => c.role === 'total');
  if (scores.length === 0 && totals.length === 1 && totals[0]) {
    totals[0].role = 'score';
    totals[0].reason = 'only-score';
  }
  // The one figure of a table with no header (rows only) is its score: named so, not `#2`.
  const counted = columns.filter((c) => c.role === 'score' || c.role === 'total');
  if (counted.length === 1 && counted[0] && counted[0].header.trim() === '') counted[0].name = '得分';
  // The printed total beside a computed one (this dashboard's own CSV: 总分（10项） and 公布总分): the printed one counts.
  const printed = totals.filter((t) => /公布|印刷|printed|published/i.test(t.header));
  if (totals.length > 1 && printed.length === 1)
    for (const t of totals)
      if (t !== printed[0]) {
        t.role = 'ignored';
        t.reason = 'computed-total';
      }
  const stillTotals = columns.filter((c) => c.role === 'total');
  if (stillTotals.length > 1) for (const t of stillTotals.slice(1)) questions.push(t.index);
}

export function inferPlan(grid: Grid): TablePlan {
  const width = maxOf(
    grid.rows.map((r) => r.cells.length),
    grid.header.length,
  );
  const headerText = (i: number) => grid.header[i]?.text ?? '';
  const columns: ColumnPlan[] = [];
  const questions: number[] = [];
  const { entity, reason: entityReason } = entityColumnOf(grid, width);
  const rankHeader = [...Array(width).keys()].find((i) => i !== entity && headerIs(headerText(i), RANK_WORDS));
  const rows = rowPlansOf(grid, entity, width, rankHeader);
  const names = rows.filter((r) => !r.reference && !r.skipped).map((r) => grid.rows[r.index]?.cells[entity]?.text ?? '');

  const plan = (index: number, role: ColumnRole, reason: RoleReason): ColumnPlan => {
    const { name, maxScore, weight } = splitMax(headerText(index));
    return { index, header: headerText(index), role, reason, name: name === '' ? `#${String(index + 1)}` : name, maxScore, weight };
  };

  const entityRows = rankedRowsOf(grid, rows);
  for (let i = 0; i < width; i++) {
    if (i === entity) {
      columns.push(plan(i, 'entity', entityReason));
      continue;
    }
    const held = columnCells(grid, entityRows, i);
    const [role, reason, ask] = roleOfText(held, grid.header) ?? roleOfLabelled(held, rankHeader !== undefined) ?? roleOfFigures(held);
    columns.push(plan(i, role, reason));
    if (ask) questions.push(i);
  }
  settleFigures(grid, columns, rows, questions);
  markCityRows(grid, columns, rows, names);
  // 序号 is a rank only when the rows stand in the order of their scores; otherwise it counts rows.
  const basis = columns.find((c) => c.role === 'total') ?? columns.find((c) => c.role === 'score' || c.role === 'weighted');
  for (const column of columns) {
    if (column.role !== 'rank' || !headerIs(column.header, ROW_NUMBER_WORDS)) continue;
    // Asked again: markCityRows may have made rows references since the columns were read.
    const rankedRows = rankedRowsOf(grid, rows);
    const ranks = rankedRows.map((r) => cellNumber(r?.cells[column.index]?.text ?? '') ?? 0);
    const values = rankedRows.map((r) => (basis ? (cellNumber(r?.cells[basis.index]?.text ?? '') ?? 0) : 0));
    if (!basis || !ranksFollowScores(ranks, values)) {
      column.role = 'ignored';
      column.reason = 'row-numbers';
    }
  }
  // Ranks printed with the figures upward say fewer is better; else they may say which columns count.
  const rankedFewer = ranksRunUpward(grid, columns, rows);
  if (!rankedFewer) applyRankEvidence(grid, columns, rows);
  const rankColumns = columns.filter((c) => c.role === 'rank');
  if (rankColumns.length > 1) for (const r of rankColumns.slice(1)) questions.push(r.index);
  return {
    columns,
    rows,
    entityKind: entityKindOf(entity >= 0 ? headerText(entity) : '', names),
    questions,
    ...(rankedFewer ? { rankedFewer: true as const } : {}),
  };
}

/** The group of a two-level header (`实地考察 原始得分` → 实地考察); '' when there is none. */
function groupOf(name: string): string {
  const space = name.lastIndexOf(' ');
  return space < 0 ? '' : name.slice(0, space);
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Whether rows ordered by this column's ranks have non-increasing scores: 序号 in rank order. */
export function ranksFollowScores(ranks: readonly number[], scores: readonly number[]): boolean {
  const order = ranks.map((r, i) => ({ r, s: scores[i] ?? 0 })).sort((a, b) => a.r - b.r);
  return isSorted(
    order.map((o) => o.s),
    -1,
  );
}

/** The maxima a 满分 column or a 满分 row prints, for the columns whose header gives none. */
function applyPrintedMaxima(grid: Grid, columns: ColumnPlan[], rows: readonly RowPlan[]): void {
  const entityRows = rankedRowsOf(grid, rows);
  // The maximum a 满分 column prints, for the columns whose header gives none and whose figures stay within it.
  const maxColumn = columns.find((c) => c.reason === 'max-column');
  const printedMax = maxColumn ? cellNumber(entityRows[0]?.cells[maxColumn.index]?.text ?? '') : null;
  for (const column of printedMax !== null ? columns : []) {
    if (column.maxScore !== undefined || !['score', 'weighted', 'total'].includes(column.role)) continue;
    const figures = entityRows.map((r) => cellNumber(r?.cells[column.index]?.text ?? '') ?? 0);
    if (figures.every((v) => v <= (printedMax ?? 0))) column.maxScore = printedMax ?? undefined;
  }
  // The maxima a 满分 row prints, for the columns whose header gives none.
  const maxRow = rows.find((r) => r.reason === 'max-row');
  for (const column of maxRow ? columns : []) {
    if (column.maxScore !== undefined || !['score', 'weighted', 'total'].includes(column.role)) continue;
    const max = cellNumber(grid.rows[maxRow?.index ?? -1]?.cells[column.index]?.text ?? '');
    if (max !== null && max > 0) column.maxScore = max;
  }
}

/**
 * What the figures say of the columns, whatever their headers: raw scores beside their weighted ones, weighted
 * copies, a score's complement, rates restating a score, the counts a rate is made of.
 */
function applyColumnEvidence(grid: Grid, columns: ColumnPlan[], rows: readonly RowPlan[]): void {
  // A raw score beside its weighted one (`实地考察 原始得分`, `实地考察 加权得分(85%)`): the weighted one counts.
  for (const column of columns) {
    if (column.role !== 'weighted') continue;
    const group = groupOf(column.name);
    if (column.maxScore === undefined && column.weight !== undefined) column.maxScore = round(100 * column.weight);
    // The category is the group (`实地考察`): its weighted score is the one that counts.
    if (group !== '') column.name = group;
    for (const other of columns) {
      if (other.role === 'score' && group !== '' && (groupOf(other.name) === group || other.name === group)) {
        other.role = 'ignored';
        other.reason = 'raw-of-weighted';
      }
    }
  }
  findWeightedCopies(grid, columns, rows);
  findFinalScore(grid, columns, rows);
  markComplements(grid, columns, rows);
  markRatesOfScores(grid, columns, rows);
  markPartsOfRates(grid, columns, rows);
}
