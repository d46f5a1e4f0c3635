// Every layout other cities publish, read from invented fixtures: entities, categories, scores, totals, ranks,
// reference rows and the findings of the checks; and the seed page as copies mangle it (分, one cell per line).
import { describe, expect, it } from 'vitest';
import { importText, planWith, previewImport, readCandidate, type ImportPreview } from '../../../src/data/importText';
import { parseInspection } from '../../../src/data/parseInspection';
import type { Inspection, ParseResult } from '../../../src/data/types';
import { readFixture } from '../readFixture';
import { SEED_DISTRICTS_BY_TOTAL, SEED_PUBLISHED_TOTALS, SEED_SCORES, SEED_SITE_TYPES } from '../seedFigures';

function ok(result: ParseResult): Inspection {
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.inspection;
}

const layout = (name: string) => readFixture(`layouts/${name}`);
const scoresOf = (inspection: Inspection, siteType: string) =>
  inspection.districts.map((d) => inspection.scores.find((s) => s.district === d && s.siteType === siteType)?.value);
const codes = (result: ParseResult) => result.findings.map((f) => f.code);
const chosen = (preview: ImportPreview) => preview.candidates.find((c) => c.id === preview.chosen);

describe('entity tables', () => {
  it('reads streets with a 分 suffix, a rank column with a tie, and 全区平均 as a reference row that is never ranked', () => {
    const preview = previewImport(layout('entity-streets.txt'));
    const inspection = ok(preview.result);
    expect(inspection.entityKind).toBe('街道');
    expect(inspection.districts).toEqual(['东关街道', '西关街道', '南关街道', '北关街道']);
    expect(scoresOf(inspection, '得分')).toEqual([96.76, 94.2, 94.2, 90.15]);
    expect(inspection.publishedRanks?.map((r) => r.value)).toEqual([1, 2, 2, 4]);
    expect(inspection.city).toBe('全区平均');
    expect(inspection.cityAverages?.map((c) => c.value)).toEqual([93.83]);
    expect(codes(preview.result)).not.toContain('rank-mismatch');
    expect(preview.result.findings.find((f) => f.code === 'tie')?.params).toMatchObject({ districts: ['西关街道', '南关街道'], rank: 2 });
    expect(chosen(preview)?.table?.plan.columns.map((c) => [c.header, c.role, c.reason])).toEqual([
      ['街道', 'entity', 'entity-header'],
      ['得分', 'score', 'score-header'],
      ['排名', 'rank', 'rank-header'],
    ]);
    // The period comes from the table's own heading.
    expect(preview.suggestedPeriod).toBe('2025-03');
  });

  it('rejoins header words split by a space (区 域, 排 名) and reads the maximum from a second header line (100分制)', () => {
    const inspection = ok(previewImport(layout('entity-split-header.txt')).result);
    expect(inspection.districts).toEqual(['北城区', '南城区', '东城区']);
    expect(inspection.siteTypes.map((s) => [s.name, s.maxScore])).toEqual([['得分', 100]]);
    expect(inspection.publishedRanks?.map((r) => [r.district, r.value])).toEqual([
      ['北城区', 2],
      ['南城区', 1],
      ['东城区', 3],
    ]);
    expect(inspection.city).toBe('平均');
  });

  it('a 合计 row is a reference that is neither ranked nor shown as the city average', () => {
    const result = importText('区域 得分\n东区 90.5\n西区 88.0\n合计 178.5\n').result;
    const inspection = ok(result);
    expect(inspection.districts).toEqual(['东区', '西区']);
    expect(inspection.city).toBeUndefined();
    expect(result.findings.find((f) => f.code === 'sum-row')?.params).toEqual({ district: '合计' });
    expect(codes(result)).not.toContain('city-average-mismatch');
  });

  it('the CSV 区,排名,得分 reads 排名 as a rank, never a score: 甲区 80 ranks above 乙区 79.5', () => {
    const { format, result } = importText(layout('rank-column.csv'));
    expect(format).toBe('csv');
    const inspection = ok(result);
    expect(inspection.siteTypes.map((s) => s.name)).toEqual(['得分']);
    expect(scoresOf(inspection, '得分')).toEqual([80, 79.5]);
    expect(inspection.publishedRanks?.map((r) => r.value)).toEqual([1, 2]);
    expect(codes(result)).not.toContain('rank-mismatch');
  });

  it('a printed rank the scores contradict is a warning that names the row', () => {
    const result = importText('区,排名,得分\n甲区,2,80\n乙区,1,79.5\n').result;
    expect(
      result.findings
        .filter((f) => f.code === 'rank-mismatch')
        .map((f) => [f.line, f.params.district, f.params.printedRank, f.params.computedRank]),
    ).toEqual([
      [2, '甲区', 2, 1],
      [3, '乙区', 1, 2],
    ]);
  });

  it('a column of integers 1..n under a score header is read as a rank, and the preview asks', () => {
    const preview = previewImport('区域 得分 总分\n东区 1 90.5\n西区 2 88.0\n南区 3 85.5\n');
    const table = chosen(preview)?.table;
    expect(table?.plan.columns.map((c) => c.role)).toEqual(['entity', 'rank', 'score']);
    expect(codes(preview.result)).toContain('column-role-question');
  });

  it('a count of problems found (fewer is better) is never a score: the 公厕 ranking stands; counts alone are refused', () => {
    // The seed's 公厕 scores, with the problems an inspection found beside them (more problems, a lower score).
    const table = '排名\t区\t得分\t发现问题数\n1\t杏花岭区\t78.8\t12\n2\t小店区\t77.8\t18\n3\t万柏林区\t76.5\t25\n';
    const preview = previewImport(table);
    const inspection = ok(preview.result);
    expect(inspection.siteTypes.map((s) => s.name)).toEqual(['得分']);
    expect(scoresOf(inspection, '得分')).toEqual([78.8, 77.8, 76.5]);
    expect(codes(preview.result)).not.toContain('rank-mismatch');
    expect(chosen(preview)?.table?.plan.columns.map((c) => [c.header, c.role, c.reason])).toEqual([
      ['排名', 'rank', 'rank-header'],
      ['区', 'entity', 'entity-header'],
      ['得分', 'score', 'score-header'],
      ['发现问题数', 'ignored', 'count-column'],
    ]);
    // Read as scores, the counts would rank 万柏林区 (25 problems) first.
    const counts = importText('区\t发现问题数\t整改次数\n杏花岭区\t12\t3\n小店区\t18\t5\n万柏林区\t25\t9\n').result;
    expect(counts.ok).toBe(false);
    expect(codes(counts)).toContain('no-score-column');
    // 问题整改 (problems put right) is a scored item, not a count: it stays in the total.
    const scored = ok(importText('区\t问题整改(20)\t市容(80)\t总分\n东区\t18\t70.5\t88.5\n西区\t15\t72\t87\n').result);
    expect(scored.siteTypes.map((s) => [s.name, s.maxScore])).toEqual([
      ['问题整改', 20],
      ['市容', 80],
    ]);
  });

  it('a 满分 (or 分值) row gives each column its maximum and is never ranked: read as a district, it came first', () => {
    for (const word of ['满分', '分值']) {
      const preview = previewImport(`区\t市容秩序\t环境卫生\t总分\n${word}\t40\t60\t100\n东区\t35.5\t52\t87.5\n西区\t33\t55.5\t88.5\n`);
      const inspection = ok(preview.result);
      expect(inspection.districts).toEqual(['东区', '西区']);
      expect(inspection.siteTypes.map((s) => [s.name, s.maxScore])).toEqual([
        ['市容秩序', 40],
        ['环境卫生', 60],
      ]);
      expect(inspection.publishedTotals.map((t) => t.value)).toEqual([87.5, 88.5]);
      expect(codes(preview.result)).not.toContain('max-assumed');
      expect(chosen(preview)?.table?.plan.rows[0]).toMatchObject({ skipped: true, reason: 'max-row' });
    }
  });

  it('two name columns (区, then 街道): the one that names each row once is the entity, the other is not read', () => {
    const preview = previewImport('区\t街道\t得分\n迎泽区\t柳巷街道\t95.3\n迎泽区\t庙前街道\t93.1\n小店区\t坞城街道\t94.0\n');
    expect(preview.chosen).toBe('table:1');
    const inspection = ok(preview.result);
    expect(inspection.districts).toEqual(['柳巷街道', '庙前街道', '坞城街道']);
    expect(inspection.entityKind).toBe('街道');
    expect(chosen(preview)?.table?.plan.columns.map((c) => c.role)).toEqual(['ignored', 'entity', 'score']);
  });

  it('a role changed in the preview re-reads the table: 序号 in administrative order is a row number, not a rank', () => {
    const text = '序号\t县区\t得分\n1\t清源县\t88.5\n2\t古城区\t91.2\n3\t新河县\t85.0\n';
    const preview = previewImport(text);
    const candidate = chosen(preview);
    expect(candidate?.table?.plan.columns.map((c) => [c.role, c.reason])).toEqual([
      ['ignored', 'row-numbers'],
      ['entity', 'entity-header'],
      ['score', 'score-header'],
    ]);
    expect(ok(preview.result).entityKind).toBe('县');
    // The user says the first column is a rank: the ranks now disagree with the scores, and the checks say so.
    if (!candidate) throw new Error('no candidate');
    const reading = { candidate: candidate.id, roles: [{ column: 0, role: 'rank' as const }] };
    const reread = readCandidate(candidate, reading);
    expect(ok(reread).publishedRanks?.map((r) => r.value)).toEqual([1, 2, 3]);
    expect(reread.findings.filter((f) => f.code === 'rank-mismatch').map((f) => f.params.district)).toEqual(['清源县', '古城区']);
    // The same reading applied to the stored text gives the same inspection.
    expect(ok(importText(text, reading).result).publishedRanks).toEqual(ok(reread).publishedRanks);
    expect(planWith(candidate.table?.plan ?? { columns: [], rows: [], entityKind: '区', questions: [] }, reading).columns[0]?.reason).toBe(
      'user',
    );
  });

  it('two columns set to one role (two totals) are refused with the columns named, never read from a guess', () => {
    const preview = previewImport('街道\t城管\t总分\t综合得分\n东街道\t45.0\t45.0\t44.0\n西街道\t40.0\t40.0\t41.0\n');
    expect(preview.result.ok).toBe(false);
    expect(preview.result.findings.find((f) => f.code === 'duplicate-role')?.params).toEqual({
      role: 'total',
      columns: ['总分', '综合得分'],
    });
    const candidate = chosen(preview);
    if (!candidate) throw new Error('no candidate');
    const fixed = readCandidate(candidate, { candidate: candidate.id, roles: [{ column: 3, role: 'ignored' }] });
    expect(ok(fixed).publishedTotals.map((t) => t.value)).toEqual([45, 40]);
  });

  it('a wide table with raw and weighted pairs under a two-level header: the weighted scores count and sum to the total', () => {
    const preview = previewImport(layout('wide-weighted.txt'));
    const inspection = ok(preview.result);
    expect(inspection.siteTypes.map((s) => [s.name, s.maxScore])).toEqual([
      ['实地考察', 85],
      ['问卷调查', 15],
    ]);
    expect(scoresOf(inspection, '实地考察')).toEqual([82.25, 80.07, 78.29]);
    expect(inspection.publishedTotals.map((t) => t.value)).toEqual([95.75, 94.32, 91.49]);
    expect(codes(preview.result)).not.toContain('total-mismatch');
    expect(
      chosen(preview)
        ?.table?.plan.columns.filter((c) => c.role === 'ignored')
        .map((c) => c.reason),
    ).toEqual(['raw-of-weighted', 'raw-of-weighted']);
  });

  it('a total further from the sum than the printed decimals allow is a misprint warning, not rounding', () => {
    const result = importText('街道\t城管(50)\t环卫(50)\t总分\n东街道\t45.10\t40.20\t85.30\n西街道\t44.00\t41.00\t86.00\n').result;
    expect(result.findings.filter((f) => f.code === 'total-mismatch').map((f) => f.params.district)).toEqual(['西街道']);
  });

  it('rebuilds rows from one cell per line, and splits PDF cells that ran together on their shared decimals', () => {
    const rebuilt = previewImport(layout('one-cell-per-line.txt')).result;
    expect(scoresOf(ok(rebuilt), '得分')).toEqual([96.76, 94.2, 90.15]);
    expect(codes(rebuilt)).toContain('rows-rebuilt');
    const split = previewImport(layout('run-together.txt')).result;
    const inspection = ok(split);
    expect(inspection.districts).toEqual(['东关街道', '西关街道', '北关街道']);
    expect(scoresOf(inspection, '城管得分')).toEqual([96.76, 94.2, 90.15]);
    expect(scoresOf(inspection, '环卫得分')).toEqual([82.24, 90.1, 88.05]);
    expect(codes(split)).toContain('cells-split-by-decimals');
  });
  it('a web table copied cell by cell under two header levels: groups over repeated sub-columns, words broken in cells', () => {
    // 市容 and 环卫 each span 检查扣分 and 得分; 总 / 分 is one cell printed over two lines; the name column has no word.
    const header = ['市容', '环卫', '总', '分', '名次', '检查扣分', '得分', '检查扣分', '得分'];
    const rows = [
      ['东关街道', '2', '48', '5', '45', '93', '1'],
      ['西关街道', '4', '46', '4', '46', '92', '2'],
      ['南关街道', '6', '44', '3', '47', '91', '3'],
    ];
    const text = ['考核结果如下:', ...header, ...rows.flat()].join('\n\n');
    const result = previewImport(text).result;
    const inspection = ok(result);
    expect(inspection.districts).toEqual(['东关街道', '西关街道', '南关街道']);
    expect(inspection.siteTypes.map((s) => s.name)).toEqual(['市容得分', '环卫得分']);
    expect(scoresOf(inspection, '环卫得分')).toEqual([45, 46, 47]);
    expect(inspection.publishedTotals.map((t) => t.value)).toEqual([93, 92, 91]);
    expect(codes(result)).not.toContain('header-unplaced');
    // Sub-columns of their own words under each group: the only split of the words that gives the rows' width.
    const own = ['单位', '市容', '环卫', '总分', '名次', '检查扣分', '得分', '巡查扣分', '实得分'];
    const placed = ok(previewImport(['考核结果如下:', ...own, ...rows.flat()].join('\n\n')).result);
    expect(placed.siteTypes.map((s) => s.name)).toEqual(['市容得分', '环卫实得分']);
  });
});

