// Combining the ranked and totals tables into one inspection, with the cross-checks a careful reader makes:
// the two tables against each other and the city total against the mean of the totals; the checks every reading
// gets (totals against sums, averages against means, ties) are the checks module's (checks/core.ts).

import type { CityAverage, Inspection, PublishedTotal, Score, SiteType } from '../types';
import { checkCityTotal, round } from '../checks/core';
import { EPSILON, type RankedTable, type TableBlock, type TotalsTable } from './printedForm';
import { Findings } from '../findings';

// ---------------------------------------------------------------------------------------------
// Combining the tables into one inspection, with the cross-checks a careful reader makes

/** The site types of both tables, each once; a maximum the two print differently is a doubt, as is a type in one only. */
function siteTypesOfBoth(ranked: RankedTable | undefined, totals: TotalsTable | undefined, findings: Findings): SiteType[] {
  const siteTypes: SiteType[] = [];
  const seen = new Map<string, SiteType>();
  for (const siteType of [...(ranked?.siteTypes ?? []), ...(totals?.siteTypes ?? [])]) {
    const known = seen.get(siteType.name);
    if (known) {
      if (Math.abs(known.maxScore - siteType.maxScore) > EPSILON) {
        findings.add('warning', 'max-score-differs', siteType.line, 1, {
          siteType: siteType.name,
          printed: siteType.maxScore,
          other: known.maxScore,
          otherLine: known.line,
        });
      }
      continue;
    }
    seen.set(siteType.name, siteType);
    siteTypes.push(siteType);
  }
  if (ranked && totals) {
    for (const siteType of siteTypes) {
      const inRanked = ranked.values.has(siteType.name);
      const inTotals = totals.values.has(siteType.name);
      if (inRanked !== inTotals)
        findings.add('warning', 'site-type-in-one-table', siteType.line, 1, {
          siteType: siteType.name,
          table: inRanked ? 'ranked' : 'totals',
        });
    }
  }
  return siteTypes;
}

/**
 * Every district's score in every site type, from the ranked table where it has one (it names its districts in every
 * cell, so its reading is the surer one), else the totals table; the two disagreeing is a doubt, a cell in neither an
 * error.
 */
function scoresOfBoth(
  siteTypes: readonly SiteType[],
  districts: ReadonlySet<string>,
  districtColumns: readonly string[],
  tables: { ranked: RankedTable | undefined; totals: TotalsTable | undefined },
  findings: Findings,
): Score[] {
  const scores: Score[] = [];
  for (const siteType of siteTypes) {
    const fromRanked = tables.ranked?.values.get(siteType.name);
    const fromTotals = tables.totals?.values.get(siteType.name);
    for (const district of districts) {
      const a = fromRanked?.get(district);
      const column = districtColumns.indexOf(district);
      const b = column >= 0 ? fromTotals?.[column] : undefined;
      if (a && b && Math.abs(a.value - b.value) > EPSILON)
        findings.add('warning', 'tables-disagree', b.line, b.column, {
          district,
          siteType: siteType.name,
          ranked: a.value,
          rankedLine: a.line,
          totals: b.value,
        });
      const source = a ?? b;
      if (source) scores.push({ district, siteType: siteType.name, value: source.value, line: source.line, column: source.column });
      else if (fromTotals || fromRanked)
        findings.add('error', 'missing-cell', siteType.line, undefined, { district, siteType: siteType.name });
    }
  }
  return scores;
}

/** The totals row's figures (each district's, the city's), checked against the maxima and the printed order. */
function totalsOfRow(
  totals: TotalsTable | undefined,
  totalMaxScore: number,
  findings: Findings,
): { publishedTotals: PublishedTotal[]; publishedCityTotal: number | undefined } {
  const publishedTotals: PublishedTotal[] = [];
  const totalRow = totals?.totalRow;
  if (!totals || !totalRow) return { publishedTotals, publishedCityTotal: undefined };
  if (Math.abs(totalRow.maxScore - totalMaxScore) > EPSILON)
    findings.add('warning', 'total-max-mismatch', totalRow.line, 1, { printed: totalRow.maxScore, computed: round(totalMaxScore, 1) });
  totals.columnNames.forEach((name, column) => {
    const cell = totalRow.cells[column];
    if (name !== undefined && cell) publishedTotals.push({ district: name, value: cell.value, line: cell.line, column: cell.column });
  });
  // Totals against sums, the city column against the mean and ties are the checks module's (checks/core.ts), as for
  // every reading; the printed order of unnamed totals is this layout's own.
  for (let i = 1; i < publishedTotals.length; i++) {
    const above = publishedTotals[i - 1];
    const current = publishedTotals[i];
    if (above && current && current.value > above.value + EPSILON && !totals.namesPrinted)
      findings.add('warning', 'totals-order', current.line, current.column, {
        district: current.district,
        value: current.value,
        previousDistrict: above.district,
        previousValue: above.value,
      });
  }
  const publishedCityTotal = totals.cityColumn !== undefined ? totalRow.cells[totals.cityColumn]?.value : undefined;
  return { publishedTotals, publishedCityTotal };
}

