// Reads the Taiyuan page's two score tables, as printed, into a typed inspection with findings. Total: any
// string in, a ParseResult out. The app's first screen reads its embedded tables with it; parseInspection.ts
// adds the recovery of what copying does to a pasted page.

import {
  cellsOf,
  isBlankChar,
  isBlankLine,
  parseNumber,
  parseRowLabel,
  splitLines,
  splitNameValue,
  startsLikeNumber,
  trimCell,
  withoutTrailingEmpty,
  type Cell,
  type TextLine,
} from './text';
import type {
  CityAverage,
  Finding,
  FindingCode,
  FindingParam,
  Inspection,
  ParseResult,
  PublishedTotal,
  Score,
  Severity,
  SiteType,
} from './types';

/** Labels of the total row. Structural words of the printed form, not data. */
const TOTAL_LABELS = new Set(['总分', '总计', '合计', '总得分', 'total', 'total score']);

/** Printed scores carry one decimal: values closer than this are equal. */
const EPSILON = 1e-6;
/** A printed value rounded to 0.1 is off by at most half of that. */
const HALF_STEP = 0.05;

interface SiteRow {
  line: TextLine;
  name: string;
  maxScore: number;
  isTotal: boolean;
  /** Data cells after the label, trailing empties dropped. */
  cells: Cell[];
}

interface TableBlock {
  title: string;
  headerLines: TextLine[];
  rows: SiteRow[];
  first: number;
  last: number;
  kind: 'ranked' | 'totals';
}

interface Entry {
  district: string;
  value: number;
  line: number;
  column: number;
}

interface RankedTable {
  block: TableBlock;
  districts: string[];
  /** siteType → district → entry */
  values: Map<string, Map<string, Entry>>;
  siteTypes: SiteType[];
}

interface TotalsTable {
  block: TableBlock;
  /** District per data column; undefined where the header does not name it. */
  columnNames: (string | undefined)[];
  namesPrinted: boolean;
  cityColumn: number | undefined;
  cityName: string | undefined;
  siteTypes: SiteType[];
  /** siteType → column values */
  values: Map<string, (Entry | undefined)[]>;
  totalRow: { line: number; maxScore: number; cells: (Entry | undefined)[] } | undefined;
}

class Findings {
  readonly list: Finding[] = [];
  private readonly seen = new Set<string>();

