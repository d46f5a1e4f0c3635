// A final score printed beside what makes it: 最终得分 = 基础得分 + 加分 − 扣分, or 得分 = 100 − 扣分合计 with the
// deductions by category adding up to 扣分合计. The final score is the ranking's one figure; what makes it is set
// aside, each with the reason, so that no deduction is ever summed as a score.

import { cellNumber, decimalsOf, type Grid } from '../sources/grid';
import { rankedRowsOf, type ColumnPlan, type RowPlan } from './tablePlan';
import { DEDUCTION_WORDS } from '../headerWords';

/** Past this many counted columns the subsets are not tried (2^11 sums a row): the reader sets the roles. */
const MOST_COLUMNS = 12;

interface Figures {
  columns: ColumnPlan[];
  /** Each column's figures, row by row. */
  values: number[][];
  /** Each column's largest count of printed decimals. */
  places: number[];
  /** −1 for a deduction (its header says so), +1 for any other figure. */
  signs: number[];
}

function figuresOf(entityRows: readonly (Grid['rows'][number] | undefined)[], columns: ColumnPlan[]): Figures | null {
  const values: number[][] = [];
  const places: number[] = [];
  for (const column of columns) {
    const texts = entityRows.map((row) => row?.cells[column.index]?.text ?? '');
    const figures = texts.map(cellNumber);
    if (figures.some((v) => v === null)) return null;
    values.push(figures as number[]);
    places.push(texts.reduce((most, text) => Math.max(most, decimalsOf(text)), 0));
  }
  return { columns, values, places, signs: columns.map((c) => (DEDUCTION_WORDS.test(c.header) ? -1 : 1)) };
}

/**
 * The fewest of `parts` whose signed sum, plus one constant on every row, is the target column within the printed
 * rounding. The constant is 0, or the whole number the deductions are taken from (100, not below any target
 * figure); `withConstant` false allows 0 only.
 */
function fewestMaking(table: Figures, target: number, parts: readonly number[], withConstant: boolean): number[] | undefined {
  const goal = table.values[target] ?? [];
  let best: number[] | undefined;
  for (let mask = 1; mask < 1 << parts.length; mask++) {
    const chosen = parts.filter((_, k) => (mask >> k) & 1);
    if (best && chosen.length >= best.length) continue;
    const slack = 0.5 * 10 ** -Math.max(table.places[target] ?? 0, ...chosen.map((k) => table.places[k] ?? 0)) * (chosen.length + 1) + 1e-9;
    const rest = goal.map((value, r) => value - chosen.reduce((sum, k) => sum + (table.signs[k] ?? 1) * (table.values[k]?.[r] ?? 0), 0));
    const constant = Math.round(rest[0] ?? Number.NaN);
    const allowed = constant === 0 || (withConstant && goal.every((value) => value <= constant));
    if (allowed && rest.every((value) => Math.abs(value - constant) <= slack)) best = chosen;
  }
  return best;
}

/** The columns a final score is made of: its signed parts, and the parts that add up to each of those. */
function madeOf(table: Figures, target: number): Set<number> | undefined {
  const others = table.columns.map((_, k) => k).filter((k) => k !== target);
  const direct = fewestMaking(table, target, others, true);
  if (!direct?.some((k) => table.signs[k] === -1)) return undefined;
  const made = new Set([target, ...direct]);
  for (const part of direct) {
    const free = others.filter((k) => !made.has(k));
    // Deductions by category under 扣分合计 add up to it as plain figures, whatever their headers say.
    const plain: Figures = { ...table, signs: table.signs.map(() => 1) };
    for (const k of free.length >= 2 ? (fewestMaking(plain, part, free, false) ?? []) : []) made.add(k);
  }
  return made;
}

/**
 * A counted column that the others make with their signs (deductions subtracted) is the final score, when every
 * other counted column is one of its parts and three at least are: the final score ranks, its parts are set aside.
 * A score and its complement alone (扣分 + 得分 = 100) are `markComplements`'s.
 */
export function findFinalScore(grid: Grid, columns: ColumnPlan[], rows: readonly RowPlan[]): void {
  const entityRows = rankedRowsOf(grid, rows);
  const counted = columns.filter((c) => (c.role === 'score' || c.role === 'total') && c.weight === undefined);
  if (entityRows.length < 3 || counted.length < 3 || counted.length > MOST_COLUMNS) return;
  if (!counted.some((c) => DEDUCTION_WORDS.test(c.header))) return;
  const table = figuresOf(entityRows, counted);
  if (!table) return;
  for (const [k, column] of counted.entries()) {
    if (table.signs[k] === -1) continue;
    const made = madeOf(table, k);
    if (made?.size !== counted.length) continue;
    for (const part of counted)
      if (part !== column) {
        part.role = 'ignored';
        part.reason = 'part-of-final';
      }
    column.role = 'score';
    column.reason = 'final-score';
    return;
  }
}