/** The city column's averages, its total checked against the mean of the districts' totals. */
function cityAveragesOf(
  totals: TotalsTable,
  cityColumn: number,
  siteTypes: readonly SiteType[],
  figures: { publishedTotals: PublishedTotal[]; publishedCityTotal: number | undefined },
  findings: Findings,
): CityAverage[] {
  const cityAverages: CityAverage[] = [];
  for (const siteType of siteTypes) {
    const cell = totals.values.get(siteType.name)?.[cityColumn];
    if (cell) cityAverages.push({ siteType: siteType.name, value: cell.value, line: cell.line, column: cell.column });
  }
  const totalRow = totals.totalRow;
  if (totalRow) {
    const { publishedTotals, publishedCityTotal } = figures;
    const checked = { publishedTotals, cityAverages, ...(publishedCityTotal === undefined ? {} : { publishedCityTotal }) };
    const at = { line: totalRow.line, column: totalRow.cells[cityColumn]?.column };
    for (const f of checkCityTotal(checked, 1, at)) findings.add(f.severity, f.code, f.line, f.column, f.params);
  }
  return cityAverages;
}

export function combine(ranked: RankedTable | undefined, totals: TotalsTable | undefined, findings: Findings): Inspection | null {
  const siteTypes = siteTypesOfBoth(ranked, totals, findings);
  const districtColumns = totals ? totals.columnNames.map((name) => name ?? '') : [];
  const districtSet = new Set<string>(ranked?.districts ?? districtColumns);
  for (const name of districtColumns) districtSet.add(name);
  if (districtSet.size === 0 || siteTypes.length === 0) {
    findings.add('error', 'no-table', 1, undefined, {});
    return null;
  }
  const scores = scoresOfBoth(siteTypes, districtSet, districtColumns, { ranked, totals }, findings);
  const totalMaxScore = siteTypes.reduce((sum, s) => sum + s.maxScore, 0);
  const figures = totalsOfRow(totals, totalMaxScore, findings);
  const cityColumn = totals?.cityColumn;
  const cityAverages = totals && cityColumn !== undefined ? cityAveragesOf(totals, cityColumn, siteTypes, figures, findings) : undefined;
  const computedTotal = (district: string): number => scores.filter((s) => s.district === district).reduce((sum, s) => sum + s.value, 0);
  const sourceRanges = [ranked?.block, totals?.block]
    .filter((b): b is TableBlock => b !== undefined)
    .map((b) => ({ first: b.first, last: b.last }))
    .sort((a, b) => a.first - b.first);
  const title = (ranked?.block.first ?? Infinity) <= (totals?.block.first ?? Infinity) ? ranked?.block.title : totals?.block.title;
  const inspection: Inspection = {
    title: title ?? '',
    districts: orderDistricts([...districtSet], computedTotal, totals),
    siteTypes,
    scores,
    publishedTotals: figures.publishedTotals,
    totalMaxScore: totals?.totalRow?.maxScore ?? totalMaxScore,
    sourceRanges,
  };
  if (totals && cityColumn !== undefined) {
    if (totals.cityName !== undefined) inspection.city = totals.cityName;
    if (cityAverages) inspection.cityAverages = cityAverages;
    if (figures.publishedCityTotal !== undefined) inspection.publishedCityTotal = figures.publishedCityTotal;
  }
  return inspection;
}

export function orderDistricts(
  districts: string[],
  computedTotal: (district: string) => number,
  totals: TotalsTable | undefined,
): string[] {
  // Printed order (the totals table's columns) when there is one; otherwise by computed total.
  const printed = totals?.columnNames;
  if (printed?.every((n): n is string => n !== undefined)) {
    return [...printed, ...districts.filter((d) => !printed.includes(d))];
  }
  return districts
    .map((district, index) => ({ district, index, total: computedTotal(district) }))
    .sort((a, b) => b.total - a.total || a.index - b.index)
    .map((d) => d.district);
}
