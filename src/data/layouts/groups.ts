// A table that ranks groups apart (城区 and 县区, 一类街道 and 二类街道): the group headings inside it cut it into
// one grid per group, each offered on its own, so that two rankings are never merged into one.

import { inferPlan } from '../reading/columnRoles';
import type { Grid } from '../sources/grid';

export interface GroupGrid {
  grid: Grid;
  /** The group's heading as printed. */
  group: string;
}

/** One grid per group when the table has two or more groups with rows; otherwise none. */
export function splitGroups(grid: Grid): GroupGrid[] {
  const plan = inferPlan(grid);
  const parts: { group: string; rows: Grid['rows'] }[] = [];
  let current: { group: string; rows: Grid['rows'] } = { group: '', rows: [] };
  for (const row of plan.rows) {
    const gridRow = grid.rows[row.index];
    if (!gridRow) continue;
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
  return groups.map(({ group, rows }) => {
    const first = rows[0]?.line ?? grid.first;
    const last = rows[rows.length - 1]?.line ?? grid.last;
    return { group, grid: { ...grid, title: [grid.title, group].filter((t) => t !== '').join(' · '), rows, first, last } };
  });
}
