// A ranking read from a list or from prose is a grid the reader can finish like any table: the preview's grid holds
// each name with its figures, and read through that grid with no role changed it gives the list's own ranking. An
// independent check: the list reader and the table reader agree on every list page of the corpus and our own.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { previewImport, readCandidate } from '../../../src/data/importText';
import type { ParseResult } from '../../../src/data/types';
import { computeStandings } from '../../../src/model/standings';
import { indexScores } from '../../../src/model/scores';
import { readFixture } from '../readFixture';

function ranking(result: ParseResult): [string, number][] {
  if (!result.ok) return [];
  const standings = computeStandings(indexScores(result.inspection), result.inspection.siteTypes);
  return standings.rows.map((r) => [r.district, Math.round(r.total * 1000) / 1000]);
}

const pages = (folder: string) =>
  readdirSync(fileURLToPath(new URL(`../../fixtures/${folder}/`, import.meta.url)))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => `${folder}/${name}`);

describe('a list is a grid to finish', () => {
  it('a list of names and figures offers its grid: a row per name, a column per list', () => {
    const preview = previewImport('各区公厕考评得分\n第1名：杏花岭区 78.8分\n第2名：小店区 77.8分\n第3名：万柏林区 76.5分');
    const chosen = preview.candidates.find((c) => c.id === preview.chosen);
    expect(chosen?.format).toBe('lists');
    expect(chosen?.table?.grid.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['1', '杏花岭区', '78.8'],
      ['2', '小店区', '77.8'],
      ['3', '万柏林区', '76.5'],
    ]);
    expect(chosen?.table?.plan.columns.map((c) => c.role)).toEqual(['rank', 'entity', 'score']);
    // Setting the first row aside, as in any table: the ranking is read again from the grid without it.
    const read = chosen ? readCandidate(chosen, { candidate: chosen.id, skipped: [{ row: 0, skipped: true }] }) : undefined;
    expect(read && ranking(read)).toEqual([
      ['小店区', 77.8],
      ['万柏林区', 76.5],
    ]);
  });

  it('read through its grid with nothing changed, every list page gives the ranking its list gives', () => {
    let lists = 0;
    for (const page of [...pages('real'), ...pages('own')]) {
      const preview = previewImport(readFixture(page));
      const chosen = preview.candidates.find((c) => c.id === preview.chosen);
      if (chosen?.format !== 'lists' || !chosen.result.ok) continue;
      lists++;
      expect(chosen.table, page).toBeDefined();
      // A choice that changes nothing (the first column keeps its role) reads the grid instead of the list.
      const role = chosen.table?.plan.columns[0]?.role ?? 'entity';
      const viaGrid = readCandidate(chosen, {
        candidate: chosen.id,
        roles: [{ column: 0, role }],
        direction: chosen.result.inspection.fewerIsBetter ? 'fewer' : 'more',
      });
      expect(ranking(viaGrid), page).toEqual(ranking(chosen.result));
    }
    expect(lists).toBeGreaterThan(20);
  });

  it('every reading of the corpus and our own, whatever its layout (the newspaper page, ranks across, tables per site type), offers a grid that reads the same', () => {
    const formats = new Set<string>();
    for (const page of [
      ...pages('real'),
      ...pages('own'),
      ...pages('layouts'),
      'taiyuan-news-page-2025-01.txt',
      'another-month-2025-02.txt',
    ]) {
      const preview = previewImport(readFixture(page));
      for (const candidate of preview.candidates) {
        if (!candidate.result.ok) continue;
        formats.add(candidate.format);
        expect(candidate.table, `${page} ${candidate.id}`).toBeDefined();
        if (candidate.format === 'table' || candidate.format === 'csv') continue;
        const role = candidate.table?.plan.columns[0]?.role ?? 'entity';
        const direction = candidate.result.inspection.fewerIsBetter ? 'fewer' : 'more';
        const viaGrid = readCandidate(candidate, { candidate: candidate.id, roles: [{ column: 0, role }], direction });
        expect(ranking(viaGrid), `${page} ${candidate.id}`).toEqual(ranking(candidate.result));
      }
    }
    expect([...formats].sort()).toEqual(['category-tables', 'csv', 'lists', 'page', 'table', 'transposed']);
  });
});
