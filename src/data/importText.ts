// One entry point for every import: finds every table or list a text holds, reads each with the reader of its
// layout, and offers them all as candidates; the chosen one (with any column roles the user changed) is imported.
// It carries the CSV reader (papaparse): the app loads it on demand, never on the first screen.

import { findGrids, type Grid } from './sources/grid';
import { figureLinesGrid } from './sources/figureLines';
import { listsTable } from './layouts/listsGrid';
import { inspectionTable } from './reading/inspectionGrid';
import { append } from './arrays';
import { splitGroups } from './layouts/groups';
import { looksLikeCsv, readCsv } from './layouts/importCsv';
import { parseInspection } from './parseInspection';
import { findRecordGrids } from './layouts/recordLines';
import { groupCategoryTables, readCategoryTables } from './layouts/readCategoryTables';
import { findProseLists, groupLists, joinRankingParts, readProseLists } from './layouts/readProseLists';
import { isTransposedRanked, readTransposedRanked } from './layouts/readTransposedRanked';
import { splitLines } from './sources/lines';
import { parseRowLabel } from './sources/text';
import type { Finding, ParseResult } from './types';
import { readingOf, type Reading } from './reading/importReading';
import { suggestPeriod } from './reading/suggestPeriod';
import { markDisagreements } from './reading/disagreements';
import { nameDoubt } from './checks/reading';
import { readCandidate, tableCandidate, type ImportCandidate, type ImportFormat } from './tableCandidate';

export { planWith, readingOf, type Reading } from './reading/importReading';
export { suggestPeriod } from './reading/suggestPeriod';
export { headedCandidate, orientedCandidate, readCandidate, type ImportCandidate, type ImportFormat } from './tableCandidate';

/** What an import was read as, and what was found. */
export interface ImportResult {
  format: ImportFormat;
  result: ParseResult;
  reading?: Reading;
}

/** An import read for the preview, before it is added. */
export interface ImportPreview extends ImportResult {
  candidates: ImportCandidate[];
  /** The id of the candidate chosen by default: the most complete one. */
  chosen: string;
  /** A period suggested from the chosen table's heading or a date line next to it. */
  suggestedPeriod: string | undefined;
}

/** The Taiyuan form's rows (`公厕(100)	…`) are the page reader's: a grid of them is not read again as a table. */
function isPageTable(grid: Grid): boolean {
  const labelled = grid.rows.filter((r) => parseRowLabel(r.cells[0]?.text ?? '') !== null).length;
  return labelled * 2 > grid.rows.length;
}

function firstLineOf(text: string): string {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  const end = body.search(/\r|\n/);
  return end < 0 ? body : body.slice(0, end);
}

/** Every table and list the text holds, each read by its layout's reader. Never throws. */
export function findCandidates(text: string, onProgress?: (fraction: number) => void): ImportCandidate[] {
  try {
    return withChoiceDoubt(withUniqueIds(candidatesOf(typeof text === 'string' ? text : '', onProgress).map(withGrid)));
  } catch (cause) {
    // A backstop: the property tests assert this path is never taken.
    const result: ParseResult = {
      ok: false,
      findings: [{ severity: 'error', code: 'internal', line: 1, params: { detail: String(cause) } }],
    };
    return [{ id: 'page:1', format: 'page', title: '', first: 1, last: 1, result }];
  }
}

/** A reading no table gave, with the grid of what it read: the reader finishes any reading as a table. */
function withGrid(candidate: ImportCandidate): ImportCandidate {
  if (candidate.table || !candidate.result.ok) return candidate;
  return { ...candidate, table: inspectionTable(candidate.result.inspection, candidate.first, candidate.last) };
}

/**
 * The candidate offered first carries a doubt when the page holds a more complete ranking further down: opening on
 * the first printed is a guess the reader confirms, naming the other one (its line and its count of scores).
 */
function withChoiceDoubt(candidates: ImportCandidate[]): ImportCandidate[] {
  const chosen = chooseCandidate(candidates);
  if (!chosen?.result.ok) return candidates;
  const count = chosen.result.inspection.scores.length;
  let fuller: ImportCandidate | undefined;
  for (const c of candidates)
    if (c.result.ok && c.result.inspection.scores.length > Math.max(count, fuller?.result.ok ? fuller.result.inspection.scores.length : 0))
      fuller = c;
  if (!fuller?.result.ok) return candidates;
  const doubt: Finding = {
    severity: 'warning',
    code: 'fuller-ranking',
    line: fuller.first,
    params: { count: fuller.result.inspection.scores.length, shown: count, at: fuller.first },
  };
  const result: ParseResult = { ...chosen.result, findings: [doubt, ...chosen.result.findings] };
  return candidates.map((c) => (c === chosen ? { ...c, result } : c));
}

/**
 * Candidates with ids unique within the text: two tables of one layout can start on one line (a grid and the
 * record lines in it), and a stored reading names its table by id, so a second of an id is told apart by its last
 * line (the first keeps its id, so readings stored before stay valid).
 */
