// CSV/TSV import in long and wide form (quotes, BOM, semicolons), and the export → import round trip.
import { describe, expect, it } from 'vitest';
import { inspectionToCsv, toCsv, BOM } from '../../../src/data/exportInspection';
import { parseCsvInspection } from '../../../src/data/layouts/importCsv';
import { importText, previewImport, suggestPeriod } from '../../../src/data/importText';
import type { Inspection, ParseResult } from '../../../src/data/types';
import { seedInspection } from '../seedInspection';
import { readFixture } from '../readFixture';

function ok(result: ParseResult): Inspection {
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.inspection;
}

const value = (inspection: Inspection, district: string, siteType: string) =>
  inspection.scores.find((s) => s.district === district && s.siteType === siteType)?.value;

describe('long form', () => {
  it('reads district, site type, score, max with quoted cells and a BOM', () => {
    const text = `${BOM}district,site type,score,max\r\n"杏花岭区","农贸市场、便民市场",80.2,100\r\n杏花岭区,"公厕, 含移动公厕",78.8,100\r\n迎泽区,农贸市场、便民市场,73.6,100\r\n迎泽区,"公厕, 含移动公厕",74.3,100\r\n`;
    const inspection = ok(parseCsvInspection(text));
    expect(inspection.districts).toEqual(['杏花岭区', '迎泽区']);
    expect(inspection.siteTypes.map((s) => [s.name, s.maxScore])).toEqual([
      ['农贸市场、便民市场', 100],
      ['公厕, 含移动公厕', 100],
    ]);
    expect(value(inspection, '迎泽区', '公厕, 含移动公厕')).toBe(74.3);
    expect(inspection.scores.find((s) => s.district === '迎泽区' && s.siteType === '公厕, 含移动公厕')?.line).toBe(5);
  });

  it('reads semicolon-separated Chinese headers and assumes a maximum of 100 when none is given (an info)', () => {
    const text = '区;点位类型;得分\n小店区;铁路沿线;80.7\n晋源区;铁路沿线;57.8\n';
    const result = parseCsvInspection(text);
    const inspection = ok(result);
    expect(value(inspection, '小店区', '铁路沿线')).toBe(80.7);
    expect(result.findings.map((f) => [f.severity, f.code])).toEqual([['info', 'max-assumed']]);
  });

  it('a non-number score is an error with its line and column; nothing is read', () => {
    const result = parseCsvInspection('district,site type,score\n杏花岭区,公厕,78.8\n迎泽区,公厕,七十\n');
    expect(result.ok).toBe(false);
    expect(result.findings.find((f) => f.code === 'not-a-number')).toMatchObject({ line: 3, column: 8, params: { text: '七十' } });
  });

  it('a missing pair (a district without one site type) is an error', () => {
    const result = parseCsvInspection('district,site type,score\n甲区,公厕,70\n甲区,城中村,60\n乙区,公厕,65\n');
    expect(result.ok).toBe(false);
    expect(result.findings.find((f) => f.code === 'missing-cell')).toMatchObject({
      severity: 'error',
      params: { district: '乙区', siteType: '城中村' },
    });
  });

  it('a long CSV gets the same checks as any import: two districts at 70 in 公厕 share rank 1', () => {
    const result = parseCsvInspection('district,site type,score\n甲区,公厕,70\n乙区,公厕,70\n丙区,公厕,65\n');
    expect(result.findings.find((f) => f.code === 'tie')?.params).toMatchObject({ siteType: '公厕', districts: ['甲区', '乙区'], rank: 1 });
  });

  it('a decimal comma (80,7 in a semicolon file) is read as 80.7, said in a note; never 807 or 80', () => {
    const result = parseCsvInspection('区;点位类型;得分\n小店区;铁路沿线;80,7\n迎泽区;铁路沿线;76,25\n');
    expect(result.ok && result.inspection.scores.map((s) => s.value)).toEqual([80.7, 76.25]);
    expect(result.findings.find((f) => f.code === 'decimal-comma')).toMatchObject({ severity: 'info', line: 2, params: { count: 2 } });
    // In a comma-separated file a comma is the delimiter, and 80,7 two cells.
    expect(parseCsvInspection('区,点位类型,得分\n小店区,铁路沿线,"80,7"\n').ok).toBe(false);
  });

  it('a comma followed by three digits (1,250) could be thousands as well as decimals: read as decimals, with a doubt', () => {
    const result = parseCsvInspection('区;点位类型;得分\n小店区;铁路沿线;80,250\n迎泽区;铁路沿线;76,5\n');
    expect(result.ok && result.inspection.scores.map((s) => s.value)).toEqual([80.25, 76.5]);
    expect(result.findings.find((f) => f.code === 'decimal-comma')).toMatchObject({ severity: 'warning', line: 2 });
  });

  it('a semicolon file with no district word in its header (Bezirk;Sauberkeit;Gesamt) is still a table to read', () => {
    const text = 'Bezirk;Sauberkeit;Grünanlagen;Gesamt\nMitte;87,5;82,0;169,5\nPankow;85,0;86,5;171,5\nSpandau;80,5;79,0;159,5\n';
    const preview = previewImport(text);
    expect(preview.result.ok && preview.result.inspection.districts).toEqual(['Mitte', 'Pankow', 'Spandau']);
    // Gesamt is the sum of the two scores on every row: the total, as printed.
    expect(preview.result.ok && preview.result.inspection.publishedTotals.map((t) => t.value)).toEqual([169.5, 171.5, 159.5]);
    expect(preview.result.ok && value(preview.result.inspection, 'Mitte', 'Sauberkeit')).toBe(87.5);
  });
});