describe('text after a table copied cell by cell', () => {
  it('paragraphs after the last row (problems found, a district each) are text after the table, not rows', () => {
    const cells = ['单位', '得分', '排名', '东关街道', '88.81', '2', '西关街道', '90.5', '1', '南关街道', '85.60', '3'];
    const after = ['1、存在的问题：晨扫未按时完成。', '东关：小沙泥街墙根不洁。', '西关：路面有积泥。'];
    const inspection = ok(previewImport([...cells, ...after].join('\n\n')).result);
    expect(inspection.districts).toEqual(['东关街道', '西关街道', '南关街道']);
    expect(scoresOf(inspection, '得分')).toEqual([88.81, 90.5, 85.6]);
  });
});

describe('a cell printed over several lines', () => {
  it('a remark listing scores over lines of its own (甲村87.3    乙村86.2) stays the remark of its row, never rows', () => {
    const cells = ['三、镇街排名', '镇街', '得分', '排名', '备注', '东镇', '88.5', '1', '甲村87.3      乙村86.2', '丙村88      东镇86.9'];
    const more = ['西镇', '86.25', '2', '丁村85.5      戊村87', '南镇', '85', '3', '己村84.5      庚村85.5'];
    const result = previewImport([...cells, ...more].join('\n\n')).result;
    const inspection = ok(result);
    expect(inspection.districts).toEqual(['东镇', '西镇', '南镇']);
    expect(scoresOf(inspection, '得分')).toEqual([88.5, 86.25, 85]);
    expect(inspection.siteTypes.map((s) => s.name)).toEqual(['得分']);
  });
});