function withUniqueIds(candidates: ImportCandidate[]): ImportCandidate[] {
  const taken = new Set<string>();
  return candidates.map((candidate) => {
    let id = candidate.id;
    for (let n = 1; taken.has(id); n++) id = `${candidate.id}-${String(candidate.last)}${n > 1 ? `-${String(n)}` : ''}`;
    taken.add(id);
    return id === candidate.id ? candidate : { ...candidate, id };
  });
}

function candidatesOf(text: string, onProgress?: (fraction: number) => void): ImportCandidate[] {
  const page = parseInspection(
    text,
    onProgress
      ? {
          onProgress: (f) => {
            onProgress(f * 0.6);
          },
        }
      : {},
  );
  const candidates: ImportCandidate[] = [];
  const pageFound = page.ok || page.findings.some((f) => f.code !== 'no-table');
  if (pageFound) {
    const ranges = page.ok ? page.inspection.sourceRanges : [];
    candidates.push({
      id: 'page:1',
      format: 'page',
      title: page.ok ? page.inspection.title : '',
      first: ranges[0]?.first ?? 1,
      last: ranges[ranges.length - 1]?.last ?? 1,
      result: page,
    });
  }
  const csv = looksLikeCsv(text) ? readCsv(text) : undefined;
  // A wide table with tabs is read as text, where two-level headers and wrapped rows are recovered; CSV
  // (commas, semicolons, quotes) and the long form go through the CSV reader.
  const tabbedWide = csv !== undefined && 'grid' in csv && firstLineOf(text).includes('\t') && !firstLineOf(text).includes('"');
  if (csv && !tabbedWide) {
    if ('grid' in csv) candidates.push(tableCandidate(csv.grid, 'csv'));
    else candidates.push({ id: 'csv:1', format: 'csv', title: '', first: 1, last: splitLines(text).length, result: csv.result });
    onProgress?.(1);
    return candidates;
  }
  const found = findGrids(text).filter((g) => !isPageTable(g));
  // Rows with no header are a grid to finish when nothing else reads (findGrids): they come last.
  const isHeaderless = (g: Grid) => g.header.every((c) => c.text === '');
  const grids = found.filter((g) => !isHeaderless(g));
  // Grids no layout reads: offered only when nothing else reads, so that the preview shows the grid to complete.
  const unread: ImportCandidate[] = [];
  onProgress?.(0.8);
  for (const grid of grids) gridCandidates(grid, candidates, unread);
  for (const group of groupCategoryTables(grids)) {
    const first = group[0];
    const last = group[group.length - 1];
    if (!first || !last) continue;
    candidates.push({
      id: `category-tables:${String(first.first)}`,
      format: 'category-tables',
      title: first.title,
      first: first.first,
      last: last.last,
      result: readCategoryTables(group),
    });
  }
  append(candidates, recordAndListCandidates(text));
  onProgress?.(1);
  markDisagreements(candidates);
  // The page reader finds bracketed figures in lists too (`东区(88.28)`): its failure is no candidate when another reads.
  if (candidates.some((c) => c.result.ok)) return candidates.filter((c) => c.result.ok || c.format !== 'page');
  // Nothing reads: the grids come first, each with its plain reading, never only "no table"; rows with no header
  // are such a grid too.
  const headerless = found.filter(isHeaderless).map((g) => tableCandidate(g, 'table'));
  if (headerless.some((c) => c.result.ok)) return [...headerless, ...candidates];
  const tables = [...candidates.filter((c) => c.table), ...unread.slice(0, 3), ...headerless];
  if (tables.length > 0) return [...tables, ...candidates.filter((c) => !c.table)];
  // Nothing found at all (no table with errors to show either): the text's records as a grid, so that the reader
  // always has one to finish.
  const records = candidates.length === 0 ? figureLinesGrid(text) : null;
  if (records) return [tableCandidate(records, 'table')];
  if (candidates.length === 0) candidates.push({ id: 'page:1', format: 'page', title: '', first: 1, last: 1, result: page });
  return candidates;
}

/**
 * The candidate offered first: of those that read, the first printed among the complete ones (at least half as many
 * scores as the most complete), so that a page ranking two groups or two lists opens on the first it prints and a
 * stray fragment above the table does not; the first candidate when none reads.
 */
export function chooseCandidate(candidates: readonly ImportCandidate[]): ImportCandidate | undefined {
  // A ranking has two entities at least: a lone row above a table is no ranking to open on.
  const ranking = (c: ImportCandidate) => c.result.ok && c.result.inspection.districts.length >= 2;
  const minimum = candidates.some(ranking) ? 2 : 1;
  // Names that look like none (`1st`, `第一名`, `22`) where another reading finds names: that other reading is the one.
  const named = (c: ImportCandidate) =>
    c.result.ok &&
    c.result.inspection.districts.filter((d) => nameDoubt(d) !== undefined).length * 2 <= c.result.inspection.districts.length;
  if (candidates.some((c) => ranking(c) && named(c)) && candidates.some((c) => ranking(c) && !named(c)))
    return chooseCandidate(candidates.filter(named));
  let most = 0;
  for (const candidate of candidates) if (candidate.result.ok) most = Math.max(most, candidate.result.inspection.scores.length);
  let best: ImportCandidate | undefined;
  let bestCount = 0;
  for (const candidate of candidates) {
    if (!candidate.result.ok || candidate.result.inspection.districts.length < minimum) continue;
    const count = candidate.result.inspection.scores.length;
    if (count * 2 < most) continue;
    // Two readings of the same lines (one table, and the tables it merges with): the more complete.
    if (!best || candidate.first < best.first || (candidate.first === best.first && count > bestCount)) {
      best = candidate;
      bestCount = count;
    }
  }
  return best ?? candidates[0];
}

