// Whether one weight vector in a box satisfies several linear conditions at once: a small linear program
// (simplex with Bland's rule), for the exact rank ranges of the what-if weights.

const EPSILON = 1e-12;

/**
 * The largest t such that some w with lo ≤ w ≤ hi has a·w ≥ t for every row a: max over the box of the
 * smallest a·w. Positive means one weighting puts every condition strictly above zero.
 */
export function maxMinimum(rows: readonly (readonly number[])[], lo: readonly number[], hi: readonly number[]): number {
  return bestWeighting(rows, lo, hi).value;
}

/** The weighting that attains maxMinimum, with its value: a witness anyone can check by computing a·w. */
export function bestWeighting(
  rows: readonly (readonly number[])[],
  lo: readonly number[],
  hi: readonly number[],
): { value: number; weights: number[] } {
  const m = lo.length;
  if (rows.length === 0) return { value: Number.POSITIVE_INFINITY, weights: [...lo] };
  const span = lo.map((l, j) => Math.max(0, (hi[j] ?? l) - l));
  // w = lo + x with 0 ≤ x ≤ span, and t = τ − T with 0 ≤ τ ≤ 2T: every right-hand side is positive, so the
  // origin is a feasible start and no first phase is needed. T bounds |a·w| over the box.
  let bound = 1;
  for (const a of rows) {
    let at = 0;
    let reach = 0;
    a.forEach((v, j) => {
      at += v * (lo[j] ?? 0);
      reach += Math.abs(v) * (span[j] ?? 0);
    });
    bound = Math.max(bound, Math.abs(at) + reach + 1);
  }
  // Constraints, as rows of [x_1..x_m, τ | rhs]:  −a·x + τ ≤ a·lo + T;  x_j ≤ span_j;  τ ≤ 2T.
  const constraints: number[][] = [];
  for (const a of rows) {
    const at = a.reduce((sum, v, j) => sum + v * (lo[j] ?? 0), 0);
    constraints.push([...a.map((v) => -v), 1, at + bound]);
  }
  for (let j = 0; j < m; j++) constraints.push([...Array.from({ length: m }, (_, k) => (k === j ? 1 : 0)), 0, span[j] ?? 0]);
  constraints.push([...Array.from({ length: m }, () => 0), 1, 2 * bound]);
  const best = maximize(constraints, m + 1, m);
  return { value: best.value - bound, weights: lo.map((l, j) => l + (best.solution[j] ?? 0)) };
}

/**
 * Maximises y[objective] subject to the rows (coefficients of y, then the right-hand side ≥ 0) and y ≥ 0.
 * A dense tableau with slack variables; Bland's rule, so it never cycles.
 */
function maximize(constraints: readonly number[][], variables: number, objective: number): { value: number; solution: number[] } {
  const rowCount = constraints.length;
  const width = variables + rowCount;
  const tableau = constraints.map((row, i) => {
    const line = new Array<number>(width + 1).fill(0);
    for (let j = 0; j < variables; j++) line[j] = row[j] ?? 0;
    line[variables + i] = 1;
    line[width] = row[variables] ?? 0;
    return line;
  });
  const cost = new Array<number>(width + 1).fill(0);
  cost[objective] = -1;
  const basis = constraints.map((_, i) => variables + i);
  for (let iteration = 0; iteration < 10_000; iteration++) {
    let entering = -1;
    for (let j = 0; j < width; j++) {
      if ((cost[j] ?? 0) < -EPSILON) {
        entering = j;
        break;
      }
    }
    if (entering < 0) break;
    let leaving = -1;
    let ratio = Number.POSITIVE_INFINITY;
    for (let i = 0; i < rowCount; i++) {
      const a = tableau[i]?.[entering] ?? 0;
      if (a <= EPSILON) continue;
      const r = (tableau[i]?.[width] ?? 0) / a;
      if (r < ratio - EPSILON || (Math.abs(r - ratio) <= EPSILON && (basis[i] ?? 0) < (basis[leaving] ?? Infinity))) {
        ratio = r;
        leaving = i;
      }
    }
    // Unbounded cannot happen here (every variable is bounded), but a total function answers anyway.
    if (leaving < 0) return { value: Number.POSITIVE_INFINITY, solution: new Array<number>(variables).fill(0) };
    const pivotRow = tableau[leaving];
    if (!pivotRow) break;
    const pivot = pivotRow[entering] ?? 1;
    for (let j = 0; j <= width; j++) pivotRow[j] = (pivotRow[j] ?? 0) / pivot;
    for (let i = 0; i < rowCount; i++) {
      if (i === leaving) continue;
      const row = tableau[i];
      const factor = row?.[entering] ?? 0;
      if (!row || Math.abs(factor) <= EPSILON) continue;
      for (let j = 0; j <= width; j++) row[j] = (row[j] ?? 0) - factor * (pivotRow[j] ?? 0);
    }
    const factor = cost[entering] ?? 0;
    for (let j = 0; j <= width; j++) cost[j] = (cost[j] ?? 0) - factor * (pivotRow[j] ?? 0);
    basis[leaving] = entering;
  }
  const solution = new Array<number>(variables).fill(0);
  basis.forEach((variable, i) => {
    if (variable < variables) solution[variable] = tableau[i]?.[width] ?? 0;
  });
  return { value: cost[width] ?? 0, solution };
}
