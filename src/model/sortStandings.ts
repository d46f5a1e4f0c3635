// The rankings' row order for a sort column and direction: one function for the screen and the CSV download.

import { SCORE_EPSILON } from './ranks';
import type { DistrictStanding } from './standings';

/** A rankings column: rank, district, total (computed over the selection), printed total, or one site type. */
export type SortColumn = 'rank' | 'district' | 'total' | 'printed' | `type:${string}`;

export interface SortState {
  column: SortColumn;
  desc: boolean;
}

function valueOf(row: DistrictStanding, column: string): number | string | undefined {
  if (column === 'rank') return row.rank;
  if (column === 'district') return row.district;
  if (column === 'total') return row.computedTotal;
  if (column === 'printed') return row.publishedTotal;
  if (column.startsWith('type:')) return row.scores.get(column.slice('type:'.length));
  return undefined;
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
    .map((row, index) => ({ row, index, value: valueOf(row, sort.column) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined) {
        if (a.value === b.value) return a.index - b.index;
        return a.value === undefined ? 1 : -1;
      }
      let order: number;
      if (typeof a.value === 'string' || typeof b.value === 'string') order = compareNames(String(a.value), String(b.value));
      else order = Math.abs(a.value - b.value) < SCORE_EPSILON ? 0 : a.value < b.value ? -1 : 1;
      return order * direction || a.index - b.index;
    })
    .map((entry) => entry.row);
}
