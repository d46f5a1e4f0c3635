// Reads a table of one row per entity (district, street, town, county) into an inspection, by the column
// roles of its plan: the entity's name, its category scores (raw or weighted), its total and its rank.

import { assembleInspection } from '../reading/assemble';
import type { ColumnPlan, TablePlan } from '../reading/columnRoles';
import { DEDUCTION_WORDS } from '../headerWords';
import { rankOf } from '../ordinals';
import { cellNumber, decimalsOf, type Grid, type GridCell, type GridRow } from '../sources/grid';
import { repairedNumber } from '../sources/gridCells';
import type { CityAverage, Finding, ParseResult, PublishedRank, PublishedTotal, Score, SiteType } from '../types';

const DEFAULT_MAX = 100;
/** Reference rows that add the entities up rather than average them. */
const SUM_ROW = /^(全市|全区|全县)?(合计|总计|小计)$|^(sum|total)$/i;

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** What a table's rows add up to as they are read, row by row. */
interface TableReading {
  findings: Finding[];
  decimals: number;
  districts: string[];
  seen: Set<string>;
  scores: Score[];
  publishedTotals: PublishedTotal[];
  publishedRanks: PublishedRank[];
  city: string | undefined;
  cityAverages: CityAverage[];
  publishedCityTotal: number | undefined;
}

/** The columns a reading uses: the names, the categories (with their site types), the total and the rank. */
interface ReadColumns {
  entity: ColumnPlan;
  categories: ColumnPlan[];
  siteTypes: SiteType[];
  total: ColumnPlan | undefined;
  rank: ColumnPlan | undefined;
}

/** One column each for the name, the total and the rank: with two, which one counts would be a guess. */
function duplicateRoles(plan: TablePlan, line: number): Finding[] {
  const found: Finding[] = [];
  for (const role of ['entity', 'total', 'rank'] as const) {
    const columns = plan.columns.filter((c) => c.role === role);
    if (columns.length > 1)
      found.push({
        severity: 'error',
        code: 'duplicate-role',
        line,
        params: { role, columns: columns.map((c) => c.header || `#${String(c.index + 1)}`) },
      });
  }
  return found;
}

/** Two categories of one name: which figures are which would be a guess. */
function duplicateCategories(categories: readonly ColumnPlan[], line: number): Finding[] {
  const names = new Set<string>();
  const duplicates = new Set<string>();
  for (const category of categories) {
    if (names.has(category.name)) duplicates.add(category.name);
    names.add(category.name);
  }
  return [...duplicates].map((name) => ({
    severity: 'error' as const,
    code: 'duplicate-site-type' as const,
    line,
    params: { siteType: name },
  }));
}

/**
 * A figure's cell read, each thing wrong with it said where it stands: missing, no number, a misprint with one
 * reading (read, as a doubt), below zero (kept, as a doubt), above its maximum. The place is passed as two names,
 * made into an object only for a finding: a long table reads many cells.
 */
function readFigure(
  reading: TableReading,
  cell: GridCell | undefined,
  line: number,
  place: { district: string; siteType: string },
  max: number | undefined,
): number | null {
  const { findings } = reading;
  if (!cell || cell.text === '') {
    findings.push({ severity: 'error', code: 'missing-cell', line, ...(cell ? { column: cell.column } : {}), params: { ...place } });
    return null;
  }
  const where = { line: cell.line, column: cell.column };
  const printed = cellNumber(cell.text);
  const repaired = printed === null ? repairedNumber(cell.text) : null;
  if (printed === null && repaired === null) {
    findings.push({ severity: 'error', code: 'not-a-number', ...where, params: { ...place, text: truncate(cell.text) } });
    return null;
  }
  // A misprint with one reading (86..67 → 86.67) is read so, as a doubt the reader confirms.
  if (repaired !== null)
    findings.push({
      severity: 'warning',
      code: 'figure-repaired',
      ...where,
      params: { ...place, text: truncate(cell.text), value: repaired },
    });
  const value = printed ?? repaired ?? 0;
  // Kept: a penalty can take a score below zero; the reader is asked to check it.
  if (value < 0) findings.push({ severity: 'warning', code: 'negative-score', ...where, params: { ...place, value } });
  else if (max !== undefined && value > max + 1e-6) {
    findings.push({ severity: 'error', code: 'score-out-of-range', ...where, params: { ...place, value, maxScore: max } });
    return null;
  }
  reading.decimals = Math.max(reading.decimals, decimalsOf(cell.text));
  return value;
}

/**
 * A reference row (an average): the city's figures, the first such row only. A sum row (合计) is no average: shown
 * as the city's figures it would be a wrong one, so it is left out.
 */