describe('titles over a table', () => {
  it('several title lines (a word spaced out, a section heading) are titles, never a level of the header', () => {
    const text = '某区2025年3月份环境卫生考核\n考 核 通 报\n一、街道排名\n街道\t得分\t排名\n东街道\t90.5\t1\n西街道\t88\t2\n';
    const inspection = ok(previewImport(text).result);
    expect(inspection.siteTypes.map((s) => s.name)).toEqual(['得分']);
    expect(inspection.title).toBe('一、街道排名');
    expect(inspection.districts).toEqual(['东街道', '西街道']);
  });
  it('an English sentence over a tab-separated header (its words split by spaces) is a title, not a header level', () => {
    const text = [
      'Local Environmental Quality Survey – October',
      'Results by ward (percentage of sites at an acceptable standard)',
      'Ward\tLitter (%)\tDetritus (%)\tTotal',
      'Abbey\t96\t91\t187',
      'Castle\t94\t88\t182',
    ].join('\n');
    const inspection = ok(previewImport(text).result);
    expect(inspection.siteTypes.map((s) => s.name)).toEqual(['Litter (%)', 'Detritus (%)']);
    expect(inspection.title).toBe('Results by ward (percentage of sites at an acceptable standard)');
    expect(inspection.publishedTotals.map((t) => t.value)).toEqual([187, 182]);
  });
});

