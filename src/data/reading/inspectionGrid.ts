// The grid of a reading that no table gave (the newspaper's page, ranks printed across, a table per site type): a
// row per entity, a column per site type and the printed total, with the roles the reading gave them, so that the
// reader can change a column's role or set a row aside as in any table, whatever the layout was.

import type { Grid, GridCell, GridRow } from '../sources/grid';
import type { Inspection } from '../types';
import { inferPlan } from './columnRoles';
import type { ColumnPlan, TablePlan } from './tablePlan';

/** What a reading gave a column of the grid built from it: its role and, for a figure, its category. */
export interface ReadColumn {
  role: 'entity' | 'rank' | 'score' | 'total';
  name?: string;
  maxScore?: number | undefined;
  weight?: number | undefined;
}

const REASONS = { entity: 'entity-header', rank: 'rank-header', score: 'score-header', total: 'total-header' } as const;

/**
 * The plan of a grid built from a reading (a list's, or any layout's): each column the role the reading gave it, the
 * city's row the reference, the reading's direction, nothing asked. One home for both grids (lists and readings).
 */
export function planAsRead(
  grid: Grid,
  read: readonly ReadColumn[],
  nameColumn: number,
  city: string | undefined,
  fewer: boolean,
): TablePlan {
  const inferred = inferPlan(grid);
  const columns = inferred.columns.map((column): ColumnPlan => {
    const given = read[column.index];
    if (!given) return column;
    const figure = given.role === 'score' || given.role === 'total';
    return {
      ...column,
      role: given.role,
      reason: REASONS[given.role],
      ...(figure ? { name: given.name ?? column.name, maxScore: given.maxScore, weight: given.weight } : {}),
    };
  });
  const rows = inferred.rows.map((row) => ({
    ...row,
    reference: city !== undefined && grid.rows[row.index]?.cells[nameColumn]?.text === city,
    skipped: false,
  }));
  return { ...inferred, columns, rows, questions: [], ...(fewer ? { direction: 'fewer' as const } : {}) };
}

export interface ReadingTable {
  grid: Grid;
  plan: TablePlan;
  swapped: false;
}

/** A figure as its source prints it: the reading's decimals, trailing zeros kept (62.30). */
function printed(value: number, decimals: number | undefined): string {
  return decimals === undefined ? String(value) : value.toFixed(decimals);
}

/** The entities' rows, then the city's when one is printed; each figure where it was printed. */
function rowsOf(inspection: Inspection, withTotals: boolean, first: number): GridRow[] {
  const { decimals } = inspection;
  const names = inspection.city === undefined ? inspection.districts : [...inspection.districts, inspection.city];
  const scores = new Map(inspection.scores.map((s) => [`${s.district}\u0000${s.siteType}`, s]));
  const cityAverages = new Map((inspection.cityAverages ?? []).map((a) => [a.siteType, a]));
  const totals = new Map(inspection.publishedTotals.map((t) => [t.district, t]));
  return names.map((name) => {
    const isCity = name === inspection.city;
    const figures = inspection.siteTypes.map((siteType) =>
      isCity ? cityAverages.get(siteType.name) : scores.get(`${name}\u0000${siteType.name}`),
    );
    const at = figures.find((f) => f !== undefined) ?? { line: first, column: 1 };
    const cell = (figure: { value: number; line: number; column: number } | undefined): GridCell =>
      figure
        ? { text: printed(figure.value, decimals), line: figure.line, column: figure.column }
        : { text: '', line: at.line, column: at.column };
    const total = isCity
      ? inspection.publishedCityTotal === undefined
        ? undefined
        : { value: inspection.publishedCityTotal, line: at.line, column: at.column }
      : totals.get(name);
    const cells = [{ text: name, line: at.line, column: 1 }, ...figures.map(cell), ...(withTotals ? [cell(total)] : [])];
    return { line: at.line, cells };
  });
}

/** The grid and plan of a reading: read through them with nothing changed, it gives the reading's ranking. */
export function inspectionTable(inspection: Inspection, first: number, last: number): ReadingTable {
  const withTotals = inspection.publishedTotals.length > 0;
  const headerCell = (text: string, column: number): GridCell => ({ text, line: first, column });
  const header = [
    headerCell('名称', 1),
    ...inspection.siteTypes.map((s, i) => headerCell(s.name, i + 2)),
    ...(withTotals ? [headerCell('总分', inspection.siteTypes.length + 2)] : []),
  ];
  const grid: Grid = {
    title: inspection.title,
    titleLine: undefined,
    header,
    rows: rowsOf(inspection, withTotals, first),
    first,
    last,
    notes: [],
  };
  const columns: ReadColumn[] = [
    { role: 'entity' },
    ...inspection.siteTypes.map((s): ReadColumn => ({ role: 'score', name: s.name, maxScore: s.maxScore, weight: s.weight })),
    ...(withTotals ? [{ role: 'total', name: '总分' } as const] : []),
  ];
  const plan = planAsRead(grid, columns, 0, inspection.city, inspection.fewerIsBetter === true);
  return { grid, plan, swapped: false };
}
