// Roles the figures themselves give, whatever the header says: a column that is the sum of the others is the
// total, a column that is another times one share is its weighted copy, a row named like the city whose figures
// are the others' mean is a reference.

import { cellNumber, decimalsOf, type Grid } from '../sources/grid';
import { rankedRowsOf, type ColumnPlan, type RowPlan } from './tablePlan';
import { maxOf } from '../arrays';
import { DEDUCTION_WORDS } from '../headerWords';

/**
 * The score columns' figures, row by row, read once with what every test of a total needs: each row's weighted and
 * plain sums, its count of cells that are no figure, and its two largest counts of printed decimals. A test for one
 * column then takes that column out of the row's sums: linear in the table, where a sum over the others for each
 * column grew with the square of its width (a 5,000-column CSV).
 */
interface ScoreRows {
  figures: (number | null)[][];
  decimals: number[][];
  weightedSums: number[];
  plainSums: number[];
  missing: number[];
  /** Each row's largest and second largest decimals, so that a column's own can be left out. */
  topDecimals: [number, number][];
}

function scoreRows(entityRows: readonly (Grid['rows'][number] | undefined)[], scores: readonly ColumnPlan[]): ScoreRows {
  const out: ScoreRows = { figures: [], decimals: [], weightedSums: [], plainSums: [], missing: [], topDecimals: [] };
  for (const row of entityRows) {
    const figures: (number | null)[] = [];
    const decimals: number[] = [];
    let weighted = 0;
    let plain = 0;
    let missing = 0;
    let top: [number, number] = [0, 0];
    for (const column of scores) {
      const text = row?.cells[column.index]?.text ?? '';
      const figure = cellNumber(text);
      const places = decimalsOf(text);
      figures.push(figure);
      decimals.push(places);
      if (figure === null) missing++;
      weighted += (figure ?? 0) * (column.role === 'score' ? (column.weight ?? 1) : 1);
      plain += figure ?? 0;
      top = places > top[0] ? [places, top[0]] : [top[0], Math.max(top[1], places)];
    }
    out.figures.push(figures);
    out.decimals.push(decimals);
    out.weightedSums.push(weighted);
    out.plainSums.push(plain);
    out.missing.push(missing);
    out.topDecimals.push(top);
  }
  return out;
}

/** The largest decimals of a row without column k's own (the second largest when k holds the largest). */
function decimalsWithout(table: ScoreRows, r: number, k: number): number {
  const [first, second] = table.topDecimals[r] ?? [0, 0];
  return (table.decimals[r]?.[k] ?? 0) === first ? second : first;
}

/**
 * A score column whose every figure is the (weighted) sum of the other score columns of its row is their total,
 * whatever its header says (环境卫生指数 = 0.9 × 现场考察 + 0.1 × 满意度). Rounding is allowed half a unit of the
 * printed decimals per figure.
 */
export function findTotalBySum(grid: Grid, columns: ColumnPlan[], rows: readonly RowPlan[]): void {
  const scores = columns.filter((c) => c.role === 'score' || c.role === 'weighted');
  if (scores.length < 3) return;
  const entityRows = rankedRowsOf(grid, rows);
  if (entityRows.length < 2) return;
  const table = scoreRows(entityRows, scores);
  for (const [k, candidate] of scores.entries()) {
    if (candidate.weight !== undefined) continue;
    const matches = table.figures.every((figures, r) => {
      const value = figures[k];
      if (value === null || value === undefined || (table.missing[r] ?? 0) > 0) return false;
      // The candidate counts once in the row's weighted sum (its own weight is 1): the others' sum is the rest.
      const sum = (table.weightedSums[r] ?? 0) - value;
      const decimals = Math.max(...(table.topDecimals[r] ?? [0, 0]));
      return Math.abs(sum - value) <= 0.5 * 10 ** -decimals * scores.length + 1e-9;
    });
    if (matches) {
      candidate.role = 'total';
      candidate.reason = 'sum-of-scores';
      return;
    }
  }
  if (findTotalByMean(table, scores)) return;
  findTotalOfSome(entityRows, scores);
}

/**
 * A score column whose every figure is the mean of the other score columns of its row (`Overall score`, `综合`)
 * is their total, printed as a mean: within half a unit of its printed decimals, plus half a unit of the parts'.
 */