function readReferenceRow(reading: TableReading, row: GridRow, name: string, columns: ReadColumns): void {
  const { findings } = reading;
  if (SUM_ROW.test(name.replace(/\s+/g, ''))) {
    findings.push({ severity: 'info', code: 'sum-row', line: row.line, params: { district: name } });
    return;
  }
  if (reading.city !== undefined) {
    findings.push({ severity: 'info', code: 'reference-row-skipped', line: row.line, params: { district: name } });
    return;
  }
  reading.city = name;
  findings.push({ severity: 'info', code: 'reference-row', line: row.line, params: { district: name } });
  const { categories, siteTypes, total } = columns;
  categories.forEach((category, c) => {
    const cell = row.cells[category.index];
    const value = cell && cell.text !== '' ? cellNumber(cell.text) : null;
    if (cell && value !== null)
      reading.cityAverages.push({ siteType: siteTypes[c]?.name ?? category.name, value, line: cell.line, column: cell.column });
  });
  const totalCell = total ? row.cells[total.index] : undefined;
  const totalValue = totalCell ? cellNumber(totalCell.text) : null;
  if (totalValue !== null) reading.publishedCityTotal = totalValue;
  // With one score column and no total, the row's score is its total: the figure the page prints, not a mean of rounded ones.
  const only = reading.cityAverages[0];
  if (!total && categories.length === 1 && reading.cityAverages.length === 1 && only)
    reading.publishedCityTotal = only.value * (siteTypes[0]?.weight ?? 1);
}

/** An entity's row: its name (present, not a repeat), its scores, its printed total and rank. */
function readEntityRow(reading: TableReading, row: GridRow, columns: ReadColumns): void {
  const { findings } = reading;
  const nameCell = row.cells[columns.entity.index];
  const name = nameCell?.text ?? '';
  if (name === '' || reading.seen.has(name)) {
    findings.push(
      name === ''
        ? {
            severity: 'error',
            code: 'missing-district-name',
            line: row.line,
            ...(nameCell ? { column: nameCell.column } : {}),
            params: { siteType: '' },
          }
        : {
            severity: 'error',
            code: 'duplicate-district',
            line: row.line,
            column: nameCell?.column ?? 1,
            params: { district: name, siteType: '' },
          },
    );
    return;
  }
  reading.seen.add(name);
  reading.districts.push(name);
  columns.categories.forEach((category, c) => {
    const siteType = columns.siteTypes[c];
    if (!siteType) return;
    const cell = row.cells[category.index];
    const value = readFigure(reading, cell, row.line, { district: name, siteType: siteType.name }, siteType.maxScore);
    if (value !== null && cell)
      reading.scores.push({ district: name, siteType: siteType.name, value, line: cell.line, column: cell.column });
  });
  const { total, rank } = columns;
  if (total) {
    const cell = row.cells[total.index];
    const value = readFigure(reading, cell, row.line, { district: name, siteType: total.name }, undefined);
    if (value !== null && cell) reading.publishedTotals.push({ district: name, value, line: cell.line, column: cell.column });
  }
  const cell = rank ? row.cells[rank.index] : undefined;
  if (!rank || !cell) return;
  const value = rankOf(cell.text);
  if (value !== null && Number.isInteger(value) && value >= 1)
    reading.publishedRanks.push({ district: name, value, line: cell.line, column: cell.column });
  else if (cell.text !== '')
    findings.push({
      severity: 'error',
      code: 'not-a-number',
      line: cell.line,
      column: cell.column,
      params: { district: name, siteType: rank.name, text: truncate(cell.text) },
    });
}

/**
 * The columns a plan reads, or the finding that refuses it: no name column, or no figure. A total alone (the user's
 * choice, or a single figure per entity) is the entities' one score: a total states no maximum, so above 100 the
 * largest figure bounds the charts, and a finding says so.
 */
function columnsOf(grid: Grid, plan: TablePlan, line: number, findings: Finding[]): ReadColumns | null {
  const entity = plan.columns.find((c) => c.role === 'entity');
  if (!entity) {
    findings.push({ severity: 'error', code: 'no-entity-column', line, params: {} });
    return null;
  }
  const scoreColumns = plan.columns.filter((c) => c.role === 'score' || c.role === 'weighted');
  const totals = plan.columns.filter((c) => c.role === 'total');
  const onlyTotal = scoreColumns.length === 0 && totals.length === 1 ? totals[0] : undefined;
  const categories = onlyTotal ? [{ ...onlyTotal, role: 'score' as const }] : scoreColumns;
  if (categories.length === 0) {
    findings.push({ severity: 'error', code: 'no-score-column', line, params: {} });
    return null;
  }
  findings.push(...duplicateCategories(categories, line));
  const notRead = new Set(plan.rows.filter((r) => r.reference || r.skipped).map((r) => r.index));
  const siteTypes = categories.map((c) => siteTypeOf(c, grid, notRead, line, findings, onlyTotal !== undefined));
  const total = onlyTotal ? undefined : totals[0];
  return { entity, categories, siteTypes, total, rank: plan.columns.find((c) => c.role === 'rank') };
}