  add(severity: Severity, code: FindingCode, line: number, column: number | undefined, params: Record<string, FindingParam> = {}): void {
    const key = `${code}:${line}:${column ?? ''}:${JSON.stringify(params)}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const finding: Finding = column === undefined ? { severity, code, line, params } : { severity, code, line, column, params };
    this.list.push(finding);
  }

  hasErrors(): boolean {
    return this.list.some((f) => f.severity === 'error');
  }
}

export interface ParseOptions {
  /** Called now and then with the share of the text read (0–1): big pastes are parsed in a worker that reports it. */
  onProgress?: (fraction: number) => void;
}

/**
 * The printed form as the newspaper sets it, without undoing what copying does: the app's embedded tables
 * are read with it at start-up, so the first screen does not carry the recovery code.
 */
export function parsePrintedTables(text: string): ParseResult {
  return guarded(() => parseLines(splitLines(typeof text === 'string' ? text : ''), undefined));
}

/** Runs a read; a throw (never expected: the property tests assert it) becomes an internal-error finding. */
export function guarded(read: () => ParseResult): ParseResult {
  try {
    return read();
  } catch (cause) {
    // A backstop: the property tests assert this path is never taken.
    return {
      ok: false,
      findings: [{ severity: 'error', code: 'internal', line: 1, params: { detail: String(cause) } }],
    };
  }
}

/** A minimum-cost assignment of rows to columns (assignment.ts), for totals columns the scores do not name exactly. */
export type Assign = (cost: readonly (readonly number[])[]) => number[];

/**
 * Reads the printed tables from lines (1-based numbers kept from the input). `assign` matches totals columns
 * to districts when their scores do not name them exactly; without it such a header is refused. The first
 * screen's embedded tables name every column exactly, so it does without (and without the matcher's code).
 */
export function parseLines(lines: readonly TextLine[], onProgress: ((fraction: number) => void) | undefined, assign?: Assign): ParseResult {
  const findings = new Findings();
  const blocks = findTableBlocks(lines, findings, onProgress);
  const rankedBlocks = blocks.filter((b) => b.kind === 'ranked');
  const totalsBlocks = blocks.filter((b) => b.kind === 'totals');
  if (rankedBlocks.length === 0 && totalsBlocks.length === 0) {
    findings.add('error', 'no-table', 1, undefined);
    return { ok: false, findings: findings.list };
  }
  reportExtraTables(rankedBlocks, findings);
  reportExtraTables(totalsBlocks, findings);

  const rankedBlock = rankedBlocks[0];
  const totalsBlock = totalsBlocks[0];
  const ranked = rankedBlock ? readRankedTable(rankedBlock, findings) : undefined;
  const totals = totalsBlock ? readTotalsTable(totalsBlock, ranked?.districts ?? [], findings) : undefined;
  if (totals) nameTotalsColumns(totals, ranked, findings, assign);

  if (findings.hasErrors()) return { ok: false, findings: findings.list };
  const inspection = combine(ranked, totals, findings);
  if (!inspection || findings.hasErrors()) return { ok: false, findings: findings.list };
  checkTies(inspection, findings);
  return { ok: true, inspection, findings: findings.list };
}

function reportExtraTables(blocks: TableBlock[], findings: Findings): void {
  const [, ...extra] = blocks;
  const firstExtra = extra[0];
  if (firstExtra) findings.add('warning', 'extra-table', firstExtra.first, undefined, { count: extra.length });
}

// ---------------------------------------------------------------------------------------------
// Finding the tables

function readSiteRow(line: TextLine): SiteRow | null {
  const text = line.text;
  let lead = 0;
  while (lead < text.length && isBlankChar(text.charAt(lead)) && text.charAt(lead) !== '\t') lead++;
  const label = parseRowLabel(lead === 0 ? text : text.slice(lead));
  if (!label) return null;
  const restStart = lead + label.end;
  let cells = cellsOf(text, restStart);
  if (line.tabbed) {
    // The first cell is whatever followed the label inside its own cell: normally nothing.
    if (cells[0]?.text === '') cells = cells.slice(1);
    cells = withoutTrailingEmpty(cells);
  } else {
    // Prose such as "某报(2024)年…" also has a bracketed number: a row of cells must be mostly figures.
    const withDigits = cells.filter((c) => /[0-9０-９]/.test(c.text)).length;
    if (cells.length === 0 || withDigits * 2 < cells.length) return null;
  }
  if (cells.length === 0) return null;
  const isTotal = TOTAL_LABELS.has(label.name.toLowerCase());
  return { line, name: label.name, maxScore: label.maxScore, isTotal, cells };
}

function isHeadingLine(text: string): boolean {
  return trimCell(text).text.startsWith('#');
}

function headingText(text: string): string {
  let i = 0;
  const trimmed = trimCell(text).text;
  while (i < trimmed.length && trimmed.charAt(i) === '#') i++;
  return trimCell(trimmed.slice(i)).text;
}

const PROGRESS_EVERY = 5000;

function findTableBlocks(lines: readonly TextLine[], findings: Findings, onProgress?: (fraction: number) => void): TableBlock[] {
  const blocks: TableBlock[] = [];
  let lastHeading: { text: string; line: number } | undefined;
  let i = 0;
  let nextReport = PROGRESS_EVERY;
  while (i < lines.length) {
    if (onProgress && i >= nextReport) {
      onProgress(i / lines.length);
      nextReport = i + PROGRESS_EVERY;
    }
    const line = lines[i];
    if (!line || isBlankLine(line.text)) {
      i++;
      continue;
    }
    // A block: consecutive non-blank lines.
    const blockLines: TextLine[] = [];
    while (i < lines.length) {
      const current = lines[i];
      if (!current || isBlankLine(current.text)) break;
      blockLines.push(current);
      i++;
    }
    const block = tableOf(blockLines, lastHeading, findings);
    if (block) blocks.push(block);
    const lastLine = blockLines[blockLines.length - 1];
    if (lastLine && isHeadingLine(lastLine.text)) lastHeading = { text: headingText(lastLine.text), line: lastLine.number };
    else if (blockLines.length > 0) lastHeading = undefined;
  }
  return blocks;
}

function tableOf(blockLines: TextLine[], heading: { text: string } | undefined, findings: Findings): TableBlock | null {
  // Every row label ends in a bracket: a block without one (a paragraph of news) is no table.
  if (!blockLines.some((l) => l.text.includes(')') || l.text.includes('）'))) return null;
  const parsed = blockLines.map((line) => ({ line, row: readSiteRow(line) }));
  const rows = parsed.filter((p): p is { line: TextLine; row: SiteRow } => p.row !== null);
  const firstRow = rows[0];
  if (!firstRow) return null;
  if (rows.length < 2 && !firstRow.line.tabbed) return null;

  const firstIndex = parsed.findIndex((p) => p.row !== null);
  const headerLines: TextLine[] = [];
  let title = heading?.text ?? '';
  for (const p of parsed.slice(0, firstIndex)) {
    if (isHeadingLine(p.line.text)) title = headingText(p.line.text);
    else headerLines.push(p.line);
  }
  // Inside a table, a line that is not a row would silently lose figures: say so.
  for (const p of parsed.slice(firstIndex)) {
    if (p.row === null) findings.add('error', 'unreadable-row', p.line.number, 1, { text: truncate(p.line.text) });
  }
  const siteRows = rows.map((r) => r.row);
  // A ranked row names a district beside each score; a totals row holds figures only.
  const rankedRows = siteRows.filter((row) => {
    let named = 0;
    let numbers = 0;
    for (const cell of row.cells) {
      if (cell.text === '') continue;
      // splitNameValue finds no name exactly when a (trimmed, non-empty) cell starts like a number:
      // asked that way, classifying every table on a big paste allocates nothing.
      if (startsLikeNumber(cell.text)) numbers++;
      else named++;
    }
    return named * 2 >= numbers && named > 0;
  }).length;
  const lastLine = blockLines[blockLines.length - 1];
  return {
    title,
    headerLines,
    rows: siteRows,
    first: blockLines[0]?.number ?? firstRow.line.number,
    last: lastLine?.number ?? firstRow.line.number,
    kind: rankedRows * 2 > siteRows.length ? 'ranked' : 'totals',
  };
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

// ---------------------------------------------------------------------------------------------
// The ranked table: a row per site type, cells `district score` in descending order

interface RawEntry {
  name: string;
  valueText: string;
  column: number;
  valueColumn: number;
}

/** Pairs names with values; in tab-separated rows a cell is one pair, elsewhere tokens are paired. */
function rawEntriesOf(row: SiteRow, findings: Findings): RawEntry[] {
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

function readRankedTable(block: TableBlock, findings: Findings): RankedTable {
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

function readScore(text: string, row: SiteRow, column: number, findings: Findings, district?: string): number | null {
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

// ---------------------------------------------------------------------------------------------
// The totals table: a column per district (by rank), an optional city column, a total row

function isRankRow(cells: Cell[]): number[] | null {
  const numbers: number[] = [];
  for (const cell of cells) {
    if (cell.text === '') continue;
    const value = parseNumber(cell.text);
    if (value === null || !Number.isInteger(value) || value < 1) return null;
    numbers.push(value);
  }
  return numbers.length > 0 ? numbers : null;
}

function mode(values: number[]): number {
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

function readTotalsTable(block: TableBlock, knownDistricts: readonly string[], findings: Findings): TotalsTable {
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

function readTotalValue(cell: Cell, row: SiteRow, findings: Findings): number | null {
  if (cell.text === '') {
    findings.add('error', 'missing-cell', row.line.number, cell.column, { siteType: row.name });
    return null;
  }
  const value = parseNumber(cell.text);
  if (value === null)
    findings.add('error', 'not-a-number', row.line.number, cell.column, { siteType: row.name, text: truncate(cell.text) });
  return value;
}

interface TotalsHeader {
  /** Name per data column (index 0 = first data column), undefined where blank. */
  names: (string | undefined)[];
  rankCount: number;
  /** The header shows one more column than there are ranks: the city's. */
  cityByHeader: boolean;
}

function readTotalsHeader(headerLines: TextLine[]): TotalsHeader {
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
function fillRankPositions(names: (string | undefined)[], rankCount: number): (string | undefined)[] {
  if (rankCount === 0) return names;
  const rankNames = names.slice(0, rankCount);
  const named = rankNames.filter((n) => n !== undefined);
  if (named.length === rankCount && new Set(named).size === rankCount) return names;
  return [...new Array<string | undefined>(rankCount).fill(undefined), ...names.slice(rankCount)];
}

function looksLikeCityColumn(values: Map<string, (Entry | undefined)[]>, columnCount: number): boolean {
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

function nameTotalsColumns(totals: TotalsTable, ranked: RankedTable | undefined, findings: Findings, assign: Assign | undefined): void {
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
function exactColumnNames(totals: TotalsTable, ranked: RankedTable): string[] | undefined {
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

// ---------------------------------------------------------------------------------------------
// Combining the tables into one inspection, with the cross-checks a careful reader makes

function combine(ranked: RankedTable | undefined, totals: TotalsTable | undefined, findings: Findings): Inspection | null {
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
      if (inRanked !== inTotals) {
        findings.add('warning', 'site-type-in-one-table', siteType.line, 1, {
          siteType: siteType.name,
          table: inRanked ? 'ranked' : 'totals',
        });
      }
    }
  }

  const districtColumns = totals ? totals.columnNames.map((name) => name ?? '') : [];
  const districtSet = new Set<string>(ranked?.districts ?? districtColumns);
  for (const name of districtColumns) districtSet.add(name);
  if (districtSet.size === 0 || siteTypes.length === 0) {
    findings.add('error', 'no-table', 1, undefined, {});
    return null;
  }

  const scores: Score[] = [];
  for (const siteType of siteTypes) {
    const fromRanked = ranked?.values.get(siteType.name);
    const fromTotals = totals?.values.get(siteType.name);
    for (const district of districtSet) {
      const a = fromRanked?.get(district);
      const column = districtColumns.indexOf(district);
      const b = column >= 0 ? fromTotals?.[column] : undefined;
      if (a && b && Math.abs(a.value - b.value) > EPSILON) {
        findings.add('warning', 'tables-disagree', b.line, b.column, {
          district,
          siteType: siteType.name,
          ranked: a.value,
          rankedLine: a.line,
          totals: b.value,
        });
      }
      // The ranked table names its districts in every cell, so its reading is the surer one.
      const source = a ?? b;
      if (source) scores.push({ district, siteType: siteType.name, value: source.value, line: source.line, column: source.column });
      else if (fromTotals || fromRanked) {
        const line = siteType.line;
        findings.add('error', 'missing-cell', line, undefined, { district, siteType: siteType.name });
      }
    }
  }

  const totalMaxScore = siteTypes.reduce((sum, s) => sum + s.maxScore, 0);
  const publishedTotals: PublishedTotal[] = [];
  let publishedCityTotal: number | undefined;
  const totalRow = totals?.totalRow;
  if (totals && totalRow) {
    if (Math.abs(totalRow.maxScore - totalMaxScore) > EPSILON) {
      findings.add('warning', 'total-max-mismatch', totalRow.line, 1, { printed: totalRow.maxScore, computed: round1(totalMaxScore) });
    }
    totals.columnNames.forEach((name, column) => {
      const cell = totalRow.cells[column];
      if (name !== undefined && cell) publishedTotals.push({ district: name, value: cell.value, line: cell.line, column: cell.column });
    });
    if (totals.cityColumn !== undefined) publishedCityTotal = totalRow.cells[totals.cityColumn]?.value;
  }

  const computedTotal = (district: string): number => scores.filter((s) => s.district === district).reduce((sum, s) => sum + s.value, 0);
  // Ten values rounded to 0.1 can drift by up to 0.05 each.
  const tolerance = HALF_STEP * siteTypes.length + EPSILON;
  for (const total of publishedTotals) {
    const computed = computedTotal(total.district);
    const drift = Math.abs(computed - total.value);
    if (drift <= EPSILON) continue;
    const params = { district: total.district, printed: total.value, computed: round1(computed), tolerance: round2(tolerance) };
    if (drift <= tolerance) findings.add('info', 'total-rounding', total.line, total.column, params);
    else findings.add('warning', 'total-mismatch', total.line, total.column, params);
  }
  for (let i = 1; i < publishedTotals.length; i++) {
    const above = publishedTotals[i - 1];
    const current = publishedTotals[i];
    if (above && current && current.value > above.value + EPSILON && totals?.namesPrinted === false) {
      findings.add('warning', 'totals-order', current.line, current.column, {
        district: current.district,
        value: current.value,
        previousDistrict: above.district,
        previousValue: above.value,
      });
    }
  }

  let cityAverages: CityAverage[] | undefined;
  if (totals && totals.cityColumn !== undefined) {
    const cityColumn = totals.cityColumn;
    cityAverages = [];
    for (const siteType of siteTypes) {
      const cell = totals.values.get(siteType.name)?.[cityColumn];
      if (!cell) continue;
      cityAverages.push({ siteType: siteType.name, value: cell.value, line: cell.line, column: cell.column });
      const districtScores = scores.filter((s) => s.siteType === siteType.name);
      const mean = districtScores.reduce((sum, s) => sum + s.value, 0) / Math.max(1, districtScores.length);
      if (Math.abs(mean - cell.value) > HALF_STEP + EPSILON) {
        findings.add('warning', 'city-average-mismatch', cell.line, cell.column, {
          siteType: siteType.name,
          printed: cell.value,
          computed: round2(mean),
        });
      }
    }
    if (publishedCityTotal !== undefined && totalRow && publishedTotals.length > 0) {
      const cityCell = totalRow.cells[cityColumn];
      const meanOfTotals = publishedTotals.reduce((sum, t) => sum + t.value, 0) / publishedTotals.length;
      const sumOfColumn = cityAverages.reduce((sum, c) => sum + c.value, 0);
      const line = totalRow.line;
      const column = cityCell?.column;
      if (Math.abs(meanOfTotals - publishedCityTotal) > HALF_STEP + EPSILON) {
        findings.add('warning', 'city-total-mismatch', line, column, { printed: publishedCityTotal, computed: round2(meanOfTotals) });
      } else if (Math.abs(sumOfColumn - publishedCityTotal) > EPSILON) {
        findings.add('info', 'city-total-is-mean', line, column, {
          printed: publishedCityTotal,
          meanOfTotals: round2(meanOfTotals),
          sumOfColumn: round1(sumOfColumn),
        });
      }
    }
  }

  const districts = orderDistricts([...districtSet], computedTotal, totals);
  const sourceRanges = [ranked?.block, totals?.block]
    .filter((b): b is TableBlock => b !== undefined)
    .map((b) => ({ first: b.first, last: b.last }))
    .sort((a, b) => a.first - b.first);
  const title = (ranked?.block.first ?? Infinity) <= (totals?.block.first ?? Infinity) ? ranked?.block.title : totals?.block.title;

  const inspection: Inspection = {
    title: title ?? '',
    districts,
    siteTypes,
    scores,
    publishedTotals,
    totalMaxScore: totalRow?.maxScore ?? totalMaxScore,
    sourceRanges,
  };
  if (totals && totals.cityColumn !== undefined) {
    if (totals.cityName !== undefined) inspection.city = totals.cityName;
    if (cityAverages) inspection.cityAverages = cityAverages;
    if (publishedCityTotal !== undefined) inspection.publishedCityTotal = publishedCityTotal;
  }
  return inspection;
}

function orderDistricts(districts: string[], computedTotal: (district: string) => number, totals: TotalsTable | undefined): string[] {
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

function checkTies(inspection: Inspection, findings: Findings): void {
  for (const siteType of inspection.siteTypes) {
    const scores = inspection.scores.filter((s) => s.siteType === siteType.name);
    const groups = new Map<string, Score[]>();
    for (const score of scores) {
      const key = score.value.toFixed(6);
      groups.set(key, [...(groups.get(key) ?? []), score]);
    }
    for (const group of groups.values()) {
      const first = group[0];
      if (!first || group.length < 2) continue;
      const rank = 1 + scores.filter((s) => s.value > first.value + EPSILON).length;
      findings.add('info', 'tie', siteType.line, undefined, {
        siteType: siteType.name,
        districts: group.map((s) => s.district),
        value: first.value,
        rank,
      });
    }
  }
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
