// The ranked table: a row per site type, cells `district score` in descending order.

import { parseNumber, splitNameValue } from '../sources/text';
import type { SiteType } from '../types';
import { truncate } from './printedBlocks';
import { type Entry, EPSILON, type RankedTable, type SiteRow, type TableBlock } from './printedForm';
import { Findings } from '../findings';

// ---------------------------------------------------------------------------------------------
// The ranked table: a row per site type, cells `district score` in descending order

export interface RawEntry {
  name: string;
  valueText: string;
  column: number;
  valueColumn: number;
}

/** Pairs names with values; in tab-separated rows a cell is one pair, elsewhere tokens are paired. */
export function rawEntriesOf(row: SiteRow, findings: Findings): RawEntry[] {
  const entries: RawEntry[] = [];
  const line = row.line.number;
  if (row.line.tabbed) {
    for (const cell of row.cells) {
      if (cell.text === '') {
        findings.add('error', 'missing-cell', line, cell.column, { siteType: row.name });
        continue;
      }
      const split = splitNameValue(cell.text);
      entries.push({ name: split.name, valueText: split.value, column: cell.column, valueColumn: cell.column + split.valueOffset });
    }
    return entries;
  }
  let pending: { name: string; column: number } | undefined;
  for (const token of row.cells) {
    const split = splitNameValue(token.text);
    if (split.name === '') {
      entries.push({
        name: pending?.name ?? '',
        valueText: split.value,
        column: pending?.column ?? token.column,
        valueColumn: token.column,
      });
      pending = undefined;
    } else if (split.value !== '') {
      if (pending) entries.push({ name: pending.name, valueText: '', column: pending.column, valueColumn: token.column });
      entries.push({ name: split.name, valueText: split.value, column: token.column, valueColumn: token.column + split.valueOffset });
      pending = undefined;
    } else {
      // Names may hold spaces (English names): join consecutive name tokens.
      pending = pending ? { name: `${pending.name} ${split.name}`, column: pending.column } : { name: split.name, column: token.column };
    }
  }
  if (pending)
    entries.push({ name: pending.name, valueText: '', column: pending.column, valueColumn: pending.column + pending.name.length });
  return entries;
}

export function readRankedTable(block: TableBlock, findings: Findings): RankedTable {
  const rows = block.rows.filter((r) => !r.isTotal);
  const rowEntries = rows.map((row) => ({ row, entries: rawEntriesOf(row, findings) }));

  // A district is a name printed in at least half of the rows; rarer names are misprints.
  const rowsNaming = new Map<string, number>();
  for (const { entries } of rowEntries) {
    for (const name of new Set(entries.map((e) => e.name).filter((n) => n !== ''))) {
      rowsNaming.set(name, (rowsNaming.get(name) ?? 0) + 1);
    }
  }
  const districts = [...rowsNaming.entries()].filter(([, count]) => count * 2 >= rowEntries.length).map(([name]) => name);
  const known = new Set(districts);

  const values = new Map<string, Map<string, Entry>>();
  const siteTypes: SiteType[] = [];
  for (const { row, entries } of rowEntries) {
    const line = row.line.number;
    if (values.has(row.name)) {
      findings.add('error', 'duplicate-site-type', line, 1, { siteType: row.name });
      continue;
    }
    const byDistrict = new Map<string, Entry>();
    // Districts with a cell in this row, readable or not: an unreadable cell is not also a missing one.
    const printed = new Set<string>();
    let previous: Entry | undefined;
    for (const raw of entries) {
      if (raw.name === '') {
        findings.add('error', 'missing-district-name', line, raw.column, { siteType: row.name });
        continue;
      }
      if (!known.has(raw.name)) {
        findings.add('error', 'unknown-district', line, raw.column, { district: raw.name, siteType: row.name });
        continue;
      }
      if (byDistrict.has(raw.name)) {
        findings.add('error', 'duplicate-district', line, raw.column, { district: raw.name, siteType: row.name });
        continue;
      }
      printed.add(raw.name);
      const value = readScore(raw.valueText, row, raw.valueColumn, findings, raw.name);
      if (value === null) continue;
      const entry: Entry = { district: raw.name, value, line, column: raw.column };
      byDistrict.set(raw.name, entry);
      if (previous && value > previous.value + EPSILON) {
        findings.add('warning', 'ranked-order', line, raw.column, {
          siteType: row.name,
          district: raw.name,
          value,
          previousDistrict: previous.district,
          previousValue: previous.value,
        });
      }
      previous = entry;
    }
    const endColumn = row.line.text.length + 1;
    for (const district of districts) {
      if (!printed.has(district)) findings.add('error', 'missing-cell', line, endColumn, { district, siteType: row.name });
    }
    values.set(row.name, byDistrict);
    siteTypes.push({ name: row.name, maxScore: row.maxScore, line });
  }
  return { block, districts, values, siteTypes };
}

export function readScore(text: string, row: SiteRow, column: number, findings: Findings, district?: string): number | null {
  const where = district === undefined ? { siteType: row.name } : { siteType: row.name, district };
  if (text === '') {
    findings.add('error', 'missing-cell', row.line.number, column, where);
    return null;
  }
  const value = parseNumber(text);
  if (value === null) {
    findings.add('error', 'not-a-number', row.line.number, column, { ...where, text: truncate(text) });
    return null;
  }
  if (value < 0 || value > row.maxScore + EPSILON) {
    findings.add('error', 'score-out-of-range', row.line.number, column, { ...where, value, maxScore: row.maxScore });
    return null;
  }
  return value;
}