describe('ranks printed as ordinals', () => {
  it('cells one per line with each row led by 第N名 (ties printed twice): the ordinals are the rank column', () => {
    const cells = [
      '名次',
      '单位',
      '得分',
      '第一名',
      '东城街道',
      '95',
      '第二名',
      '西城街道',
      '93',
      '第二名',
      '南城街道',
      '93',
      '第4名',
      '北城街道',
      '90',
    ];
    const result = previewImport(cells.join('\n\n')).result;
    const inspection = ok(result);
    expect(inspection.districts).toEqual(['东城街道', '西城街道', '南城街道', '北城街道']);
    expect(inspection.publishedRanks?.map((r) => r.value)).toEqual([1, 2, 2, 4]);
    expect(scoresOf(inspection, '得分')).toEqual([95, 93, 93, 90]);
  });

  it('a sentence of ordinal records after a lead-in (本月，第一名为…，获得…分；…): the lead-in is no item', () => {
    const text = '本报讯 公厕考评结果出炉。\n本月，第一名为东城区，获得95.5分；第二名为西城区，获得93分；第三名为南城区，获得90.25分。\n';
    const inspection = ok(previewImport(text).result);
    expect(inspection.districts).toEqual(['东城区', '西城区', '南城区']);
    expect(inspection.scores.map((s) => s.value)).toEqual([95.5, 93, 90.25]);
  });

  it('a lead-in of several clauses before figures that print their ranks (东区以90.5分得第一，…列第三): the lead-in is dropped', () => {
    const text = '日前，市考评中心公布5月份环境卫生考评总成绩，东区以90.5分得第一，西区以88分排第二，南区以85.25分列第三。\n';
    const inspection = ok(previewImport(text).result);
    expect(inspection.districts).toEqual(['东区', '西区', '南区']);
    expect(inspection.scores.map((s) => s.value)).toEqual([90.5, 88, 85.25]);
  });
});

