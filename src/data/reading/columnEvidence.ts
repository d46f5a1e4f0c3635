// Roles the figures themselves give, whatever the header says: a column that is the sum of the others is the
// total, a column that is another times one share is its weighted copy, a row named like the city whose figures
// are the others' mean is a reference.

import { cellNumber, decimalsOf, type Grid } from '../sources/grid';
import type { ColumnPlan, RowPlan } from './tablePlan';

/**
 * A score column whose every figure is the (weighted) sum of the other score columns of its row is their total,
 * whatever its header says (环境卫生指数 = 0.9 × 现场考察 + 0.1 × 满意度). Rounding is allowed half a unit of the
 * printed decimals per figure.
 */
export function findTotalBySum(grid: Grid, columns: ColumnPlan[], rows: readonly RowPlan[]): void {
  const scores = columns.filter((c) => c.role === 'score' || c.role === 'weighted');
  if (scores.length < 3) return;
  const entityRows = rows.filter((r) => !r.reference && !r.skipped).map((r) => grid.rows[r.index]);
  if (entityRows.length < 2) return;
  for (const candidate of scores) {
    if (candidate.weight !== undefined) continue;
    const parts = scores.filter((c) => c !== candidate);
    const matches = entityRows.every((row) => {
      const value = cellNumber(row?.cells[candidate.index]?.text ?? '');
      if (value === null) return false;
      let sum = 0;
      let decimals = decimalsOf(row?.cells[candidate.index]?.text ?? '');
      for (const part of parts) {
        const text = row?.cells[part.index]?.text ?? '';
        const figure = cellNumber(text);
        if (figure === null) return false;
        decimals = Math.max(decimals, decimalsOf(text));
        sum += figure * (part.role === 'score' ? (part.weight ?? 1) : 1);
      }
      return Math.abs(sum - value) <= 0.5 * 10 ** -decimals * (parts.length + 1) + 1e-9;
    });
    if (matches) {
      candidate.role = 'total';
      candidate.reason = 'sum-of-scores';
      return;
    }
  }
}

/**
 * A row named like a city (`太原市`) among districts, streets or towns, whose every figure is the mean of the
 * other rows' (within a unit of the printed decimals): the city's average, a reference, never ranked.
 */
export function markCityRows(grid: Grid, columns: readonly ColumnPlan[], rows: RowPlan[], names: readonly string[]): void {
  const entity = columns.find((c) => c.role === 'entity');
  const figures = columns.filter((c) => c.role === 'score' || c.role === 'weighted' || c.role === 'total');
  if (!entity || figures.length === 0 || rows.some((r) => r.reference)) return;
  const cityLike = (name: string) => /市$/.test(name);
  if (names.filter(cityLike).length !== 1 || names.length < 3) return;
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
    }
  }
}

/**
 * A score column beside another that is it times one share on every row (96.76 then 82.24 = ×0.85): the second
 * is the weighted copy, not read; the first counts times the share, which the category keeps as its weight.
 */
export function findWeightedCopies(grid: Grid, columns: ColumnPlan[], rows: readonly RowPlan[]): void {
  const entityRows = rows.filter((r) => !r.reference && !r.skipped).map((r) => grid.rows[r.index]);
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
