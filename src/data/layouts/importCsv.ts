// Reads inspections from CSV/TSV, in long form (district, site type, score[, max]) or wide form (a row per district).
// Papaparse handles quoting, the byte-order mark and the delimiter; this module maps rows to an inspection.

import Papa from 'papaparse';
import { Findings } from '../findings';
import { readLong, type CsvRow as Row } from './csvLongForm';
import { inferPlan, isEntityHeader } from '../reading/columnRoles';
import type { Grid } from '../sources/grid';
import { readEntityTable } from './readEntityTable';
import { isPlaceName } from '../reading/orientation';
import { cellNumber, isRoleWord } from '../sources/gridCells';
import { isPipeRule } from '../sources/lines';
import { trimCell } from '../sources/text';
import type { ParseResult } from '../types';

const DISTRICT_HEADERS = ['district', '区', '区县', '区域', '城区', '地区'];
const SITE_TYPE_HEADERS = [
  'site type',
  'sitetype',
  'site_type',
  'category',
  'item',
  '点位类型',
  '类型',
  '点位',
  '项目',
  '考核项目',
  '检查项目',
  '类别',
  '指标',
];
const SCORE_HEADERS = ['score', 'value', '得分', '分数', '分值'];
const MAX_HEADERS = ['max', 'maxscore', 'max score', 'max_score', '满分'];
function normalizeHeader(text: string): string {
  return trimCell(text).text.toLowerCase();
}

function isOneOf(text: string, names: readonly string[]): boolean {
  return names.includes(normalizeHeader(text));
}

/** The entity column's header: a district word, or any word the column roles take for entities (街道, 镇, 单位…). */
function isEntityColumn(text: string): boolean {
  return isOneOf(text, DISTRICT_HEADERS) || isEntityHeader(text);
}