describe('wide form', () => {
  it('reads a row per district with site types (and maxima) as columns, a total column and a city row (TSV)', () => {
    const text = '区\t公厕(100)\t铁路沿线(50)\t总分\n杏花岭区\t78.8\t24.8\t103.6\n小店区\t77.8\t40.3\t118.1\n全市平均\t78.3\t32.6\t\n';
    const inspection = ok(parseCsvInspection(text));
    expect(inspection.districts).toEqual(['杏花岭区', '小店区']);
    expect(inspection.siteTypes.map((s) => [s.name, s.maxScore])).toEqual([
      ['公厕', 100],
      ['铁路沿线', 50],
    ]);
    expect(inspection.publishedTotals.map((t) => [t.district, t.value])).toEqual([
      ['杏花岭区', 103.6],
      ['小店区', 118.1],
    ]);
    expect(inspection.cityAverages?.map((c) => c.value)).toEqual([78.3, 32.6]);
  });

  it('a first row of figures like those below is a row, not a header: no team is lost into it (integers too)', () => {
    // Invented figures: three teams with no header line, whole points.
    const read = previewImport('Alpha,90,85\nBeta,88,80\nGamma,70,95\n').result;
    expect(read.ok && read.inspection.districts).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(read.ok && read.inspection.scores.map((s) => s.value)).toEqual([90, 85, 88, 80, 70, 95]);
    // Counts far from those below are figures too: 东区 is not lost.
    const counts = previewImport('东区,3,5\n西区,12,9\n南区,30,41\n').result;
    expect(counts.ok && counts.inspection.districts).toEqual(['东区', '西区', '南区']);
    // A place's name first (…区) makes the row a record even when its figures happen to run in a sequence.
    const run = previewImport('东区,3,4\n西区,12,9\n南区,30,41\n').result;
    expect(run.ok && run.inspection.districts).toEqual(['东区', '西区', '南区']);
    // Numbers in a run (years, ranks) label the columns: a header still.
    const years = previewImport('队,2023,2024\nAlpha,90,85\nBeta,88,80\nGamma,70,95\n').result;
    expect(years.ok && years.inspection.siteTypes.map((t) => t.name)).toEqual(['2023', '2024']);
  });

  it('two records alone are a table too, and so is a table split by pipes with no outer pipes', () => {
    const two = previewImport('东区,90,85\n西区,88,80\n').result;
    expect(two.ok && two.inspection.districts).toEqual(['东区', '西区']);
    expect(two.ok && two.inspection.scores.map((s) => s.value)).toEqual([90, 85, 88, 80]);
    const piped = previewImport('Alpha|90|85\nBeta|88|80\nGamma|70|95\n').result;
    expect(piped.ok && piped.inspection.districts).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(piped.ok && piped.inspection.scores.map((s) => s.value)).toEqual([90, 85, 88, 80, 70, 95]);
  });

  it('a score above its column maximum is an error at that cell', () => {
    const result = parseCsvInspection('district,公厕(100),铁路沿线(50)\n甲区,70.0,60.0\n');
    expect(result.ok).toBe(false);
    expect(result.findings.find((f) => f.code === 'score-out-of-range')).toMatchObject({ severity: 'error', line: 2, column: 9 });
  });

  it('a district twice is an error', () => {
    const result = parseCsvInspection('district,公厕\n甲区,70\n甲区,71\n');
    expect(result.ok).toBe(false);
    expect(result.findings.find((f) => f.code === 'duplicate-district')).toMatchObject({ severity: 'error', line: 3, column: 1 });
  });
});

