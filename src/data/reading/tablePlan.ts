// What a reading says of a table: each column's role and each row's status, with the reason for each, so that
// the preview can show them and the reader change them.

import type { Grid } from '../sources/gridCells';

export type ColumnRole = 'entity' | 'score' | 'total' | 'rank' | 'weighted' | 'ignored';

/** Why a role was chosen; the preview words each one. */
export type RoleReason =
  | 'entity-header'
  | 'text-cells'
  | 'rank-header'
  | 'rank-sequence'
  | 'rank-ordinals'
  | 'row-numbers'
  | 'total-header'
  | 'only-score'
  | 'weighted-header'
  | 'raw-of-weighted'
  | 'score-header'
  | 'numbers'
  | 'signed-index'
  | 'count-column'
  | 'earlier-period'
  | 'identifier'
  | 'complement'
  | 'final-score'
  | 'part-of-final'
  | 'max-column'
  | 'rate-of-score'
  | 'rate-parts'
  | 'sum-of-scores'
  | 'mean-of-scores'
  | 'weights-of-total'
  | 'outside-total'
  | 'outside-rank'
  | 'category-rank'
  | 'average-header'
  | 'computed-total'
  | 'weighted-copy'
  | 'extra-text'
  | 'user';

export interface ColumnPlan {
  index: number;
  /** The header as printed. */
  header: string;
  role: ColumnRole;
  reason: RoleReason;
  /** For score columns: the category's name (the header without its maximum). */
  name: string;
  /** The maximum the header gives (`(100)`, `满分100`, the weighted share of 100), or undefined. */
  maxScore: number | undefined;
  /** The share a weighted column gives its category (0.85 for `(85%)`). */
  weight: number | undefined;
}

export type RowKindReason = 'reference-name' | 'no-rank' | 'group-heading' | 'max-row' | 'statistic-row' | 'city-mean' | 'user';

/** What a row of the grid is: one of the entities, a reference (an average), or a row not read. */
export type RowStatus = 'entity' | 'reference' | 'skipped';

export interface RowPlan {
  /** Index into grid.rows. */
  index: number;
  reference: boolean;
  /** Not read at all: a group heading (`一类街道`) or a row the user set aside. */
  skipped?: boolean;
  reason: RowKindReason | undefined;
}

/** The status a row plan gives its row. */
export function rowStatus(row: RowPlan): RowStatus {
  return row.skipped ? 'skipped' : row.reference ? 'reference' : 'entity';
}

export interface TablePlan {
  columns: ColumnPlan[];
  rows: RowPlan[];
  /** 区, 街道, 镇, 县…: what the rows are, from the header or the names. */
  entityKind: string;
  /** Columns whose role the reader could not settle: the preview asks about them. */
  questions: number[];
  /** Whether more or fewer is better, as the reader chose it; absent: from the columns (deductions: fewer). */
  direction?: 'more' | 'fewer';
  /** The printed ranks run with the figures upward (rank 1 beside the smallest): fewer is better, by the page's word. */
  rankedFewer?: true;
}

/** The grid's rows that are ranked: neither a reference row nor a row set aside, in the plan's order. */
export function rankedRowsOf(grid: Grid, rows: readonly RowPlan[]): (Grid['rows'][number] | undefined)[] {
  return rows.filter((r) => !r.reference && !r.skipped).map((r) => grid.rows[r.index]);
}
