// The rankings' row order for a sort column and direction: one definition for the screen (the table's sort
// function, see components/RankingsTable) and the CSV download, so that the two cannot disagree.

import { SCORE_EPSILON } from './ranks';
import type { DistrictStanding } from './standings';

/** A rankings column: rank, district, total (computed over the selection), printed total, or one site type. */
export type SortColumn = 'rank' | 'district' | 'total' | 'published' | `type:${string}`;

export interface SortState {
  column: SortColumn;
  desc: boolean;
}

/** The value a row is sorted by in a column (and shown in it). */
export function sortValue(row: DistrictStanding, column: SortColumn): number | string | undefined {
  if (column === 'rank') return row.rank;
  if (column === 'district') return row.district;
  if (column === 'total') return row.computedTotal;
  if (column === 'published') return row.publishedTotal;
  return row.scores.get(column.slice('type:'.length));
}

/**
 * Orders two values of one column, ascending: numbers within SCORE_EPSILON are equal (a tie keeps rank
 * order), names by the language's collator. Missing values are the caller's: they go last either way.
 */
export function compareSortValues(a: number | string, b: number | string, compareNames: (a: string, b: string) => number): number {
  if (typeof a === 'string' || typeof b === 'string') return compareNames(String(a), String(b));
  return Math.abs(a - b) < SCORE_EPSILON ? 0 : a < b ? -1 : 1;
}

/**
 * Rows in the order of the sort; null keeps the given (rank) order. Ties keep rank order in either
 * direction, and rows without a value go last in either direction.
 */
export function sortStandings(
  rows: readonly DistrictStanding[],
  sort: SortState | null,
  compareNames: (a: string, b: string) => number,
): DistrictStanding[] {
  if (!sort) return [...rows];
  const direction = sort.desc ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row, sort.column) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined) {
        if (a.value === b.value) return a.index - b.index;
        return a.value === undefined ? 1 : -1;
      }
      return compareSortValues(a.value, b.value, compareNames) * direction || a.index - b.index;
    })
    .map((entry) => entry.row);
}

/** The next sort after a header click: first the column's natural direction, then the other, then the default. */
export function nextSort(current: SortState | null, column: SortColumn, descFirst: boolean): SortState | null {
  const effective: SortState = current ?? { column: 'rank', desc: false };
  let next: SortState | null;
  if (effective.column !== column) next = { column, desc: descFirst };
  else if (effective.desc === descFirst) next = { column, desc: !descFirst };
  else next = null;
  // Rank ascending is the default order: store it as "no sort" so links stay short.
  return next?.column === 'rank' && !next.desc ? null : next;
}