function findTotalByMean(table: ScoreRows, scores: ColumnPlan[]): boolean {
  if (scores.some((c) => c.weight !== undefined)) return false;
  for (const [k, candidate] of scores.entries()) {
    const isMean = table.figures.every((figures, r) => {
      const value = figures[k];
      if (value === null || value === undefined || (table.missing[r] ?? 0) > 0) return false;
      const mean = ((table.plainSums[r] ?? 0) - value) / (scores.length - 1);
      const own = table.decimals[r]?.[k] ?? 0;
      return Math.abs(mean - value) <= 0.5 * 10 ** -own + 0.5 * 10 ** -decimalsWithout(table, r, k) + 1e-9;
    });
    if (isMean) {
      candidate.role = 'total';
      candidate.reason = 'mean-of-scores';
      return true;
    }
  }
  return false;
}

/** Past this many score columns the subsets are not tried (2^11 sums a row): the reader sets the roles. */
const MOST_COLUMNS_FOR_SUBSETS = 12;

/**
 * A total that is the sum of some of the other columns only (`合计 = 环境卫生 + 城管`, beside deductions and the
 * parts of 环境卫生): the column with the largest figures that the fewest others add up to on every row. Those
 * others are its categories; the rest are not counted (said as such: `outside-total`), never summed into it.
 */
function findTotalOfSome(entityRows: readonly (Grid['rows'][number] | undefined)[], scores: ColumnPlan[]): void {
  const sumOf = (c: ColumnPlan) => entityRows.reduce((a, row) => a + (cellNumber(row?.cells[c.index]?.text ?? '') ?? 0), 0);
  for (const total of [...scores].sort((a, b) => sumOf(b) - sumOf(a))) {
    if (
      !markPartsOfTotal(
        entityRows,
        total,
        scores.filter((c) => c !== total),
      )
    )
      continue;
    total.role = 'total';
    total.reason = 'sum-of-scores';
    return;
  }
}

/**
 * Of the score columns beside a total (printed as one, or found), the fewest that add up to it on every row, when
 * all of them do not: the others are set aside as `outside-total`. False when no set of two or more adds up.
 */
export function markPartsOfTotal(
  entityRows: readonly (Grid['rows'][number] | undefined)[],
  total: ColumnPlan,
  scores: ColumnPlan[],
): boolean {
  if (scores.length < 2 || scores.length > MOST_COLUMNS_FOR_SUBSETS || scores.some((c) => c.weight !== undefined)) return false;
  const read = (c: ColumnPlan) => entityRows.map((row) => cellNumber(row?.cells[c.index]?.text ?? ''));
  const totals = read(total);
  const figures = scores.map(read);
  if (totals.some((v) => v === null) || figures.some((column) => column.some((v) => v === null))) return false;
  const places = (c: ColumnPlan) =>
    maxOf(
      entityRows.map((row) => decimalsOf(row?.cells[c.index]?.text ?? '')),
      0,
    );
  const decimals = Math.max(places(total), ...scores.map(places));
  let best: number[] | undefined;
  for (let mask = 1; mask < 1 << scores.length; mask++) {
    const parts = scores.map((_, k) => k).filter((k) => (mask >> k) & 1);
    if (parts.length < 2 || (best && parts.length >= best.length)) continue;
    const slack = 0.5 * 10 ** -decimals * (parts.length + 1) + 1e-9;
    const adds = totals.every((value, r) => Math.abs(parts.reduce((a, k) => a + (figures[k]?.[r] ?? 0), 0) - (value ?? 0)) <= slack);
    if (adds) best = parts;
  }
  if (!best || best.length === scores.length) return best !== undefined;
  for (const [k, column] of scores.entries())
    if (!best.includes(k)) {
      column.role = 'ignored';
      column.reason = 'outside-total';
    }
  return true;
}

/**
 * A row named like a city (`太原市`) among districts, streets or towns, or among county-level cities on two columns
 * at least, whose every figure is the mean of the other rows' (within a unit of the printed decimals): the city's
 * average, a reference, never ranked. One row at most.
 */
