// Which axis holds the entities: a table with a site type per row and a district per column (how the newspaper
// prints its first table) ranks the districts, not the site types; the reader can swap the axes in the preview,
// and a table with districts as rows is read as it always was.
import { describe, expect, it } from 'vitest';
import { importText, previewImport, readCandidate, orientedCandidate } from '../../../src/data/importText';
import { transposeGrid } from '../../../src/data/reading/orientation';
import type { Inspection, ParseResult } from '../../../src/data/types';
import { computeStandings } from '../../../src/model/standings';
import { indexScores } from '../../../src/model/scores';
import { SEED_DISTRICTS_BY_TOTAL, SEED_SCORES, SEED_SITE_TYPES, seedSiteTypesAsRows } from '../seedFigures';

function ok(result: ParseResult): Inspection {
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.inspection;
}

/** The seed's scores with the site types as rows and the districts as columns, as the newspaper prints them. */
function siteTypesAsRows(corner: string, extraRow?: (district: number) => number): string {
  const last = extraRow ? [['合计', ...SEED_DISTRICTS_BY_TOTAL.map((_, i) => String(extraRow(i)))]] : [];
  return [...seedSiteTypesAsRows(corner), ...last].map((row) => row.join('\t')).join('\n') + '\n';
}

/** Each district's sum of its printed scores, computed here from the typed-in print: the oracle. */
function printedSums(): Map<string, number> {
  return new Map(
    SEED_DISTRICTS_BY_TOTAL.map((district, i) => [
      district,
      Math.round(SEED_SITE_TYPES.reduce((sum, s) => sum + (SEED_SCORES[s]?.[i] ?? 0), 0) * 10) / 10,
    ]),
  );
}

function ranking(inspection: Inspection): { district: string; total: number }[] {
  return computeStandings(indexScores(inspection), inspection.siteTypes).rows.map((r) => ({ district: r.district, total: r.total }));
}

describe('orientation: which axis holds the entities', () => {
  it('site types as rows and districts as columns, no total: the districts are ranked by the sum of their scores', () => {
    for (const corner of ['点位类型', '', '项目']) {
      const inspection = ok(importText(siteTypesAsRows(corner)).result);
      expect(inspection.districts.toSorted()).toEqual([...SEED_DISTRICTS_BY_TOTAL].sort());
      expect(inspection.siteTypes.map((s) => s.name)).toEqual(SEED_SITE_TYPES);
      const sums = printedSums();
      const expected = [...sums.entries()].sort((a, b) => b[1] - a[1]).map(([district, total]) => ({ district, total }));
      expect(ranking(inspection).map((r) => ({ ...r, total: Math.round(r.total * 10) / 10 }))).toEqual(expected);
      // 铁路沿线 for 小店区 is 80.7 in the print, on the row of 铁路沿线 (line 10 of this text).
      const railway = inspection.scores.find((s) => s.district === '小店区' && s.siteType === '铁路沿线');
      expect(railway).toMatchObject({ value: 80.7, line: 10 });
    }
  });

  it('says the axes were swapped, with the evidence, and offers the swap back', () => {
    const preview = previewImport(siteTypesAsRows('点位类型'));
    const note = preview.result.findings.find((f) => f.code === 'orientation-swapped');
    expect(note).toMatchObject({ severity: 'info', params: { count: 6, kind: '区' } });
    const candidate = preview.candidates.find((c) => c.id === preview.chosen);
    if (!candidate) throw new Error('no candidate chosen');
    expect(candidate.table?.swapped).toBe(true);
    // The reader swaps back: the site types become the rows that are ranked, as the table is printed.
    const back = orientedCandidate(candidate, false);
    expect(back.table?.swapped).toBe(false);
    expect(ok(back.result).districts).toEqual(SEED_SITE_TYPES);
    expect(ok(readCandidate(candidate, { candidate: candidate.id, transposed: false })).districts).toEqual(SEED_SITE_TYPES);
    // And an import stored with either orientation reads the same way again.
    const text = siteTypesAsRows('点位类型');
    expect(ok(importText(text, { candidate: preview.chosen, transposed: false }).result).districts).toEqual(SEED_SITE_TYPES);
    expect(ok(importText(text, { candidate: preview.chosen, transposed: true }).result).districts).toEqual(SEED_DISTRICTS_BY_TOTAL);
  });

  it('a reading stored before the orientation was a choice is read as it was then: as printed, whatever the rules say now', () => {
    // An import stored at bdd57ec named its table and nothing of its orientation; it ranked the rows as printed.
    const stored = importText(siteTypesAsRows('点位类型'), { candidate: 'table:1' }).result;
    expect(ok(stored).districts).toEqual(SEED_SITE_TYPES);
    expect(stored.findings.map((f) => f.code)).not.toContain('orientation-swapped');
  });

  it('with a 合计 row printed under the site types, the districts are ranked by that row, as printed', () => {
    const printed = [676.6, 669.9, 659.8, 651.2, 650.6, 643.3];
    const inspection = ok(importText(siteTypesAsRows('点位类型', (i) => printed[i] ?? 0)).result);
    expect(inspection.publishedTotals.map((t) => [t.district, t.value])).toEqual(SEED_DISTRICTS_BY_TOTAL.map((d, i) => [d, printed[i]]));
    expect(ranking(inspection).map((r) => r.district)).toEqual(SEED_DISTRICTS_BY_TOTAL);
    expect(inspection.siteTypes.map((s) => s.name)).not.toContain('合计');
  });

  it('districts as rows (the usual table) are read as they are, with no note of a swap', () => {
    const text = '区\t市容秩序\t老旧小区\t城中村\n东城区\t35.5\t52\t40\n西城区\t33\t55.5\t41\n南城区\t30\t50\t39.5\n';
    const preview = previewImport(text);
    expect(ok(preview.result).districts).toEqual(['东城区', '西城区', '南城区']);
    expect(preview.result.findings.map((f) => f.code)).not.toContain('orientation-swapped');
  });

  it('streets named in both axes: kept as printed, a doubt unless the corner says the rows are the streets', () => {
    const body = '\t东关街道\t西关街道\n南关街道\t90\t80\n北关街道\t85\t95\n';
    const unclear = previewImport(`考评得分${body}`).result;
    expect(ranking(ok(unclear))).toEqual([
      { district: '北关街道', total: 180 },
      { district: '南关街道', total: 170 },
    ]);
    expect(unclear.findings.find((f) => f.code === 'orientation-unclear')).toMatchObject({ severity: 'warning', params: { count: 2 } });
    const named = previewImport(`街道${body}`).result;
    expect(ranking(ok(named)).map((r) => r.district)).toEqual(['北关街道', '南关街道']);
    expect(named.findings.map((f) => f.code)).not.toContain('orientation-unclear');
  });

  it('a grid swapped twice is the grid it was, every cell on its own line and column', () => {
    const preview = previewImport(siteTypesAsRows('点位类型'));
    const grid = preview.candidates.find((c) => c.id === preview.chosen)?.table?.grid;
    if (!grid) throw new Error('no grid');
    const twice = transposeGrid(transposeGrid(grid));
    expect(twice.header).toEqual(grid.header);
    expect(twice.rows.map((r) => r.cells)).toEqual(grid.rows.map((r) => r.cells));
  });
});

