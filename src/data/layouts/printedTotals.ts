// The totals table: a column per district (by rank), an optional city column and a total row; and naming
// its columns from the ranked table's scores.

import { cellsOf, parseNumber, withoutTrailingEmpty, type Cell, type TextLine } from '../sources/text';
import type { SiteType } from '../types';
import { truncate } from './printedBlocks';
import { Findings } from '../findings';
import {
  type Assign,
  type Entry,
  EPSILON,
  HALF_STEP,
  type RankedTable,
  type SiteRow,
  type TableBlock,
  type TotalsTable,
} from './printedForm';
import { readScore } from './printedRanked';

// ---------------------------------------------------------------------------------------------
// The totals table: a column per district (by rank), an optional city column, a total row

export function isRankRow(cells: Cell[]): number[] | null {
  const numbers: number[] = [];
  for (const cell of cells) {
    if (cell.text === '') continue;
    const value = parseNumber(cell.text);
    if (value === null || !Number.isInteger(value) || value < 1) return null;
    numbers.push(value);
  }
  return numbers.length > 0 ? numbers : null;
}

export function mode(values: number[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount || (c === bestCount && v > best)) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

export function readTotalsTable(block: TableBlock, knownDistricts: readonly string[], findings: Findings): TotalsTable {
  const siteRows = block.rows.filter((r) => !r.isTotal);
  // Without a total label, a last row whose maximum is the sum of the others' is the total.
  const labelledTotal = block.rows.find((r) => r.isTotal);
  const lastRow = block.rows[block.rows.length - 1];
  const sumOfOthers = block.rows.slice(0, -1).reduce((sum, r) => sum + r.maxScore, 0);
  const totalRowSource =
    labelledTotal ?? (lastRow && block.rows.length > 2 && Math.abs(lastRow.maxScore - sumOfOthers) < EPSILON ? lastRow : undefined);
  const dataRows = totalRowSource ? siteRows.filter((r) => r !== totalRowSource) : siteRows;

  const header = readTotalsHeader(block.headerLines);
  const columnCount = header.rankCount > 0 ? header.rankCount + (header.cityByHeader ? 1 : 0) : mode(block.rows.map((r) => r.cells.length));

  const readRow = (row: SiteRow): (Entry | undefined)[] => {
    const cells: (Entry | undefined)[] = [];
    row.cells.forEach((cell, index) => {
      if (index >= columnCount) {
        findings.add('error', 'extra-cell', row.line.number, cell.column, { siteType: row.name, text: truncate(cell.text) });
        return;
      }
      const value = row === totalRowSource ? readTotalValue(cell, row, findings) : readScore(cell.text, row, cell.column, findings);
      cells.push(value === null ? undefined : { district: '', value, line: row.line.number, column: cell.column });
    });
    for (let index = row.cells.length; index < columnCount; index++) {
      findings.add('error', 'missing-cell', row.line.number, row.line.text.length + 1, { siteType: row.name, index: index + 1 });
    }
    return cells;
  };

  const values = new Map<string, (Entry | undefined)[]>();
  const siteTypes: SiteType[] = [];
  for (const row of dataRows) {
    if (values.has(row.name)) {
      findings.add('error', 'duplicate-site-type', row.line.number, 1, { siteType: row.name });
      continue;
    }
    values.set(row.name, readRow(row));
    siteTypes.push({ name: row.name, maxScore: row.maxScore, line: row.line.number });
  }
  const totalRow = totalRowSource
    ? { line: totalRowSource.line.number, maxScore: totalRowSource.maxScore, cells: readRow(totalRowSource) }
    : undefined;

  let cityColumn: number | undefined = header.cityByHeader ? columnCount - 1 : undefined;
  let cityName = header.cityByHeader ? header.names[columnCount - 1] : undefined;
  const districtColumns = cityColumn === undefined ? columnCount : columnCount - 1;
  let columnNames = header.names.slice(0, districtColumns);
  const namesPrinted = columnNames.length === districtColumns && columnNames.every((n) => n !== undefined && n !== '');
  if (!namesPrinted) columnNames = new Array<string | undefined>(districtColumns).fill(undefined);
  const known = new Set(knownDistricts);
  const lastName = header.names[columnCount - 1];
  const namesCityLast =
    known.size > 0 &&
    header.names.length === columnCount &&
    lastName !== undefined &&
    !known.has(lastName) &&
    header.names.slice(0, -1).every((n) => n !== undefined && known.has(n));
  if (cityColumn === undefined && header.rankCount === 0 && (namesCityLast || looksLikeCityColumn(values, columnCount))) {
    // No ranks to tell the columns apart: a last column that is the mean of the others is the city.
    cityColumn = columnCount - 1;
    cityName = header.names[columnCount - 1];
    columnNames = columnNames.slice(0, columnCount - 1);
  }
  return { block, columnNames, namesPrinted, cityColumn, cityName, siteTypes, values, totalRow };
}

export function readTotalValue(cell: Cell, row: SiteRow, findings: Findings): number | null {
  if (cell.text === '') {
    findings.add('error', 'missing-cell', row.line.number, cell.column, { siteType: row.name });
    return null;
  }
  const value = parseNumber(cell.text);
  if (value === null)
    findings.add('error', 'not-a-number', row.line.number, cell.column, { siteType: row.name, text: truncate(cell.text) });
  return value;
}

export interface TotalsHeader {
  /** Name per data column (index 0 = first data column), undefined where blank. */
  names: (string | undefined)[];
  rankCount: number;
  /** The header shows one more column than there are ranks: the city's. */
  cityByHeader: boolean;
}

export function readTotalsHeader(headerLines: TextLine[]): TotalsHeader {
  let rankLine: { line: TextLine; ranks: number[] } | undefined;
  let nameLine: TextLine | undefined;
  for (const line of headerLines) {
    const cells = cellsOf(line.text);
    const dataCells = line.tabbed ? cells.slice(1) : cells;
    const ranks = isRankRow(dataCells);
    if (ranks && !rankLine) rankLine = { line, ranks };
    else if (!nameLine) nameLine = line;
  }
  const rankCount = rankLine?.ranks.length ?? 0;
  if (!nameLine) return { names: [], rankCount, cityByHeader: false };

  const nameCells = cellsOf(nameLine.text);
  if (nameLine.tabbed) {
    // Tabs keep columns aligned: cell 0 is the label column (点位类型).
    const names = withoutTrailingEmpty(nameCells.slice(1)).map((c) => (c.text === '' ? undefined : c.text));
    const cityByHeader = rankCount > 0 && names.length === rankCount + 1 && names[rankCount] !== undefined;
    return { names: fillRankPositions(names, rankCount), rankCount, cityByHeader };
  }
  const tokens = nameCells.slice(1).map((c) => c.text);
  if (rankCount > 0 && tokens.length === rankCount + 1) return { names: tokens, rankCount, cityByHeader: true };
  if (rankCount > 0 && tokens.length === 2) {
    // `点位类型 排名 太原市`: a spanning label over the ranks, then the city.
    const names: (string | undefined)[] = new Array<string | undefined>(rankCount).fill(undefined);
    names.push(tokens[1]);
    return { names, rankCount, cityByHeader: true };
  }
  return { names: tokens, rankCount, cityByHeader: false };
}

/** A header with one label spanning the rank columns (`排名`, blanks) names no district. */
export function fillRankPositions(names: (string | undefined)[], rankCount: number): (string | undefined)[] {
  if (rankCount === 0) return names;
  const rankNames = names.slice(0, rankCount);
  const named = rankNames.filter((n) => n !== undefined);
  if (named.length === rankCount && new Set(named).size === rankCount) return names;
  return [...new Array<string | undefined>(rankCount).fill(undefined), ...names.slice(rankCount)];
}

export function looksLikeCityColumn(values: Map<string, (Entry | undefined)[]>, columnCount: number): boolean {
  if (columnCount < 3 || values.size === 0) return false;
  for (const cells of values.values()) {
    const city = cells[columnCount - 1];
    const others = cells.slice(0, columnCount - 1);
    if (!city || others.some((c) => c === undefined)) return false;
    const mean = others.reduce((sum, c) => sum + (c?.value ?? 0), 0) / others.length;
    if (Math.abs(city.value - mean) > HALF_STEP + EPSILON) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Naming the totals columns

export function nameTotalsColumns(
  totals: TotalsTable,
  ranked: RankedTable | undefined,
  findings: Findings,
  assign: Assign | undefined,
): void {
  const firstLine = totals.block.headerLines[0]?.number ?? totals.block.rows[0]?.line.number ?? totals.block.first;
  if (totals.namesPrinted) {
    if (!ranked) return;
    const known = new Set(ranked.districts);
    for (const name of totals.columnNames) {
      if (name !== undefined && !known.has(name)) findings.add('error', 'unknown-district', firstLine, undefined, { district: name });
    }
    return;
  }
  if (!ranked) {
    findings.add('error', 'district-names-missing', firstLine, undefined, {});
    return;
  }
  const columns = totals.columnNames.length;
  if (columns !== ranked.districts.length) {
    findings.add('error', 'district-names-missing', firstLine, undefined, { columns, districts: ranked.districts.length });
    return;
  }
  // Most pages print each column exactly as the ranked table does: when every column's scores equal those
  // of one district and no other, that is the assignment (it costs 0, so it is the minimum too), found in
  // linear time; otherwise the full minimum-cost assignment below decides.
  const exactNames = exactColumnNames(totals, ranked);
  if (exactNames) {
    totals.columnNames = exactNames;
    findings.add('info', 'header-recovered', firstLine, undefined, { districts: exactNames });
    return;
  }
  if (!assign) {
    findings.add('error', 'district-names-missing', firstLine, undefined, { columns, districts: ranked.districts.length });
    return;
  }
  // Cost of calling column j district d: site types where they disagree, then by how much.
  const mismatches: number[][] = [];
  const cost = totals.columnNames.map((_, column) =>
    ranked.districts.map((district, d) => {
      let count = 0;
      let distance = 0;
      for (const siteType of ranked.siteTypes) {
        const a = ranked.values.get(siteType.name)?.get(district)?.value;
        const b = totals.values.get(siteType.name)?.[column]?.value;
        if (b === undefined) continue;
        if (a === undefined || Math.abs(a - b) > EPSILON) {
          count++;
          distance += a === undefined ? siteType.maxScore : Math.abs(a - b);
        }
      }
      (mismatches[column] ??= [])[d] = count;
      return count * 1e6 + distance;
    }),
  );
  const assignment = assign(cost);
  const names = assignment.map((d) => ranked.districts[d] ?? '');
  totals.columnNames = names;
  let exact = true;
  for (const [column, d] of assignment.entries()) {
    const row = mismatches[column] ?? [];
    const count = row[d] ?? 0;
    const alternatives = row.filter((c) => c === 0).length;
    if (count > 0 || alternatives > 1) {
      exact = false;
      findings.add('warning', 'header-recovered-inexact', firstLine, undefined, {
        district: names[column] ?? '',
        rank: column + 1,
        mismatches: count,
      });
    }
  }
  if (exact) findings.add('info', 'header-recovered', firstLine, undefined, { districts: names });
}

/** Names for the totals columns when each column's scores match exactly one district's; undefined otherwise. */
export function exactColumnNames(totals: TotalsTable, ranked: RankedTable): string[] | undefined {
  const keyOf = (value: (siteType: SiteType) => number | undefined) =>
    ranked.siteTypes
      .map((siteType) => {
        const v = value(siteType);
        return v === undefined ? 'x' : v.toFixed(6);
      })
      .join('|');
  const byKey = new Map<string, string | null>();
  for (const district of ranked.districts) {
    const key = keyOf((siteType) => ranked.values.get(siteType.name)?.get(district)?.value);
    byKey.set(key, byKey.has(key) ? null : district);
  }
  const names: string[] = [];
  const taken = new Set<string>();
  for (let column = 0; column < totals.columnNames.length; column++) {
    const key = keyOf((siteType) => totals.values.get(siteType.name)?.[column]?.value);
    const district = byKey.get(key);
    if (district === undefined || district === null || taken.has(district) || key.includes('x')) return undefined;
    taken.add(district);
    names.push(district);
  }
  // The totals table may print site types the ranked table lacks: then the keys above saw only part of it.
  if (totals.siteTypes.some((s) => !ranked.values.has(s.name))) return undefined;
  return names;
}
