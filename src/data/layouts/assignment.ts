// Minimum-cost assignment (Hungarian method), used to match unnamed totals columns to districts.

/**
 * For a square cost matrix, returns assignment[row] = column minimising the summed cost.
 * O(n³); n is the number of districts, a few hundred at most.
 */
export function minimumCostAssignment(cost: readonly (readonly number[])[]): number[] {
  const n = cost.length;
  if (n === 0) return [];
  const INF = Number.POSITIVE_INFINITY;
  // 1-based potentials and matching, as in the classic formulation.
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const matchOfColumn = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let row = 1; row <= n; row++) {
    matchOfColumn[0] = row;
    let column0 = 0;
    const minv = new Array<number>(n + 1).fill(INF);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[column0] = true;
      const row0 = matchOfColumn[column0] ?? 0;
      let delta = INF;
      let column1 = 0;
      for (let column = 1; column <= n; column++) {
        if (used[column]) continue;
        const current = (cost[row0 - 1]?.[column - 1] ?? 0) - (u[row0] ?? 0) - (v[column] ?? 0);
        if (current < (minv[column] ?? INF)) {
          minv[column] = current;
          way[column] = column0;
        }
        if ((minv[column] ?? INF) < delta) {
          delta = minv[column] ?? INF;
          column1 = column;
        }
      }
      for (let column = 0; column <= n; column++) {
        if (used[column]) {
          const matched = matchOfColumn[column] ?? 0;
          u[matched] = (u[matched] ?? 0) + delta;
          v[column] = (v[column] ?? 0) - delta;
        } else {
          minv[column] = (minv[column] ?? INF) - delta;
        }
      }
      column0 = column1;
    } while ((matchOfColumn[column0] ?? 0) !== 0);
    do {
      const column1 = way[column0] ?? 0;
      matchOfColumn[column0] = matchOfColumn[column1] ?? 0;
      column0 = column1;
    } while (column0 !== 0);
  }
  const assignment = new Array<number>(n).fill(-1);
  for (let column = 1; column <= n; column++) {
    const row = matchOfColumn[column] ?? 0;
    if (row > 0) assignment[row - 1] = column - 1;
  }
  return assignment;
}
