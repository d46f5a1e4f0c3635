// The twentieth held-back set's shapes, each as a small invented table: a final score printed beside what makes it,
// rows of a table's statistics under its entities, a city's mean named in another language.
import { describe, expect, it } from 'vitest';
import { importText, previewImport } from '../../../src/data/importText';
import type { ParseResult } from '../../../src/data/types';
import { findGrids } from '../../../src/data/sources/grid';
import { nameDoubt } from '../../../src/data/checks/reading';
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

describe('the twenty-first held-back set’s shapes', () => {
  it('a prefecture’s mean row among county-level cities (all …市): the mean on every column makes it the reference', () => {
    const text = '县（市）\t环境\t秩序\n甲市\t46.5\t45.0\n乙市\t47.2\t46.1\n丙市\t45.1\t44.6\n大市\t46.3\t45.2\n丁县\t46.4\t45.1\n';
    const result = importText(text).result;
    expect(result.ok && result.inspection.city).toBe('大市');
    expect(ranking(result).map(([d]) => d)).toEqual(['乙市', '甲市', '丁县', '丙市']);
    // With one column, a 市 among 市 whose figure is the mean is no evidence: it stays ranked.
    const one = importText('县（市）\t得分\n甲市\t90\n乙市\t80\n丙市\t85\n丁县\t85\n').result;
    expect(one.ok && one.inspection.city).toBeUndefined();
  });

  it('labels printed in every row (`甲区 本月95.3 上月94.1 环比+1.2`) are the headers: last month and the change are not summed', () => {
    const text = '甲区 本月95.3 上月94.1 环比+1.2\n乙区 本月94.8 上月95.6 环比-0.8\n丙区 本月93.6 上月92.9 环比+0.7\n';
    expect(ranking(importText(text).result)).toEqual([
      ['甲区', 95.3],
      ['乙区', 94.8],
      ['丙区', 93.6],
    ]);
    expect(roles(text)?.map(([header, role]) => `${header}:${role}`)).toEqual([':entity', '本月:score', '上月:ignored', '环比:ignored']);
  });

  it('`一、甲区，95.8分；二、乙区…`: a Chinese numeral’s mark is the item’s rank, never part of its name', () => {
    const result = importText('一、甲区，95.8分；二、乙区，95.1分；三、丙区，94.7分。').result;
    expect(ranking(result)).toEqual([
      ['甲区', 95.8],
      ['乙区', 95.1],
      ['丙区', 94.7],
    ]);
    const misranked = importText('一、乙区，95.1分；二、甲区，95.8分；三、丙区，94.7分。').result;
    expect(misranked.findings.some((f) => f.severity !== 'info' && /rank/.test(f.code))).toBe(true);
    expect(nameDoubt('一、鼓楼区')).toBe('ordinal');
    expect(nameDoubt('二七区')).toBeUndefined();
  });

  it('dash bullets before the names are no column, and the mean below in Italian is the reference', () => {
    const result = importText('- Nord: 8,2 punti\n- Sud: 7,9 punti\n- Est: 7,4 punti\n\nMedia cittadina: 7,8 punti\n').result;
    expect(ranking(result)).toEqual([
      ['Nord', 8.2],
      ['Sud', 7.9],
      ['Est', 7.4],
    ]);
    expect(result.ok && [result.inspection.city, result.inspection.publishedCityTotal]).toEqual(['Media cittadina', 7.8]);
  });

  it('English prose that gives the city’s average first: the average is the reference, the places are ranked', () => {
    const result = importText('The city average was 82.4%. North led with 91.2%, South scored 88.7% and East trailed on 68.9%.').result;
    expect(ranking(result)).toEqual([
      ['North', 91.2],
      ['South', 88.7],
      ['East', 68.9],
    ]);
    expect(result.ok && [result.inspection.city, result.inspection.publishedCityTotal]).toEqual(['City average', 82.4]);
  });
});

describe('the twenty-second held-back set’s shapes', () => {
  it('a table carried over a page break (`— 1 —`, the header printed again) is one table', () => {
    const text = '序号\t区\t得分\n1\t甲区\t96.5\n2\t乙区\t95.1\n— 1 —\n序号\t区\t得分\n3\t丙区\t93.4\n4\t丁区\t92.8\n';
    expect(findGrids(text).map((g) => g.rows.length)).toEqual([4]);
    expect(ranking(importText(text).result).map(([d]) => d)).toEqual(['甲区', '乙区', '丙区', '丁区']);
    // Two tables with one header and a heading between them are two rankings, as before.
    expect(findGrids('一、城区\n区\t得分\n甲区\t96\n乙区\t95\n二、县\n区\t得分\n丙县\t93\n丁县\t92\n')).toHaveLength(2);
  });

  it('a grade with its figure in brackets (`优秀（96.5）`) is the figure', () => {
    const result = importText('区\t考核结果\n甲区\t良好（93.2）\n乙区\t优秀（96.5）\n丙区\t合格（88.4）\n').result;
    expect(ranking(result)).toEqual([
      ['乙区', 96.5],
      ['甲区', 93.2],
      ['丙区', 88.4],
    ]);
  });

  it('names then their scores, both `依次为`, the lead-in naming no place (`六个城区按得分高低依次为：`)', () => {
    const result = importText('三个城区按得分高低依次为：甲区、乙区、丙区，得分依次为96.8、95.9、95.1分。').result;
    expect(ranking(result)).toEqual([
      ['甲区', 96.8],
      ['乙区', 95.9],
      ['丙区', 95.1],
    ]);
  });

  it('`…95.9分和丙山区95.1分`: the conjunction joins two items and is no part of a name; 和平区 stays itself', () => {
    for (const text of [
      '得分情况：甲山区96.8分、乙山区95.9分和丙山区95.1分',
      '前三名分别是甲山区（96.8分）、乙山区（95.9分）和丙山区（95.1分）。',
    ])
      expect(
        ranking(importText(text).result).map(([d]) => d),
        text,
      ).toEqual(['甲山区', '乙山区', '丙山区']);
    expect(ranking(importText('和平区96.8分、南开区95.9分、河西区95.1分').result).map(([d]) => d)).toEqual(['和平区', '南开区', '河西区']);
    expect(nameDoubt('和丙山区')).toBe('sentence');
    expect(nameDoubt('和平区')).toBeUndefined();
  });
});

