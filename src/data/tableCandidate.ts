// A table candidate of an import: a grid read by column roles, in the orientation its labels say or the reader chose,
// with the doubts the reading leaves (questions on a column's role, columns no header or evidence explains).

import { inferPlan, type TablePlan } from './reading/columnRoles';
import type { ColumnPlan } from './reading/tablePlan';
import { cellNumber, type Grid, type GridRow } from './sources/grid';
import { readEntityTable } from './layouts/readEntityTable';
import type { Finding, ParseResult } from './types';
import { planWith, type Reading } from './reading/importReading';
import { orientationOf, transposeGrid } from './reading/orientation';
import { CHANGE_WORDS } from './headerWords';
import { FIGURE_WITH_NOTE, OUT_OF } from './sources/gridRows';
import { splitRanksInNames } from './reading/ranksInNames';
import { splitFiguresInNames } from './reading/figuresInNames';
import { fewerByRanksFinding, outsideRankFindings } from './reading/rankEvidence';
import { withDecimalCommas } from './reading/decimalCommas';
import { withLabelsAsHeaders } from './reading/labelsInCells';
import { withoutBulletColumn } from './reading/bulletColumn';
import { withSlashPairsApart } from './reading/slashPairs';
import { PRINTED_HEADER, withHeaderRow } from './reading/headerRow';

/** The layout a candidate was read as. */
export type ImportFormat = 'page' | 'csv' | 'table' | 'transposed' | 'category-tables' | 'lists';

export interface ImportCandidate {
  /** Stable for the same text: the layout and the first line. */
  id: string;
  format: ImportFormat;
  /** The heading above the table or list ('' when there is none). */
  title: string;
  first: number;
  last: number;
  result: ParseResult;
  /**
   * For tables read by column roles: the grid as read and its plan, so the preview can change a role, and whether
   * that grid is the printed one with its rows and columns swapped.
   */
  table?: { grid: Grid; plan: TablePlan; swapped: boolean };
}

/**
 * Reads a table candidate again with the reader's choices (the orientation, roles, rows); others are returned as read.
 * A reading that names no orientation was stored before the choice existed: its grid is read as printed, as it was.
 */
export function readCandidate(candidate: ImportCandidate, reading: Reading | undefined): ParseResult {
  const oriented = reading ? headedCandidate(orientedCandidate(candidate, reading.transposed ?? false), reading.headerRow) : candidate;
  const chosen = reading && (reading.roles?.length || reading.references?.length || reading.skipped?.length || reading.direction);
  if (!oriented.table || !reading || !chosen) return oriented.result;
  return readTable(oriented.table.grid, planWith(oriented.table.plan, reading));
}

const ORIENTATION_NOTES: ReadonlySet<string> = new Set(['orientation-swapped', 'orientation-unclear', 'orientation-one-row']);

/**
 * The candidate read from its printed grid as it is (transposed false) or with rows and columns swapped (true), read
 * afresh when that is not how it was offered: the roles and rows of the other orientation mean nothing here. A
 * chosen orientation needs no note of the automatic one.
 */
export function orientedCandidate(candidate: ImportCandidate, transposed: boolean): ImportCandidate {
  if (!candidate.table || candidate.table.swapped === transposed) return candidate;
  const { grid: offered } = candidate.table;
  const grid = transposeGrid({ ...offered, notes: offered.notes.filter((n) => !ORIENTATION_NOTES.has(n.code)) });
  const plan = inferPlan(grid);
  return { ...candidate, result: readTable(grid, plan), table: { grid, plan, swapped: transposed } };
}

/**
 * The candidate read with the header the reader chose (headerRow.ts): a row of its grid, or none. Its roles and rows
 * are inferred afresh from that grid, as after a swap. The printed header (or no choice) leaves it as it was.
 */
export function headedCandidate(candidate: ImportCandidate, headerRow: number | undefined): ImportCandidate {
  if (!candidate.table || headerRow === undefined || headerRow === PRINTED_HEADER) return candidate;
  const grid = withHeaderRow(candidate.table.grid, headerRow);
  const plan = inferPlan(grid);
  return { ...candidate, result: readTable(grid, plan), table: { ...candidate.table, grid, plan } };
}

