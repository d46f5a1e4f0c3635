// Turns a newspaper page (or any text holding the score tables) into a typed inspection with findings: the
// contract other tests rely on. Undoes what copying does (recoverPage), then reads the printed tables.
// Total: any string in, a ParseResult out; errors are values, never exceptions.

import { minimumCostAssignment } from './layouts/assignment';
import { checkReading } from './checks/reading';
import { guarded, parseLines, type ParseOptions } from './layouts/printedTables';
import { blankScoreSuffixes, rejoinCellLines, separateTables } from './sources/recoverPage';
import type { Finding, Inspection, ParseResult } from './types';

export type { Finding, Inspection, ParseResult } from './types';
export { parsePrintedTables, type ParseOptions } from './layouts/printedTables';

export function parseInspection(text: string, options: ParseOptions = {}): ParseResult {
  return guarded(() => parse(typeof text === 'string' ? text : '', options.onProgress));
}

function parse(text: string, onProgress: ((fraction: number) => void) | undefined): ParseResult {
  const recovered = rejoinCellLines(blankScoreSuffixes(text));
  const result = parseLines(separateTables(recovered.lines), onProgress, minimumCostAssignment, checkReading);
  if (recovered.rebuilt.length === 0) return result;
  // Rebuilt rows hold cells of several lines: every place a figure or finding points at is mapped back.
  const at = <T extends { line: number; column?: number }>(item: T): T => {
    const where = recovered.locate(item.line, item.column);
    return where.column === undefined ? { ...item, line: where.line } : { ...item, line: where.line, column: where.column };
  };
  const notes: Finding[] = recovered.rebuilt.map(({ line, rows, columns }) => ({
    severity: 'info',
    code: 'rows-rebuilt',
    line,
    params: { columns, rows },
  }));
  const findings = [...notes, ...result.findings.map(at)];
  if (!result.ok) return { ok: false, findings };
  const inspection = result.inspection;
  const mapped: Inspection = {
    ...inspection,
    scores: inspection.scores.map(at),
    publishedTotals: inspection.publishedTotals.map(at),
  };
  if (inspection.cityAverages) mapped.cityAverages = inspection.cityAverages.map(at);
  return { ok: true, inspection: mapped, findings };
}
