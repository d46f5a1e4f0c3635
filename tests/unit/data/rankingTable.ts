// The check the file readers' unit tests share: tables read from a file import as the invented 8 × 6 ranking.
import { expect } from 'vitest';
import { importText } from '../../../src/data/importText';
import { htmlTablesAsText, type HtmlTable } from '../../../src/data/sources/htmlTables';
import { indexScores, scoreOf } from '../../../src/model/scores';
import { CATEGORIES, scoreAt, STREETS } from '../../support/rankingWorkbook';

/** The tables import with every street in order, every category, and every score as written. */
export function expectEveryNameAndScore(tables: readonly HtmlTable[]): void {
  const { result } = importText(htmlTablesAsText(tables));
  if (!result.ok) throw new Error(JSON.stringify(result.findings.filter((f) => f.severity === 'error')));
  expect(result.inspection.districts).toEqual(STREETS);
  expect(result.inspection.siteTypes.map((s) => s.name)).toEqual(CATEGORIES);
  const index = indexScores(result.inspection);
  for (const [s, street] of STREETS.entries())
    for (const [c, category] of CATEGORIES.entries()) expect(scoreOf(index, street, category)).toBe(scoreAt(s, c));
}