function readTable(grid: Grid, plan: TablePlan): ParseResult {
  const result = readEntityTable(grid, plan);
  const questions: Finding[] = plan.questions.map((index) => ({
    severity: 'warning',
    code: 'column-role-question',
    line: grid.header[index]?.line ?? grid.first,
    column: grid.header[index]?.column ?? 1,
    params: { column: index + 1, header: grid.header[index]?.text ?? '', count: plan.rows.filter((r) => !r.reference).length },
  }));
  // Figures under a header that names some score columns and not others: the header does not fit the rows (a stray
  // line taken for it, say), so which category these figures are is a guess the reader must see.
  const figures = plan.columns.filter((c) => c.role === 'score' || c.role === 'total' || c.role === 'weighted');
  const unnamed = figures.filter((c) => (grid.header[c.index]?.text ?? '').trim() === '');
  const misfit: Finding[] =
    unnamed.length > 0 && unnamed.length < figures.length
      ? unnamed.map((c) => ({
          severity: 'warning',
          code: 'unnamed-column',
          line: grid.first,
          params: { column: c.index + 1, name: c.name },
        }))
      : [];
  return {
    ...result,
    findings: [
      ...questions,
      ...misfit,
      ...rateColumns(grid, plan),
      ...fewerByRanksFinding(grid, plan),
      ...outsideRankFindings(grid, plan),
      ...unexplainedColumns(grid, plan),
      ...result.findings,
    ],
  };
}

/**
 * Score columns that nothing but their figures made scores: no maximum, no score word, and whole numbers only (a
 * count, a rank, an amount as easily as a score). Each is a doubt the reader confirms, never a silent score.
 */
function unexplainedColumns(grid: Grid, plan: TablePlan): Finding[] {
  const entityRows = plan.rows.filter((r) => !r.reference && !r.skipped).map((r) => grid.rows[r.index]);
  const valuesOf = (index: number) =>
    entityRows.map((row) => cellNumber(row?.cells[index]?.text ?? '')).filter((v): v is number => v !== null);
  const wholeOnly = (index: number) =>
    entityRows.every((row) => /^[0-9０-９]*$/.test((row?.cells[index]?.text ?? '').replace(/分$/, '').trim()));
  // Scores the table prints with decimals: a whole-number column within their range is one more of them (城中村 70).
  const scored = plan.columns.filter((c) => c.role === 'score' && !wholeOnly(c.index)).flatMap((c) => valuesOf(c.index));
  const low = scored.reduce((a, v) => Math.min(a, v), Infinity) * 0.8;
  const high = scored.reduce((a, v) => Math.max(a, v), -Infinity) * 1.2;
  const amongScores = (index: number) => scored.length > 0 && valuesOf(index).every((v) => v >= low && v <= high);
  if (partsOfPrintedTotal(plan, entityRows)) return [];
  return plan.columns
    .filter((c) => c.role === 'score' && c.reason === 'numbers' && c.maxScore === undefined && !RATE_HEADER.test(c.header))
    .filter((c) => wholeOnly(c.index) && !amongScores(c.index))
    .map((c) => columnDoubt(grid, c, 'column-unexplained'));
}

/** Whether the score columns add up to the printed total on every row: the total's parts, explained by it. */
function partsOfPrintedTotal(plan: TablePlan, rows: readonly (Grid['rows'][number] | undefined)[]): boolean {
  const total = plan.columns.find((c) => c.role === 'total');
  const scores = plan.columns.filter((c) => c.role === 'score');
  if (!total || scores.length < 2 || rows.length === 0) return false;
  return rows.every((row) => {
    const printed = cellNumber(row?.cells[total.index]?.text ?? '');
    const parts = scores.map((c) => cellNumber(row?.cells[c.index]?.text ?? ''));
    if (printed === null || parts.some((v) => v === null)) return false;
    return Math.abs(parts.reduce<number>((sum, v) => sum + (v ?? 0), 0) - printed) < 1e-6;
  });
}

/** A doubt on a column, pointing at its header: which column, and what it is headed. */
function columnDoubt(grid: Grid, column: ColumnPlan, code: 'column-unexplained' | 'column-rate'): Finding {
  return {
    severity: 'warning',
    code,
    line: grid.header[column.index]?.line ?? grid.first,
    column: grid.header[column.index]?.column ?? 1,
    params: { column: column.index + 1, header: column.header },
  };
}

