// Printed ranks as evidence of which figures count: when the ranks a table prints follow one of its score columns
// exactly and contradict the sum of them all, the others are figures printed beside the ranking (a litter rate, a
// count), not its parts. They are set aside, each a doubt the reader sees and can undo in the grid.

import { competitionRanks } from '../ranks';
import { rankOf } from '../ordinals';
import { cellNumber, type Grid } from '../sources/gridCells';
import type { Finding } from '../types';
import { rankedRowsOf, type ColumnPlan, type RowPlan, type TablePlan } from './tablePlan';

/** Fewer rows than this could follow one column by chance (three rows: one order in six). */
const MIN_ROWS = 4;

function ranksBy(values: readonly number[]): number[] {
  const ranked = competitionRanks(values.map((value, key) => ({ key, value })));
  const out = new Array<number>(values.length).fill(0);
  for (const r of ranked) out[r.key] = r.rank;
  return out;
}

function sameRanks(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((rank, i) => rank === b[i]);
}

/**
 * Whether the printed ranks run with the figures upward (rank 1 beside the smallest) over the figures counted (the
 * total, else the scores' sum), on every ranked row and not the other way: fewer is better, by the page's own ranks.
 */
export function ranksRunUpward(grid: Grid, columns: readonly ColumnPlan[], rows: readonly RowPlan[]): boolean {
  const rank = columns.find((c) => c.role === 'rank');
  const total = columns.find((c) => c.role === 'total');
  const counted = total ? [total] : columns.filter((c) => c.role === 'score' || c.role === 'weighted');
  const ranked = rankedRowsOf(grid, rows);
  // A rank counted from the bottom (`倒数排名`, a bottom-five list) runs upward with no word on which is better.
  if (!rank || counted.length === 0 || ranked.length < 3 || /倒数|后\s*[0-9一二三四五六七八九十]|bottom|worst/i.test(rank.header))
    return false;
  const printed = ranked.map((row) => rankOf(row?.cells[rank.index]?.text ?? ''));
  const figures = ranked.map((row) => counted.map((c) => cellNumber(row?.cells[c.index]?.text ?? '')));
  if (printed.some((r) => r === null) || figures.some((f) => f.some((v) => v === null))) return false;
  const sums = figures.map((f) => f.reduce<number>((sum, v) => sum + (v ?? 0), 0));
  const upward = ranksBy(sums.map((v) => -v));
  return !sameRanks(ranksBy(sums), printed as number[]) && sameRanks(upward, printed as number[]);
}

/** The note that says the printed ranks made fewer better, pointing at the rank column. */
export function fewerByRanksFinding(grid: Grid, plan: TablePlan): Finding[] {
  const rank = plan.columns.find((c) => c.role === 'rank');
  if (!plan.rankedFewer || plan.direction !== undefined || !rank) return [];
  return [
    {
      severity: 'info',
      code: 'fewer-by-ranks',
      line: grid.header[rank.index]?.line ?? grid.first,
      column: grid.header[rank.index]?.column ?? 1,
      params: { header: rank.header },
    },
  ];
}

/** Sets aside the score columns the printed ranks show are not counted (reason `outside-rank`). */
export function applyRankEvidence(grid: Grid, columns: ColumnPlan[], rows: readonly RowPlan[]): void {
  const rank = columns.find((c) => c.role === 'rank');
  const scores = columns.filter((c) => c.role === 'score');
  if (!rank || scores.length < 2 || columns.some((c) => c.role === 'total' || c.role === 'weighted')) return;
  const ranked = rankedRowsOf(grid, rows);
  if (ranked.length < MIN_ROWS) return;
  const printed = ranked.map((row) => rankOf(row?.cells[rank.index]?.text ?? ''));
  const figures = scores.map((c) => ranked.map((row) => cellNumber(row?.cells[c.index]?.text ?? '')));
  if (printed.some((r) => r === null) || figures.some((f) => f.some((v) => v === null))) return;
  const printedRanks = printed as number[];
  const sums = ranked.map((_, i) => figures.reduce((sum, f) => sum + (f[i] ?? 0), 0));
  if (sameRanks(ranksBy(sums), printedRanks)) return;
  const following = scores.filter((_, k) => sameRanks(ranksBy(figures[k] as number[]), printedRanks));
  if (following.length !== 1) return;
  for (const column of scores)
    if (column !== following[0]) {
      column.role = 'ignored';
      column.reason = 'outside-rank';
    }
}

/** A doubt on each column the printed ranks set aside, naming the column the ranks follow. */
export function outsideRankFindings(grid: Grid, plan: TablePlan): Finding[] {
  const basis = plan.columns.find((c) => c.role === 'score');
  return plan.columns
    .filter((c) => c.reason === 'outside-rank')
    .map((c) => ({
      severity: 'warning' as const,
      code: 'column-outside-rank' as const,
      line: grid.header[c.index]?.line ?? grid.first,
      column: grid.header[c.index]?.column ?? 1,
      params: { column: c.index + 1, header: c.header, basis: basis?.header ?? '' },
    }));
}
