// Types of bench/report.mjs, for its unit test.
export interface BenchRow {
  measure: string;
  result: string;
  goal: string;
  met: boolean | undefined;
  timing: boolean;
}
export const ENTRY_BUDGET_BYTES: number;
export const LONG_TASK_BUDGET: number;
export const TABLE_START: string;
export const TABLE_END: string;
export function benchRows(results: unknown): BenchRow[];
export function missedGoals(results: unknown): BenchRow[];
export function markdownTable(results: unknown): string;
export function withTable(readme: string, results: unknown): string | undefined;
