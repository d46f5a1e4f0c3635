// The project's own pages in layouts the shared corpus does not show (tests/fixtures/own): each must read as its
// JSON says by itself, with no choice in the preview: entities in ranking order, totals, the reference row and
// the decimals as printed.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { previewImport } from '../../../src/data/importText';
import { scoreDigits } from '../../../src/data/decimals';
import { computeStandings } from '../../../src/model/standings';
import { indexScores } from '../../../src/model/scores';
import { readFixture } from '../readFixture';

interface Expected {
  entities: string[];
  totals: Record<string, number>;
  averageName?: string;
  average: number | null;
  decimals: number;
}

const folder = fileURLToPath(new URL('../../fixtures/own/', import.meta.url));
const pages = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.replace(/\.txt$/, ''))
  .sort();

describe("the project's own pages in layouts the corpus lacks (tests/fixtures/own)", () => {
  it('holds the two hundred and fifty-one pages', () => {
    expect(pages).toHaveLength(251);
  });

  it.each(pages)('%s', (name) => {
    const expected = JSON.parse(readFixture(`own/${name}.json`)) as Expected;
    const result = previewImport(readFixture(`own/${name}.txt`)).result;
    if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.findings.filter((f) => f.severity === 'error'))}`);
    const inspection = result.inspection;
    const standings = computeStandings(indexScores(inspection), inspection.siteTypes);
    expect(standings.rows.map((r) => r.district)).toEqual(expected.entities);
    for (const row of standings.rows)
      expect(row.total, `${row.district}'s total`).toBeCloseTo(expected.totals[row.district] ?? Number.NaN, 6);
    expect(inspection.city).toBe(expected.averageName);
    if (expected.averageName !== undefined && expected.average !== null) {
      const printed = inspection.publishedCityTotal ?? standings.city.total;
      expect(printed).toBeCloseTo(expected.average, 6);
    }
    expect(scoreDigits(inspection)).toBe(expected.decimals);
  });
});