/** Reads a grid by a plan; any plan in, a result out (an unusable plan is refused with the reason). */
export function readEntityTable(grid: Grid, plan: TablePlan): ParseResult {
  const findings: Finding[] = [...grid.notes];
  const firstLine = grid.header[0]?.line ?? grid.first;
  findings.push(...duplicateRoles(plan, firstLine));
  const fewerIsBetter = directionOf(grid, plan, firstLine, findings) === 'fewer';
  if (findings.some((f) => f.code === 'duplicate-role' || f.code === 'deduction-column')) return { ok: false, findings };
  const columns = columnsOf(grid, plan, firstLine, findings);
  if (!columns) return { ok: false, findings };
  const reading: TableReading = {
    findings,
    decimals: 0,
    districts: [],
    seen: new Set(),
    scores: [],
    publishedTotals: [],
    publishedRanks: [],
    city: undefined,
    cityAverages: [],
    publishedCityTotal: undefined,
  };
  const status = new Map(plan.rows.map((r) => [r.index, r.skipped ? 'skipped' : r.reference ? 'reference' : 'entity']));
  grid.rows.forEach((row, index) => {
    const kind = status.get(index) ?? 'entity';
    if (kind === 'reference') readReferenceRow(reading, row, row.cells[columns.entity.index]?.text ?? '', columns);
    else if (kind === 'entity') readEntityRow(reading, row, columns);
  });
  const { rank, siteTypes } = columns;
  if (reading.publishedRanks.length > 0)
    findings.push({ severity: 'info', code: 'rank-column', line: grid.header[rank?.index ?? 0]?.line ?? firstLine, params: {} });
  const { districts, scores, publishedTotals, publishedRanks, city, cityAverages, publishedCityTotal, decimals } = reading;
  return assembleInspection(
    {
      title: grid.title,
      districts,
      siteTypes,
      scores,
      publishedTotals,
      publishedRanks,
      ...(city === undefined ? {} : { city: { name: city, averages: cityAverages, total: publishedCityTotal } }),
      sourceRanges: [{ first: grid.first, last: grid.last }],
      entityKind: plan.entityKind,
      decimals,
      line: firstLine,
      checkPairs: false,
      fewerIsBetter,
    },
    findings,
  );
}

/**
 * Whether more or fewer is better: as the reader chose it, else fewer when every figure counted is a deduction
 * (扣分, 失分), said in a note. Deductions beside scores, with nothing chosen, are an error on each: counted with the
 * scores they would put the worst first, and which way the ranking runs is for the reader to say.
 */
function directionOf(grid: Grid, plan: TablePlan, firstLine: number, findings: Finding[]): 'more' | 'fewer' {
  const counted = plan.columns.filter((c) => c.role === 'score' || c.role === 'weighted' || c.role === 'total');
  const deductions = counted.filter((c) => DEDUCTION_WORDS.test(c.header));
  const where = (column: ColumnPlan) => ({
    line: grid.header[column.index]?.line ?? firstLine,
    column: grid.header[column.index]?.column ?? 1,
  });
  const deducted = deductions.length > 0 && deductions.length === counted.length;
  const direction = plan.direction ?? (deducted || plan.rankedFewer ? 'fewer' : 'more');
  const first = deductions[0] ?? counted[0];
  // Fewer by the printed ranks alone is said by its own note (fewerByRanksFinding).
  if (direction === 'fewer' && first && (deducted || plan.direction !== undefined || !plan.rankedFewer))
    findings.push({ severity: 'info', code: 'fewer-is-better', ...where(first), params: { header: first.header || first.name } });
  if (plan.direction === undefined && direction === 'more')
    for (const column of deductions)
      findings.push({ severity: 'error', code: 'deduction-column', ...where(column), params: { header: column.header } });
  return direction;
}

function siteTypeOf(
  column: ColumnPlan,
  grid: Grid,
  referenceRows: ReadonlySet<number>,
  line: number,
  findings: Finding[],
  isTotal: boolean,
): SiteType {
  const siteType: SiteType = { name: column.name, maxScore: column.maxScore ?? DEFAULT_MAX, line };
  // A raw score with a stated share (`实地考察(85%)`) counts times that share in the total.
  if (column.role === 'score' && column.weight !== undefined) siteType.weight = column.weight;
  if (column.maxScore === undefined) {
    // A loop, not Math.max(...rows): a spread of an input-sized array can overflow the stack.
    let largest = 0;
    grid.rows.forEach((r, i) => {
      if (!referenceRows.has(i)) largest = Math.max(largest, cellNumber(r.cells[column.index]?.text ?? '') ?? 0);
    });
    if (largest > DEFAULT_MAX && isTotal) {
      siteType.maxScore = largest;
      findings.push({ severity: 'info', code: 'max-from-values', line, params: { siteType: column.name, value: largest } });
    } else if (largest > DEFAULT_MAX) {
      // A maximum no header gives is the reader's to confirm, not a dead end: the largest figure stands for it.
      siteType.maxScore = largest;
      findings.push({ severity: 'warning', code: 'max-unknown', line, params: { siteType: column.name, value: largest } });
    } else findings.push({ severity: 'info', code: 'max-assumed', line, params: { maxScore: DEFAULT_MAX, siteType: column.name } });
  }
  return siteType;
}
