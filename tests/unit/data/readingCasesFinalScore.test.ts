// The twentieth held-back set's shapes, each as a small invented table: a final score printed beside what makes it,
// rows of a table's statistics under its entities, a city's mean named in another language.
import { describe, expect, it } from 'vitest';
import { importText, previewImport } from '../../../src/data/importText';
import type { ParseResult } from '../../../src/data/types';
import { findGrids } from '../../../src/data/sources/grid';
import { indexScores } from '../../../src/model/scores';
import { computeStandings } from '../../../src/model/standings';

function ranking(result: ParseResult): [string, number][] {
  if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.findings.filter((f) => f.severity === 'error'))}`);
  const standings = computeStandings(indexScores(result.inspection), result.inspection.siteTypes);
  return standings.rows.map((r) => [r.district, Math.round(r.total * 100) / 100]);
}

function roles(text: string): [string, string, string][] | undefined {
  return previewImport(text).candidates[0]?.table?.plan.columns.map((c) => [c.header, c.role, c.reason]);
}

describe('a final score printed beside what makes it', () => {
  const bonus =
    '区\t基础分\t加分\t扣分\t最终得分\n甲区\t90.0\t1.0\t2.0\t89.0\n乙区\t88.0\t3.0\t0.5\t90.5\n丙区\t91.0\t0.0\t1.5\t89.5\n丁区\t87.0\t2.0\t1.0\t88.0\n';

  it('最终得分 = 基础分 + 加分 − 扣分 on every row: the final score ranks, its parts are set aside', () => {
    expect(ranking(importText(bonus).result)).toEqual([
      ['乙区', 90.5],
      ['丙区', 89.5],
      ['甲区', 89],
      ['丁区', 88],
    ]);
    expect(roles(bonus)).toEqual([
      ['区', 'entity', 'entity-header'],
      ['基础分', 'ignored', 'part-of-final'],
      ['加分', 'ignored', 'part-of-final'],
      ['扣分', 'ignored', 'part-of-final'],
      ['最终得分', 'score', 'final-score'],
    ]);
  });

  it('deductions by category adding up to 扣分合计, and 得分 = 100 − 扣分合计: 得分 ranks, the deductions are its parts', () => {
    const text = '区\t环境\t秩序\t扣分合计\t得分\n甲区\t1.0\t0.5\t1.5\t98.5\n乙区\t0.2\t0.3\t0.5\t99.5\n丙区\t2.0\t1.0\t3.0\t97.0\n';
    expect(ranking(importText(text).result)).toEqual([
      ['乙区', 99.5],
      ['甲区', 98.5],
      ['丙区', 97],
    ]);
    expect(roles(text)?.map(([, role, reason]) => `${role}:${reason}`)).toEqual([
      'entity:entity-header',
      'ignored:part-of-final',
      'ignored:part-of-final',
      'ignored:part-of-final',
      'score:final-score',
    ]);
  });

  it('a row where the parts do not make the final score leaves the deduction a question, as before', () => {
    const broken = bonus.replace('丁区\t87.0\t2.0\t1.0\t88.0', '丁区\t87.0\t2.0\t1.0\t86.0');
    const result = importText(broken).result;
    expect(result.ok).toBe(false);
    expect(result.findings.find((f) => f.severity === 'error')?.code).toBe('deduction-column');
  });
});

describe('rows of statistics under the entities', () => {
  it('最高分 and 最低分 rows are not ranked; the 平均 row stays the reference', () => {
    const text = '区\t道路\t小区\n甲区\t90\t80\n乙区\t85\t88\n丙区\t70\t75\n平均\t81.67\t81\n最高分\t90\t88\n最低分\t70\t75\n';
    const result = importText(text).result;
    expect(ranking(result)).toEqual([
      ['乙区', 173],
      ['甲区', 170],
      ['丙区', 145],
    ]);
    expect(result.ok && result.inspection.city).toBe('平均');
    const rows = previewImport(text).candidates[0]?.table?.plan.rows.map((r) => r.reason ?? '');
    expect(rows?.slice(-2)).toEqual(['statistic-row', 'statistic-row']);
  });

  it('English and Spanish names of the city’s mean are the reference (`Media de la ciudad`, `City average`)', () => {
    for (const name of ['Media de la ciudad', 'City average', 'Moyenne']) {
      const result = importText(`Distrito\tPuntos\nNorte\t8.5\nSur\t7.9\nCentro\t8.1\n${name}\t8.2\n`).result;
      expect(result.ok && result.inspection.city, name).toBe(name);
      expect(ranking(result).map(([d]) => d)).toEqual(['Norte', 'Centro', 'Sur']);
    }
  });
});

describe('a table’s last lines', () => {
  it('the city’s mean on its own line under the table (`全市平均：85分`) is the reference, its figure the city’s', () => {
    const result = importText('区\t得分\n甲区\t90\n乙区\t84\n丙区\t81\n\n全市平均：85分\n').result;
    expect(ranking(result)).toEqual([
      ['甲区', 90],
      ['乙区', 84],
      ['丙区', 81],
    ]);
    expect(result.ok && [result.inspection.city, result.inspection.publishedCityTotal]).toEqual(['全市平均', 85]);
  });

  it('a line under the table that names no reference is no reference row', () => {
    const grids = findGrids('区\t得分\n甲区\t90\n乙区\t84\n丙区\t81\n\n共检查 120 处\n');
    expect(grids[0]?.rows.map((r) => r.cells[0]?.text)).toEqual(['甲区', '乙区', '丙区']);
  });

  it('`1.` in a cell of its own is a numbered list’s rank, checked against the figures', () => {
    const result = importText('1. Pankow – 87.5 Punkte\n2. Mitte – 86.1 Punkte\n3. Wedding – 84.9 Punkte\n').result;
    expect(ranking(result)).toEqual([
      ['Pankow', 87.5],
      ['Mitte', 86.1],
      ['Wedding', 84.9],
    ]);
    expect(result.findings.some((f) => f.code === 'rank-column')).toBe(true);
  });
});