/**
 * Reads a text as it was imported: the candidate the reading names (by default the most complete), its roles
 * applied. A stored reading that is malformed is refused, not ignored: it would read another table.
 */
export function importText(text: string, stored?: unknown, onProgress?: (fraction: number) => void): ImportResult {
  const reading = stored === undefined ? undefined : readingOf(stored);
  if (reading === null) {
    return {
      format: 'page',
      result: { ok: false, findings: [{ severity: 'error', code: 'no-table', line: 1, params: { reading: 'unreadable' } }] },
    };
  }
  const candidates = findCandidates(text, onProgress);
  const named = reading ? candidates.find((c) => c.id === reading.candidate) : undefined;
  const candidate = named ?? chooseCandidate(candidates);
  if (!candidate)
    return { format: 'page', result: { ok: false, findings: [{ severity: 'error', code: 'no-table', line: 1, params: {} }] } };
  if (reading && !named) {
    // The text no longer holds what the reading names: refuse rather than read another table in its place.
    return {
      format: candidate.format,
      result: { ok: false, findings: [{ severity: 'error', code: 'no-table', line: 1, params: { candidate: reading.candidate } }] },
      reading,
    };
  }
  const result = readCandidate(candidate, reading);
  return reading ? { format: candidate.format, result, reading } : { format: candidate.format, result };
}

/** Reads a text as an import would, adding nothing: every candidate, the chosen one read. */
export function previewImport(text: string, onProgress?: (fraction: number) => void): ImportPreview {
  const candidates = findCandidates(text, onProgress);
  const chosen = chooseCandidate(candidates);
  const result: ParseResult = chosen?.result ?? { ok: false, findings: [{ severity: 'error', code: 'no-table', line: 1, params: {} }] };
  return { format: chosen?.format ?? 'page', result, candidates, chosen: chosen?.id ?? '', suggestedPeriod: suggestPeriod(text, chosen) };
}

/**
 * The candidates of one grid: the transposed layout, each group ranked apart, or the grid's own table; a grid with
 * no name column or no figures goes to `unread`, offered only when nothing else reads.
 */
function gridCandidates(grid: Grid, candidates: ImportCandidate[], unread: ImportCandidate[]): void {
  if (isTransposedRanked(grid)) {
    candidates.push({
      id: `transposed:${String(grid.first)}`,
      format: 'transposed',
      title: grid.title,
      first: grid.first,
      last: grid.last,
      result: readTransposedRanked(grid),
    });
    return;
  }
  const groups = splitGroups(grid);
  if (groups.length > 0) {
    // Groups ranked apart: each is its own candidate, said so, and none is merged with another.
    for (const { grid: part, group } of groups) {
      const candidate = tableCandidate(part, 'table');
      const note: Finding = { severity: 'info', code: 'group-ranked-apart', line: part.first, params: { group, count: groups.length } };
      candidate.result = { ...candidate.result, findings: [note, ...candidate.result.findings] };
      candidates.push(candidate);
    }
    return;
  }
  const candidate = tableCandidate(grid, 'table');
  // A grid with no name column or no figures is no table of results (a block of news, say); one with both
  // is offered even when it cannot be read, so the preview can say why instead of "no table".
  const roles = candidate.table?.plan.columns.map((c) => c.role) ?? [];
  const looksLikeResults = roles.includes('entity') && roles.some((r) => r === 'score' || r === 'total' || r === 'weighted');
  if (candidate.result.ok || looksLikeResults) candidates.push(candidate);
  else unread.push(candidate);
}

/** Record lines (several scores of an entity on its line) and the lists and prose of the text, one candidate each. */
function recordAndListCandidates(text: string): ImportCandidate[] {
  const candidates: ImportCandidate[] = [];
  // Several scores of an entity on its line: a table, and its lines are no category lists.
  const records = findRecordGrids(text);
  const recordLines = new Set(records.flatMap((g) => g.rows.map((r) => r.line)));
  for (const grid of records) candidates.push(tableCandidate(grid, 'table'));
  for (const group of joinRankingParts(groupLists(findProseLists(text).filter((l) => !recordLines.has(l.line))))) {
    const first = group[0];
    const last = group[group.length - 1];
    if (!first || !last) continue;
    const title = group.map((l) => l.category).join(' · ');
    const result = readProseLists(group, '');
    // Its grid too: the reader finishes a list as any table (a role changed, a row set aside).
    const table = listsTable(group, result);
    candidates.push({
      id: `lists:${String(first.line)}`,
      format: 'lists',
      title,
      first: first.line,
      last: last.last,
      result,
      ...(table ? { table } : {}),
    });
  }
  return candidates;
}
