// A table that ranks groups apart (城区 and 县区, 一类街道 and 二类街道): the group headings inside it, or a printed
// rank that starts again at 1, cut it into one grid per group, each offered on its own, so that two rankings are
// never merged into one.

import { inferPlan, isRankSequence, type TablePlan } from '../reading/columnRoles';
import { cellNumber, type Grid } from '../sources/grid';
import { rankOf } from '../ordinals';

export interface GroupGrid {
  grid: Grid;
  /** The group's heading as printed. */
  group: string;
}

/** One grid per group when the table has two or more groups with rows; otherwise none. */
export function splitGroups(grid: Grid): GroupGrid[] {
  const plan = inferPlan(grid);
  const restarts = rankRestarts(grid, plan);
  const parts: { group: string; rows: Grid['rows'] }[] = [];
  let current: { group: string; rows: Grid['rows'] } = { group: '', rows: [] };
  for (const row of plan.rows) {
    const gridRow = grid.rows[row.index];
    if (!gridRow) continue;
    if (restarts.has(row.index) && current.rows.length > 0) {
      parts.push(current);
      current = { group: '', rows: [] };
    }
    if (row.reason === 'group-heading') {
      if (current.rows.length > 0 || current.group !== '') parts.push(current);
      current = { group: gridRow.cells.find((c) => c.text !== '')?.text ?? '', rows: [] };
      continue;
    }
    current.rows.push(gridRow);
  }
  parts.push(current);
  // Any size: a group of one entity ranked on its own is still apart from the others, never merged into them.
  const groups = parts.filter((p) => p.rows.length > 0);
  if (groups.length < 2) return [];
  return groups.map(({ group: heading, rows }, n) => {
    // A group with no heading of its own (its ranks start again) is named by its place: 第 2 组.
    const group = heading !== '' ? heading : `#${String(n + 1)}`;
    const first = rows[0]?.line ?? grid.first;
    const last = rows[rows.length - 1]?.line ?? grid.last;
    return { group, grid: { ...grid, title: [grid.title, group].filter((t) => t !== '').join(' · '), rows, first, last } };
  });
}

/**
 * The rows where a printed rank starts again at 1 (名次 1…7, then 1…3), in a table printed in rank order: each
 * begins a group ranked apart. None unless every group's ranks are a ranking of their own, printed in order
 * (1, 2, 2, 4): a rank 1 after a 3 in rows of a fixed order is a tie, not a new group.
 */
function rankRestarts(grid: Grid, plan: TablePlan): Set<number> {
  const rank = plan.columns.find((c) => c.role === 'rank');
  if (!rank) return new Set();
  const segments: { row: number; ranks: number[] }[] = [];
  for (const row of plan.rows) {
    if (row.reference || row.skipped) continue;
    const text = grid.rows[row.index]?.cells[rank.index]?.text ?? '';
    const value = cellNumber(text) ?? rankOf(text);
    if (value === null) continue;
    const current = segments[segments.length - 1];
    if (!current || (value === 1 && (current.ranks[current.ranks.length - 1] ?? 0) > 1)) segments.push({ row: row.index, ranks: [value] });
    else current.ranks.push(value);
  }
  const ordered = segments.every((s) => isRankSequence(s.ranks) && s.ranks.every((v, i) => i === 0 || v >= (s.ranks[i - 1] ?? 0)));
  return segments.length > 1 && ordered ? new Set(segments.slice(1).map((s) => s.row)) : new Set();
}