describe('ranked lists and their transpose', () => {
  const expected = { 城管工作: [94.35, 93.2, 90, 88.5], 环卫工作: [94, 95.5, 90.5, 91.25] };
  const check = (inspection: Inspection) => {
    expect([...inspection.districts].sort()).toEqual(['东区', '北区', '南区', '西区'].sort());
    const order = ['东区', '西区', '南区', '北区'];
    for (const [siteType, values] of Object.entries(expected)) {
      expect(order.map((d) => inspection.scores.find((s) => s.district === d && s.siteType === siteType)?.value)).toEqual(values);
    }
  };

  it('prose lists per category merge into one inspection, one category per list', () => {
    const preview = previewImport(layout('prose-lists.txt'));
    expect(preview.format).toBe('lists');
    check(ok(preview.result));
    expect(preview.suggestedPeriod).toBe('2025-04');
  });

  it('the transposed ranked table (rank rows, a name and a score column per category) reads the same scores', () => {
    const preview = previewImport(layout('transposed.txt'));
    expect(preview.format).toBe('transposed');
    check(ok(preview.result));
  });

  it('one small table per category merges by their shared entities', () => {
    const preview = previewImport(layout('category-tables.txt'));
    expect(preview.format).toBe('category-tables');
    const inspection = ok(preview.result);
    expect(inspection.siteTypes.map((s) => s.name)).toEqual(['城管工作', '环卫工作']);
    check(inspection);
  });

  it('第1名:东区(88.28) lists with 并列 ties: the tie is found and the printed ranks agree', () => {
    const preview = previewImport(layout('prose-ranked.txt'));
    const inspection = ok(preview.result);
    expect(scoresOf(inspection, '城管工作')).toEqual([88.28, 87.5, 87.5, 85]);
    expect(codes(preview.result)).not.toContain('rank-mismatch');
    expect(preview.result.findings.find((f) => f.code === 'tie')?.params).toMatchObject({ districts: ['西区', '南区'], rank: 2 });
    expect(preview.candidates.every((c) => c.result.ok)).toBe(true);
  });

  it('a list out of order is a warning that names the rows', () => {
    const result = importText('城管工作：东区90分;西区93.2分;南区88分。\n').result;
    expect(result.findings.find((f) => f.code === 'list-order')?.params).toMatchObject({ district: '西区', previousDistrict: '东区' });
  });
});

