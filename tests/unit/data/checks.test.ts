// The one checks module every reading goes through (the newspaper page's included): its tolerances come from
// the printed decimals, half a unit per rounded figure for totals, a full unit for an average.
import { describe, expect, it } from 'vitest';
import { checkInspection } from '../../../src/data/checks/core';
import { importText } from '../../../src/data/importText';
import { parseInspection } from '../../../src/data/parseInspection';
import type { Finding, Inspection } from '../../../src/data/types';
import { readFixture } from '../readFixture';

/** Districts × two categories, each score and total at one decimal. Invented figures. */
function inspection(rows: [string, number, number, number][], averages?: [number, number]): Inspection {
  const siteTypes = [
    { name: '公厕', maxScore: 100, line: 1 },
    { name: '市场', maxScore: 100, line: 1 },
  ];
  return {
    title: '',
    districts: rows.map((r) => r[0]),
    siteTypes,
    scores: rows.flatMap(([district, a, b], i) => [
      { district, siteType: '公厕', value: a, line: i + 2, column: 4 },
      { district, siteType: '市场', value: b, line: i + 2, column: 9 },
    ]),
    publishedTotals: rows.map(([district, , , total], i) => ({ district, value: total, line: i + 2, column: 14 })),
    totalMaxScore: 200,
    sourceRanges: [],
    ...(averages
      ? { city: '全市', cityAverages: averages.map((value, i) => ({ siteType: siteTypes[i]?.name ?? '', value, line: 9, column: 4 })) }
      : {}),
  };
}

const codesOf = (findings: readonly Finding[]) => findings.map((f) => `${f.severity}:${f.code}`);

describe('checks: tolerances from the printed decimals', () => {
  it('a total within half a unit per figure (two scores and the total: 0.15 at one decimal) is rounding, with that tolerance', () => {
    const findings = checkInspection(
      inspection([
        ['甲区', 80.2, 70.1, 150.4],
        ['乙区', 60.0, 60.0, 120.0],
        ['丙区', 50.0, 50.0, 100.0],
      ]),
      { decimals: 1 },
    );
    expect(findings.find((f) => f.code === 'total-rounding')).toMatchObject({
      severity: 'info',
      params: { district: '甲区', printed: 150.4, computed: 150.3, tolerance: 0.15 },
    });
  });

  it('a total 0.3 off at one decimal is a misprint warning, not rounding', () => {
    const findings = checkInspection(
      inspection([
        ['甲区', 80.2, 70.1, 150.6],
        ['乙区', 60.0, 60.0, 120.0],
        ['丙区', 50.0, 50.0, 100.0],
      ]),
      { decimals: 1 },
    );
    expect(findings.find((f) => f.params.district === '甲区')).toMatchObject({ severity: 'warning', code: 'total-mismatch' });
  });

  it('the same 0.3 is rounding at no decimals (1.5 for two whole scores and the total)', () => {
    const findings = checkInspection(
      inspection([
        ['甲区', 80, 70, 150.3],
        ['乙区', 60, 60, 120],
        ['丙区', 50, 50, 100],
      ]),
      { decimals: 0 },
    );
    expect(codesOf(findings)).toContain('info:total-rounding');
    expect(codesOf(findings)).not.toContain('warning:total-mismatch');
  });

  it('an average printed from rounded scores (70.0, 70.0, 70.1 → 70.1) is a full unit within the mean: no mismatch', () => {
    const rows: [string, number, number, number][] = [
      ['甲区', 70.0, 60.0, 130.0],
      ['乙区', 70.0, 60.0, 130.0],
      ['丙区', 70.1, 60.0, 130.1],
    ];
    expect(codesOf(checkInspection(inspection(rows, [70.1, 60.0]), { decimals: 1 }))).not.toContain('warning:city-average-mismatch');
    expect(checkInspection(inspection(rows, [70.2, 60.0]), { decimals: 1 }).find((f) => f.code === 'city-average-mismatch')).toMatchObject({
      severity: 'warning',
      params: { siteType: '公厕', printed: 70.2, computed: 70.03 },
    });
  });

  it('the newspaper page goes through the same checks: its two rounding notes carry the tolerance of ten scores and a total (0.55)', () => {
    const result = parseInspection(readFixture('taiyuan-news-page-2025-01.txt'));
    const rounding = result.findings.filter((f) => f.code === 'total-rounding');
    expect(rounding.map((f) => [f.params.district, f.params.printed, f.params.computed, f.params.tolerance])).toEqual([
      ['杏花岭区', 676.6, 676.7, 0.55],
      ['小店区', 659.8, 660, 0.55],
    ]);
    expect(result.findings.filter((f) => f.code === 'tie').map((f) => f.params.siteType)).toEqual(['铁路沿线']);
  });

  it('a page and a table of the same figures get the same verdict on a 0.3 misprint', () => {
    const table = importText('区\t公厕\t市场\t总分\n甲区\t80.2\t70.1\t150.6\n乙区\t60.0\t60.0\t120.0\n丙区\t50.0\t50.0\t100.0\n').result;
    const page = checkInspection(
      inspection([
        ['甲区', 80.2, 70.1, 150.6],
        ['乙区', 60.0, 60.0, 120.0],
        ['丙区', 50.0, 50.0, 100.0],
      ]),
      { decimals: 1 },
    );
    const verdict = (findings: readonly Finding[]) =>
      findings.filter((f) => f.params.district === '甲区' && f.code.startsWith('total')).map((f) => f.code);
    expect(verdict(table.findings)).toEqual(['total-mismatch']);
    expect(verdict(page)).toEqual(['total-mismatch']);
  });
});
