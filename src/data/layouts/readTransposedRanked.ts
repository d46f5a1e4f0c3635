// Reads the ranked table printed the other way round: a row per rank, then for each category a name column
// and a score column (`顺序 城管工作 得分 环卫工作 得分` / `1 东区 94.35分 西区 95.5分`).

import { assembleInspection } from '../reading/assemble';
import { entityKindOfNames, isEntityHeader, splitMax } from '../reading/columnRoles';
import { cellNumber, decimalsOf, type Grid, type GridCell, type GridRow } from '../sources/grid';
import type { Finding, ParseResult, Score, SiteType } from '../types';
import { headerIs, RANK_WORDS, ROW_NUMBER_WORDS, SCORE_WORDS } from '../headerWords';

const isRankHeader = (text: string) => headerIs(text, RANK_WORDS) || headerIs(text, ROW_NUMBER_WORDS);
/** A score's header, its maximum in brackets allowed (`得分(100)`). */
const isScoreHeader = (text: string) => headerIs(text, SCORE_WORDS);

/** Whether a grid has this layout: a rank column, then (name, score) pairs under (category, 得分) headers. */
export function isTransposedRanked(grid: Grid): boolean {
  const header = grid.header.map((c) => c.text);
  if (header.length < 3 || header.length % 2 === 0 || !isRankHeader(header[0] ?? '')) return false;
  for (let i = 1; i < header.length; i += 2) {
    // `排名 区域 得分` is an entity table: a category's column is never named like the entities.
    const category = header[i] ?? '';
    if (category.trim() === '' || isScoreHeader(category) || isEntityHeader(category) || !isScoreHeader(header[i + 1] ?? '')) return false;
  }
  return (
    grid.rows.length >= 2 &&
    grid.rows.every((r) => cellNumber(r.cells[0]?.text ?? '') !== null && cellNumber(r.cells[1]?.text ?? '') === null)
  );
}

/** The site types the header names, a name and a score column each (`农贸市场 得分`), their maxima as printed. */
function siteTypesOf(grid: Grid, line: number, findings: Finding[]): SiteType[] {
  const siteTypes: SiteType[] = [];
  for (let i = 1; i < grid.header.length; i += 2) {
    const label = splitMax(grid.header[i]?.text ?? '');
    const scoreMax = splitMax(grid.header[i + 1]?.text ?? '').maxScore;
    const maxScore = label.maxScore ?? scoreMax;
    if (maxScore === undefined)
      findings.push({ severity: 'info', code: 'max-assumed', line, params: { maxScore: 100, siteType: label.name } });
    siteTypes.push({ name: label.name, maxScore: maxScore ?? 100, line });
  }
  return siteTypes;
}

/** What the site types' rankings add up to as they are read. */
interface RankedReading {
  findings: Finding[];
  districts: string[];
  known: Set<string>;
  scores: Score[];
  taken: Set<string>;
  decimals: number;
}

/** A name and its figure in one site type's pair of cells, or the finding that says why it is not read. */
function pairOf(row: GridRow, c: number, siteType: SiteType, findings: Finding[]): { name: string; value: number; cell: GridCell } | null {
  const nameCell = row.cells[1 + 2 * c];
  const valueCell = row.cells[2 + 2 * c];
  const name = nameCell?.text ?? '';
  if (name === '' && (valueCell?.text ?? '') === '') return null;
  if (name === '') {
    findings.push({
      severity: 'error',
      code: 'missing-district-name',
      line: row.line,
      ...(valueCell ? { column: valueCell.column } : {}),
      params: { siteType: siteType.name },
    });
    return null;
  }
  const value = valueCell ? cellNumber(valueCell.text) : null;
  if (!valueCell || value === null) {
    findings.push({
      severity: 'error',
      code: valueCell ? 'not-a-number' : 'missing-cell',
      line: row.line,
      column: valueCell?.column ?? nameCell?.column ?? 1,
      params: { district: name, siteType: siteType.name, text: valueCell?.text ?? '' },
    });
    return null;
  }
  if (value < 0 || value > siteType.maxScore + 1e-6) {
    findings.push({
      severity: 'error',
      code: 'score-out-of-range',
      line: row.line,
      column: valueCell.column,
      params: { district: name, siteType: siteType.name, value, maxScore: siteType.maxScore },
    });
    return null;
  }
  return { name, value, cell: valueCell };
}

/** One site type's ranking down its pair of columns: each name once, in order (a figure above the one before it said). */
function readSiteTypeRanking(grid: Grid, c: number, siteType: SiteType, reading: RankedReading): void {
  const { findings } = reading;
  let previous: { district: string; value: number } | undefined;
  for (const row of grid.rows) {
    const pair = pairOf(row, c, siteType, findings);
    if (!pair) continue;
    const { name, value, cell } = pair;
    const key = `${name}\u0000${siteType.name}`;
    if (reading.taken.has(key)) {
      findings.push({
        severity: 'error',
        code: 'duplicate-district',
        line: row.line,
        column: row.cells[1 + 2 * c]?.column ?? 1,
        params: { district: name, siteType: siteType.name },
      });
      continue;
    }
    reading.taken.add(key);
    if (!reading.known.has(name)) {
      reading.known.add(name);
      reading.districts.push(name);
    }
    reading.decimals = Math.max(reading.decimals, decimalsOf(cell.text));
    if (previous && value > previous.value + 1e-6)
      findings.push({
        severity: 'warning',
        code: 'list-order',
        line: row.line,
        column: cell.column,
        params: { siteType: siteType.name, district: name, value, previousDistrict: previous.district, previousValue: previous.value },
      });
    previous = { district: name, value };
    reading.scores.push({ district: name, siteType: siteType.name, value, line: row.line, column: cell.column });
  }
}

export function readTransposedRanked(grid: Grid): ParseResult {
  const findings: Finding[] = [...grid.notes];
  const headerLine = grid.header[0]?.line ?? grid.first;
  const siteTypes = siteTypesOf(grid, headerLine, findings);
  const reading: RankedReading = { findings, districts: [], known: new Set(), scores: [], taken: new Set(), decimals: 0 };
  siteTypes.forEach((siteType, c) => readSiteTypeRanking(grid, c, siteType, reading));
  const { districts, scores, decimals } = reading;
  return assembleInspection(
    {
      title: grid.title,
      districts,
      siteTypes,
      scores,
      sourceRanges: [{ first: grid.first, last: grid.last }],
      entityKind: entityKindOfNames(districts),
      decimals,
      line: headerLine,
      checkPairs: true,
    },
    findings,
  );
}