/** 1-based line of a character offset, by binary search over the line starts. */
function lineAt(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Columns of the cells of one raw line, honouring quotes (a quoted cell's column is its opening quote). */
function cellColumns(rawLine: string, delimiter: string): number[] {
  const columns = [1];
  let quoted = false;
  // Char codes, not one-character strings: a Chinese name makes a new string per character.
  const first = delimiter.charCodeAt(0);
  for (let i = 0; i < rawLine.length; i++) {
    const code = rawLine.charCodeAt(i);
    if (code === 0x22) quoted = !quoted;
    else if (!quoted && code === first && rawLine.startsWith(delimiter, i)) columns.push(i + delimiter.length + 1);
  }
  return columns;
}

/** Whether a text looks like delimited data: a first line with a delimiter and a district column. */
/**
 * A row above a sheet's header: blank, or one cell of a phrase that no column is headed by (a title, not `区县`
 * alone over a headerless column).
 */
function isTitleRow(cells: readonly string[]): boolean {
  const filled = cells.map((cell) => cell.replace(/"/g, '').trim()).filter((cell) => cell !== '');
  if (filled.length === 0) return true;
  const only = filled[0] ?? '';
  // A title is a phrase (`2025年11月考核结果`); a short word alone (`名称`) may head a column whose other cells are blank.
  return filled.length === 1 && only.length >= 6 && cellNumber(only) === null && !isEntityColumn(only) && !isRoleWord(only);
}

export function looksLikeCsv(text: string): boolean {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  // A sheet's title and blank rows above its header keep their delimiters (`2025年11月考核结果,,`, `,,`): passed over.
  const all = body.slice(0, Math.min(body.length, 2000)).split(/\r\n|\r|\n/, 8);
  const start = all.findIndex((line) => !/[,;\t|｜]\s*$/.test(line) || !isTitleRow(line.split(/[,;\t|｜]/)));
  const lines = all.slice(Math.max(0, start), Math.max(0, start) + 4);
  const [firstLine = '', secondLine = ''] = lines;
  // A rule of dashes under the header is Markdown's table, which the text reader reads (splitLines): as CSV split
  // on its pipes, the rule would be a row and the outer pipes empty columns.
  if (isPipeRule(secondLine)) return false;
  if (/[,;\t|｜]/.test(firstLine) && firstLine.split(/[,;\t|｜]/).some((cell) => isEntityColumn(cell.replace(/"/g, '')))) return true;
  return isSemicolonTable(lines) || isDelimitedTable(lines, ',') || isDelimitedTable(lines, '|') || isDelimitedTable(lines, '｜');
}

/** A cell that is a plain figure and nothing else (`45.5`, `"90"`). */
const PLAIN_FIGURE = /^\s*"?[-+]?[0-9]+(?:\.[0-9]+)?"?\s*$/;

/**
 * Lines that each hold the same number of `delimiter` (a comma, or a pipe with no outer pipes), and on every line below
 * the first a cell that is a plain figure (`Abbey,45.5`): a table, whatever its header calls the names; two lines are
 * one when both hold such a figure (two records, no header). A sentence's comma leaves words on both sides
 * (`Northgate, 342 points`), never a figure alone in its cell on every line.
 */
function isDelimitedTable(lines: readonly string[], delimiter: ',' | '|' | '｜'): boolean {
  const filled = lines.filter((l) => l.trim() !== '');
  const counts = filled.map((l) => l.split(delimiter).length - 1);
  if (filled.length < 2 || (counts[0] ?? 0) < 1 || counts.some((c) => c !== counts[0])) return false;
  const holdsFigure = (line: string) => line.split(delimiter).some((cell) => PLAIN_FIGURE.test(cell));
  return (filled.length === 2 ? filled : filled.slice(1)).every(holdsFigure);
}

/**
 * Lines that each hold the same number of semicolons, none of them a sentence's (a semicolon ends a clause in
 * prose, never several a line in step): a table exported where the comma is the decimal point (`Mitte;87,5`).
 */
function isSemicolonTable(lines: readonly string[]): boolean {
  const counts = lines.filter((l) => l.trim() !== '').map((l) => l.split(';').length - 1);
  return counts.length >= 3 && (counts[0] ?? 0) >= 1 && counts.every((c) => c === counts[0]);
}

/** A figure written with a decimal comma (`87,5`, `-2,25`). */
const DECIMAL_COMMA = /^[-+−]?[0-9]+,[0-9]+$/;

/**
 * Where the comma is not the delimiter and no figure has a point, a comma between digits is the decimal point
 * (`87,5` → 87.5): read so, in place (the cell keeps its length and its column), and said in one note.
 */
function readDecimalCommas(rows: Row[], delimiter: string, collector: Findings): void {
  if (delimiter === ',') return;
  let count = 0;
  let first = 0;
  for (const row of rows)
    for (const cell of row.cells) {
      if (/^[-+−]?[0-9]+\.[0-9]+$/.test(cell)) return;
      if (DECIMAL_COMMA.test(cell)) {
        count++;
        first ||= row.line;
      }
    }
  if (count === 0) return;
  // `1,250` reads as 1.25 or as twelve hundred and fifty: a guess the reader confirms, not a note.
  const thousandsLike = rows.some((row) => row.cells.some((cell) => /^[-+−]?[0-9]{1,3},[0-9]{3}$/.test(cell)));
  for (const row of rows) row.cells = row.cells.map((cell) => (DECIMAL_COMMA.test(cell) ? cell.replace(',', '.') : cell));
  collector.add(thousandsLike ? 'warning' : 'info', 'decimal-comma', first, undefined, { count });
}

/** `｜`: the full-width bar a Chinese editor types for a pipe. */
const DELIMITERS = [',', '\t', ';', '|', '｜'] as const;

/**
 * The delimiter the header line uses most, outside quotes. Papaparse's own guess refuses files of two
 * columns (区,得分), the simplest table there is.
 */
function headerDelimiter(body: string): string {
  const end = body.search(/\r|\n/);
  const header = end < 0 ? body.slice(0, 10_000) : body.slice(0, Math.min(end, 10_000));
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: string = ',';
  let bestCount = 0;
  for (const [d, count] of counts) {
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A quoted cell printed over lines (a spreadsheet's copy of `综合⏎得分`) as one line: Chinese characters joined as
 * the word they are, other words with a space.
 */
function oneLine(cell: string): string {
  if (!/[\r\n]/.test(cell)) return cell;
  return cell.replace(/([\u3400-\u9fff])\s*[\r\n]+\s*(?=[\u3400-\u9fff])/g, '$1').replace(/\s*[\r\n]+\s*/g, ' ');
}

function readRows(text: string, collector: Findings): Row[] {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 10 || (c === 13 && body.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  const rows: Row[] = [];
  let start = 0;
  // Row by row, so that each row's first character (its cursor) gives its line, also when quotes span lines.
  Papa.parse<string[]>(body, {
    delimiter: headerDelimiter(body),
    skipEmptyLines: false,
    step: (result) => {
      const line = lineAt(lineStarts, start);
      for (const error of result.errors) collector.add('error', 'csv-syntax', line, undefined, { detail: error.message });
      const cells = result.data;
      const end = lineStarts[line] ?? body.length;
      const raw = body.slice(lineStarts[line - 1] ?? 0, end).replace(/\r?\n$|\r$/, '');
      // The cursor stands after the row's line break: the next row's first character.
      start = result.meta.cursor;
      if (cells.every((c) => trimCell(c).text === '')) return;
      rows.push({
        cells: cells.map((c) => oneLine(trimCell(c.endsWith('\r') ? c.slice(0, -1) : c).text)),
        line,
        columns: cellColumns(raw, result.meta.delimiter),
      });
    },
  });
  return rows;
}

/**
 * Whether a first row is a record, not a header (`Alpha,90,85` over `Beta,88,80`): a name, then figures over columns of
 * figures. Numbers that label columns run in a sequence (years 2023, 2024; ranks 1, 2, 3); figures do not, unless by
 * chance, which a place's name first (`东区,3,4`) settles: a header's first cell is a word for the names, not one.
 */
function isFigureRow(first: Row, below: readonly Row[]): boolean {
  const values = first.cells.slice(1).map((cell) => cellNumber(cell));
  if (values.length < 2 || below.length === 0 || cellNumber(first.cells[0] ?? '') !== null) return false;
  if (values.some((value) => value === null)) return false;
  const columnsOfFigures = values.every((_, i) => below.every((row) => cellNumber(row.cells[i + 1] ?? '') !== null));
  const labels = (values as number[]).every((value, i, all) => Number.isInteger(value) && (i === 0 || value === (all[i - 1] ?? 0) + 1));
  return columnsOfFigures && (!labels || isPlaceName(first.cells[0] ?? ''));
}

/**
 * Reads CSV/TSV text: the long form (district, site type, score) into an inspection; the wide form (a row per
 * district) into a grid, which is read by column roles like any other table. Never throws.
 */
export function readCsv(text: string): { grid: Grid } | { result: ParseResult } {
  const collector = new Findings();
  let rows: Row[];
  try {
    rows = readRows(text, collector);
  } catch (cause) {
    return { result: { ok: false, findings: [{ severity: 'error', code: 'internal', line: 1, params: { detail: String(cause) } }] } };
  }
  // A sheet's title and blank rows above its header (`2025年11月考核结果,,` then `,,`): no header, no rows.
  while (rows.length > 2 && isTitleRow((rows[0] as Row).cells) && rows.slice(1).some((row) => !isTitleRow(row.cells))) rows.shift();
  readDecimalCommas(rows, headerDelimiter(text.startsWith('\ufeff') ? text.slice(1) : text), collector);
  // A first row with a figure in it (`万柏林区,76.5`, under a blank header line) is a row: the header is blank.
  const first = rows[0];
  if (first && (first.cells.some((cell) => /^[-+]?[0-9]+\.[0-9]+$/.test(cell)) || isFigureRow(first, rows.slice(1))))
    rows.unshift({ cells: first.cells.map(() => ''), line: first.line, columns: first.columns });
  const header = rows[0];
  if (!header) {
    collector.add('error', 'no-table', 1, undefined);
    return { result: { ok: false, findings: collector.list } };
  }
  const districtColumn = header.cells.findIndex(isEntityColumn);
  const siteTypeColumn = header.cells.findIndex((c) => isOneOf(c, SITE_TYPE_HEADERS));
  const scoreColumn = header.cells.findIndex((c) => isOneOf(c, SCORE_HEADERS));
  // With no district word in the header (`Bezirk;Sauberkeit`), the wide form's grid is read by what its cells
  // hold, like a table pasted as text; the long form needs its three columns named.
  if (districtColumn >= 0 && siteTypeColumn >= 0 && scoreColumn >= 0) {
    return {
      result: readLong(
        rows,
        districtColumn,
        siteTypeColumn,
        scoreColumn,
        header.cells.findIndex((c) => isOneOf(c, MAX_HEADERS)),
        collector,
      ),
    };
  }
  const cell = (row: Row, index: number) => ({ text: row.cells[index] ?? '', line: row.line, column: row.columns[index] ?? 1 });
  const grid: Grid = {
    title: '',
    titleLine: undefined,
    header: header.cells.map((_, i) => cell(header, i)),
    rows: rows.slice(1).map((row) => ({ line: row.line, cells: row.cells.map((_, i) => cell(row, i)) })),
    first: header.line,
    last: rows[rows.length - 1]?.line ?? header.line,
    notes: collector.list,
  };
  return { grid };
}

/** Reads CSV/TSV text into an inspection, the wide form by the column roles it infers; never throws. */
export function parseCsvInspection(text: string): ParseResult {
  const read = readCsv(text);
  if ('result' in read) return read.result;
  return readEntityTable(read.grid, inferPlan(read.grid));
}
