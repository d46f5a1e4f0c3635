// The grid of a reading that no table gave (the newspaper's page, ranks printed across, a table per site type): a
// row per entity, a column per site type and the printed total, with the roles the reading gave them, so that the
// reader can change a column's role or set a row aside as in any table, whatever the layout was.

import type { Grid, GridCell, GridRow } from '../sources/grid';
import type { Inspection } from '../types';
import { inferPlan } from './columnRoles';
import type { ColumnPlan, TablePlan } from './tablePlan';

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
  const inferred = inferPlan(grid);
  const columns = inferred.columns.map((column): ColumnPlan => {
    if (column.index === 0) return { ...column, role: 'entity', reason: 'entity-header' };
    const siteType = inspection.siteTypes[column.index - 1];
    if (!siteType) return { ...column, role: 'total', reason: 'total-header', name: '总分', maxScore: undefined, weight: undefined };
    return { ...column, role: 'score', reason: 'score-header', name: siteType.name, maxScore: siteType.maxScore, weight: siteType.weight };
  });
  const rows = inferred.rows.map((row) => ({
    ...row,
    reference: inspection.city !== undefined && grid.rows[row.index]?.cells[0]?.text === inspection.city,
    skipped: false,
  }));
  const plan: TablePlan = {
    ...inferred,
    columns,
    rows,
    questions: [],
    ...(inspection.fewerIsBetter ? { direction: 'fewer' as const } : {}),
  };
  return { grid, plan, swapped: false };
}
