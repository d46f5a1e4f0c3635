// The grid of a ranking read from lists or prose: a row per name, a column per list (its rank first when a single
// list prints one), with the roles the list reading gave them, so that the reader can change a column's role or set
// a row aside as in any table, whatever form the ranking was printed in.

import type { Grid, GridCell, GridRow } from '../sources/grid';
import type { ParseResult } from '../types';
import { planAsRead, type ReadColumn, type ReadingTable } from '../reading/inspectionGrid';
import { totalsListOf, type ProseList } from './readProseLists';

/** The grid's rows: each name once a list (a name printed twice in one list is two rows), its figures in order. */
function rowsOf(group: readonly ProseList[], ranked: boolean): GridRow[] {
  const lead = ranked ? 2 : 1;
  const rows: GridRow[] = [];
  const open = new Map<string, GridRow>();
  group.forEach((list, k) => {
    const seen = new Set<string>();
    for (const item of list.items) {
      let row = seen.has(item.name) ? undefined : open.get(item.name);
      if (!row) {
        const blank = (): GridCell => ({ text: '', line: item.line, column: item.column });
        const cells = Array.from({ length: lead + group.length }, blank);
        cells[lead - 1] = { text: item.name, line: item.line, column: item.column };
        if (ranked) cells[0] = { text: String(item.rank ?? ''), line: item.line, column: item.column };
        row = { line: item.line, cells };
        rows.push(row);
        open.set(item.name, row);
      }
      seen.add(item.name);
      row.cells[lead + k] = { text: item.valueText, line: item.line, column: item.column };
    }
  });
  return rows;
}

/** The grid and plan of a group of lists read as `result`; the plan gives each column the role the list reading did. */
export function listsTable(group: readonly ProseList[], result: ParseResult): ReadingTable | undefined {
  const first = group[0];
  if (!first) return undefined;
  const ranked = group.length === 1 && first.items.every((item) => item.rank !== undefined);
  const rows = rowsOf(group, ranked);
  const headerCell = (text: string, column: number): GridCell => ({ text, line: first.line, column });
  const header = [...(ranked ? [headerCell('名次', 1)] : []), headerCell('名称', ranked ? 2 : 1)];
  group.forEach((list, k) => header.push(headerCell(list.category, (ranked ? 2 : 1) + k + 1)));
  const last = group[group.length - 1]?.last ?? first.last;
  const grid: Grid = { title: '', titleLine: undefined, header, rows, first: first.line, last, notes: [] };
  const inspection = result.ok ? result.inspection : undefined;
  const totals = totalsListOf(group);
  const columns: ReadColumn[] = [
    ...(ranked ? [{ role: 'rank' } as const] : []),
    { role: 'entity' },
    ...group.map((list): ReadColumn => ({
      role: list === totals ? 'total' : 'score',
      name: list.category,
      maxScore: inspection?.siteTypes.find((s) => s.name === list.category)?.maxScore,
    })),
  ];
  return { grid, plan: planAsRead(grid, columns, ranked ? 1 : 0, inspection?.city, inspection?.fewerIsBetter === true), swapped: false };
}
