// The parser against the printed seed page and against the variations other months bring.
import { describe, expect, it } from 'vitest';
import { parseInspection } from '../../../src/data/parseInspection';
import { embeddedText } from '../../../src/data/embedded/source';
import type { Finding, Inspection, ParseResult } from '../../../src/data/types';
import { mean, printTables, type PrintOptions, type PrintSpec } from '../printTables';
import { readFixture } from '../readFixture';
import {
  SEED_CITY_AVERAGES,
  SEED_CITY_TOTAL,
  SEED_DISTRICTS_BY_TOTAL,
  SEED_PUBLISHED_TOTALS,
  SEED_RANKED_FIRST_ROW_LINE,
  SEED_SCORES,
  SEED_SITE_TYPES,
  SEED_TOTAL_ROW_LINE,
} from '../seedFigures';

function expectOk(result: ParseResult): { inspection: Inspection; findings: Finding[] } {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.findings)}`);
  return result;
}

function score(inspection: Inspection, district: string, siteType: string): number | undefined {
  return inspection.scores.find((s) => s.district === district && s.siteType === siteType)?.value;
}

function codes(findings: Finding[], severity?: Finding['severity']): string[] {
  return findings.filter((f) => severity === undefined || f.severity === severity).map((f) => f.code);
}

const page = readFixture('taiyuan-news-page-2025-01.txt');

describe('the seed newspaper page', () => {
  const { inspection, findings } = expectOk(parseInspection(page));

  it('finds both tables among the news and reads no error or warning', () => {
    expect(codes(findings, 'error')).toEqual([]);
    expect(codes(findings, 'warning')).toEqual([]);
    expect(inspection.sourceRanges).toEqual([
      { first: 67, last: 78 },
      { first: 82, last: 94 },
    ]);
    expect(inspection.title).toBe('城六区创卫月督查创卫评估暗访点位类型得分排名');
  });

  it('recovers the missing district header of the totals table in printed order', () => {
    expect(inspection.districts).toEqual(SEED_DISTRICTS_BY_TOTAL);
    const recovered = findings.find((f) => f.code === 'header-recovered');
    expect(recovered?.severity).toBe('info');
    expect(recovered?.params.districts).toEqual(SEED_DISTRICTS_BY_TOTAL);
  });

  it('reads the ten site types without their (100) maxima in printed order', () => {
    expect(inspection.siteTypes.map((s) => s.name)).toEqual(SEED_SITE_TYPES);
    expect(inspection.siteTypes.every((s) => s.maxScore === 100)).toBe(true);
    expect(inspection.totalMaxScore).toBe(1000);
  });

  it('reads all 60 printed scores, each from its ranked-table line', () => {
    expect(inspection.scores).toHaveLength(60);
    SEED_SITE_TYPES.forEach((siteType, s) => {
      SEED_DISTRICTS_BY_TOTAL.forEach((district, d) => {
        const found = inspection.scores.find((x) => x.district === district && x.siteType === siteType);
        expect(found?.value, `${district} ${siteType}`).toBe(SEED_SCORES[siteType]?.[d]);
        expect(found?.line).toBe(SEED_RANKED_FIRST_ROW_LINE + s);
      });
    });
  });

  it('reads the six printed totals in order and the city total', () => {
    expect(inspection.publishedTotals.map((t) => [t.district, t.value])).toEqual(
      SEED_DISTRICTS_BY_TOTAL.map((d, i) => [d, SEED_PUBLISHED_TOTALS[i]]),
    );
    expect(inspection.publishedTotals.every((t) => t.line === SEED_TOTAL_ROW_LINE)).toBe(true);
    expect(inspection.city).toBe('太原市');
    expect(inspection.publishedCityTotal).toBe(SEED_CITY_TOTAL);
  });

  it('reads the city column, each value the mean of the districts rounded to 0.1', () => {
    expect(inspection.cityAverages?.map((c) => [c.siteType, c.value])).toEqual(Object.entries(SEED_CITY_AVERAGES));
    for (const average of inspection.cityAverages ?? []) {
      const values = SEED_SCORES[average.siteType] ?? [];
      expect(Math.abs(mean(values) - average.value)).toBeLessThanOrEqual(0.05 + 1e-9);
    }
  });

  it('reports the two rounding drifts as infos at the 总分(1000) row, not errors', () => {
    const drifts = findings.filter((f) => f.code === 'total-rounding');
    expect(drifts.map((f) => [f.severity, f.line, f.params.district, f.params.computed, f.params.printed])).toEqual([
      ['info', SEED_TOTAL_ROW_LINE, '杏花岭区', 676.7, 676.6],
      ['info', SEED_TOTAL_ROW_LINE, '小店区', 660.0, 659.8],
    ]);
    expect(drifts[0]?.column).toBe(10);
  });

  it('notes that the city total 658.6 is the mean of the printed totals, not the column sum 658.7', () => {
    const note = findings.find((f) => f.code === 'city-total-is-mean');
    expect(note?.severity).toBe('info');
    expect(note?.params).toEqual({ printed: 658.6, meanOfTotals: 658.57, sumOfColumn: 658.7 });
  });

  it('reports the three-way tie at 49.5 in 铁路沿线 at competition rank 4', () => {
    const ties = findings.filter((f) => f.code === 'tie');
    expect(ties).toHaveLength(1);
    expect(ties[0]?.line).toBe(77);
    expect(ties[0]?.params).toEqual({ siteType: '铁路沿线', districts: ['杏花岭区', '迎泽区', '尖草坪区'], value: 49.5, rank: 4 });
  });

  it('reads the embedded default data exactly as the page', () => {
    const embedded = expectOk(parseInspection(embeddedText)).inspection;
    expect(embedded.districts).toEqual(inspection.districts);
    expect(embedded.scores.map((s) => [s.district, s.siteType, s.value])).toEqual(
      inspection.scores.map((s) => [s.district, s.siteType, s.value]),
    );
    expect(embedded.publishedTotals.map((t) => t.value)).toEqual(SEED_PUBLISHED_TOTALS);
    // The embedded file starts at the page's line 65, so every line shifts by 64.
    expect(embedded.publishedTotals[0]?.line).toBe(SEED_TOTAL_ROW_LINE - 64);
  });
});

// ---------------------------------------------------------------------------------------------
// Variations, on fixtures printed from known figures

const anotherMonth: PrintSpec = {
  // Another district order and other scores than the seed.
  districts: ['迎泽区', '小店区', '杏花岭区', '晋源区', '尖草坪区', '万柏林区'],
  siteTypes: SEED_SITE_TYPES.map((name) => ({ name, maxScore: 100 })),
  scores: [
    [81.0, 79.5, 75.2, 70.1, 66.3, 64.0],
    [72.4, 70.0, 69.9, 68.8, 61.2, 60.5],
    [75.5, 73.1, 70.2, 69.0, 68.4, 62.2],
    [78.3, 74.4, 73.0, 71.1, 70.6, 69.9],
    [79.0, 77.7, 66.1, 65.5, 64.0, 63.3],
    [80.1, 79.2, 78.0, 71.0, 70.2, 69.0],
    [62.0, 61.5, 60.4, 58.8, 57.0, 55.5],
    [59.9, 58.0, 52.2, 50.0, 44.4, 42.1],
    [66.6, 65.0, 63.3, 60.0, 58.8, 50.5],
    [75.0, 70.1, 68.0, 66.2, 62.5, 60.0],
  ],
  city: '太原市',
};

const eightTypesOneOutOf50: PrintSpec = {
  districts: ['甲区', '乙区', '丙区'],
  siteTypes: [
    { name: '农贸市场', maxScore: 100 },
    { name: '公厕', maxScore: 100 },
    { name: '背街小巷', maxScore: 100 },
    { name: '老旧小区', maxScore: 100 },
    { name: '城中村', maxScore: 100 },
    { name: '铁路沿线', maxScore: 100 },
    { name: '各类围挡', maxScore: 100 },
    { name: '废品回收站', maxScore: 50 },
  ],
  scores: [
    [90.0, 80.0, 70.0],
    [85.5, 81.5, 60.0],
    [70.0, 72.0, 71.0],
    [66.0, 65.0, 64.0],
    [77.7, 76.6, 75.5],
    [60.0, 61.0, 62.0],
    [88.0, 70.0, 69.0],
    [45.5, 40.0, 30.5],
  ],
  city: '某市',
};

const fourDistrictCity: PrintSpec = {
  districts: ['Riverside', 'Old Town', 'Hillview', 'Harbour'],
  siteTypes: [
    { name: 'Markets', maxScore: 100 },
    { name: 'Public toilets', maxScore: 100 },
    { name: 'Back streets', maxScore: 100 },
  ],
  scores: [
    [88.0, 80.0, 79.5, 60.0],
    [77.0, 78.0, 70.0, 65.5],
    [90.0, 85.0, 80.0, 82.0],
  ],
  city: 'Port City',
};

function expectRoundTrip(spec: PrintSpec, options: PrintOptions, { totalsOrder = true } = {}): Inspection {
  const result = parseInspection(printTables(spec, options));
  const { inspection, findings } = expectOk(result);
  expect(codes(findings, 'error')).toEqual([]);
  expect(new Set(inspection.districts)).toEqual(new Set(spec.districts));
  if (totalsOrder) expect(inspection.districts).toEqual(spec.districts);
  expect(inspection.siteTypes.map((s) => [s.name, s.maxScore])).toEqual(spec.siteTypes.map((s) => [s.name, s.maxScore]));
  expect(inspection.scores).toHaveLength(spec.districts.length * spec.siteTypes.length);
  spec.siteTypes.forEach((siteType, s) => {
    spec.districts.forEach((district, d) => {
      expect(score(inspection, district, siteType.name), `${district} ${siteType.name}`).toBeCloseTo(spec.scores[s]?.[d] ?? NaN, 6);
    });
  });
  return inspection;
}

describe('variations of the printed form', () => {
  const cases: { rule: string; spec: PrintSpec; options: PrintOptions; totalsOrder?: boolean }[] = [
    { rule: 'another month with another district order', spec: anotherMonth, options: {} },
    { rule: 'CRLF line endings', spec: anotherMonth, options: { newline: '\r\n' } },
    { rule: 'full-width brackets （100）', spec: anotherMonth, options: { brackets: ['（', '）'] } },
    { rule: 'a full-width space between name and score', spec: anotherMonth, options: { nameSeparator: '\u3000' } },
    { rule: 'no space between name and score', spec: anotherMonth, options: { nameSeparator: '' } },
    { rule: 'cells separated by runs of spaces instead of tabs', spec: anotherMonth, options: { cellSeparator: '   ' } },
    { rule: 'eight site types with one out of 50 (total out of 750)', spec: eightTypesOneOutOf50, options: {} },
    { rule: 'a totals table whose header names the districts, alone', spec: anotherMonth, options: { ranked: false, totals: 'named' } },
    {
      rule: 'a named-header totals table separated by spaces, alone',
      spec: anotherMonth,
      options: { ranked: false, totals: 'named', cellSeparator: '  ' },
    },
    { rule: 'a ranked table alone', spec: anotherMonth, options: { totals: 'none' }, totalsOrder: false },
    { rule: 'four districts of another city', spec: fourDistrictCity, options: { brackets: ['（', '）'], newline: '\r\n' } },
  ];

  it.each(cases)('reads $rule', ({ spec, options, totalsOrder }) => {
    const inspection = expectRoundTrip(spec, options, { totalsOrder: totalsOrder ?? true });
    if (options.totals !== 'none' && spec.city !== undefined) {
      expect(inspection.city).toBe(spec.city);
      expect(inspection.cityAverages).toHaveLength(spec.siteTypes.length);
      expect(inspection.publishedTotals.map((t) => t.district)).toEqual(spec.districts);
    }
  });

  it('reads a total out of 750 when one site type is out of 50', () => {
    const inspection = expectRoundTrip(eightTypesOneOutOf50, {});
    expect(inspection.totalMaxScore).toBe(750);
    expect(inspection.siteTypes.find((s) => s.name === '废品回收站')?.maxScore).toBe(50);
  });

  it('a ranked table alone has no printed totals and orders districts by computed total', () => {
    const inspection = expectRoundTrip(anotherMonth, { totals: 'none' }, { totalsOrder: false });
    expect(inspection.publishedTotals).toEqual([]);
    expect(inspection.city).toBeUndefined();
    expect(inspection.districts[0]).toBe('迎泽区');
  });

  it('a totals table without names and without a ranked table is an error: the districts are unknown', () => {
    const result = parseInspection(printTables(anotherMonth, { ranked: false, totals: 'unnamed' }));
    expect(result.ok).toBe(false);
    expect(codes(result.findings, 'error')).toContain('district-names-missing');
  });

  it('text with no score table is an error at line 1', () => {
    for (const text of ['', '本报讯 今天天气晴。', readFixture('taiyuan-news-page-2025-01.txt').split('\n').slice(0, 60).join('\n')]) {
      const result = parseInspection(text);
      expect(result.ok).toBe(false);
      expect(result.findings).toEqual([{ severity: 'error', code: 'no-table', line: 1, params: {} }]);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Misprints: each cell-level problem says where (line, column) and what

function editLine(text: string, line: number, edit: (l: string) => string): string {
  const lines = text.split('\n');
  lines[line - 1] = edit(lines[line - 1] ?? '');
  return lines.join('\n');
}

describe('misprints in the seed page', () => {
  it('two tables that disagree in one cell: a warning naming both values at the totals cell', () => {
    // Line 89 is 公厕 in the totals table; its first cell (杏花岭区) 78.8 becomes 77.8.
    const text = editLine(page, 89, (l) => l.replace('\t78.8\t', '\t77.8\t'));
    const { inspection, findings } = expectOk(parseInspection(text));
    const disagree = findings.filter((f) => f.code === 'tables-disagree');
    expect(disagree).toHaveLength(1);
    expect(disagree[0]).toMatchObject({
      severity: 'warning',
      line: 89,
      column: 9,
      params: { district: '杏花岭区', siteType: '公厕', ranked: 78.8, rankedLine: 74, totals: 77.8 },
    });
    expect(score(inspection, '杏花岭区', '公厕')).toBe(78.8);
    expect(inspection.districts).toEqual(SEED_DISTRICTS_BY_TOTAL);
  });

  const misprints: { rule: string; line: number; edit: (l: string) => string; code: string; column?: number }[] = [
    { rule: 'a non-number score', line: 70, edit: (l) => l.replace('71.4', '7l.4'), code: 'not-a-number', column: 18 },
    { rule: 'a non-number in the totals table', line: 85, edit: (l) => l.replace('65.6', '6S.6'), code: 'not-a-number', column: 18 },
    { rule: 'a missing cell in the ranked table', line: 71, edit: (l) => l.replace('\t晋源区 71.0', ''), code: 'missing-cell' },
    { rule: 'an empty cell in the ranked table', line: 71, edit: (l) => l.replace('晋源区 71.0', ''), code: 'missing-cell', column: 54 },
    { rule: 'a missing cell in the totals table', line: 86, edit: (l) => l.replace('\t71.2', ''), code: 'missing-cell' },
    { rule: 'an extra cell in the totals table', line: 86, edit: (l) => `${l}\t12.0`, code: 'extra-cell', column: 50 },
    { rule: 'a district twice in a row', line: 72, edit: (l) => l.replace('小店区 73.7', '晋源区 73.7'), code: 'duplicate-district' },
    { rule: 'a score above its maximum', line: 73, edit: (l) => l.replace('77.2', '177.2'), code: 'score-out-of-range' },
    { rule: 'a score name without a score', line: 74, edit: (l) => l.replace('杏花岭区 78.8', '杏花岭区'), code: 'missing-cell' },
    { rule: 'a misspelt district', line: 75, edit: (l) => l.replace('杏花岭区', '杏花林区'), code: 'unknown-district', column: 11 },
    {
      rule: 'a broken row label',
      line: 76,
      edit: (l) => l.replace('废品回收站(100)', '废品回收站100)'),
      code: 'unreadable-row',
      column: 1,
    },
  ];

  it.each(misprints)('$rule is an error at its line', ({ line, edit, code, column }) => {
    const result = parseInspection(editLine(page, line, edit));
    expect(result.ok).toBe(false);
    const error = result.findings.find((f) => f.severity === 'error' && f.code === code);
    expect(error, JSON.stringify(result.findings)).toBeDefined();
    expect(error?.line).toBe(line);
    if (column !== undefined) expect(error?.column).toBe(column);
  });

  it('a ranked row out of descending order is a warning at the cell that breaks it', () => {
    const text = editLine(page, 69, (l) => l.replace('晋源区 76.4\t迎泽区 73.6', '迎泽区 73.6\t晋源区 76.4'));
    const { findings } = expectOk(parseInspection(text));
    const order = findings.find((f) => f.code === 'ranked-order');
    expect(order).toMatchObject({ severity: 'warning', line: 69, params: { district: '晋源区', value: 76.4, previousValue: 73.6 } });
  });

  it('a printed total far from its sum is a warning, not a rounding note', () => {
    const text = editLine(page, 94, (l) => l.replace('669.9', '699.9'));
    const { findings } = expectOk(parseInspection(text));
    const mismatch = findings.find((f) => f.code === 'total-mismatch');
    expect(mismatch).toMatchObject({ severity: 'warning', line: 94, params: { district: '迎泽区', printed: 699.9, computed: 669.9 } });
  });

  it('a city value that is not the mean of the districts is a warning', () => {
    const text = editLine(page, 89, (l) => l.replace('\t73.9', '\t79.3'));
    const { findings } = expectOk(parseInspection(text));
    expect(findings.find((f) => f.code === 'city-average-mismatch')).toMatchObject({
      severity: 'warning',
      line: 89,
      params: { siteType: '公厕', printed: 79.3 },
    });
  });

  it('reports every error, not just the first', () => {
    let text = editLine(page, 70, (l) => l.replace('71.4', 'x'));
    text = editLine(text, 78, (l) => l.replace('54.8', 'y'));
    const result = parseInspection(text);
    expect(result.findings.filter((f) => f.code === 'not-a-number').map((f) => f.line)).toEqual([70, 78]);
  });
});
