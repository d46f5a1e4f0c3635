// A printed total that is a weighted mean of the score columns (综合得分 = 日常考核 × 60% + 专项督查 × 40%), found in
// the figures when no header gives the weights: the weights that fit every row best, rounded to twentieths, must sum
// to one and give every printed total within its rounding. Only then does each column get its weight; otherwise the
// totals stay a doubt (checks/reading.ts), never weights fitted to whatever was printed.

import { cellNumber, decimalsOf, type GridRow } from '../sources/grid';
import type { ColumnPlan } from './tablePlan';

/** Weights are read as whole twentieths (5 %): the shares a composite score is published with. */
const WEIGHT_STEP = 0.05;
/** Past this many score columns the fit is not tried: the reader sets the weights. */
const MOST_COLUMNS = 6;

/** The solution of a square system by Gaussian elimination with partial pivoting; undefined when it is singular. */
function solve(matrix: number[][], vector: number[]): number[] | undefined {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = r;
    const top = a[pivot];
    if (!top || Math.abs(top[col] ?? 0) < 1e-9) return undefined;
    [a[col], a[pivot]] = [top, a[col] ?? top];
    for (let r = 0; r < n; r++) {
      const row = a[r];
      if (r === col || !row) continue;
      const factor = (row[col] ?? 0) / (top[col] ?? 1);
      for (let c = col; c <= n; c++) row[c] = (row[c] ?? 0) - factor * (top[c] ?? 0);
    }
  }
  return a.map((row, i) => (row[n] ?? 0) / (row[i] ?? 1));
}

/** The least-squares weights of the columns for the totals (the normal equations). */
function fittedWeights(parts: readonly number[][], totals: readonly number[]): number[] | undefined {
  const k = parts[0]?.length ?? 0;
  const normal = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => parts.reduce((sum, row) => sum + (row[i] ?? 0) * (row[j] ?? 0), 0)),
  );
  const right = Array.from({ length: k }, (_, i) => parts.reduce((sum, row, r) => sum + (row[i] ?? 0) * (totals[r] ?? 0), 0));
  return solve(normal, right);
}

/**
 * Gives each score column its weight when the printed total is their weighted mean on every row, by weights of whole
 * twentieths summing to one that are not all equal (equal weights are the mean, said as such by the checks). Needs
 * more rows than columns, so that the figures can contradict the weights.
 */
export function findWeightsOfTotal(entityRows: readonly (GridRow | undefined)[], total: ColumnPlan, scores: readonly ColumnPlan[]): void {
  if (scores.length < 2 || scores.length > MOST_COLUMNS || scores.some((c) => c.weight !== undefined)) return;
  const rows = entityRows.filter((row) => row !== undefined);
  if (rows.length <= scores.length) return;
  const parts = rows.map((row) => scores.map((c) => cellNumber(row.cells[c.index]?.text ?? '')));
  const totals = rows.map((row) => cellNumber(row.cells[total.index]?.text ?? ''));
  if (parts.some((row) => row.some((v) => v === null)) || totals.some((v) => v === null)) return;
  const fitted = fittedWeights(parts as number[][], totals as number[]);
  if (!fitted) return;
  const weights = fitted.map((w) => Math.round(w / WEIGHT_STEP) * WEIGHT_STEP);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.some((w) => w <= 0) || Math.abs(sum - 1) > 1e-9 || weights.every((w) => Math.abs(w - (weights[0] ?? 0)) < 1e-9)) return;
  const fits = rows.every((row, r) => {
    const own = 0.5 * 10 ** -decimalsOf(row.cells[total.index]?.text ?? '');
    const slack = scores.reduce((a, c, i) => a + (weights[i] ?? 0) * 0.5 * 10 ** -decimalsOf(row.cells[c.index]?.text ?? ''), own);
    const value = (parts[r] as number[]).reduce((a, v, i) => a + v * (weights[i] ?? 0), 0);
    return Math.abs(value - (totals[r] ?? 0)) <= slack + 1e-9;
  });
  if (!fits) return;
  scores.forEach((column, i) => {
    column.weight = Math.round((weights[i] ?? 0) * 100) / 100;
    column.reason = 'weights-of-total';
  });
}
