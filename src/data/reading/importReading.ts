// The user's reading of an import: which candidate, and the column roles and reference rows they changed.
// It is stored with the import's text, so it is checked field by field when read back.

import type { ColumnRole, TablePlan } from './columnRoles';
import { isHeaderChoice } from './headerRow';

/** What the user chose in the preview: kept with the import, so that reading its text again gives the same inspection. */
export interface Reading {
  candidate: string;
  /**
   * The printed grid was read with its rows and columns swapped (the entities across its header). Absolute, not
   * relative to what the reader offers today: a reading stored before the field existed was read as printed, and
   * stays so whatever the orientation rules become.
   */
  transposed?: boolean;
  /** Column roles the user changed, by column index. */
  roles?: { column: number; role: ColumnRole }[];
  /** Rows (indexes into the grid's rows) the user marked as reference rows, and those unmarked. */
  references?: { row: number; reference: boolean }[];
  /** Rows the user set aside (not read), and rows the reader set aside that the user reads (false). */
  skipped?: { row: number; skipped: boolean }[];
  /** Whether more or fewer is better, when the user said so (deductions and problems found: fewer). */
  direction?: 'more' | 'fewer';
  /**
   * The header the user chose, in the grid as oriented (headerRow.ts): a row's number (1-based; the lines above it are
   * not read) or NO_HEADER (-1). Absent: the header as read. Roles and rows above are indexes into that grid.
   */
  headerRow?: number;
}

/** A plan with the user's changes applied; their reason is 'user'. */
export function planWith(plan: TablePlan, reading: Pick<Reading, 'roles' | 'references' | 'skipped' | 'direction'>): TablePlan {
  const roles = new Map((reading.roles ?? []).map((r) => [r.column, r.role]));
  const references = new Map((reading.references ?? []).map((r) => [r.row, r.reference]));
  const skipped = new Map((reading.skipped ?? []).map((r) => [r.row, r.skipped]));
  return {
    ...plan,
    ...(reading.direction === undefined ? {} : { direction: reading.direction }),
    columns: plan.columns.map((c) => {
      const role = roles.get(c.index);
      return role === undefined || role === c.role ? c : { ...c, role, reason: 'user' };
    }),
    rows: plan.rows.map((r) => {
      const reference = references.get(r.index);
      const skip = skipped.get(r.index);
      let row = reference === undefined || reference === r.reference ? r : { ...r, reference, reason: 'user' as const };
      if (skip !== undefined && skip !== (row.skipped ?? false)) row = { ...row, skipped: skip, reason: 'user' };
      return row;
    }),
    questions: plan.questions.filter((q) => !roles.has(q)),
  };
}

const ROLES: ReadonlySet<string> = new Set(['entity', 'score', 'total', 'rank', 'weighted', 'ignored']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A stored list of `{ [at]: number, [field]: value }` checked item by item: undefined when absent, null when
 * anything in it is malformed (so the whole reading is refused), else the items as they were written.
 */
function listOf<A extends string, F extends string, V>(
  value: unknown,
  at: A,
  field: F,
  valid: (item: unknown) => item is V,
): (Record<A, number> & Record<F, V>)[] | undefined | null {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return null;
  for (const item of value as unknown[]) if (!isRecord(item) || typeof item[at] !== 'number' || !valid(item[field])) return null;
  return (value as Record<string, unknown>[]).map((item) => ({ [at]: item[at], [field]: item[field] }) as Record<A, number> & Record<F, V>);
}

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isRole = (value: unknown): value is ColumnRole => typeof value === 'string' && ROLES.has(value);

/** A reading as stored in the browser, checked field by field; anything malformed is null, never half read. */
export function readingOf(value: unknown): Reading | null {
  if (!isRecord(value) || typeof value.candidate !== 'string') return null;
  const roles = listOf(value.roles, 'column', 'role', isRole);
  const references = listOf(value.references, 'row', 'reference', isBoolean);
  const skipped = listOf(value.skipped, 'row', 'skipped', isBoolean);
  if (roles === null || references === null || skipped === null) return null;
  if (value.transposed !== undefined && typeof value.transposed !== 'boolean') return null;
  if (value.direction !== undefined && value.direction !== 'more' && value.direction !== 'fewer') return null;
  if (value.headerRow !== undefined && !isHeaderChoice(value.headerRow)) return null;
  return {
    candidate: value.candidate,
    ...(typeof value.transposed === 'boolean' ? { transposed: value.transposed } : {}),
    ...(isHeaderChoice(value.headerRow) ? { headerRow: value.headerRow } : {}),
    ...(value.direction === 'more' || value.direction === 'fewer' ? { direction: value.direction } : {}),
    ...(roles ? { roles } : {}),
    ...(references ? { references } : {}),
    ...(skipped ? { skipped } : {}),
  };
}