export function markCityRows(grid: Grid, columns: readonly ColumnPlan[], rows: RowPlan[], names: readonly string[]): void {
  const entity = columns.find((c) => c.role === 'entity');
  const figures = columns.filter((c) => c.role === 'score' || c.role === 'weighted' || c.role === 'total');
  if (!entity || figures.length === 0 || rows.some((r) => r.reference)) return;
  const cityLike = (name: string) => /市$/.test(name);
  const cities = names.filter(cityLike).length;
  // Among county-level cities (巩义市, 新郑市 beside 郑州市) the name says nothing: the mean on two columns at least must.
  if (cities === 0 || (cities > 1 && figures.length < 2) || names.length < 3) return;
  for (const row of rows) {
    const name = grid.rows[row.index]?.cells[entity.index]?.text ?? '';
    if (row.skipped || !cityLike(name)) continue;
    const others = rows.filter((r) => r !== row && !r.reference && !r.skipped).map((r) => grid.rows[r.index]);
    const isMean = figures.every((column) => {
      const text = grid.rows[row.index]?.cells[column.index]?.text ?? '';
      const value = cellNumber(text);
      const values = others.map((r) => cellNumber(r?.cells[column.index]?.text ?? ''));
      if (value === null || values.some((v) => v === null)) return false;
      const mean = values.reduce<number>((sum, v) => sum + (v ?? 0), 0) / values.length;
      return Math.abs(mean - value) <= 10 ** -decimalsOf(text) + 1e-9;
    });
    if (isMean) {
      row.reference = true;
      row.reason = 'city-mean';
      return;
    }
  }
}

/**
 * A score column beside another that is it times one share on every row (96.76 then 82.24 = ×0.85): the second
 * is the weighted copy, not read; the first counts times the share, which the category keeps as its weight.
 */
export function findWeightedCopies(grid: Grid, columns: ColumnPlan[], rows: readonly RowPlan[]): void {
  const entityRows = rankedRowsOf(grid, rows);
  if (entityRows.length < 3) return;
  for (let i = 0; i + 1 < columns.length; i++) {
    const raw = columns[i];
    const copy = columns[i + 1];
    if (raw?.role !== 'score' || copy?.role !== 'score' || raw.weight !== undefined || copy.weight !== undefined) continue;
    const first = entityRows[0];
    const a = cellNumber(first?.cells[raw.index]?.text ?? '');
    const b = cellNumber(first?.cells[copy.index]?.text ?? '');
    if (a === null || b === null || a <= 0) continue;
    // Shares print as whole percentages: the ratio of the first row, rounded to one.
    const share = Math.round((b / a) * 100) / 100;
    if (!(share > 0 && share < 1)) continue;
    const holds = entityRows.every((row) => {
      const x = cellNumber(row?.cells[raw.index]?.text ?? '');
      const text = row?.cells[copy.index]?.text ?? '';
      const y = cellNumber(text);
      // A copy of a figure with decimals has decimals: whole numbers (2, 2, 2) are no copy of anything.
      return x !== null && y !== null && decimalsOf(text) > 0 && Math.abs(x * share - y) <= 10 ** -decimalsOf(text) + 1e-9;
    });
    if (!holds) continue;
    raw.weight = share;
    raw.reason = 'weighted-header';
    copy.role = 'ignored';
    copy.reason = 'weighted-copy';
    i++;
  }
}

/**
 * A deduction column beside a score whose figures add up with it to one figure on every row (扣分 + 得分 = 100): the
 * score's complement, which says nothing more, so it is not counted and the score's direction stands.
 */
export function markComplements(grid: Grid, columns: ColumnPlan[], rows: readonly RowPlan[]): void {
  const entityRows = rankedRowsOf(grid, rows);
  if (entityRows.length < 2) return;
  const counted = columns.filter((c) => c.role === 'score' || c.role === 'weighted' || c.role === 'total');
  const read = (c: ColumnPlan, row: (typeof entityRows)[number]) => cellNumber(row?.cells[c.index]?.text ?? '');
  const places = (c: ColumnPlan) =>
    maxOf(
      entityRows.map((row) => decimalsOf(row?.cells[c.index]?.text ?? '')),
      0,
    );
  for (const deduction of counted.filter((c) => DEDUCTION_WORDS.test(c.header))) {
    for (const score of counted.filter((c) => !DEDUCTION_WORDS.test(c.header))) {
      const sums = entityRows.map((row) => {
        const a = read(deduction, row);
        const b = read(score, row);
        return a === null || b === null ? Number.NaN : a + b;
      });
      const first = sums[0] ?? Number.NaN;
      const slack = 10 ** -Math.max(places(deduction), places(score)) + 1e-9;
      if (first > 0 && sums.every((sum) => Math.abs(sum - first) <= slack)) {
        deduction.role = 'ignored';
        deduction.reason = 'complement';
        break;
      }
    }
  }
}

