// A CSV in long form, one score per row (district, site type, score[, max]): read into an inspection, each row's
// problem a finding on its cell, and assembled and checked like any other reading.

import { entityKindOfNames } from '../reading/columnRoles';
import { assembleInspection } from '../reading/assemble';
import { decimalsOf } from '../sources/grid';
import { parseNumber } from '../sources/text';
import type { Findings } from '../findings';
import type { ParseResult, Score, SiteType } from '../types';

/** A CSV row as Papaparse gives it, with where each cell starts. */
export interface CsvRow {
  cells: string[];
  line: number;
  /** Starting 1-based column of each cell in its line, for findings. */
  columns: number[];
}

export const DEFAULT_MAX = 100;

function cellValue(row: CsvRow, index: number, collector: Findings, siteType: string, district: string, maxScore: number): number | null {
  const text = row.cells[index] ?? '';
  const column = row.columns[index];
  if (text === '') {
    collector.add('error', 'missing-cell', row.line, column, { district, siteType });
    return null;
  }
  const value = parseNumber(text);
  if (value === null) {
    collector.add('error', 'not-a-number', row.line, column, { district, siteType, text: text.slice(0, 40) });
    return null;
  }
  if (value < 0 || value > maxScore + 1e-6) {
    collector.add('error', 'score-out-of-range', row.line, column, { district, siteType, value, maxScore });
    return null;
  }
  return value;
}

export function readLong(
  rows: CsvRow[],
  districtColumn: number,
  siteTypeColumn: number,
  scoreColumn: number,
  maxColumn: number,
  collector: Findings,
): ParseResult {
  const districts: string[] = [];
  const districtSet = new Set<string>();
  const siteTypes: SiteType[] = [];
  const siteTypeByName = new Map<string, SiteType>();
  const scores: Score[] = [];
  const seen = new Set<string>();
  let maxAssumed = false;
  let decimals = 0;
  for (const row of rows.slice(1)) {
    const district = row.cells[districtColumn] ?? '';
    const siteType = row.cells[siteTypeColumn] ?? '';
    if (district === '') {
      collector.add('error', 'missing-district-name', row.line, row.columns[districtColumn], { siteType });
      continue;
    }
    if (siteType === '') {
      collector.add('error', 'missing-cell', row.line, row.columns[siteTypeColumn], { district, siteType: '' });
      continue;
    }
    const maxText = maxColumn >= 0 ? (row.cells[maxColumn] ?? '') : '';
    const maxScore = maxText === '' ? DEFAULT_MAX : (parseNumber(maxText) ?? NaN);
    if (!(maxScore > 0)) {
      collector.add('error', 'not-a-number', row.line, row.columns[maxColumn], { district, siteType, text: maxText });
      continue;
    }
    if (maxText === '') maxAssumed = true;
    let type = siteTypeByName.get(siteType);
    if (!type) {
      type = { name: siteType, maxScore, line: row.line };
      siteTypes.push(type);
      siteTypeByName.set(siteType, type);
    } else if (Math.abs(type.maxScore - maxScore) > 1e-6) {
      collector.add('warning', 'max-score-differs', row.line, row.columns[maxColumn], {
        siteType,
        printed: maxScore,
        other: type.maxScore,
        otherLine: type.line,
      });
    }
    if (!districtSet.has(district)) {
      districtSet.add(district);
      districts.push(district);
    }
    const key = `${district}\u0000${siteType}`;
    if (seen.has(key)) {
      collector.add('error', 'duplicate-district', row.line, row.columns[districtColumn], { district, siteType });
      continue;
    }
    seen.add(key);
    const value = cellValue(row, scoreColumn, collector, siteType, district, type.maxScore);
    if (value !== null) {
      scores.push({ district, siteType, value, line: row.line, column: row.columns[scoreColumn] ?? 1 });
      decimals = Math.max(decimals, decimalsOf(row.cells[scoreColumn] ?? ''));
    }
  }
  if (maxAssumed) collector.add('info', 'max-assumed', rows[0]?.line ?? 1, undefined, { maxScore: DEFAULT_MAX });
  // The same assembly and checks (ties, …) as every other reader's, so a long CSV is checked like a table.
  return assembleInspection(
    {
      title: '',
      districts,
      siteTypes,
      scores,
      sourceRanges: [{ first: 1, last: rows[rows.length - 1]?.line ?? 1 }],
      entityKind: entityKindOfNames(districts),
      decimals,
      line: 1,
      checkPairs: true,
    },
    collector.list,
  );
}