describe('round trip and dispatch', () => {
  it('the seed exported as CSV imports back to the same 60 scores', () => {
    const seed = seedInspection();
    const csv = inspectionToCsv(seed);
    expect(csv.startsWith(BOM)).toBe(true);
    const { format, result } = importText(csv);
    expect(format).toBe('csv');
    const back = ok(result);
    expect(back.districts).toEqual(seed.districts);
    expect(back.siteTypes.map((s) => [s.name, s.maxScore])).toEqual(seed.siteTypes.map((s) => [s.name, s.maxScore]));
    const triples = (i: Inspection) => i.scores.map((s) => `${s.district}|${s.siteType}|${s.value.toFixed(1)}`).sort();
    expect(back.scores).toHaveLength(60);
    expect(triples(back)).toEqual(triples(seed));
  });

  it('toCsv quotes cells holding commas, quotes or line breaks', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'say "hi"']])).toBe(`${BOM}a,b\r\n"x,y","say ""hi"""`);
  });

  it('a newspaper page goes through the table parser, and its period is suggested from its dates', () => {
    const page = readFixture('another-month-2025-02.txt');
    const { format, result } = importText(page);
    expect(format).toBe('page');
    expect(ok(result).districts).toEqual(['迎泽区', '小店区', '杏花岭区', '晋源区', '尖草坪区', '万柏林区']);
    expect(previewImport(page).suggestedPeriod).toBe('2025-02');
    expect(suggestPeriod('no date here', { title: '', first: 1 })).toBeUndefined();
  });

  it('text that is neither tables nor CSV stays a no-table error from the page parser', () => {
    const { format, result } = importText('本报讯 今天天气晴。');
    expect(format).toBe('page');
    expect(result.findings.map((f) => f.code)).toEqual(['no-table']);
  });
});

describe('input-sized work', () => {
  it('100,000 rows in the long layout are read without a stack overflow (no spread of an input-sized array)', () => {
    // Invented figures: 10,000 districts × 10 site types; 区1 scores 90 in each, every other district less.
    const lines = ['district,site type,score,max'];
    for (let d = 1; d <= 10_000; d++)
      for (let s = 1; s <= 10; s++) lines.push(`区${String(d)},类别${String(s)},${d === 1 ? '90' : String(40 + ((d * 7 + s) % 50))},100`);
    const read = importText(lines.join('\n')).result;
    expect(read.ok && read.inspection.scores.length).toBe(100_000);
    expect(read.ok && read.inspection.districts.length).toBe(10_000);
    expect(read.findings.some((f) => f.code === 'internal')).toBe(false);
  });
});
