// Small ordinary tables that once imported wrong without a word (issue: never a wrong ranking): each reads right
// or is refused with a finding that names the column, row or choice. Invented figures.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../readFixture';
import { splitLines } from '../../../src/data/sources/lines';
import { toCsv } from '../../../src/data/exportInspection';
import { importText, previewImport, readCandidate } from '../../../src/data/importText';
import { nameDoubt } from '../../../src/data/checks/reading';
import type { Finding, ParseResult } from '../../../src/data/types';
import { rankingsRows } from '../../../src/model/exportRows';
import { indexScores } from '../../../src/model/scores';
import { computeStandings } from '../../../src/model/standings';
import { SEED_DISTRICTS_BY_TOTAL, SEED_PUBLISHED_TOTALS } from '../seedFigures';
import { seedInspection } from '../seedInspection';

function read(text: string): ParseResult {
  return importText(text).result;
}

function ranking(result: ParseResult): [string, number][] {
  if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.findings.filter((f) => f.severity === 'error'))}`);
  const standings = computeStandings(indexScores(result.inspection), result.inspection.siteTypes);
  return standings.rows.map((r) => [r.district, Math.round(r.total * 100) / 100]);
}

function codes(findings: readonly Finding[], severity: Finding['severity']): string[] {
  return findings.filter((f) => f.severity === severity).map((f) => f.code);
}

describe('small tables read right or are refused with a reason', () => {
  it('a negative score keeps its column, with a warning on its cell (甲区 90 + −2 ranks after 乙区)', () => {
    const result = read('区,公厕,市场\n甲区,90,-2\n乙区,85,10\n丙区,80,5\n');
    expect(ranking(result)).toEqual([
      ['乙区', 95],
      ['甲区', 88],
      ['丙区', 85],
    ]);
    const negative = result.findings.find((f) => f.code === 'negative-score');
    expect(negative).toMatchObject({ severity: 'warning', line: 2, params: { district: '甲区', value: -2 } });
  });

  it('a change column (环比, percentages) is not read, and says why', () => {
    const result = read('区\t得分\t环比\n甲区\t90\t-0.93%\n乙区\t85\t1.20%\n丙区\t80\t0.5%\n');
    expect(ranking(result)).toEqual([
      ['甲区', 90],
      ['乙区', 85],
      ['丙区', 80],
    ]);
    expect(result.ok && result.inspection.siteTypes.map((s) => s.name)).toEqual(['得分']);
    // The preview says why: a column of changes (signed, in %), not text and not a score.
    const plan = previewImport('区\t得分\t环比\n甲区\t90\t-0.93%\n乙区\t85\t1.20%\n丙区\t80\t0.5%\n').candidates[0]?.table?.plan;
    expect(plan?.columns.map((c) => [c.header, c.role, c.reason])).toEqual([
      ['区', 'entity', 'entity-header'],
      ['得分', 'score', 'score-header'],
      ['环比', 'ignored', 'signed-index'],
    ]);
  });

  it('a deduction table (扣分: fewer is better) ranks the fewest deductions first, said in a note', () => {
    const result = read('单位\t公厕扣分\t市场扣分\t合计扣分\n甲街道\t2\t3\t5\n乙街道\t1\t0.5\t1.5\n丙街道\t4\t4\t8\n');
    expect(ranking(result)).toEqual([
      ['乙街道', 1.5],
      ['甲街道', 5],
      ['丙街道', 8],
    ]);
    expect(result.ok && result.inspection.fewerIsBetter).toBe(true);
    expect(result.findings.find((f) => f.code === 'fewer-is-better')).toMatchObject({ severity: 'info', params: { header: '公厕扣分' } });
    // The printed ranks are checked the same way round: 1 beside the fewest is right, not a mismatch.
    const ranked = read('单位\t扣分\t名次\n甲街道\t5\t2\n乙街道\t1.5\t1\n丙街道\t8\t3\n');
    expect(ranked.findings.some((f) => f.code === 'rank-mismatch')).toBe(false);
  });

  it('deductions beside scores, with no direction chosen, are refused naming the deduction: which way runs is the reader’s', () => {
    const result = read('单位\t市容得分\t公厕扣分\n甲街道\t90\t3.5\n乙街道\t85\t1\n丙街道\t88\t2\n');
    expect(result.ok).toBe(false);
    expect(result.findings.find((f) => f.code === 'deduction-column')).toMatchObject({ severity: 'error', params: { header: '公厕扣分' } });
  });

  it('the reader says fewer is better (a count of problems found): the fewest rank first, and it is kept with the import', () => {
    const text = '区\t暗访问题\t复查问题\n甲区\t12\t5\n乙区\t3\t2\n丙区\t7\t4\n';
    const preview = previewImport(text);
    const candidate = preview.candidates.find((c) => c.id === preview.chosen);
    if (!candidate) throw new Error('no candidate');
    expect(ranking(candidate.result).map(([name]) => name)).toEqual(['甲区', '丙区', '乙区']);
    const fewer = readCandidate(candidate, { candidate: candidate.id, direction: 'fewer' });
    expect(ranking(fewer)).toEqual([
      ['乙区', 5],
      ['丙区', 11],
      ['甲区', 17],
    ]);
    expect(importText(text, { candidate: candidate.id, direction: 'fewer' }).result).toEqual(fewer);
  });

  it('a dense rank column headed 排行 (1, 2, 2, 3) is a rank, never added to the scores', () => {
    const result = read('区\t得分\t排行\n甲区\t90\t1\n乙区\t85\t2\n丙区\t85\t2\n丁区\t80\t3\n');
    expect(ranking(result)).toEqual([
      ['甲区', 90],
      ['乙区', 85],
      ['丙区', 85],
      ['丁区', 80],
    ]);
    expect(result.ok && result.inspection.publishedRanks?.map((r) => r.value)).toEqual([1, 2, 2, 3]);
  });

  it('平均得分 is the total when the rows carry it: not a third category, no tripled totals', () => {
    const result = read('区\t公厕\t市场\t平均得分\n甲区\t90\t80\t85\n乙区\t70\t90\t80\n丙区\t60\t70\t65\n');
    expect(ranking(result)).toEqual([
      ['甲区', 85],
      ['乙区', 80],
      ['丙区', 65],
    ]);
    expect(result.ok && result.inspection.siteTypes.map((s) => s.name)).toEqual(['公厕', '市场']);
    expect(codes(result.findings, 'warning')).not.toContain('total-mismatch');
    expect(result.findings.some((f) => f.code === 'total-is-mean')).toBe(true);
  });

  it('a row named like the city whose figures are the mean of the others is a reference, never ranked', () => {
    const result = read('区\t公厕\t市场\n甲区\t90.0\t80.0\n乙区\t70.0\t90.0\n太原市\t73.3\t80.0\n丙区\t60.0\t70.0\n');
    expect(ranking(result).map(([name]) => name)).toEqual(['甲区', '乙区', '丙区']);
    expect(result.ok && result.inspection.city).toBe('太原市');
  });

  it('two names equal but for a zero-width space are one name: an error naming both, not two districts', () => {
    const result = read('区\t得分\n甲区\t90\n甲\u200b区\t85\n乙区\t80\n');
    expect(result.ok).toBe(false);
    expect(result.findings.find((f) => f.code === 'duplicate-name')).toMatchObject({ line: 3, params: { district: '甲区' } });
  });

  it('two names equal but for full-width letters are one name', () => {
    const result = read('单位\t得分\nA区\t90\nＡ区\t85\nB区\t80\n');
    expect(result.ok).toBe(false);
    expect(codes(result.findings, 'error')).toContain('duplicate-name');
  });

  it('a name padded with spaces (灵 昆 镇) reads as 灵昆镇, and says so', () => {
    const result = read('镇\t得分\n灵 昆 镇\t90\n状元镇\t85\n海城镇\t80\n');
    expect(ranking(result).map(([name]) => name)).toEqual(['灵昆镇', '状元镇', '海城镇']);
    expect(result.findings.find((f) => f.code === 'name-padding')).toMatchObject({ params: { printed: '灵 昆 镇', district: '灵昆镇' } });
  });

  it('a cell that is not a number (6O.5) is an error on that cell, no row dropped silently', () => {
    const result = read('区\t得分\n甲区\t90\n乙区\t6O.5\n丙区\t80\n');
    expect(result.ok).toBe(false);
    expect(result.findings.find((f) => f.code === 'not-a-number')).toMatchObject({ line: 3, column: 4, params: { text: '6O.5' } });
  });

  it('a figure with its point printed twice (86..67) has one reading: read so, as a doubt naming the cell', () => {
    const result = read('镇\t得分\n甲镇\t87.56\n乙镇\t86..67\n丙镇\t85\n');
    const ranking = result.ok ? result.inspection.scores.map((s) => [s.district, s.value]) : [];
    expect(ranking).toEqual([
      ['甲镇', 87.56],
      ['乙镇', 86.67],
      ['丙镇', 85],
    ]);
    expect(result.findings.find((f) => f.code === 'figure-repaired')).toMatchObject({
      severity: 'warning',
      line: 3,
      params: { text: '86..67', value: 86.67 },
    });
  });

  it("the dashboard's own rankings CSV reads back to the same ranking and published totals", () => {
    const seed = seedInspection();
    const standings = computeStandings(indexScores(seed), seed.siteTypes);
    const labels = {
      rank: '排名',
      district: '区',
      total: '总分（10项）',
      published: '公布总分',
      change: '名次变化',
      city: '全市平均',
      name: (printed: string) => printed,
      compare: (a: string, b: string) => a.localeCompare(b),
    };
    const { header, rows } = rankingsRows(standings, null, labels, undefined, 1);
    const result = read(toCsv(header, rows));
    expect(ranking(result)).toEqual(SEED_DISTRICTS_BY_TOTAL.map((d, i) => [d, SEED_PUBLISHED_TOTALS[i]]));
    expect(result.ok && result.inspection.siteTypes).toHaveLength(10);
    expect(result.ok && result.inspection.city).toBe('太原市');
  });
});

describe('groups ranked apart, prose and headers that once met "no table"', () => {
  it('a table with two group headings is two candidates, one per group, never one merged ranking', () => {
    const grouped = '单位\t得分\t排名\n城区\n甲区\t90\t1\n乙区\t85\t2\n县区\n丙县\t95\t1\n丁县\t80\t2\n';
    const preview = previewImport(grouped);
    const readable = preview.candidates.filter((c) => c.result.ok);
    expect(readable.map((c) => c.title)).toEqual(['城区', '县区']);
    expect(readable.map((c) => ranking(c.result).map(([name]) => name))).toEqual([
      ['甲区', '乙区'],
      ['丙县', '丁县'],
    ]);
    expect(readable[0]?.result.findings.find((f) => f.code === 'group-ranked-apart')).toMatchObject({
      params: { group: '城区', count: 2 },
    });
  });

  it('records run on in prose (name, then labelled scores in any order, then the total): one row each, a column per label', () => {
    // Invented figures, in the form of a city newspaper's paragraph: no colon sets the names apart.
    const text =
      '本月各区考评结果:东城区市容考评成绩91.20分、环卫考评88.50分、公厕考评90.00分,综合得分89.90分,排名第一;' +
      '西城区市容考评成绩87.40分、公厕考评92.30分、环卫考评86.10分,综合得分88.60分,排名第二;' +
      '南城区市容考评成绩85.00分、环卫考评84.20分、公厕考评83.90分,综合得分84.37分,排名第三。\n';
    const preview = previewImport(text);
    const inspection = preview.result.ok ? preview.result.inspection : undefined;
    expect(inspection?.districts).toEqual(['东城区', '西城区', '南城区']);
    expect(inspection?.siteTypes.map((s) => s.name)).toEqual(['市容考评', '环卫考评', '公厕考评']);
    // 西城区 names 公厕 before 环卫: each score stays with its label.
    expect(inspection?.scores.filter((s) => s.district === '西城区').map((s) => [s.siteType, s.value])).toEqual([
      ['市容考评', 87.4],
      ['环卫考评', 86.1],
      ['公厕考评', 92.3],
    ]);
    expect(inspection?.publishedTotals.map((t) => t.value)).toEqual([89.9, 88.6, 84.37]);
    // 88.60 stands at its own place in the line.
    const total = inspection?.publishedTotals[1];
    expect(text.slice((total?.column ?? 0) - 1, (total?.column ?? 0) + 4)).toBe('88.60');
  });

  it('prose joining two names to two scores (分别以95分和74分) is no table of records: its words are no measures', () => {
    const text =
      '甲局和乙所分别以95分和74分列第一、第二;丙市场和丁公司分别以97分和77分列第一、第二;戊商场和己馆分别以96分和84.5分列第三。\n';
    const preview = previewImport(text);
    const records = preview.candidates.filter((c) => c.result.ok && c.result.inspection.siteTypes.some((t) => /分别|和/.test(t.name)));
    expect(records).toEqual([]);
  });

  it('two names of one kind sharing one figure in a list (西区和南区93.2分) are a tie, an entity each', () => {
    const result = previewImport('东区94.35分;西区和南区93.2分;北区90分\n').result;
    expect(ranking(result)).toEqual([
      ['东区', 94.35],
      ['西区', 93.2],
      ['南区', 93.2],
      ['北区', 90],
    ]);
    // One body whose name holds 和 of two kinds (区 … 管委会) stays one name.
    const body = previewImport('甲区和乙镇管委会94.35分;丙区93.2分\n').result;
    expect(ranking(body).map(([name]) => name)).toEqual(['甲区和乙镇管委会', '丙区']);
  });

  it('one labelled score per sentence is a list, not records: no table of one column per name', () => {
    const preview = previewImport('东城区得分91.2分;西城区得分87.4分;南城区得分85分。\n');
    const inspection = preview.result.ok ? preview.result.inspection : undefined;
    expect(inspection?.districts).toEqual(['东城区', '西城区', '南城区']);
  });

  it('a total that is the sum of some columns only: those are the categories, the deductions and sub-parts beside them are not counted', () => {
    // Invented: 扣分 A, 得分 A (40 − 扣分), 扣分 B, 得分 B (30 − 扣分), 卫生 (= A + B), 城管, 合计 (= 卫生 + 城管).
    const text =
      '街道\t甲扣\t甲得\t乙扣\t乙得\t卫生\t城管\t合计\n' +
      '东街\t3.4\t36.6\t8.6\t21.4\t58\t27.84\t85.84\n' +
      '西街\t4\t36\t8.16\t21.84\t57.84\t27.72\t85.56\n' +
      '南街\t3.6\t36.4\t8.96\t21.04\t57.44\t28.75\t86.19\n';
    const preview = previewImport(text);
    const plan = preview.candidates.find((c) => c.id === preview.chosen)?.table?.plan;
    expect(plan?.columns.map((c) => [c.header, c.role, c.reason])).toEqual([
      ['街道', 'entity', 'entity-header'],
      ['甲扣', 'ignored', 'outside-total'],
      ['甲得', 'ignored', 'outside-total'],
      ['乙扣', 'ignored', 'outside-total'],
      ['乙得', 'ignored', 'outside-total'],
      ['卫生', 'score', 'numbers'],
      ['城管', 'score', 'numbers'],
      ['合计', 'total', 'total-header'],
    ]);
    expect(ranking(preview.result)).toEqual([
      ['南街', 86.19],
      ['东街', 85.84],
      ['西街', 85.56],
    ]);
  });

  it('cells one per line under a two-level header that does not fit: the rows as a grid, the header a doubt, never a dead end', () => {
    // Fewer header words than columns (the lower level's row was lost in the copy): nothing places them.
    const header = ['单位', '物业公司', '街道社区', '合计得分'];
    const rows = [
      ['东街', '3', '37', '8', '22', '59'],
      ['西街', '4', '36', '9', '21', '57'],
      ['南街', '5', '35', '7', '23', '58'],
    ];
    const text = [...header, ...rows.flat()].join('\n\n') + '\n';
    const result = previewImport(text).result;
    expect(result.ok && result.inspection.districts).toEqual(['东街', '西街', '南街']);
    expect(result.findings.find((f) => f.code === 'header-unplaced')).toMatchObject({ severity: 'warning' });
    // The total still found from the figures: 59 = 37 + 22, the deductions beside the parts not counted.
    expect(ranking(result)).toEqual([
      ['东街', 59],
      ['南街', 58],
      ['西街', 57],
    ]);
  });

  it('a two-level header that splits two ways to the rows’ width stays unplaced, a doubt: never one split guessed', () => {
    // 市容秩序 over all five, or 市容秩序 and 环卫保洁 over two each: both give five columns, and nothing in the words decides.
    const header = ['市容秩序', '环卫保洁', '扣分甲', '得分甲', '扣分乙', '得分乙'];
    const rows = [
      ['东街', '3', '37', '8', '22'],
      ['西街', '4', '36', '9', '21'],
      ['南街', '5', '35', '7', '23'],
    ];
    const result = previewImport([...header, ...rows.flat()].join('\n\n')).result;
    expect(result.findings.find((f) => f.code === 'header-unplaced')).toMatchObject({ severity: 'warning' });
  });

  it('a header that gives its figures a unit (暴露垃圾(处), 奖励金(元)) is a count or an amount, never a score', () => {
    const preview = previewImport(
      '区\t市容得分\t暴露垃圾(处)\t奖励金（元）\n东区\t91.5\t12\t5000\n西区\t88.0\t3\t2000\n南区\t85.5\t25\t0\n',
    );
    const plan = preview.candidates.find((c) => c.id === preview.chosen)?.table?.plan;
    expect(plan?.columns.map((c) => [c.role, c.reason])).toEqual([
      ['entity', 'entity-header'],
      ['score', 'score-header'],
      ['ignored', 'count-column'],
      ['ignored', 'count-column'],
    ]);
    expect(ranking(preview.result).map(([name]) => name)).toEqual(['东区', '西区', '南区']);
  });

  it('a column of whole numbers that no header word explains is a doubt, not a silent score', () => {
    const result = previewImport('区\t市容\t巡查\n东区\t91.5\t12\n西区\t88.0\t3\n南区\t85.5\t25\n').result;
    const doubts = result.findings.filter((f) => f.code === 'column-unexplained');
    expect(doubts.map((f) => [f.severity, f.params.column, f.params.header])).toEqual([['warning', 3, '巡查']]);
    // Whole numbers in the range of the scores printed with decimals beside them are scores too (城中村 70, 72, 65).
    const plain = previewImport('区\t公厕\t城中村\n甲区\t81\t70\n乙区\t79.5\t72\n丙区\t60\t65\n').result;
    expect(plain.findings.map((f) => f.code)).not.toContain('column-unexplained');
  });

  it('a rank that starts again at 1 with no heading between begins a second group; the first printed is offered first', () => {
    // 名次 1…4 then 1…3: two rankings in one table (towns, then parks), the second with the higher scores.
    const text =
      '单位\t分数\t名次\n甲镇\t79.19\t1\n乙镇\t78.16\t2\n丙街道\t77.71\t3\n丁镇\t76.75\t4\n工业区\t88.70\t1\n开发区\t85.62\t2\n示范区\t77.45\t3\n';
    const preview = previewImport(text);
    const readable = preview.candidates.filter((c) => c.result.ok);
    expect(readable.map((c) => ranking(c.result).map(([name]) => name))).toEqual([
      ['甲镇', '乙镇', '丙街道', '丁镇'],
      ['工业区', '开发区', '示范区'],
    ]);
    expect(preview.chosen).toBe(readable[0]?.id);
    expect(readable[1]?.result.findings.find((f) => f.code === 'group-ranked-apart')).toMatchObject({ params: { group: '#2', count: 2 } });
  });

  it('ranks in a fixed order (2, 1, 3) are one ranking, not groups', () => {
    const readable = previewImport('单位\t分数\t名次\n甲镇\t80\t2\n乙镇\t90\t1\n丙镇\t70\t3\n').candidates.filter((c) => c.result.ok);
    expect(readable.map((c) => ranking(c.result).map(([name]) => name))).toEqual([['乙镇', '甲镇', '丙镇']]);
  });

  it('two lists on one page: the first printed is offered first, even when the second is longer', () => {
    const text =
      '区级排名第一名:东区政府(93.24分),第二名:西区政府(90.10分),第三名:南区政府(85.00分)。\n\n' +
      '其他单位排名,第一名:甲公司(95.67分),第二名:乙公司(92.00分),第三名:丙所(88.00分),第四名:丁所(61.00分)。\n';
    const preview = previewImport(text);
    const chosen = preview.candidates.find((c) => c.id === preview.chosen);
    expect(chosen && ranking(chosen.result).map(([name]) => name)).toEqual(['东区政府', '西区政府', '南区政府']);
    const other = preview.candidates.find((c) => c.result.ok && c.result.inspection.districts.includes('甲公司'));
    expect(other && ranking(other.result).map(([name]) => name)).toEqual(['甲公司', '乙公司', '丙所', '丁所']);
    // Opening on the first printed is a guess: a doubt names the fuller ranking on line 3, 4 scores against 3.
    expect(preview.result.findings.find((f) => f.code === 'fuller-ranking')).toMatchObject({
      severity: 'warning',
      line: 3,
      params: { count: 4, shown: 3, at: 3 },
    });
  });

  it('a group of one entity is still its own group: never merged into the other group’s ranking', () => {
    const grouped = '单位\t得分\t排名\n城区\n甲区\t90\t1\n乙区\t85\t2\n丁区\t82\t3\n县区\n丙县\t95\t1\n';
    const readable = previewImport(grouped).candidates.filter((c) => c.result.ok);
    expect(readable.map((c) => ranking(c.result).map(([name]) => name))).toEqual([['甲区', '乙区', '丁区'], ['丙县']]);
  });

  it('cells one per line with two group labels are two candidates', () => {
    const lines = [
      '单位',
      '得分',
      '排名',
      '一类街道',
      '甲街道',
      '90.5',
      '1',
      '乙街道',
      '88.0',
      '2',
      '二类街道',
      '丙街道',
      '92.0',
      '1',
      '丁街道',
      '85.5',
      '2',
    ];
    const readable = previewImport(lines.join('\n\n')).candidates.filter((c) => c.result.ok);
    expect(readable.map((c) => ranking(c.result).map(([name]) => name))).toEqual([
      ['甲街道', '乙街道'],
      ['丙街道', '丁街道'],
    ]);
  });

  it('prose: 第一名为X,获得Y分 and X以Y分得第一', () => {
    expect(ranking(read('本月考核结果:第一名为甲镇,获得92.5分;第二名为乙镇,获得90分;第三名为丙镇,获得88.25分。'))).toEqual([
      ['甲镇', 92.5],
      ['乙镇', 90],
      ['丙镇', 88.25],
    ]);
    expect(ranking(read('考核排名:\n东区以86.25分得第一\n西区以85.5分位列第二\n南区以80分排第三\n'))).toEqual([
      ['东区', 86.25],
      ['西区', 85.5],
      ['南区', 80],
    ]);
  });

  it('a colon inside brackets before a list does not cut the heading', () => {
    const result = read('城管工作(满分:100分):东区94.35分;西区93.2分;南区90分。\n');
    expect(ranking(result).map(([name]) => name)).toEqual(['东区', '西区', '南区']);
    expect(result.ok && result.inspection.siteTypes.map((s) => s.name)).toEqual(['城管工作(满分:100分)']);
  });

  it('a (不含…) note under the header, and 合计得分 as the total', () => {
    const result = read(
      '单位\t城管\t环卫\t合计得分\n(不含开发区)\n甲区\t45.5\t44.0\t89.5\n乙区\t40.0\t42.5\t82.5\n丙区\t48.0\t45.0\t93.0\n',
    );
    expect(ranking(result)).toEqual([
      ['丙区', 93],
      ['甲区', 89.5],
      ['乙区', 82.5],
    ]);
    expect(result.ok && result.inspection.siteTypes.map((s) => s.name)).toEqual(['城管', '环卫']);
  });
});

describe('several scores of one entity in one sentence, and remarks over several lines', () => {
  it('reads a line per entity with its measures as a table: 综合得分 the total, 加分 a score', () => {
    const result = read(
      '一、各街道考核得分\n甲街道：环境卫生90分，市容秩序85.5分，加分2分，综合得分177.5分。\n乙街道：环境卫生88分，市容秩序91分，加分0分，综合得分179分。\n丙街道：环境卫生80分，市容秩序82.5分，加分1分，综合得分163.5分。\n',
    );
    expect(ranking(result)).toEqual([
      ['乙街道', 179],
      ['甲街道', 177.5],
      ['丙街道', 163.5],
    ]);
    expect(result.ok && result.inspection.siteTypes.map((s) => s.name)).toEqual(['环境卫生', '市容秩序', '加分']);
  });

  it('a remark running over lines stays in its cell, and the table is one table', () => {
    const result = read(
      '单位\t得分\t排名\t存在问题\n甲区\t90.5\t1\t垃圾未及时清运，\n部分路段积水\n乙区\t88.0\t2\t无\n丙区\t85.5\t3\t公厕保洁不到位\n',
    );
    expect(ranking(result)).toEqual([
      ['甲区', 90.5],
      ['乙区', 88],
      ['丙区', 85.5],
    ]);
  });
});

describe('names that look like no name are doubts', () => {
  it.each([
    ['第一名:莘县', 'ordinal'],
    ['第二名:鲤城区政府', 'ordinal'],
    ['现场分90%+整改反馈分10%):马巷镇', 'punctuation'],
    ['22', 'number'],
    ['3号片区', 'digit'],
    ['(续)甲区', 'punctuation'],
  ])('%s', (name, reason) => {
    expect(nameDoubt(name)).toBe(reason);
  });

  it('a doubted name in a table is a warning at its first figure: (续)乙镇 on line 3, its score at column 7', () => {
    const result = read('单位,得分\n甲镇,90\n(续)乙镇,80\n丙镇,70\n');
    const doubts = result.findings.filter((f) => f.code === 'name-suspicious');
    expect(doubts.map((f) => [f.params.district, f.params.reason, f.line, f.column])).toEqual([['(续)乙镇', 'punctuation', 3, 7]]);
  });

  it('a parent district in brackets after every name is dropped: 福保街道（福田区） is 福保街道, said once', () => {
    const result = read('街道,得分\n福保街道（福田区）,90\n南园街道（福田区）,80\n园岭街道(福田区),70\n');
    expect(ranking(result)).toEqual([
      ['福保街道', 90],
      ['南园街道', 80],
      ['园岭街道', 70],
    ]);
    expect(result.findings.filter((f) => f.code === 'name-parent-dropped').map((f) => [f.params.printed, f.params.district])).toEqual([
      ['福保街道（福田区）', '福保街道'],
    ]);
  });

  it('ordinary names are no doubt', () => {
    for (const name of ['杏花岭区', '五峰土家族自治县', '宜昌市第五人民医院', '南澳办事处']) expect(nameDoubt(name)).toBeUndefined();
  });
});

describe('names that could disguise themselves', () => {
  it('a right-to-left override in a name is removed before it is compared or shown, and said', () => {
    const result = read('区\t得分\n\u202e甲区\t90\n乙区\t85\n丙区\t80\n');
    expect(ranking(result).map(([name]) => name)).toEqual(['甲区', '乙区', '丙区']);
    expect(result.findings.find((f) => f.code === 'name-invisible')).toMatchObject({
      severity: 'warning',
      line: 2,
      params: { district: '甲区' },
    });
  });

  it('a site type is cleaned as a name is: a zero-width joiner removed and said; a name of nothing visible refused', () => {
    const joined = read('区\t公\u200d厕\t背街小巷\n甲区\t90\t80\n乙区\t85\t70\n');
    expect(joined.ok && joined.inspection.siteTypes.map((s) => s.name)).toEqual(['公厕', '背街小巷']);
    expect(joined.ok && joined.inspection.scores.find((s) => s.district === '甲区' && s.siteType === '公厕')?.value).toBe(90);
    expect(joined.findings.find((f) => f.code === 'name-invisible')).toMatchObject({ line: 1, params: { district: '公厕' } });
    const invisible = read('区\t\u200d\t背街小巷\n甲区\t90\t80\n乙区\t85\t70\n');
    expect(invisible.ok).toBe(false);
    expect(invisible.findings.find((f) => f.code === 'name-empty')).toMatchObject({ severity: 'error', line: 1 });
  });

  it('a stray line above the header does not shift the categories onto their neighbours’ figures', () => {
    // Found by the fuzz suite: `区 区` was taken for the upper level of a two-level header; 农贸市场 got 老旧小区's column.
    const result = read('区\t区\n区\t农贸市场(100)\t老旧小区(100)\n杏花岭区\t40\t40\n和平县\t40\t41');
    expect(result.ok && result.inspection.siteTypes.map((s) => s.name)).toEqual(['农贸市场', '老旧小区']);
    expect(result.ok && result.inspection.scores.find((s) => s.district === '和平县' && s.siteType === '老旧小区')?.value).toBe(41);
  });

  it('a stray line of blanks and marks under the header is no second header level', () => {
    // Found by the fuzz suite: `总 ␉ ␉ ␉ ,` under the header split each category in two, the second named by the first.
    const result = read('区\t公厕(100)\t背街小巷(100)\n总\t\t\t,\n甲区\t40\t41\n乙区\t50\t52');
    expect(result.ok && result.inspection.siteTypes.map((s) => s.name)).toEqual(['公厕', '背街小巷']);
    expect(result.ok && result.inspection.scores.find((s) => s.district === '甲区' && s.siteType === '背街小巷')?.value).toBe(41);
  });

  it('a header that names some figure columns and not others is said, column by column', () => {
    // Found by the fuzz suite: a stray `␉1区` line between rows became the header of the rows below it.
    const result = read('区\t农贸市场(100)\t公厕(100)\t背街小巷(100)\n甲区\t40\t40\t40\n\t1区\n乙区\t40\t40\t40\n丙区\t40\t41\t40');
    const unnamed = result.findings.filter((f) => f.code === 'unnamed-column');
    expect(unnamed.map((f) => [f.severity, f.params.column])).toEqual([
      ['warning', 3],
      ['warning', 4],
    ]);
  });

  it('a stray word above a full header is no group over it: the rank column stays the rank', () => {
    // Found by the fuzz suite: `分` over `区 公厕 总分 排名` made every column `分 …`, and 排名 a score category.
    const result = read('分\n区\t公厕(100)\t总分\t排名\n甲区\t70\t70\t1\n乙区\t67\t69\t2\n丙区\t40\t40\t3');
    expect(result.ok && result.inspection.siteTypes.map((s) => s.name)).toEqual(['公厕']);
    expect(result.ok && result.inspection.publishedRanks?.map((r) => r.value)).toEqual([1, 2, 3]);
    expect(result.findings.find((f) => f.code === 'total-mismatch')?.params.district).toBe('乙区');
  });

  it('every candidate of a page has an id of its own, so a stored reading names one of them', () => {
    // Found by the fuzz suite: a grid and the record lines in it both started on line 2 (that text now reads as one
    // table). Every page of the corpus and of our own, many with several candidates, keeps the rule.
    let pagesWithSeveral = 0;
    for (const folder of ['real', 'own'])
      for (const name of readdirSync(fileURLToPath(new URL(`../../fixtures/${folder}/`, import.meta.url))).filter((f) =>
        f.endsWith('.txt'),
      )) {
        const text = readFixture(`${folder}/${name}`);
        const candidates = previewImport(text).candidates;
        const ids = candidates.map((c) => c.id);
        expect(new Set(ids).size, name).toBe(ids.length);
        if (ids.length > 1) pagesWithSeveral++;
        for (const c of candidates) if (c.result.ok) expect(importText(text, { candidate: c.id }).result.ok, `${name} ${c.id}`).toBe(true);
      }
    expect(pagesWithSeveral).toBeGreaterThan(5);
  });
});

describe('ranks printed as ordinals, and group words before a header', () => {
  it('a column of Chinese ordinals (第一名 … 第十二名) is the rank, never the names, with a header or without', () => {
    const ordinals = [
      '第一名',
      '第二名',
      '第三名',
      '第四名',
      '第五名',
      '第六名',
      '第七名',
      '第八名',
      '第九名',
      '第十名',
      '第十一名',
      '第十二名',
    ];
    const names = ordinals.map((_, i) => `${String.fromCharCode(0x7532 + i)}镇`);
    const rows = ordinals.map((o, i) => `${o}\t${names[i] ?? ''}\t${String(95 - i * 2.5)}分`);
    for (const text of [rows.join('\n'), ['名次\t单位\t得分', ...rows].join('\n')]) {
      const result = read(text);
      expect(ranking(result).map(([name]) => name)).toEqual(names);
      expect(result.findings.some((f) => f.code === 'name-suspicious' || f.code === 'rank-mismatch')).toBe(false);
    }
    const headed = read(['名次\t单位\t得分', ...rows].join('\n'));
    expect(headed.ok && headed.inspection.publishedRanks?.map((r) => r.value)).toEqual(ordinals.map((_, i) => i + 1));
  });

  it('`其中:` before a sub-column header names nothing of its own (shares above their figures: raw scores that count × 0.9 and × 0.1)', () => {
    const result = read(
      '排名\t街道\t环境卫生指数\t其中: 现场考察指数 (权重90%)\t其中: 居民满意度指数 (权重10%)\n1\t丙街道\t93.00\t93.00\t93.00\n2\t甲街道\t92.00\t92.00\t92.00\n3\t乙街道\t91.00\t92.00\t82.00\n',
    );
    expect(result.ok && result.inspection.siteTypes.map((s) => s.name)).toEqual(['现场考察指数', '居民满意度指数']);
    expect(ranking(result)).toEqual([
      ['丙街道', 93],
      ['甲街道', 92],
      ['乙街道', 91],
    ]);
  });
});

describe('lists and lines in layouts no fixture showed', () => {
  it("a list's average item (全市平均) is the city's figure, never a ranked entity", () => {
    const text = ['各区公厕得分', '杏花岭区 78.8分', '小店区 77.8分', '全市平均 77.2分', '万柏林区 75.0分'].join('\n');
    const result = read(text);
    expect(ranking(result)).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 75],
    ]);
    if (!result.ok) return;
    expect(result.inspection.city).toBe('全市平均');
    expect(result.inspection.cityAverages?.map((a) => a.value)).toEqual([77.2]);
    expect(result.findings).toContainEqual(expect.objectContaining({ code: 'reference-row', line: 4 }));
  });

  it('a sentence above a list (根据…，现将…通报如下：) is no category name: the figure is 得分', () => {
    const text = [
      '根据考评办法，经实地暗访检查，现将考评结果公布如下：',
      '1．杏花岭区　78.8分',
      '2．小店区　77.8分',
      '3．万柏林区　76.5分',
    ].join('\n');
    const result = read(text);
    expect(ranking(result).map(([name]) => name)).toEqual(['杏花岭区', '小店区', '万柏林区']);
    if (result.ok) expect(result.inspection.siteTypes.map((s) => s.name)).toEqual(['得分']);
    // With no comma, `…如下：` still announces what follows.
    const announced = read(['现将10月份考核结果通报如下：', '杏花岭区 78.8分', '小店区 77.8分'].join('\n'));
    if (announced.ok) expect(announced.inspection.siteTypes.map((s) => s.name)).toEqual(['得分']);
    expect(announced.ok).toBe(true);
  });
});

describe('figures of another period or of no score', () => {
  it("last month's figures beside this month's (上月得分, 去年同期) are a comparison, never added to the total", () => {
    const text = ['区县\t本月得分\t上月得分\t排名变化', '甲区\t93.2\t91.8\t↑2', '乙区\t92.7\t93.5\t↓1', '丙区\t91.5\t92.0\t-'].join('\n');
    const preview = previewImport(text);
    expect(ranking(preview.result)).toEqual([
      ['甲区', 93.2],
      ['乙区', 92.7],
      ['丙区', 91.5],
    ]);
    const columns = preview.candidates[0]?.table?.plan.columns ?? [];
    expect(columns.find((c) => c.header === '上月得分')).toMatchObject({ role: 'ignored', reason: 'earlier-period' });
    const english = read('Ward\tScore 2024\tScore last year\nNorth\t81.5\t88.0\nSouth\t84.0\t80.5\n');
    expect(ranking(english)).toEqual([
      ['South', 84],
      ['North', 81.5],
    ]);
  });
});

describe('a total known by its figures', () => {
  it('a column that is the mean of the others on every row is their total, shown as printed; "Borough average" is the city', () => {
    const text = [
      'Ward\tLitter\tDetritus\tGraffiti\tOverall score',
      'Abbey\t96\t91\t99\t95.3',
      'Castle\t94\t88\t97\t93.0',
      'Harbour\t90\t85\t96\t90.3',
      'Meadow\t92\t90\t93\t91.7',
      'Borough average\t93\t88.5\t96.3\t92.6',
    ].join('\n');
    const preview = previewImport(text);
    expect(ranking(preview.result)).toEqual([
      ['Abbey', 95.3],
      ['Castle', 93],
      ['Meadow', 91.7],
      ['Harbour', 90.3],
    ]);
    expect(preview.candidates[0]?.table?.plan.columns[4]).toMatchObject({ role: 'total', reason: 'mean-of-scores' });
    if (preview.result.ok) expect(preview.result.inspection.city).toBe('Borough average');
    expect(preview.result.findings.map((f) => f.code)).toContain('total-is-mean');
  });

  it('one table per category and a table headed as the overall result (综合排名): its figures are the totals, not a category', () => {
    const table = (title: string, header: string, figures: readonly string[]) =>
      [title, `区\t${header}`, ...['芙蓉区', '天心区', '岳麓区', '开福区'].map((name, i) => `${name}\t${figures[i] ?? ''}`)].join('\n');
    const text = [
      table('一、道路保洁', '得分', ['94.5', '93.8', '92.6', '91.9']),
      table('二、公厕管理', '得分', ['92.0', '95.1', '90.4', '93.3']),
      table('三、综合排名', '综合得分', ['186.5', '188.9', '183.0', '185.2']),
    ].join('\n\n');
    const preview = previewImport(text);
    expect(preview.chosen).toMatch(/^category-tables:/);
    const read = preview.result;
    expect(read.ok && read.inspection.siteTypes.map((s) => s.name)).toEqual(['道路保洁', '公厕管理']);
    expect(ranking(read)).toEqual([
      ['天心区', 188.9],
      ['芙蓉区', 186.5],
      ['开福区', 185.2],
      ['岳麓区', 183],
    ]);
    expect(read.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
  });

  it('a total that is a weighted mean of the others on every row (60% and 40%) gives each its weight, found in the figures', () => {
    // Invented figures: 综合得分 = 日常考核 × 0.6 + 专项督查 × 0.4, printed to two decimals.
    const text = [
      '序号\t县区\t日常考核\t专项督查\t综合得分',
      '1\t蜀山区\t95.0\t92.0\t93.80',
      '2\t包河区\t93.5\t94.0\t93.70',
      '3\t庐阳区\t92.0\t90.5\t91.40',
      '4\t瑶海区\t90.0\t91.0\t90.40',
    ].join('\n');
    const preview = previewImport(text);
    const columns = preview.candidates[0]?.table?.plan.columns ?? [];
    expect(columns.filter((c) => c.role === 'score').map((c) => [c.name, c.weight, c.reason])).toEqual([
      ['日常考核', 0.6, 'weights-of-total'],
      ['专项督查', 0.4, 'weights-of-total'],
    ]);
    // The totals are the weighted sums: no doubt that they are not.
    expect(preview.result.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
    expect(ranking(preview.result).map(([name]) => name)).toEqual(['蜀山区', '包河区', '庐阳区', '瑶海区']);
    // Totals no round weights give stay a doubt: never weights fitted to any figures.
    const unfitted = previewImport(text.replace('93.70', '95.70').replace('91.40', '90.10'));
    expect(unfitted.result.findings.map((f) => f.code)).toContain('totals-not-sums');
  });
});

describe('one record a line, in the forms lists print', () => {
  it('English ordinals, a dash, a unit (points) and a total above 100: one ranking, its maximum from the figures', () => {
    const text = [
      'Street cleanliness league table',
      '1st – Northgate, 342 points',
      '2nd – Southbank, 331 points',
      '3rd – Eastfield, 327 points',
      '4th - Westmoor: 315 pts',
    ].join('\n');
    const result = read(text);
    expect(ranking(result)).toEqual([
      ['Northgate', 342],
      ['Southbank', 331],
      ['Eastfield', 327],
      ['Westmoor', 315],
    ]);
    if (!result.ok) return;
    expect(result.findings.map((f) => f.code)).not.toContain('rank-mismatch');
    expect(result.findings.find((f) => f.code === 'max-from-values')?.params.value).toBe(342);
    expect(result.inspection.siteTypes[0]?.maxScore).toBe(342);
  });

  it('a remark in brackets after the figure (较上月上升1.2分) is no figure of the ranking', () => {
    const text = [
      '1月份各区公厕考核得分',
      '杏花岭区：78.8分（较上月上升1.2分）',
      '小店区：77.8分（与上月持平）',
      '万柏林区：76.5分(较上月下降0.4分)',
    ].join('\n');
    expect(ranking(read(text))).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 76.5],
    ]);
  });

  it('ranks printed as No. 1, #2 or (3) lead their records; their figures are the scores', () => {
    const text = ['No. 1 Kowloon City — 88.2', '#2 Sha Tin — 86.9', '(3) Tai Po — 85.4'].join('\n');
    expect(ranking(read(text))).toEqual([
      ['Kowloon City', 88.2],
      ['Sha Tin', 86.9],
      ['Tai Po', 85.4],
    ]);
  });
});

describe('columns that identify rather than measure', () => {
  it('a column of codes (行政区划代码 410102…, five or more digits each) is no score: the ranking reads by its total', () => {
    const text = [
      '序号\t行政区划代码\t区县\t综合得分\t排名',
      '1\t140105\t小店区\t77.8\t2',
      '2\t140106\t迎泽区\t74.3\t3',
      '3\t140107\t杏花岭区\t78.8\t1',
    ].join('\n');
    const preview = previewImport(text);
    expect(ranking(preview.result)).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['迎泽区', 74.3],
    ]);
    expect(preview.candidates[0]?.table?.plan.columns[1]).toMatchObject({ role: 'ignored', reason: 'identifier' });
    // The same codes under a header that says nothing are known by their figures alone.
    const unnamed = read(text.replace('行政区划代码', '区划'));
    expect(ranking(unnamed).map(([name]) => name)).toEqual(['杏花岭区', '小店区', '迎泽区']);
  });
});

describe('records printed side by side', () => {
  it('a header printed twice over one row (名次 单位 得分 名次 单位 得分) holds two records a row: one ranking, read down each half', () => {
    const text = [
      '名次\t区县\t得分\t名次\t区县\t得分',
      '1\t杏花岭区\t78.8\t4\t迎泽区\t74.3',
      '2\t小店区\t77.8\t5\t尖草坪区\t69.8',
      '3\t万柏林区\t76.5\t\t\t',
    ].join('\n');
    const preview = previewImport(text);
    expect(ranking(preview.result)).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 76.5],
      ['迎泽区', 74.3],
      ['尖草坪区', 69.8],
    ]);
    expect(preview.result.findings).toContainEqual(expect.objectContaining({ code: 'records-side-by-side', severity: 'info' }));
    // 迎泽区's score keeps where it was printed: line 2, the fourth cell.
    if (preview.result.ok) expect(preview.result.inspection.scores.find((s) => s.district === '迎泽区')).toMatchObject({ line: 2 });
  });
});

describe('a ranking told in tiers', () => {
  it('clauses that each lead into their items (成绩优秀的有：…；成绩较差的是…) are one list in printed order; the prose after is none', () => {
    const text = [
      '本月公厕考评结果揭晓',
      '　　本月考评中，成绩优秀的有：杏花岭区（78.8分）、小店区（77.8分）；成绩良好的有：万柏林区（76.5分）、迎泽区（74.3分）；成绩较差的是尖草坪区（69.8分）。市里将对尖草坪区进行约谈。',
    ].join('\n');
    const result = read(text);
    expect(ranking(result)).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 76.5],
      ['迎泽区', 74.3],
      ['尖草坪区', 69.8],
    ]);
    expect(result.findings.filter((f) => f.severity === 'warning')).toEqual([]);
  });

  it('a sentence with a date before the list and one after it (11月份…分别为：…。市创卫办要求…) sets the scene and ends it', () => {
    const text =
      '本报讯 日前，市创卫办公布了11月份城区环境卫生暗访检查结果。五个城区得分分别为：杏花岭区78.8分、小店区77.8分、万柏林区76.5分。市创卫办要求各区在12月5日前整改。';
    expect(ranking(read(text))).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 76.5],
    ]);
  });
});

describe('ranks printed after the figure', () => {
  it('`甲镇 94.6 第1名` and `甲镇 94.6（第1名）` lines: the rank is read as the printed rank, and checked', () => {
    const text = ['各镇考评结果', '杏花岭区 78.8 第1名', '小店区 77.8 第2名', '万柏林区 76.5（第4名）'].join('\n');
    const result = read(text);
    expect(ranking(result)).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 76.5],
    ]);
    // The third is printed 4th where its figure makes it 3rd: a doubt naming the row.
    expect(result.findings.find((f) => f.code === 'rank-mismatch')).toMatchObject({ line: 4, params: { printedRank: 4, computedRank: 3 } });
  });

  it('records with a remark after the rank, then a line of prose: the prose ends the records, it does not unmake them', () => {
    const text = [
      '杏花岭区 78.80分 第1名（较上月上升2位）',
      '小店区 77.80分 第2名（较上月持平）',
      '万柏林区 76.50分 第4名（较上月下降2位）',
      '请各区对照问题清单抓好整改。',
    ].join('\n');
    const result = read(text);
    expect(ranking(result)).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 76.5],
    ]);
    expect(result.findings.find((f) => f.code === 'rank-mismatch')).toMatchObject({ line: 3, params: { printedRank: 4, computedRank: 3 } });
  });
});

describe('a list printed lowest first', () => {
  it('a heading that says lowest first (按得分由低到高排列) explains the order: ranked by the figures, no doubt on the order', () => {
    const text = [
      '海口市1月份城区环境卫生考核（按得分由低到高排列）',
      '',
      '龙华区\t88.3',
      '琼山区\t89.6',
      '美兰区\t91.2',
      '秀英区\t93.7',
    ].join('\n');
    const result = read(text);
    expect(ranking(result).map(([name]) => name)).toEqual(['秀英区', '美兰区', '琼山区', '龙华区']);
    expect(result.findings.filter((f) => f.code === 'list-order')).toEqual([]);
    // Out of that order, it is a doubt still.
    const mixed = read(text.replace('美兰区\t91.2', '美兰区\t95.2'));
    expect(mixed.findings.filter((f) => f.code === 'list-order').map((f) => f.params.district)).toEqual(['秀英区']);
  });
});

describe('a ranking printed in parts', () => {
  it('a top-three list and a bottom-three list of one ranking (红榜 / 黑榜) are one ranking, with a doubt that the middle may be missing', () => {
    const text = [
      '11月份“红黑榜”发布',
      '红榜（前三名）：杏花岭区78.8分、小店区77.8分、万柏林区76.5分',
      '黑榜（后三名）：迎泽区74.3分、尖草坪区69.8分、晋源区66.4分',
    ].join('\n');
    const result = read(text);
    expect(ranking(result).map(([name]) => name)).toEqual(['杏花岭区', '小店区', '万柏林区', '迎泽区', '尖草坪区', '晋源区']);
    expect(result.findings.find((f) => f.code === 'ranking-in-parts')).toMatchObject({
      severity: 'warning',
      line: 3,
      params: { parts: 2 },
    });
    // Two lists of one figure each naming the same places are two categories, never one ranking in parts.
    const categories = read('公厕：杏花岭区78.8分、小店区77.8分\n市场：小店区70.1分、杏花岭区69.0分');
    expect(categories.ok && categories.inspection.siteTypes.map((s) => s.name)).toEqual(['公厕', '市场']);
  });
  it('a tier of one (一般：江南区88.6分) beside tiers of several is a part too, first or last; alone it is no list', () => {
    const tiers = [
      '优秀（95分以上）：青秀区96.1分、良庆区95.4分；',
      '良好（90—95分）：西乡塘区93.2分、兴宁区91.0分；',
      '一般（90分以下）：江南区88.6分。',
    ];
    expect(ranking(read(tiers.join('\n'))).map(([name]) => name)).toEqual(['青秀区', '良庆区', '西乡塘区', '兴宁区', '江南区']);
    const first = ['优秀：青秀区96.1分；', '良好：西乡塘区93.2分、兴宁区91.0分；', '一般：江南区88.6分、良庆区87.4分。'];
    expect(ranking(read(first.join('\n'))).map(([name]) => name)).toEqual(['青秀区', '西乡塘区', '兴宁区', '江南区', '良庆区']);
    expect(read('备注：江南区88.6分。').ok).toBe(false);
  });
});

describe('rates', () => {
  it('a column of percentages with no sign (达标率 98.5%) is a figure out of 100, read with a doubt; a change (环比 -0.9%) still is not', () => {
    const text = ['区县\t达标率\t环比', '杏花岭区\t98.5%\t+0.4%', '小店区\t96.2%\t-0.9%', '万柏林区\t97.1%\t+1.2%'].join('\n');
    const preview = previewImport(text);
    expect(ranking(preview.result)).toEqual([
      ['杏花岭区', 98.5],
      ['万柏林区', 97.1],
      ['小店区', 96.2],
    ]);
    expect(preview.result.findings.find((f) => f.code === 'column-rate')).toMatchObject({
      severity: 'warning',
      params: { column: 2, header: '达标率(%)' },
    });
    expect(preview.candidates[0]?.table?.plan.columns[2]).toMatchObject({ role: 'ignored' });
  });
});

describe('English tables and figures', () => {
  it('ranks written as words before a colon (First: Kingsway, 93.6) are ranks, not part of the name', () => {
    const result = read(
      'October litter survey\n\nFirst: Kingsway, 93.6\nSecond: Riverside, 91.0\nThird: Oakfield, 89.4\nFourth: Millbrook, 86.7',
    );
    expect(ranking(result)).toEqual([
      ['Kingsway', 93.6],
      ['Riverside', 91],
      ['Oakfield', 89.4],
      ['Millbrook', 86.7],
    ]);
    expect(result.findings.filter((f) => f.severity === 'warning')).toEqual([]);
    // A name that starts with such a word, with no colon after it, keeps it.
    expect(ranking(read('First Avenue 93.6\nSecond Street 91.0\nThird Lane 89.4'))).toEqual([
      ['First Avenue', 93.6],
      ['Second Street', 91],
      ['Third Lane', 89.4],
    ]);
  });

  it('a count of inspections, visits or sites beside the points is no score (Inspections 12, Points 184.5)', () => {
    for (const count of ['Inspections', 'Visits', 'Sites inspected', '检查次数'])
      expect(
        ranking(read(`Neighbourhood\t${count}\tPoints\nRiverside\t12\t184.5\nOld Town\t12\t179.0\nHillcrest\t11\t171.5\n`)),
        count,
      ).toEqual([
        ['Riverside', 184.5],
        ['Old Town', 179],
        ['Hillcrest', 171.5],
      ]);
  });

  it('a comma-separated file headed Ward (or Borough, Council…) is a table; with no such word, its rows in step still are', () => {
    const text = 'Ward,Cleanliness,Litter bins,Total\nAbbey,45.5,38.0,83.5\nCastle,42.0,40.5,82.5\nHarbour,47.0,39.0,86.0\n';
    expect(ranking(read(text))).toEqual([
      ['Harbour', 86],
      ['Abbey', 83.5],
      ['Castle', 82.5],
    ]);
    expect(ranking(read(text.replace('Ward', 'Place'))).map(([name]) => name)).toEqual(['Harbour', 'Abbey', 'Castle']);
    // Prose with one comma a line is no CSV: its lines are records.
    expect(ranking(read('Results\n1st – Northgate, 342 points\n2nd – Southbank, 331 points\n3rd – Eastfield, 327 points'))).toHaveLength(3);
  });

  it('a figure with thousands separators (1,245.5) is one figure', () => {
    const text = 'Borough\tStreets\tParks\tTotal\nCamden\t612.5\t633.0\t1,245.5\nIslington\t598.0\t650.5\t1,248.5\n';
    expect(ranking(read(text))).toEqual([
      ['Islington', 1248.5],
      ['Camden', 1245.5],
    ]);
  });

  it('a figure printed before its name (96.2分 东风街道) leads the record', () => {
    const text = ['本期考评得分（由高到低）：', '78.8分 杏花岭区', '77.8分 小店区', '76.5分 万柏林区'].join('\n');
    expect(ranking(read(text))).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 76.5],
    ]);
  });
});

describe('rankings told in English prose', () => {
  it('each figure goes to the name printed nearest before it (Northgate top with 92.4 points, followed by Southbank on 90.1…)', () => {
    const text =
      "The council's latest street cleanliness survey puts Northgate top with 92.4 points, followed by Southbank on 90.1 and Eastfield on 88.7. West Moor scored 85.2, while Hillside came last with 81.9. The next survey is on 2 December 2025.";
    expect(ranking(read(text))).toEqual([
      ['Northgate', 92.4],
      ['Southbank', 90.1],
      ['Eastfield', 88.7],
      ['West Moor', 85.2],
      ['Hillside', 81.9],
    ]);
  });

  it('names sharing a figure (X achieved 340 points, as did Y and Z) are tied', () => {
    const text = 'Riverside achieved 352 points. Oakfield achieved 340 points, as did Elm Park and Brookside. Millbrook scored 318.';
    expect(ranking(read(text))).toEqual([
      ['Riverside', 352],
      ['Oakfield', 340],
      ['Elm Park', 340],
      ['Brookside', 340],
      ['Millbrook', 318],
    ]);
    expect(read(text).findings.find((f) => f.code === 'tie')?.params.districts).toEqual(['Oakfield', 'Elm Park', 'Brookside']);
  });
});

describe('figures that complete another or carry their maximum', () => {
  it('a deduction column whose figures and a score column’s add up to one figure on every row (扣分 + 得分 = 100) is the score’s complement, not counted', () => {
    const text = ['区县\t扣分\t得分\t排名', '杏花岭区\t21.2\t78.8\t1', '小店区\t22.2\t77.8\t2', '万柏林区\t23.5\t76.5\t3'].join('\n');
    const preview = previewImport(text);
    expect(ranking(preview.result)).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 76.5],
    ]);
    expect(preview.candidates[0]?.table?.plan.columns[1]).toMatchObject({ role: 'ignored', reason: 'complement' });
    // Deductions that complete nothing stay the reader's question (an error on each until the direction is chosen).
    expect(read(text.replace('22.2', '12.2')).ok).toBe(false);
  });

  it('a figure printed with its maximum (92.5/100) is the score, and the maximum is the column’s', () => {
    const text = ['区县\t得分', '杏花岭区\t78.8/100', '小店区\t77.8/100', '万柏林区\t76.5/100'].join('\n');
    const result = read(text);
    expect(ranking(result)).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 76.5],
    ]);
    if (result.ok) expect(result.inspection.siteTypes[0]?.maxScore).toBe(100);
  });

  it('emoji are no part of a name: medals and keycap numbers lead the records as their ranks', () => {
    const text = [
      '🏆本月评选结果出炉！',
      '🥇 杏花岭区 78.8分',
      '🥈 小店区 77.8分',
      '🥉 万柏林区 76.5分',
      '4️⃣ 迎泽区 74.3分',
      '👏恭喜！',
    ].join('\n');
    const result = read(text);
    expect(ranking(result)).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 76.5],
      ['迎泽区', 74.3],
    ]);
  });
});

describe('names of several words, and separators of any kind', () => {
  it('a space between two words of a Latin-script name is no cell break (Elm Park 88.5 in columns aligned by spaces)', () => {
    const text = [
      'Ward             Score    Complaints',
      'Elm Park         88.5     12',
      'Old Market       91.0     7',
      'Brookside        84.5     15',
    ].join('\n');
    const preview = previewImport(text);
    expect(ranking(preview.result)).toEqual([
      ['Old Market', 91],
      ['Elm Park', 88.5],
      ['Brookside', 84.5],
    ]);
    // One cell per line with a blank line between records, names of two words.
    const cells = ['Rank', 'Ward', 'Score', '', '1', 'Old Market', '91.0', '', '2', 'Elm Park', '88.5', '', '3', 'Brookside', '84.5'].join(
      '\n',
    );
    expect(ranking(read(cells))).toEqual([
      ['Old Market', 91],
      ['Elm Park', 88.5],
      ['Brookside', 84.5],
    ]);
  });

  it('a dash or a tilde between a name and its figure (东风街道——95.6分) is no part of the name', () => {
    const text = ['本期排名', '杏花岭区——78.8分', '小店区——77.8分', '万柏林区~76.5分'].join('\n');
    expect(ranking(read(text))).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 76.5],
    ]);
  });

  it('fields after the figure (得分：93.5 等次：优秀) are the record’s, the figure its score', () => {
    const text = [
      '“红黑榜”（第三期）',
      '1、杏花岭区 得分：78.8 等次：优秀',
      '2、小店区 得分：77.8 等次：良好',
      '3、万柏林区 得分：76.5 等次：较差',
    ].join('\n');
    expect(ranking(read(text))).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 76.5],
    ]);
  });
});

describe('cells one per line under a title of several words', () => {
  it('a title of words and a year over cells copied one per line does not keep the cells from being rows', () => {
    const cells = [
      'Cleanest wards ranking 2024',
      'Rank',
      'Ward',
      'Score',
      '',
      '1',
      'Old Market',
      '91.0',
      '',
      '2',
      'Elm Park',
      '88.5',
      '',
      '3',
      'Brookside',
      '84.5',
    ].join('\n');
    expect(ranking(read(cells))).toEqual([
      ['Old Market', 91],
      ['Elm Park', 88.5],
      ['Brookside', 84.5],
    ]);
  });
});

describe('columns that restate another', () => {
  it('a 满分 column (one figure on every row) gives the scores their maximum; 得分率 (the score over it) is no second score', () => {
    const text = [
      '区县\t满分\t得分\t得分率',
      '杏花岭区\t120\t108.0\t90.0%',
      '小店区\t120\t111.6\t93.0%',
      '万柏林区\t120\t102.0\t85.0%',
    ].join('\n');
    const preview = previewImport(text);
    expect(ranking(preview.result)).toEqual([
      ['小店区', 111.6],
      ['杏花岭区', 108],
      ['万柏林区', 102],
    ]);
    const roles = preview.candidates[0]?.table?.plan.columns.map((c) => [c.role, c.reason]);
    expect(roles?.[1]).toEqual(['ignored', 'max-column']);
    expect(roles?.[3]).toEqual(['ignored', 'rate-of-score']);
    if (preview.result.ok) expect(preview.result.inspection.siteTypes.map((s) => [s.name, s.maxScore])).toEqual([['得分', 120]]);
    // Nothing is left to doubt: the rate restates the score, and the maximum is printed.
    expect(preview.result.findings.filter((f) => f.severity === 'warning')).toEqual([]);
  });

  it('a header cell printed over two lines inside quotes (Excel’s copy) is one header word', () => {
    const text = '区县\t"综合\n得分"\t排名\n杏花岭区\t78.8\t1\n小店区\t77.8\t2\n';
    const result = read(text);
    if (result.ok) expect(result.inspection.siteTypes.map((s) => s.name)).toEqual(['综合得分']);
    expect(ranking(result).map(([name]) => name)).toEqual(['杏花岭区', '小店区']);
  });
});

describe('records run on with spaces between them', () => {
  it('`东湖街道96.5 西湖街道95.8`: each piece a name with its figure, on one line, is a list', () => {
    const text = ['本月测评结果：', '杏花岭区78.8 小店区77.8 万柏林区76.5 迎泽区74.3'].join('\n');
    expect(ranking(read(text))).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 76.5],
      ['迎泽区', 74.3],
    ]);
  });
});

describe('the second held-back set, read', () => {
  it('bullets before names (◆城关镇：95.5分, ● ■ ★ ►) are no part of them', () => {
    const text = ['本月各区考评得分如下：', '◆杏花岭区：78.8分', '●小店区：77.8分', '★万柏林区：76.5分'].join('\n');
    expect(ranking(read(text))).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 76.5],
    ]);
  });

  it('prose that pairs names with figures clause by clause (…得分最高，为78.8分；A、B分别以77.8分、76.5分位列第二、三名)', () => {
    const text =
      '考评结果显示，杏花岭区得分最高，为78.8分；小店区、万柏林区分别以77.8分、76.5分位列第二、三名；尖草坪区得分最低，为69.8分。';
    expect(ranking(read(text))).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 76.5],
      ['尖草坪区', 69.8],
    ]);
  });

  it('the long form pasted as text (区县, 项目, 得分 a row each) is one table of categories', () => {
    const text = ['区县\t项目\t得分', '杏花岭区\t公厕\t78.8', '杏花岭区\t市场\t70.1', '小店区\t公厕\t77.8', '小店区\t市场\t72.0'].join(
      '\n',
    );
    const result = read(text);
    expect(ranking(result)).toEqual([
      ['小店区', 149.8],
      ['杏花岭区', 148.9],
    ]);
    if (result.ok) expect(result.inspection.siteTypes.map((s) => s.name)).toEqual(['公厕', '市场']);
  });

  it('two counts and the rate they make (合格点位 ÷ 检查点位 = 合格率): the rate is the measure, the counts its parts', () => {
    const text = ['区域\t检查点位\t合格点位\t合格率', '东城\t40\t38\t95.0%', '西城\t36\t33\t91.7%', '南城\t42\t41\t97.6%'].join('\n');
    const preview = previewImport(text);
    expect(ranking(preview.result)).toEqual([
      ['南城', 97.6],
      ['东城', 95],
      ['西城', 91.7],
    ]);
    expect(preview.candidates[0]?.table?.plan.columns.map((c) => c.reason).slice(1, 3)).toEqual(['rate-parts', 'rate-parts']);
  });
});

describe('names as printed around their figures', () => {
  it('marks around a name (【杏花岭区】, 杏花岭区>, 杏花岭区→) are no part of it, and said; the verb 得 before its figure is read as one', () => {
    const expected = [
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 76.5],
    ];
    // 得 before a figure is the verb 获得 shortens (scored): read as the list's verb, with nothing to doubt.
    expect(ranking(read('杏花岭区得78.8，小店区得77.8，万柏林区得76.5'))).toEqual(expected);
    for (const text of ['【杏花岭区】78.8 【小店区】77.8 【万柏林区】76.5', '杏花岭区>78.8\n小店区>77.8\n万柏林区>76.5']) {
      const result = read(text);
      expect(ranking(result), text).toEqual(expected);
      // The same marks around every name are the layout's (a list's bullet, a table's bold): said once, no doubt.
      expect(
        result.findings.filter((f) => f.code === 'name-trimmed'),
        text,
      ).toMatchObject([{ severity: 'info' }]);
    }
    for (const text of [
      '— 历下区 95.1\n— 市中区 94.3\n— 槐荫区 93.6',
      '| 1 | **鼓楼区** | 95.42 |\n| 2 | **台江区** | 94.87 |\n| 3 | **仓山区** | 93.15 |',
    ])
      expect(
        read(text)
          .findings.filter((f) => f.code === 'name-trimmed')
          .map((f) => f.severity),
        text,
      ).toEqual(['info']);
    // Marks around one name only may be part of it: a doubt on that name.
    const one = read('【杏花岭区】78.8 小店区77.8 万柏林区76.5');
    expect(ranking(one)).toEqual(expected);
    expect(one.findings.filter((f) => f.code === 'name-trimmed').map((f) => [f.severity, f.params.printed])).toEqual([
      ['warning', '【杏花岭区】'],
    ]);
  });

  it('rows with no header (杏花岭区	78.8	优) are a grid to read, its one figure the score; slashes (杏花岭区/78.8/优) are cells', () => {
    const headerless = read('杏花岭区\t78.8\t优\n小店区\t77.8\t良\n万柏林区\t76.5\t良');
    expect(ranking(headerless).map(([name]) => name)).toEqual(['杏花岭区', '小店区', '万柏林区']);
    if (headerless.ok) expect(headerless.inspection.siteTypes.map((s) => s.name)).toEqual(['得分']);
    // Dates are no cells: three lines of them stay as they were printed, slashes and all.
    expect(splitLines('检查日期\n2024/11/05\n2024/12/05\n2025/01/05').map((l) => l.text)).toContain('2024/12/05');
    expect(ranking(read('杏花岭区/78.8/优\n小店区/77.8/良\n万柏林区/76.5/良'))).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 76.5],
    ]);
  });
});

describe('figures with a note in their cell', () => {
  it('a figure with a remark or a grade after it in its cell (78.8（较上月上升1.2分）, 78.8分 优秀) is the figure', () => {
    for (const note of ['（较上月上升1.2分）', '分 优秀', ' (+1.2)', '分/第1名', ' 第1名']) {
      const text = ['区县\t考核结果', `杏花岭区\t78.8${note}`, `小店区\t77.8${note}`, `万柏林区\t76.5${note}`].join('\n');
      expect(ranking(read(text)), note).toEqual([
        ['杏花岭区', 78.8],
        ['小店区', 77.8],
        ['万柏林区', 76.5],
      ]);
    }
  });
});

describe('headers that name nothing', () => {
  it('序号, a blank name header, 得分: an entity table (not the transposed layout, whose categories have names)', () => {
    const text = '序号\t\t得分\n1\t万柏林区\t76.5\n2\t杏花岭区\t78.8\n3\t迎泽区\t74.3\n4\t小店区\t77.8';
    expect(ranking(read(text)).map(([name]) => name)).toEqual(['杏花岭区', '小店区', '万柏林区', '迎泽区']);
  });

  it('a CSV whose header line is blank (`,`) reads its first row as a row, never as the header', () => {
    const text = ',\n万柏林区,76.5\n杏花岭区,78.8\n迎泽区,74.3\n小店区,77.8';
    expect(ranking(read(text)).map(([name]) => name)).toEqual(['杏花岭区', '小店区', '万柏林区', '迎泽区']);
  });
});

describe('words justified with spaces between their characters', () => {
  it('`城  区` and `单  位` in a table aligned by spaces are one word each, not two cells', () => {
    const text = [
      '    单  位        得  分      名  次',
      '    城  区        93.25        1',
      '    矿  区        91.60        2',
      '    开发区        87.40        3',
    ].join('\n');
    const result = read(text);
    expect(ranking(result)).toEqual([
      ['城区', 93.25],
      ['矿区', 91.6],
      ['开发区', 87.4],
    ]);
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('cells one per line without a header row', () => {
  it('columns printed one after another (区域 and its names, then 测评得分 and its figures) are the columns of one table', () => {
    const text = ['各区测评得分', '', '区域', '杏花岭区', '小店区', '万柏林区', '', '测评得分', '78.80', '77.80', '76.50'].join('\n');
    const result = read(text);
    expect(ranking(result)).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 76.5],
    ]);
    if (result.ok) expect(result.inspection.siteTypes.map((s) => s.name)).toEqual(['测评得分']);
    // Each figure keeps the line it was printed on.
    if (result.ok) expect(result.inspection.scores.find((s) => s.district === '小店区')).toMatchObject({ line: 10 });
  });

  it('records of a rank, a name and a figure, a line each, with no header: a grid of their rows', () => {
    const text = ['第一名', '杏花岭区', '78.8分', '第二名', '小店区', '77.8分', '第三名', '万柏林区', '76.5分'].join('\n');
    expect(ranking(read(text))).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 76.5],
    ]);
  });
});

describe('a blank corner in a table aligned by spaces', () => {
  it('site types down and districts across, the corner left blank: the header starts over the figures, not over the names', () => {
    const text = [
      '各区分类别得分情况',
      '                 杏花岭区   小店区   万柏林区   平均',
      '农贸市场          92.0     90.5     88.0     90.2',
      '背街小巷          89.5     91.0     87.5     89.3',
      '公共厕所          94.0     92.5     90.0     92.2',
    ].join('\n');
    const result = read(text);
    // Totals: 杏花岭区 275.5, 小店区 274, 万柏林区 265.5; 平均 is the city's row, not a district.
    expect(ranking(result)).toEqual([
      ['杏花岭区', 275.5],
      ['小店区', 274],
      ['万柏林区', 265.5],
    ]);
    if (result.ok) expect(result.inspection.city).toBe('平均');
  });
});

describe('records printed over two lines', () => {
  it('a name on its line, its figure on the next (1.杏花岭区 / 得分：78.80; 小店区 / 综合得分77.80分，排名第2。)', () => {
    const fields = ['各区考核结果', '1.杏花岭区', '得分：78.80', '2.小店区', '得分：77.80', '3.万柏林区', '得分：76.50'].join('\n');
    const prose = [
      '考核情况如下：',
      '杏花岭区',
      '综合得分78.80分，排名第1。',
      '小店区',
      '综合得分77.80分，排名第2。',
      '万柏林区',
      '综合得分76.50分，排名第4。',
    ];
    for (const text of [fields, prose.join('\n')])
      expect(ranking(read(text))).toEqual([
        ['杏花岭区', 78.8],
        ['小店区', 77.8],
        ['万柏林区', 76.5],
      ]);
    // The rank printed on the second line is read and checked: 万柏林区 is third by its figure.
    expect(read(prose.join('\n')).findings.find((f) => f.code === 'rank-mismatch')).toMatchObject({ params: { printedRank: 4 } });
  });

  it("a table's rows wrapped after the name (小店区 / 92.1 93.4 90.2 275.7): each name with the figures below it", () => {
    const text = [
      '区别 农贸市场 背街小巷 公共厕所 合计',
      '杏花岭区',
      '92.1 93.4 90.2 275.7',
      '小店区',
      '91.5 92.0 91.1 274.6',
      '万柏林区',
      '90.3 91.8 89.9 272.0',
    ].join('\n');
    expect(ranking(read(text))).toEqual([
      ['杏花岭区', 275.7],
      ['小店区', 274.6],
      ['万柏林区', 272],
    ]);
  });
});

describe('a grid to finish when no reader reads the text', () => {
  it("records no reader knows (a tab inside a sentence's clauses) are laid out as a grid, with a doubt to check it", () => {
    const text = '杏花岭区\t78.8 优秀；小店区\t77.8 良好；万柏林区\t76.5 良好';
    const preview = previewImport(text);
    const grid = preview.candidates[0]?.table?.grid;
    expect(grid?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['杏花岭区', '78.8', '优秀'],
      ['小店区', '77.8', '良好'],
      ['万柏林区', '76.5', '良好'],
    ]);
    // 小店区's figure keeps where it was printed: line 1, after the first clause.
    expect(grid?.rows[1]?.cells[1]).toMatchObject({ line: 1, column: text.indexOf('77.8') + 1 });
    expect(preview.result.findings).toContainEqual(
      expect.objectContaining({ code: 'records-guessed', severity: 'warning', params: { count: 3 } }),
    );
  });

  it('a text with no figure is still refused with its reason, and a broken table keeps its own errors', () => {
    expect(previewImport('本月各区均已完成整改，成绩良好。').result).toMatchObject({ ok: false });
    expect(previewImport('本月各区均已完成整改，成绩良好。').candidates.some((c) => c.table)).toBe(false);
  });
});

describe('the fifth held-back set, read', () => {
  it('a heading, a colon, then ranked items on one line (各镇得分排名：1.甲镇 96.3分；2.…): the first item is kept', () => {
    expect(ranking(read('各区得分排名：1.杏花岭区 78.8分；2.小店区 77.8分；3.万柏林区 76.5分。'))).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 76.5],
    ]);
  });

  it('rows copied with a blank line after each (a web table as paragraphs) are one table', () => {
    const text = ['排名\t区县\t综合得分', '', '1\t杏花岭区\t78.80', '', '2\t小店区\t77.80', '', '3\t万柏林区\t76.50'].join('\n');
    const result = read(text);
    expect(ranking(result)).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 76.5],
    ]);
    expect(result.findings.filter((f) => f.severity === 'warning')).toEqual([]);
  });
});

describe('a rank in brackets between the name and its figure', () => {
  it('`东港区（第1名）96.4分` lines: the name without its rank, the rank read and checked', () => {
    const result = read(['各区督查排名', '杏花岭区（第1名）78.8分', '小店区（第2名）77.8分', '万柏林区（第4名）76.5分'].join('\n'));
    expect(ranking(result)).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 76.5],
    ]);
    expect(result.findings.find((f) => f.code === 'rank-mismatch')).toMatchObject({ params: { printedRank: 4, computedRank: 3 } });
  });
});

describe('a numbered list', () => {
  it('`1.` / `2、` before records is their printed rank: a figure that contradicts it is a doubt on its line', () => {
    const result = read(['各区考评得分', '1.杏花岭区 78.8分', '2.小店区 76.5分', '3.万柏林区 77.8分'].join('\n'));
    expect(ranking(result).map(([name]) => name)).toEqual(['杏花岭区', '万柏林区', '小店区']);
    expect(result.findings.find((f) => f.code === 'rank-mismatch')).toMatchObject({ severity: 'warning', line: 3 });
  });
});

describe('the eighth held-back set, read', () => {
  it('a sentence of `甲区得96.2分` clauses after a lead-in clause reads as its list', () => {
    expect(ranking(read('本月城区环境卫生考核，杏花岭区得78.8分，小店区得77.8分，万柏林区得76.5分。'))).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 76.5],
    ]);
  });
});

describe('groups told in lists', () => {
  it('`城区组：…` then `县市组：…` are two groups ranked apart (the first offered first), not one ranking in parts', () => {
    const text = ['城区组：杏花岭区78.8分、小店区77.8分、万柏林区76.5分。', '县市组：清徐县74.3分、阳曲县69.8分、娄烦县66.4分。'].join(
      '\n',
    );
    const preview = previewImport(text);
    expect(ranking(preview.result)).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 76.5],
    ]);
    expect(preview.candidates.filter((c) => c.format === 'lists')).toHaveLength(2);
  });
});

describe('a rank beside the figure in its brackets', () => {
  it('`莲湖区（95.3分，第1名）；…` items: the figure and the rank, checked', () => {
    const result = read('考评结果：杏花岭区（78.8分，第1名）；小店区（77.8分，第2名）；万柏林区（76.5分，第4名）。');
    expect(ranking(result)).toEqual([
      ['杏花岭区', 78.8],
      ['小店区', 77.8],
      ['万柏林区', 76.5],
    ]);
    expect(result.findings.find((f) => f.code === 'rank-mismatch')).toMatchObject({ params: { printedRank: 4, computedRank: 3 } });
  });
});

describe('the fifteenth held-back set, read', () => {
  it('a list of counts (`5起`, `扣2分`) ranks the fewest first, said in a note, its printed ranks checked that way', () => {
    const counts = read('各街道投诉件数：东街道2起；西街道5起；南街道9起。');
    expect(ranking(counts)).toEqual([
      ['东街道', 2],
      ['西街道', 5],
      ['南街道', 9],
    ]);
    expect(counts.ok && counts.inspection.fewerIsBetter).toBe(true);
    expect(codes(counts.findings, 'info')).toContain('fewer-is-better');
    expect(codes(counts.findings, 'warning')).toEqual([]);
    const deductions = read('第1名：甲镇扣1.5分\n第2名：乙镇扣3分\n第3名：丙镇扣2分');
    expect(deductions.ok && deductions.inspection.districts).toEqual(['甲镇', '乙镇', '丙镇']);
    expect(deductions.findings.find((f) => f.code === 'rank-mismatch')).toMatchObject({
      params: { district: '乙镇', printedRank: 2, computedRank: 3 },
    });
  });

  it('a score list stays highest first: its `分` is no count', () => {
    const result = read('东街道92分；西街道95分；南街道90分。');
    expect(result.ok && result.inspection.fewerIsBetter).toBeUndefined();
    expect(codes(result.findings, 'warning')).toContain('list-order');
  });

  it('`=2` and `2=` in a `Place` column are ties, not text in a score', () => {
    const text = 'Place\tWard\tPoints\n1\tNorth\t91\n=2\tEast\t88\n=2\tWest\t88\n4\tSouth\t80\n5\tCentral\t79\n';
    const result = read(text);
    expect(ranking(result)).toEqual([
      ['North', 91],
      ['East', 88],
      ['West', 88],
      ['South', 80],
      ['Central', 79],
    ]);
    expect(previewImport(text).candidates[0]?.table?.plan.columns[0]?.role).toBe('rank');
    expect(result.ok && result.inspection.siteTypes.map((s) => s.name)).toEqual(['Points']);
    expect(codes(result.findings, 'error')).toEqual([]);
  });

  it('a change in brackets after each figure (`88.1（↓0.4）`) leaves the figure, with its decimals', () => {
    const result = read('街道\t得分（与上月比）\n东街道\t88.10（↓0.4）\n西街道\t86.25（+1.2）\n南街道\t90.05（持平）\n');
    expect(ranking(result)).toEqual([
      ['南街道', 90.05],
      ['东街道', 88.1],
      ['西街道', 86.25],
    ]);
    expect(result.ok && result.inspection.decimals).toBe(2);
  });

  it('a bracket that may be a score after a rank (`1（95.3）`) is no figure of its own', () => {
    const preview = previewImport('街道\t得分\n东街道\t1（95.3）\n西街道\t2（94.1）\n南街道\t3（90.2）\n');
    expect(preview.result.ok && preview.result.inspection.scores.map((s) => s.value)).not.toEqual([1, 2, 3]);
    // Read as ranks 1, 2, 3 under a score's word, it is refused with the question of that column, never ranked by them.
    expect(preview.result.ok).toBe(false);
    expect(codes(preview.result.findings, 'warning')).toContain('column-role-question');
  });

  it('an average told in a sentence (`全市平均得分为91.3分`, `the city average was 83`) is the reference, not a name', () => {
    const zh = read('东街道92.5分；西街道90.1分；全市平均得分为91.3分；南街道89.6分。');
    expect(zh.ok && zh.inspection.districts).toEqual(['东街道', '西街道', '南街道']);
    expect(zh.ok && zh.inspection.city).toBe('全市平均');
    const en = read('North: 91\nEast: 88\nThe city average was 86\nWest: 80');
    expect(en.ok && en.inspection.districts).toEqual(['North', 'East', 'West']);
  });
});

describe('the sixteenth held-back set, read', () => {
  it('names listed after a lead-in (`较好的有`) and their figures `分别` after: paired, the lead-in no part of a name', () => {
    const result = read('本月暗访中，得分较好的有东街道、西街道，分别得92.5分、91.0分；较差的是南街道，得84.5分。');
    expect(ranking(result)).toEqual([
      ['东街道', 92.5],
      ['西街道', 91],
      ['南街道', 84.5],
    ]);
  });

  it('a name holding the words of a sentence (`排名靠前的是甲区`) is a doubt on that name', () => {
    const result = read('单位\t得分\n排名靠前的是甲区\t90\n乙区\t85\n丙区\t80\n');
    expect(result.findings.find((f) => f.code === 'name-suspicious')).toMatchObject({
      severity: 'warning',
      params: { district: '排名靠前的是甲区', reason: 'sentence' },
    });
  });

  it('a bold reference row in Markdown (`| **全市平均** | **88.3** |`) is the city, named without its marks', () => {
    const result = read('| 区 | 得分 |\n|---|---|\n| 甲区 | 90.1 |\n| 乙区 | 88.2 |\n| 丙区 | 86.6 |\n| **全市平均** | **88.3** |\n');
    expect(result.ok && result.inspection.districts).toEqual(['甲区', '乙区', '丙区']);
    expect(result.ok && result.inspection.city).toBe('全市平均');
    expect(result.ok && result.inspection.cityAverages?.[0]?.value).toBe(88.3);
  });

  it('a figure in brackets in every name cell (`甲街道（92.50）` under `单位（分数）`) is the score column', () => {
    const result = read('序号\t单位（分数）\n1\t甲街道（90.25）\n2\t乙街道（92.50）\n3\t丙街道（88.00）\n');
    expect(ranking(result)).toEqual([
      ['乙街道', 92.5],
      ['甲街道', 90.25],
      ['丙街道', 88],
    ]);
    expect(result.ok && result.inspection.siteTypes.map((s) => s.name)).toEqual(['分数']);
  });

  it('`1위 … 점` and `1位 … 点` records: the rank before, the unit after', () => {
    expect(ranking(read('1위 가나구 90.5점\n2위 다라구 88.0점\n3위 마바구 85.5점'))).toEqual([
      ['가나구', 90.5],
      ['다라구', 88],
      ['마바구', 85.5],
    ]);
    expect(ranking(read('1位 北区 90.5点\n2位 南区 88.0点\n3位 西区 85.5点'))).toEqual([
      ['北区', 90.5],
      ['南区', 88],
      ['西区', 85.5],
    ]);
  });

  it('printed ranks that follow one score column and not the sum set the others aside, a doubt each', () => {
    const text = '区\t得分\t投诉率\t排名\n甲区\t90\t9\t2\n乙区\t92\t2\t1\n丙区\t85\t8\t4\n丁区\t86\t1\t3\n';
    const result = read(text);
    expect(ranking(result)).toEqual([
      ['乙区', 92],
      ['甲区', 90],
      ['丁区', 86],
      ['丙区', 85],
    ]);
    expect(result.findings.find((f) => f.code === 'column-outside-rank')).toMatchObject({
      severity: 'warning',
      params: { header: '投诉率', basis: '得分' },
    });
    // Three rows could follow one column by chance: the sum stands, its disagreement with the ranks a doubt.
    const three = read('区\t得分\t投诉率\t排名\n甲区\t90\t9\t2\n乙区\t92\t2\t1\n丙区\t85\t8\t3\n');
    expect(three.findings.some((f) => f.code === 'column-outside-rank')).toBe(false);
    expect(three.ok && three.inspection.siteTypes).toHaveLength(2);
  });
});

describe('a top and a bottom told on one line', () => {
  it('`排在前两位的是…；排在后两位的是…` is one ranking in parts: a doubt that the middle is unprinted', () => {
    const result = read('排在前两位的是东街道、西街道，得分分别为95.2分、94.1分；排在后两位的是南街道、北街道，得分分别为88.6分、86.3分。');
    expect(ranking(result).map(([name]) => name)).toEqual(['东街道', '西街道', '南街道', '北街道']);
    expect(result.findings.find((f) => f.code === 'ranking-in-parts')).toMatchObject({
      severity: 'warning',
      params: { parts: 2, lines: ['1'] },
    });
    const plain = read('得分较好的有东街道、西街道，分别得92.5分、91.0分；较差的是南街道，得84.5分。');
    expect(plain.findings.some((f) => f.code === 'ranking-in-parts')).toBe(false);
  });
});

describe('the seventeenth held-back set, read', () => {
  it('traditional characters and joined names in prose (`其次為乙區（86.5分）及丙區（85.1分）`): each name with its figure', () => {
    expect(ranking(read('甲區以88.2分排名第一，其次為乙區（86.5分）及丙區（85.1分）。丁區得分最低，為79.8分。'))).toEqual([
      ['甲區', 88.2],
      ['乙區', 86.5],
      ['丙區', 85.1],
      ['丁區', 79.8],
    ]);
  });

  it('a decimal comma in a tab table (`15,5`) and a maximum after the header (`Note /20`, `Score out of 10`)', () => {
    const result = read('Quartier\tNote /20\nNord\t15,5\nSud\t17,25\nEst\t12,0\n');
    expect(ranking(result)).toEqual([
      ['Sud', 17.25],
      ['Nord', 15.5],
      ['Est', 12],
    ]);
    expect(result.ok && result.inspection.siteTypes.map((s) => [s.name, s.maxScore])).toEqual([['Note', 20]]);
    expect(result.ok && result.inspection.decimals).toBe(2);
    const outOf = read('Ward\tScore out of 10\nNorth\t8.5\nSouth\t7.0\nEast\t9.1\n');
    expect(outOf.ok && outOf.inspection.siteTypes.map((s) => s.maxScore)).toEqual([10]);
    // In a table whose other figures have points, a lone comma is no decimal point but a misprint or a misread (OCR):
    // the cell is an error the reader corrects, never read as 83.26 on a guess.
    const lone = read('区\t得分\n甲区\t85.60\n乙区\t83,26\n丙区\t80.10\n');
    expect(lone.findings.find((f) => f.code === 'not-a-number')).toMatchObject({ severity: 'error', params: { text: '83,26' } });
    // Three digits after a comma are thousands, never a decimal: 1,245 stays 1245.
    expect(ranking(read('Ward\tPoints\nNorth\t1,245\nSouth\t1,180\nEast\t990\n'))[0]).toEqual(['North', 1245]);
  });

  it('full-width bars (`｜`) between cells are a table', () => {
    expect(ranking(read('排名｜单位｜得分\n１｜甲街道｜９３．０\n２｜乙街道｜９１．５\n３｜丙街道｜８８．２\n'))).toEqual([
      ['甲街道', 93],
      ['乙街道', 91.5],
      ['丙街道', 88.2],
    ]);
  });

  it('a name of words joined by `&` or a title’s point (`Lee & Park`, `St. Anne`) in columns aligned by spaces is one cell', () => {
    const text = 'Ward             Score    Rank\nLee & Park       88.2     1\nSt. Anne         86.5     2\nMill - East      84.0     3\n';
    expect(ranking(read(text))).toEqual([
      ['Lee & Park', 88.2],
      ['St. Anne', 86.5],
      ['Mill - East', 84],
    ]);
  });

  it('bulleted details indented under each item are the item’s, not items of the list', () => {
    const text = '1. 甲区 — 90.5分\n   - 市场：92\n   - 道路：89\n2. 乙区 — 88.0分\n   - 市场：90\n   - 道路：86\n3. 丙区 — 85.5分\n';
    const result = read(text);
    expect(ranking(result)).toEqual([
      ['甲区', 90.5],
      ['乙区', 88],
      ['丙区', 85.5],
    ]);
    expect(codes(result.findings, 'warning')).toEqual([]);
  });
});

describe('the eighteenth held-back set, read', () => {
  it('a forum’s anti-copy jammer lines (`; ?  Q* o4 ]`) between a header and its rows are no rows', () => {
    const text = "区域      得分\n( Y6 h; ]\n东区      91.5\n西区      89.0\n$ p8 {' k%\n南区      87.5\n";
    expect(ranking(read(text))).toEqual([
      ['东区', 91.5],
      ['西区', 89],
      ['南区', 87.5],
    ]);
  });

  it('`TOP2` before a record is its rank, in a list and in a rank cell', () => {
    const list = read('TOP1 东区 91.5分\nTOP2 西区 89.0分\nTOP3 南区 87.5分');
    expect(ranking(list)).toEqual([
      ['东区', 91.5],
      ['西区', 89],
      ['南区', 87.5],
    ]);
    const table = read('排名\t单位\t得分\nTOP1\t东区\t91.5\nTOP2\t西区\t89.0\nTOP3\t南区\t87.5\n');
    expect(ranking(table).map(([name]) => name)).toEqual(['东区', '西区', '南区']);
    expect(codes(table.findings, 'error')).toEqual([]);
  });

  it('`甲街道：综合得分88.5分，问题5个，整改率90%` lines: the score field’s figure, the other fields remarks', () => {
    const text =
      '东街道：综合得分88.5分，问题5个，整改率90%。\n西街道：综合得分91.0分，问题2个，整改率100%。\n南街道：综合得分85.5分，问题9个，整改率80%。';
    expect(ranking(read(text))).toEqual([
      ['西街道', 91],
      ['东街道', 88.5],
      ['南街道', 85.5],
    ]);
  });

  it('a numbered section heading (`（二）街道`) ends a table copied cell by cell; the first section is offered', () => {
    const cells = (rows: string[][]) => rows.map((r) => r.join('\n')).join('\n\n');
    const text = [
      '（一）区县',
      cells([
        ['名次', '区（县）', '得分'],
        ['1', '东区', '91.25'],
        ['2', '西区', '89.50'],
        ['3', '南区', '87.75'],
      ]),
      '（二）街道',
      cells([
        ['名次', '街道', '得分'],
        ['1', '甲街道', '95.00'],
        ['2', '乙街道', '93.50'],
        ['3', '丙街道', '90.25'],
      ]),
    ].join('\n\n');
    const preview = previewImport(text);
    expect(ranking(preview.result)).toEqual([
      ['东区', 91.25],
      ['西区', 89.5],
      ['南区', 87.75],
    ]);
    expect(preview.result.ok && preview.result.inspection.siteTypes.map((s) => s.name)).toEqual(['得分']);
  });

  it('a spreadsheet’s merged group cells over score and rank pairs: each group a category, its rank not counted', () => {
    const text =
      '区\t道路\t\t市场\t\t总分\t\n\t得分\t排名\t得分\t排名\t得分\t排名\n东区\t45\t2\t48\t1\t93\t1\n西区\t46\t1\t44\t3\t90\t2\n南区\t43\t3\t45\t2\t88\t3\n';
    const result = read(text);
    expect(ranking(result)).toEqual([
      ['东区', 93],
      ['西区', 90],
      ['南区', 88],
    ]);
    expect(result.ok && result.inspection.siteTypes.map((s) => s.name)).toEqual(['道路', '市场']);
    expect(codes(result.findings, 'warning')).toEqual([]);
    const plan = previewImport(text).candidates[0]?.table?.plan;
    expect(plan?.columns.filter((c) => c.reason === 'category-rank').map((c) => c.header)).toEqual(['道路排名', '市场排名']);
  });
});

describe('the nineteenth held-back set, read', () => {
  it('`甲区（第一名，94.85分）、乙区（第二名，93.60分）`: the comma inside a bracket splits nothing, the rank before the figure is checked', () => {
    const result = read('排名依次为：东区（第一名，94.85分）、西区（第二名，93.60分）、南区（第四名，92.15分）。');
    expect(ranking(result)).toEqual([
      ['东区', 94.85],
      ['西区', 93.6],
      ['南区', 92.15],
    ]);
    expect(result.findings.find((f) => f.code === 'rank-mismatch')).toMatchObject({
      params: { district: '南区', printedRank: 4, computedRank: 3 },
    });
    // A bracket never closed is no bracket: the items still split at their separators.
    expect(ranking(read('东区94.5分、西区（93.0分、南区92.0分')).map(([name]) => name)).toContain('南区');
  });
});

describe('the direction from the printed ranks', () => {
  it('rank 1 beside the smallest figure on every row: fewer is better, said in a note; the other way round nothing changes', () => {
    const upward = read('区\t暴露垃圾\t排名\n甲区\t3.5\t1\n乙区\t5.2\t2\n丙区\t8.1\t3\n丁区\t9.0\t4\n');
    expect(upward.ok && upward.inspection.fewerIsBetter).toBe(true);
    expect(ranking(upward).map(([name]) => name)).toEqual(['甲区', '乙区', '丙区', '丁区']);
    expect(upward.findings.find((f) => f.code === 'fewer-by-ranks')).toMatchObject({ severity: 'info', params: { header: '排名' } });
    expect(codes(upward.findings, 'warning')).toEqual([]);
    const downward = read('区\t得分\t排名\n甲区\t93.5\t1\n乙区\t91.2\t2\n丙区\t88.1\t3\n丁区\t85.0\t4\n');
    expect(downward.ok && downward.inspection.fewerIsBetter).toBeUndefined();
    expect(downward.findings.some((f) => f.code === 'fewer-by-ranks')).toBe(false);
    // Ranks that follow neither order stay a doubt on each row they contradict, never a direction.
    const mixed = read('区\t得分\t排名\n甲区\t93.5\t2\n乙区\t91.2\t1\n丙区\t88.1\t3\n丁区\t85.0\t4\n');
    expect(mixed.ok && mixed.inspection.fewerIsBetter).toBeUndefined();
    expect(codes(mixed.findings, 'warning')).toContain('rank-mismatch');
  });
});

describe('a list whose unit alone says what it counts', () => {
  it('`甲区3个；乙区5个` with no word for what is counted: fewest first is a doubt, not a note', () => {
    const guessed = read('优秀点位：东区3个；西区5个；南区2个。');
    expect(guessed.findings.find((f) => f.code === 'fewer-is-better')).toMatchObject({ severity: 'warning' });
    const said = read('发现问题：东区3个；西区5个；南区2个。');
    expect(said.findings.find((f) => f.code === 'fewer-is-better')).toMatchObject({ severity: 'info' });
  });

  it('a list of rates (`North: 91%`) is read out of 100 with the rate’s doubt, as a column of rates is', () => {
    const result = read('North: 91%\nEast: 88%\nWest: 80%');
    expect(ranking(result)).toEqual([
      ['North', 91],
      ['East', 88],
      ['West', 80],
    ]);
    expect(result.findings.find((f) => f.code === 'column-rate')).toMatchObject({ severity: 'warning' });
  });
});

describe('the review of this round’s rules', () => {
  it('`得分` with `得分排名` beside it: the ranking’s own rank, checked, not a category’s', () => {
    const result = read('区\t得分\t得分排名\n甲区\t93.5\t1\n乙区\t91.2\t3\n丙区\t88.1\t2\n丁区\t85.0\t4\n');
    expect(result.findings.filter((f) => f.code === 'rank-mismatch')).toHaveLength(2);
  });

  it('a bottom list’s ranks (`倒数排名` 1 beside the smallest) say nothing of direction', () => {
    const result = read('区\t得分\t倒数排名\n甲区\t80.5\t1\n乙区\t82.2\t2\n丙区\t84.1\t3\n丁区\t86.0\t4\n');
    expect(result.ok && result.inspection.fewerIsBetter).toBeUndefined();
  });

  it('short cells between bars with no rule line (`N | 91 | 1`) are a table’s rows, never a forum’s jammer', () => {
    const result = read('Ward | Score | Rank\nN | 91 | 1\nS | 88 | 2\nE | 80 | 3\n');
    expect(ranking(result)).toEqual([
      ['N', 91],
      ['S', 88],
      ['E', 80],
    ]);
  });
});