/** A column headed as a rate: its name ends in 率, or its header says its figures are percentages (`(%)`). */
function isRateColumn(column: ColumnPlan): boolean {
  return /率$/.test(column.name) || /[(（]\s*[%％]\s*[)）]/.test(column.header);
}

/** Half a unit of the decimals a column prints: its rounding, no more. */
function roundingOf(entityRows: readonly (Grid['rows'][number] | undefined)[], column: ColumnPlan): number {
  const decimals = maxOf(
    entityRows.map((row) => decimalsOf(row?.cells[column.index]?.text ?? '')),
    0,
  );
  return 0.5 * 10 ** -decimals + 1e-9;
}

/**
 * A rate beside the score it restates (`得分率` 90.0 beside `得分` 108 out of 120: the score over its maximum, the
 * same ranking): a column headed as a rate (…率, `(%)`) that is another counted column times one factor on every
 * row, within its printed decimals. It is not counted a second time.
 */
export function markRatesOfScores(grid: Grid, columns: ColumnPlan[], rows: readonly RowPlan[]): void {
  const entityRows = rankedRowsOf(grid, rows);
  if (entityRows.length < 3) return;
  const counted = columns.filter((c) => c.role === 'score' || c.role === 'total');
  const figures = (c: ColumnPlan) => entityRows.map((row) => cellNumber(row?.cells[c.index]?.text ?? ''));
  for (const rate of counted.filter(isRateColumn)) {
    const ys = figures(rate);
    const slack = roundingOf(entityRows, rate);
    const restates = counted.some((score) => {
      if (score === rate) return false;
      const xs = figures(score);
      const factor = (ys[0] ?? 0) / (xs[0] ?? 0);
      if (!Number.isFinite(factor) || Math.abs(factor - 1) < 1e-9) return false;
      return xs.every((x, k) => x !== null && ys[k] !== null && Math.abs(x * factor - (ys[k] ?? 0)) <= slack);
    });
    if (restates) {
      rate.role = 'ignored';
      rate.reason = 'rate-of-score';
    }
  }
}

/**
 * Two counts and the rate they make (`合格点位` ÷ `检查点位` = `合格率`, on every row within the rate's printed
 * decimals): the rate is the measure, and the counts are its parts, not scores to add to it. A column headed as no
 * rate is one when its figures are (three rows at least).
 */
export function markPartsOfRates(grid: Grid, columns: ColumnPlan[], rows: readonly RowPlan[]): void {
  const entityRows = rankedRowsOf(grid, rows);
  if (entityRows.length < 2) return;
  const counted = columns.filter((c) => c.role === 'score' || c.role === 'total');
  const figures = (c: ColumnPlan) => entityRows.map((row) => cellNumber(row?.cells[c.index]?.text ?? ''));
  // A column headed as a rate, or, on three rows at least, any column the figures make one (`Score` = Passed ÷
  // Inspected × 100 on every row): the evidence is the figures, whatever the header.
  // Unheaded rates are looked for in tables of a few columns only: each is tried against every pair of the others.
  const byFigures = entityRows.length >= 3 && counted.length <= MOST_COLUMNS_FOR_SUBSETS;
  const rates = byFigures ? [...counted.filter(isRateColumn), ...counted.filter((c) => !isRateColumn(c))] : counted.filter(isRateColumn);
  for (const rate of rates) {
    const ys = figures(rate);
    const slack = roundingOf(entityRows, rate);
    const others = counted.filter((c) => c !== rate);
    for (const part of others)
      for (const whole of others) {
        if (part === whole) continue;
        const xs = figures(part);
        const ws = figures(whole);
        // Unheaded, the parts are counts (whole numbers): 40 = 37 ÷ 92.5 × 100 is no rate of anything.
        const counts = [...xs, ...ws].every((v) => v !== null && Number.isInteger(v));
        if (!isRateColumn(rate) && !counts) continue;
        const makes = ys.every(
          (y, k) => y !== null && xs[k] != null && (ws[k] ?? 0) > 0 && Math.abs(((xs[k] ?? 0) / (ws[k] ?? 1)) * 100 - y) <= slack,
        );
        if (!makes) continue;
        for (const column of [part, whole]) {
          column.role = 'ignored';
          column.reason = 'rate-parts';
        }
        return;
      }
  }
}