describe('a corner word the names contradict', () => {
  it('区县 in the corner over districts across and site types down: the names decide (swapped), and the reader confirms', () => {
    const text = [
      '区县\t杏花岭区\t小店区\t万柏林区',
      '农贸市场\t80.2\t69.3\t72.4',
      '公厕\t70.1\t77.8\t76.5',
      '背街小巷\t75.5\t74.0\t70.0',
    ].join('\n');
    const result = importText(text).result;
    expect(result.ok && result.inspection.districts).toEqual(['杏花岭区', '小店区', '万柏林区']);
    const swapped = result.findings.find((f) => f.code === 'orientation-swapped');
    expect(swapped?.severity).toBe('warning');
  });
});

describe('names printed across over rows of figures alone', () => {
  // Invented figures. No row has a label, so no column is one: the header has no corner, every name heads a column.
  for (const [layout, text] of [
    ['tabs', '东区\t西区\t南区\n90\t88\t70\n85\t80\t95\n'],
    ['spaces, under a title', '考核通报\n东区 西区 南区\n90 88 70\n85 80 95\n'],
  ] as const)
    it(`every name is an entity (${layout})`, () => {
      const read = ok(importText(text).result);
      expect(read.districts).toEqual(['东区', '西区', '南区']);
      expect(read.scores.map((s) => [s.district, s.value])).toEqual([
        ['东区', 90],
        ['东区', 85],
        ['西区', 88],
        ['西区', 80],
        ['南区', 70],
        ['南区', 95],
      ]);
    });
});

describe('a ranking printed across', () => {
  it('names across over one row labelled by what its figures are (得分) rank the names, whatever the corner says', () => {
    // Invented figures. Read as printed, 得分 was ranked alone with the districts for its categories, without a word.
    const text = ['银川市三区4月份城市管理考核排名', '', '名次\t1\t2\t3', '城区\t金凤区\t兴庆区\t西夏区', '得分\t95.2\t94.1\t93.0'].join(
      '\n',
    );
    const read = ok(importText(text).result);
    expect(read.districts).toEqual(['金凤区', '兴庆区', '西夏区']);
    expect(read.scores.map((s) => [s.district, s.value])).toEqual([
      ['金凤区', 95.2],
      ['兴庆区', 94.1],
      ['西夏区', 93],
    ]);
    expect(importText('城区\t金凤区\t兴庆区\t西夏区\nScore\t95.2\t94.1\t93.0').result).toMatchObject({
      ok: true,
      inspection: { districts: ['金凤区', '兴庆区', '西夏区'] },
    });
  });

  it('whatever the one row is labelled (总分, 综合得分, 考核得分（分）, a category), and a single row of names in no telling form is a doubt', () => {
    for (const label of ['总分', '综合得分', '考核得分（分）', '公厕'])
      expect(ok(importText(`县区\t金凤区\t兴庆区\t西夏区\n${label}\t95.2\t94.1\t93.0`).result).districts, label).toEqual([
        '金凤区',
        '兴庆区',
        '西夏区',
      ]);
    // North, South, East could be names or categories: one entity ranked alone is never taken without a word.
    const english = importText('Ward\tNorth\tSouth\tEast\nPoints\t95.2\t94.1\t93.0').result;
    expect(english.ok && english.findings.find((f) => f.code === 'orientation-one-row')).toMatchObject({
      severity: 'warning',
      params: { name: 'Points' },
    });
  });
});