describe('the seed page as copies mangle it', () => {
  const page = readFixture('taiyuan-news-page-2025-01.txt');
  const expectSeed = (inspection: Inspection) => {
    expect(inspection.districts).toEqual(SEED_DISTRICTS_BY_TOTAL);
    expect(inspection.siteTypes.map((s) => s.name)).toEqual(SEED_SITE_TYPES);
    for (const siteType of SEED_SITE_TYPES) expect(scoresOf(inspection, siteType)).toEqual(SEED_SCORES[siteType]);
    expect(inspection.publishedTotals.map((t) => t.value)).toEqual(SEED_PUBLISHED_TOTALS);
  };

  it('every score written 80.2分 or 80.2 分 reads as printed', () => {
    expectSeed(ok(parseInspection(page.replace(/(\d+\.\d)(?=\t|$)/gm, '$1分'))));
    const spaced = ok(parseInspection(page.replace(/(\d+\.\d)(?=\t|$)/gm, '$1 分')));
    expectSeed(spaced);
    // Columns still point at the printed cells: 杏花岭区 80.2 in the ranked table's first row.
    expect(spaced.scores.find((s) => s.district === '杏花岭区' && s.siteType === '农贸市场、便民市场')).toMatchObject({
      line: 69,
      column: 16,
    });
  });

  it('a second table under its own heading with no blank line before it: its own candidate, title and lines', () => {
    // The seed's 公厕 scores, the six districts printed as two groups, each ranked apart under its heading.
    const text = [
      '城区组',
      '排名\t区\t公厕',
      '1\t杏花岭区\t78.8',
      '2\t小店区\t77.8',
      '3\t万柏林区\t76.5',
      '外围组',
      '排名\t区\t公厕',
      '1\t迎泽区\t74.3',
      '2\t尖草坪区\t69.8',
      '3\t晋源区\t66.4',
    ].join('\n');
    const tables = previewImport(text).candidates.map((c) => ({
      title: c.title,
      first: c.first,
      last: c.last,
      districts: c.result.ok ? c.result.inspection.districts : [],
      scores: c.result.ok ? scoresOf(c.result.inspection, '公厕') : [],
    }));
    expect(tables).toEqual([
      { title: '城区组', first: 1, last: 5, districts: ['杏花岭区', '小店区', '万柏林区'], scores: [78.8, 77.8, 76.5] },
      { title: '外围组', first: 6, last: 10, districts: ['迎泽区', '尖草坪区', '晋源区'], scores: [74.3, 69.8, 66.4] },
    ]);
  });

  it('the two tables with no blank line between them read as two tables', () => {
    const joined = page.replace(/\n\n(## 城六区创卫月督查创卫评估暗访各区总分排名)\n\n/, '\n$1\n');
    const result = parseInspection(joined);
    expectSeed(ok(result));
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('one cell per line (a PDF copy) is rebuilt into rows, each score keeping the line it came from', () => {
    const lines = page.split('\n');
    const onePerLine = lines.flatMap((line) => (line.includes('\t') ? line.split('\t').filter((c) => c.trim() !== '') : [line])).join('\n');
    const result = parseInspection(onePerLine);
    const inspection = ok(result);
    expectSeed(inspection);
    // Rows rebuilt: the ten site types of the ranked table (label + 6 cells), the ten and the total row of the totals table (label + 7).
    expect(result.findings.filter((f) => f.code === 'rows-rebuilt').map((f) => f.params)).toEqual([
      { rows: 10, columns: 7 },
      { rows: 11, columns: 8 },
    ]);
    const cell = inspection.scores.find((s) => s.district === '杏花岭区' && s.siteType === '农贸市场、便民市场');
    const where = onePerLine.split('\n')[(cell?.line ?? 0) - 1];
    expect(where).toBe('杏花岭区 80.2');
  });

  it('the whole seed page suggests no period (its only dates belong to other articles)', () => {
    expect(previewImport(page).suggestedPeriod).toBeUndefined();
  });
});

describe('the embedded tables at start-up', () => {
  it('parsePrintedTables (no copy recovery, for the first screen) reads the embedded tables exactly as parseInspection does', async () => {
    const { embeddedText } = await import('../../../src/data/embedded/source');
    const { parsePrintedTables } = await import('../../../src/data/parseInspection');
    const printed = parsePrintedTables(embeddedText);
    expect(ok(printed).scores).toHaveLength(60);
    expect(printed).toEqual(parseInspection(embeddedText));
  });
});

describe('findings by kind', () => {
  it('counts each kind once, errors first, then by count', async () => {
    const { countFindingKinds } = await import('../../../src/model/findingGroups');
    const result = importText('区,得分\n甲区,n/a\n乙区,50\n丙区,50\n丁区,x\n戊区,50\n己区,50\n庚区,50\n').result;
    expect(countFindingKinds(result.findings).map((k) => [k.severity, k.code, k.count])).toEqual([
      ['error', 'not-a-number', 2],
      ['info', 'max-assumed', 1],
    ]);
  });

  it('groups each finding once under its kind, the first ones shown in group order (a limit of 2 shows both errors, not the note)', async () => {
    const { groupFindings } = await import('../../../src/model/findingGroups');
    const result = importText('区,得分\n甲区,n/a\n乙区,50\n丙区,50\n丁区,x\n戊区,50\n己区,50\n庚区,50\n').result;
    const grouped = groupFindings(result.findings, 2);
    expect(grouped.map((g) => [g.code, g.count, g.shown.map((f) => f.line)])).toEqual([
      ['not-a-number', 2, [2, 5]],
      ['max-assumed', 1, []],
    ]);
    // The note past the limit is still named, by its first finding.
    expect(grouped[1]?.first?.code).toBe('max-assumed');
    const all = groupFindings(result.findings, Infinity);
    expect(all.flatMap((g) => g.shown)).toHaveLength(result.findings.length);
  });
});

describe('CSV of two columns', () => {
  it('区,得分 imports (papaparse alone cannot guess the delimiter of two columns)', () => {
    const result = importText('区,得分\n甲区,81\n乙区,79.5\n').result;
    expect(scoresOf(ok(result), '得分')).toEqual([81, 79.5]);
    expect(codes(result)).not.toContain('csv-syntax');
  });
});

describe('a page that disagrees with itself', () => {
  it('two layouts on one page giving 东区 城管工作 different scores: each candidate says so, naming the other line', () => {
    const text = ['城管工作：东区94.35分;西区93.2分。', '', '顺序  城管工作  得分', '1  东区  94.00分', '2  西区  93.2分'].join('\n');
    const preview = previewImport(text);
    expect(preview.candidates.map((c) => c.format).sort()).toEqual(['lists', 'transposed']);
    const lists = preview.candidates.find((c) => c.format === 'lists');
    expect(
      lists?.result.findings
        .filter((f) => f.code === 'candidates-disagree')
        .map((f) => [f.params.district, f.params.value, f.params.other, f.params.otherLine]),
    ).toEqual([['东区', 94.35, 94, 4]]);
  });
});

describe('figures keep the decimals their source prints', () => {
  it('scoreDigits: 1 for the seed, 2 for 96.76, 3 for 82.246; the CSV written back keeps them', async () => {
    const { scoreDigits } = await import('../../../src/data/decimals');
    const { inspectionToCsv } = await import('../../../src/data/exportInspection');
    expect(scoreDigits(ok(parseInspection(readFixture('taiyuan-news-page-2025-01.txt'))))).toBe(1);
    const streets = ok(importText(layout('entity-streets.txt')).result);
    expect(scoreDigits(streets)).toBe(2);
    expect(scoreDigits(ok(importText('区,得分\n甲区,82.246\n乙区,80\n').result))).toBe(3);
    const csv = inspectionToCsv(streets);
    expect(csv).toContain('东关街道,得分,96.76,100');
    expect(csv).toContain('西关街道,得分,94.20,100');
    expect(scoresOf(ok(importText(csv).result), '得分')).toEqual([96.76, 94.2, 94.2, 90.15]);
  });
});

describe('more of what copying does', () => {
  it('a web table copied cell by cell with a blank line between: a line of spaces is an empty cell, ranks skip after a tie, the text after it is no cell', () => {
    // Invented figures. Rows: 名次, 村, 备注 (a remark with a figure of another body, blank below row 2), 得分, 奖金.
    const cells = ['通报如下:', '名次', '村', '备注', '得分', '奖金(元)'];
    const rows = [
      ['1', '甲村', '市暗访成绩93.7', '95.5', '5000'],
      ['2', '乙村', '县暗访成绩92', '94', '2000'],
      ['3', '丙村', ' ', '90.5', ' '],
      ['3', '丁村', ' ', '90.5', ' '],
      ['5', '戊村', ' ', '88', ' '],
    ];
    const text =
      ['  ' + cells.join('\n\n  '), ...rows.map((r) => r.map((c) => `  ${c}`).join('\n\n'))].join('\n\n') + '\n\n  二、存在问题\n';
    const preview = previewImport(text);
    const inspection = ok(preview.result);
    expect(inspection.districts).toEqual(['甲村', '乙村', '丙村', '丁村', '戊村']);
    expect(inspection.siteTypes.map((s) => s.name)).toEqual(['得分']);
    expect(scoresOf(inspection, '得分')).toEqual([95.5, 94, 90.5, 90.5, 88]);
    expect(inspection.publishedRanks?.map((r) => r.value)).toEqual([1, 2, 3, 3, 5]);
    // 戊村's 88 stands on its own line, three cells after its rank.
    const line = text.split('\n').findIndex((l) => l.trim() === '88') + 1;
    expect(inspection.scores.find((s) => s.district === '戊村')?.line).toBe(line);
  });

  it('a row wrapped over two lines is joined when the second line completes the header’s count', () => {
    const text = '街道 城管 环卫 总分\n东关街道 90.5\n88.0 178.5\n西关街道 85.0 80.0 165.0\n';
    const inspection = ok(importText(text).result);
    expect(inspection.districts).toEqual(['东关街道', '西关街道']);
    expect(scoresOf(inspection, '环卫')).toEqual([88, 80]);
    expect(inspection.publishedTotals.map((t) => [t.value, t.line])).toEqual([
      [178.5, 3],
      [165, 4],
    ]);
  });

  it('full-width digits and dots, a full-width space between cells, CR line ends and a byte-order mark', () => {
    const text = '\ufeff街道\u3000得分\r东关街道\u3000９６．７６\r西关街道\u3000９４．２０\r';
    const inspection = ok(importText(text).result);
    expect(scoresOf(inspection, '得分')).toEqual([96.76, 94.2]);
    expect(inspection.scores.map((s) => s.line)).toEqual([2, 3]);
  });
  // Markdown: what a wiki, a notes app or a chat assistant gives when its table is copied as source.
  it("the seed's two tables written as Markdown (pipes, a --- line under each header) read as the printed page does", () => {
    const markdown = markdownTables(readFixture('taiyuan-news-page-2025-01.txt'));
    expect(markdown).toContain('| 点位类型 | 排名 |');
    const inspection = ok(parseInspection(markdown));
    expect(inspection.districts).toEqual(SEED_DISTRICTS_BY_TOTAL);
    expect(inspection.siteTypes.map((s) => s.name)).toEqual(SEED_SITE_TYPES);
    for (const siteType of SEED_SITE_TYPES) expect(scoresOf(inspection, siteType), siteType).toEqual(SEED_SCORES[siteType]);
    expect(inspection.publishedTotals.map((t) => t.value)).toEqual(SEED_PUBLISHED_TOTALS);
    expect(inspection.cityAverages?.find((c) => c.siteType === '铁路沿线')?.value).toBe(56.7);
    // Each figure keeps its own line: the --- lines are not rows, and they shift no line number.
    const railway = inspection.scores.find((s) => s.district === '小店区' && s.siteType === '铁路沿线');
    expect(markdown.split('\n')[(railway?.line ?? 0) - 1]).toMatch(/^\| 铁路沿线\(100\) \|/);
    expect(ok(importText(markdown).result).publishedTotals).toEqual(inspection.publishedTotals);
  });

  it('a Markdown ranking, with or without its outer pipes: its columns, and a finding pointing at the cell as written', () => {
    const ranking = [
      '| 排名 | 区县 | 得分 |',
      '| :--: | ---- | ---: |',
      '| 1 | 杏花岭区 | 78.8 |',
      '| 2 | 小店区 | 77.8 |',
      '| 3 | 万柏林区 | 76.5 |',
    ].join('\n');
    const result = importText(ranking).result;
    const inspection = ok(result);
    expect(inspection.districts).toEqual(['杏花岭区', '小店区', '万柏林区']);
    expect(scoresOf(inspection, '得分')).toEqual([78.8, 77.8, 76.5]);
    expect(inspection.publishedRanks?.map((r) => r.value)).toEqual([1, 2, 3]);
    // The seed's 公厕 scores; with 小店区's 77.8 lowered to 70.0, its printed rank 2 disagrees, named where it stands.
    const swapped = importText(ranking.replace('77.8', '70.0')).result;
    const mismatch = swapped.findings.find((f) => f.code === 'rank-mismatch' && f.line === 4);
    expect(mismatch?.params).toMatchObject({ district: '小店区', printedRank: 2, computedRank: 3 });
    // `| 2 | 小店区 |`: the 2 is the line's third character.
    expect(mismatch?.column).toBe(3);
    const bare = ranking
      .split('\n')
      .map((line) => line.replace(/^\| /, '').replace(/ \|$/, ''))
      .join('\n');
    expect(scoresOf(ok(importText(bare).result), '得分')).toEqual([78.8, 77.8, 76.5]);
  });

  it('a table drawn with box characters or ASCII rules (a forum post, a terminal, a chat) reads as its cells', () => {
    const boxed = [
      '公厕检查结果',
      '┌────┬──────────┬──────┐',
      '│排名│   区县   │ 得分 │',
      '├────┼──────────┼──────┤',
      '│ 1  │ 杏花岭区 │ 78.8 │',
      '├────┼──────────┼──────┤',
      '│ 2  │  小店区  │ 77.8 │',
      '│ 3  │ 万柏林区 │ 76.5 │',
      '└────┴──────────┴──────┘',
      '请各区抓好整改。',
    ].join('\n');
    const inspection = ok(importText(boxed).result);
    expect(inspection.districts).toEqual(['杏花岭区', '小店区', '万柏林区']);
    expect(scoresOf(inspection, '得分')).toEqual([78.8, 77.8, 76.5]);
    expect(inspection.publishedRanks?.map((r) => r.value)).toEqual([1, 2, 3]);
    // Every figure keeps the line it was printed on: the rules are left out, not renumbered.
    expect(inspection.scores.find((s) => s.district === '小店区')?.line).toBe(7);
    const ascii = [
      '+----+----------+------+',
      '| 排名 | 区县 | 得分 |',
      '+====+==========+======+',
      '| 1 | 杏花岭区 | 78.8 |',
      '| 2 | 小店区 | 77.8 |',
      '+----+----------+------+',
    ].join('\n');
    expect(scoresOf(ok(importText(ascii).result), '得分')).toEqual([78.8, 77.8]);
  });

  it('dot leaders between a name and its figure (a contents page, an appendix) separate them, and keep columns', () => {
    const leaders = [
      '附件2 各区公厕得分',
      '杏花岭区……………………78.8',
      '小店区.......................77.8',
      '万柏林区···················76.5分',
    ].join('\n');
    const inspection = ok(importText(leaders).result);
    expect(inspection.districts).toEqual(['杏花岭区', '小店区', '万柏林区']);
    expect(inspection.scores.map((s) => s.value)).toEqual([78.8, 77.8, 76.5]);
    // 77.8 stands where it was printed: the 25th character of its line.
    expect(inspection.scores.find((s) => s.district === '小店区')?.column).toBe(27);
    // A point inside a figure or an ellipsis in a sentence is no leader.
    expect(ok(importText('区县\t得分\n杏花岭区\t78.8\n小店区\t77.8').result).scores.map((s) => s.value)).toEqual([78.8, 77.8]);
  });

  it('pipes that are not a Markdown table (no --- line under a header) stay part of the text', () => {
    const text = '街道\t得分\n东关|西关街道\t96.76\n南关街道\t94.2';
    expect(ok(importText(text).result).districts).toEqual(['东关|西关街道', '南关街道']);
  });
});

/** The tab-separated tables of a page written as Markdown tables: a pipe around each cell, a --- line under the first row. */
function markdownTables(page: string): string {
  const lines = page.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (!line.includes('\t')) {
      out.push(line);
      return;
    }
    const cells = line.split('\t');
    out.push(`| ${cells.join(' | ')} |`);
    if (!lines[i - 1]?.includes('\t')) out.push(`|${cells.map(() => ' --- ').join('|')}|`);
  });
  return out.join('\n');
}