/** The grid in the orientation its labels say (entities as rows), with a note when it was swapped or is unclear. */
function orientedGrid(printed: Grid): { grid: Grid; swapped: boolean } {
  const orientation = orientationOf(printed);
  const line = printed.header[1]?.line ?? printed.first;
  const params = { count: orientation.count, kind: orientation.kind };
  if (orientation.swap) {
    const grid = transposeGrid(printed);
    // Swapped against the corner's word: a doubt the reader confirms, not a note.
    const severity = orientation.unclear ? 'warning' : 'info';
    const note: Finding = { severity, code: 'orientation-swapped', line, params: { ...params, reason: orientation.reason ?? '' } };
    return { grid: { ...grid, notes: [note, ...grid.notes] }, swapped: true };
  }
  // One row under the header: one entity ranked alone, or names across in a form no suffix tells. Said as such.
  if (orientation.reason === 'one-row') {
    const name = printed.rows[0]?.cells[0]?.text ?? '';
    const doubt: Finding = { severity: 'warning', code: 'orientation-one-row', line, params: { name } };
    return { grid: { ...printed, notes: [doubt, ...printed.notes] }, swapped: false };
  }
  if (orientation.unclear) {
    const doubt: Finding = { severity: 'warning', code: 'orientation-unclear', line, params };
    return { grid: { ...printed, notes: [doubt, ...printed.notes] }, swapped: false };
  }
  return { grid: printed, swapped: false };
}

/**
 * Names across over rows of figures alone (`东区 西区 南区` / `90 88 70` / `85 80 95`): no row has a label, so no column
 * is one and the header has no corner; every name heads its column of figures. Read as one row per name, the columns
 * unnamed (a doubt each: columns no header explains). Before, the first name was taken for the corner and lost.
 */
export function namesAcrossAsRows(grid: Grid): Grid {
  const { header, rows } = grid;
  const named = header.length >= 2 && header.every((cell) => cell.text.trim() !== '' && cellNumber(cell.text) === null);
  const figures =
    rows.length > 0 && rows.every((row) => row.cells.length === header.length && row.cells.every((cell) => cellNumber(cell.text) !== null));
  if (!named || !figures) return grid;
  const blank = { text: '', line: grid.first, column: 1 };
  return {
    ...grid,
    header: [blank, ...rows.map(() => blank)],
    rows: header.map((name, i) => ({ line: name.line, cells: [name, ...rows.map((row) => row.cells[i] ?? blank)] })),
  };
}

/**
 * A header printed k times over one row (`名次 单位 得分 名次 单位 得分`): a ranking laid out in k columns of records
 * to save paper, each row holding k records. Read down each half in turn, one record a row, every cell where it was
 * printed; an empty record (the last column's short end) is none. Said in a note.
 */
export function unstackedRecords(grid: Grid): Grid {
  const labels = grid.header.map((cell) => cell.text.replace(/\s+/g, ''));
  const width = recordWidth(labels);
  if (width === undefined) return grid;
  const copies = labels.length / width;
  const rows: GridRow[] = [];
  for (let copy = 0; copy < copies; copy++)
    for (const row of grid.rows) {
      const cells = row.cells.slice(copy * width, (copy + 1) * width);
      if (cells.some((cell) => cell.text !== '')) rows.push({ line: row.line, cells });
    }
  const note: Finding = { severity: 'info', code: 'records-side-by-side', line: grid.first, params: { count: copies } };
  return { ...grid, header: grid.header.slice(0, width), rows, notes: [note, ...grid.notes] };
}

/** The width of one record when the header is one record's labels repeated (two or more labels, twice or more). */
function recordWidth(labels: readonly string[]): number | undefined {
  for (let width = 2; width * 2 <= labels.length; width++) {
    if (labels.length % width !== 0 || labels.slice(0, width).some((label) => label === '')) continue;
    if (labels.every((label, i) => label === labels[i % width])) return width;
  }
  return undefined;
}

/** A rate as printed: a figure of 0 to 100 with a percent sign and no sign before it (`98.5%`). */
const RATE = /^([0-9]+(?:\.[0-9]+)?)\s*[%％]$/;

/**
 * Columns of rates (`达标率 98.5%`: every filled cell a percentage with no sign, none above 100, under a header that
 * names no change) are figures out of 100: read without their percent sign, the header saying `(%)`, so that the
 * reading knows them (a rate restating a score is no second score) and the reader doubts them (a rate may be better
 * low, 投诉率, as well as high). A change (`环比 -0.9%`) keeps its signs and is never a score.
 */
