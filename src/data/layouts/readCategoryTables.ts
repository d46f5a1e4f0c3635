// Reads one small table per category (the same entities in each, a table titled by its category) as one
// inspection with a category per table; a table titled as the overall result (综合排名) gives the totals.

import { assembleInspection } from '../reading/assemble';
import { valueDecimals } from '../decimals';
import { inferPlan } from '../reading/columnRoles';
import type { Grid } from '../sources/grid';
import { readEntityTable } from './readEntityTable';
import type { Finding, ParseResult, Score, SiteType } from '../types';
import { append } from '../arrays';
import { TOTAL_HEADING } from '../headerWords';
import type { PublishedTotal } from '../types';

/** A table's category: its title without the words around it (`一、城管工作得分情况` → 城管工作). */
export function categoryOfTitle(title: string): string {
  return title
    .replace(/^[一二三四五六七八九十0-9]+[、.．)）]\s*/, '')
    .replace(/[:：]\s*$/, '')
    .replace(/(得分|成绩)?(情况|排名|统计)?(表)?$/, '')
    .trim();
}

/** Whether a grid is a one-category entity table with a title: a candidate for merging. */
export function isCategoryTable(grid: Grid): boolean {
  if (categoryOfTitle(grid.title) === '') return false;
  const plan = inferPlan(grid);
  return (
    plan.columns.filter((c) => c.role === 'score' || c.role === 'weighted').length === 1 && plan.columns.some((c) => c.role === 'entity')
  );
}

/** Groups titled one-category tables that share their entities (at least half in common with the first). */
export function groupCategoryTables(grids: readonly Grid[]): Grid[][] {
  const groups: { names: Set<string>; grids: Grid[] }[] = [];
  for (const grid of grids) {
    if (!isCategoryTable(grid)) continue;
    const result = readEntityTable(grid, inferPlan(grid));
    if (!result.ok) continue;
    const names = new Set(result.inspection.districts);
    const group = groups.find((g) => {
      let shared = 0;
      for (const name of names) if (g.names.has(name)) shared++;
      return shared * 2 >= Math.max(names.size, g.names.size);
    });
    if (group) group.grids.push(grid);
    else groups.push({ names, grids: [grid] });
  }
  return groups.filter((g) => g.grids.length > 1).map((g) => g.grids);
}

/** The one table of a group titled as the overall result (`三、综合排名`), beside two or more category tables. */
function totalsTableOf(grids: readonly Grid[]): Grid | undefined {
  const headed = grids.filter((grid) => TOTAL_HEADING.test(categoryOfTitle(grid.title)));
  return headed.length === 1 && grids.length >= 3 ? headed[0] : undefined;
}

export function readCategoryTables(grids: readonly Grid[]): ParseResult {
  const findings: Finding[] = [];
  const siteTypes: SiteType[] = [];
  const scores: Score[] = [];
  const districts: string[] = [];
  const known = new Set<string>();
  const totalsTable = totalsTableOf(grids);
  const publishedTotals: PublishedTotal[] = [];
  let decimals = 0;
  for (const grid of grids) {
    const result = readEntityTable(grid, inferPlan(grid));
    if (grid === totalsTable) {
      // Its one figure is each entity's total: checked against the categories' sum, never a category of its own.
      if (result.ok)
        for (const s of result.inspection.scores)
          publishedTotals.push({ district: s.district, value: s.value, line: s.line, column: s.column });
      append(
        findings,
        result.findings.filter((f) => f.severity === 'error'),
      );
      continue;
    }
    // Ties are checked once on the merged inspection.
    append(
      findings,
      result.findings.filter((f) => f.code !== 'tie'),
    );
    if (!result.ok) continue;
    const source = result.inspection.siteTypes[0];
    if (!source) continue;
    const name = categoryOfTitle(grid.title);
    if (siteTypes.some((s) => s.name === name)) {
      findings.push({ severity: 'error', code: 'duplicate-site-type', line: grid.first, params: { siteType: name } });
      continue;
    }
    siteTypes.push({ ...source, name, line: grid.titleLine ?? grid.first });
    for (const score of result.inspection.scores) {
      scores.push({ ...score, siteType: name });
      if (!known.has(score.district)) {
        known.add(score.district);
        districts.push(score.district);
      }
      decimals = Math.max(decimals, valueDecimals(score.value));
    }
  }
  const first = grids[0];
  return assembleInspection(
    {
      title: first?.title ?? '',
      districts,
      siteTypes,
      scores,
      ...(publishedTotals.length > 0 ? { publishedTotals } : {}),
      sourceRanges: grids.map((g) => ({ first: g.first, last: g.last })),
      entityKind: first ? inferPlan(first).entityKind : '区',
      decimals,
      line: first?.first ?? 1,
      checkPairs: true,
    },
    findings,
  );
}