describe('the twenty-third held-back set’s shapes', () => {
  it('two figures in a cell under a header naming both (`得分（本月/上月）` over `95.6/94.8`): this month ranks, last month is set aside', () => {
    const text = '区\t得分（本月/上月）\n甲区\t95.6/94.8\n乙区\t94.9/95.3\n丙区\t93.7/92.1\n';
    expect(ranking(importText(text).result)).toEqual([
      ['甲区', 95.6],
      ['乙区', 94.9],
      ['丙区', 93.7],
    ]);
    expect(roles(text)?.map(([header, role]) => `${header}:${role}`)).toEqual(['区:entity', '本月得分:score', '上月得分:ignored']);
    // A second figure the same on every row is the maximum, as before.
    expect(ranking(importText('区\t得分\n甲区\t92.5/100\n乙区\t90/100\n丙区\t95/100\n').result)[0]).toEqual(['丙区', 95]);
  });

  it('circled numbers before the names (`①南明区 95.6分`) are ranks, checked against the figures', () => {
    expect(ranking(importText('①甲区 95.6分\n②乙区 94.9分\n③丙区 93.7分\n').result).map(([d]) => d)).toEqual(['甲区', '乙区', '丙区']);
    const misranked = importText('①乙区 94.9分\n②甲区 95.6分\n③丙区 93.7分\n').result;
    expect(misranked.findings.some((f) => f.severity !== 'info' && /rank/.test(f.code))).toBe(true);
  });

  it('a CSV with a sheet’s title and a blank row above its header reads from the header', () => {
    const result = importText('2025年11月考核结果,,\n,,\n区县,得分,排名\n甲区,96.8,1\n乙区,95.9,2\n丙区,95.1,3\n').result;
    expect(ranking(result)).toEqual([
      ['甲区', 96.8],
      ['乙区', 95.9],
      ['丙区', 95.1],
    ]);
  });
});

describe('the twenty-fourth held-back set’s shapes', () => {
  it('a labelled remark in brackets after every name (`甲区（区长：王强）`) is a column of its own, no part of the name', () => {
    const text = '区（责任人）\t得分\n甲区（区长：王强）\t96.5\n乙区（区长：李明）\t95.1\n丙区（区长：赵刚）\t94.9\n';
    expect(ranking(importText(text).result).map(([d]) => d)).toEqual(['甲区', '乙区', '丙区']);
    // The remark is a column of its own, named by the header's bracket, and read as no figure.
    expect(roles(text)?.map(([header, role]) => `${header}:${role}`)).toEqual(['区:entity', '责任人:ignored', '得分:score']);
  });

  it('a change said in words after the figure (`96.8分 较上月提升0.5分`, `与上月持平`) is a remark, not a figure', () => {
    const text = '甲区 96.8分 较上月提升0.5分\n乙区 95.9分 较上月下降0.3分\n丙区 95.1分 与上月持平\n';
    expect(ranking(importText(text).result)).toEqual([
      ['甲区', 96.8],
      ['乙区', 95.9],
      ['丙区', 95.1],
    ]);
  });
});

describe('the review of this session’s rules', () => {
  it('two tables with one header and only a blank line between them stay two (groups ranked apart); a page’s number joins them', () => {
    const two = '区\t得分\n甲区\t96\n乙区\t95\n\n区\t得分\n丙县\t93\n丁县\t92\n';
    expect(findGrids(two).map((g) => g.rows.length)).toEqual([2, 2]);
    expect(findGrids(two.replace('\n\n区', '\n\n- 2 -\n区')).map((g) => g.rows.length)).toEqual([4]);
  });
});

describe('the twenty-fifth held-back set’s shapes', () => {
  it('a note in brackets on its own line under a row (`（含东风社区）`) is neither a row nor another table', () => {
    const text = '街道\t得分\n甲街道\t96.5\n（含东风社区、新华社区）\t\n乙街道\t95.2\n丙街道\t94.8\n';
    expect(findGrids(text).map((g) => g.rows.length)).toEqual([3]);
    expect(ranking(importText(text).result).map(([d]) => d)).toEqual(['甲街道', '乙街道', '丙街道']);
  });

  it('a score that two counts make on every row (Passed ÷ Inspected × 100) is the measure, whatever its header; the counts are its parts', () => {
    const text = 'Ward\tInspected\tPassed\tScore\nAbbey\t40\t37\t92.5\nBrook\t38\t33\t86.8\nCastle\t42\t39\t92.9\n';
    expect(ranking(importText(text).result)).toEqual([
      ['Castle', 92.9],
      ['Abbey', 92.5],
      ['Brook', 86.8],
    ]);
    expect(roles(text)?.map(([header, role]) => `${header}:${role}`)).toEqual([
      'Ward:entity',
      'Inspected:ignored',
      'Passed:ignored',
      'Score:score',
    ]);
  });
});