export function ratesAsFigures(grid: Grid): Grid {
  const width = grid.header.length;
  const rates: number[] = [];
  for (let c = 0; c < width; c++) {
    const filled = grid.rows.map((row) => row.cells[c]?.text ?? '').filter((text) => text !== '');
    const isRate = filled.length >= 2 && filled.every((text) => RATE.test(text) && Number(RATE.exec(text)?.[1]) <= 100);
    if (isRate && !CHANGE_WORDS.test(grid.header[c]?.text ?? '')) rates.push(c);
  }
  if (rates.length === 0) return grid;
  const header = grid.header.map((cell, c) =>
    rates.includes(c) && !/[%％]/.test(cell.text) ? { ...cell, text: `${cell.text}(%)` } : cell,
  );
  const rows = grid.rows.map((row) => ({
    ...row,
    cells: row.cells.map((cell, c) => (rates.includes(c) ? { ...cell, text: cell.text.replace(/\s*[%％]$/, '') } : cell)),
  }));
  return { ...grid, header, rows };
}

/** A rate's header: `(%)` or `（％）` with no share before it (`实地考察(85%)` is a weight, not a rate). */
const RATE_HEADER = /[(（]\s*[%％]\s*[)）]/;

/** Score columns of rates, each a doubt: read out of 100 and higher is better, unless the reader says otherwise. */
function rateColumns(grid: Grid, plan: TablePlan): Finding[] {
  return plan.columns
    .filter((c) => (c.role === 'score' || c.role === 'total') && RATE_HEADER.test(c.header))
    .map((c) => columnDoubt(grid, c, 'column-rate'));
}

/**
 * Columns of figures printed with their maximum (`92.5/100`, every filled cell, one maximum): the figures, and the
 * maximum written into the header as a header gives one (`得分(100)`), so that every reader reads it alike.
 */
export function figuresOutOf(grid: Grid): Grid {
  const maxima = new Map<number, string>();
  for (let c = 0; c < grid.header.length; c++) {
    const filled = grid.rows.map((row) => OUT_OF.exec(row.cells[c]?.text ?? '')).filter((m) => m !== null);
    const all = grid.rows.filter((row) => (row.cells[c]?.text ?? '') !== '').length;
    const max = filled[0]?.[2];
    if (filled.length >= 2 && filled.length === all && filled.every((m) => m[2] === max && Number(m[1]) <= Number(max)))
      maxima.set(c, max ?? '');
  }
  if (maxima.size === 0) return grid;
  const header = grid.header.map((cell, c) => (maxima.has(c) ? { ...cell, text: `${cell.text}(${maxima.get(c) ?? ''})` } : cell));
  const rows = grid.rows.map((row) => ({
    ...row,
    cells: row.cells.map((cell, c) => (maxima.has(c) ? { ...cell, text: OUT_OF.exec(cell.text)?.[1] ?? cell.text } : cell)),
  }));
  return { ...grid, header, rows };
}

/** Columns whose every filled cell is a figure with a note after it (FIGURE_WITH_NOTE): the figures. */
export function figuresWithoutNotes(grid: Grid): Grid {
  const noted = new Set<number>();
  for (let c = 0; c < grid.header.length; c++) {
    const filled = grid.rows.map((row) => row.cells[c]?.text ?? '').filter((text) => text !== '');
    if (
      filled.some((text) => FIGURE_WITH_NOTE.test(text)) &&
      filled.every((text) => FIGURE_WITH_NOTE.test(text) || cellNumber(text) !== null)
    )
      noted.add(c);
  }
  if (noted.size === 0) return grid;
  const rows = grid.rows.map((row) => ({
    ...row,
    cells: row.cells.map((cell, c) =>
      noted.has(c) ? { ...cell, text: FIGURE_WITH_NOTE.exec(cell.text)?.[1]?.trim() ?? cell.text } : cell,
    ),
  }));
  return { ...grid, rows };
}

export function tableCandidate(printed: Grid, format: ImportFormat): ImportCandidate {
  const cleaned = withDecimalCommas(
    figuresWithoutNotes(
      figuresOutOf(withSlashPairsApart(ratesAsFigures(unstackedRecords(withLabelsAsHeaders(withoutBulletColumn(printed)))))),
    ),
  );
  const { grid, swapped } = orientedGrid(splitFiguresInNames(splitRanksInNames(namesAcrossAsRows(cleaned))));
  const plan = inferPlan(grid);
  return {
    id: `${format}:${String(grid.first)}`,
    format,
    title: grid.title,
    first: grid.first,
    last: grid.last,
    result: readTable(grid, plan),
    table: { grid, plan, swapped },
  };
}
