// The CSV writer: what Excel would run as a formula is written as text; numbers and signed rank changes stay numbers.
import { describe, expect, it } from 'vitest';
import { BOM, inspectionToCsv, toCsv } from '../../../src/data/exportInspection';
import { importText } from '../../../src/data/importText';

describe('toCsv', () => {
  it('a name starting with =, +, -, @, tab or CR is written as text, so Excel never runs it', () => {
    const csv = toCsv(['区'], [['=HYPERLINK("x","y")'], ['@SUM(A1)'], ['+区'], ['-区'], ['\t区'], ['\r区']]);
    const lines = csv.slice(BOM.length).split('\r\n');
    // Escaped cells are quoted too: Excel takes them as text, never as a formula.
    expect(lines.slice(1, 5)).toEqual([`"'=HYPERLINK(""x"",""y"")"`, `"'@SUM(A1)"`, `"'+区"`, `"'-区"`]);
    expect(lines.slice(5).join('\r\n')).toBe(`"'\t区"\r\n"'\r区"`);
  });

  it('numbers, negative gaps and signed rank changes stay as they are', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [['80.2', '-6.7', '+2', '-1']])).toBe(`${BOM}a,b,c,d\r\n80.2,-6.7,+2,-1`);
  });
});

describe('an imported name that is a formula', () => {
  it('=HYPERLINK("x","y") imported as a district is written back as text', () => {
    const read = importText('区,得分\n"=HYPERLINK(""x"",""y"")",80\n乙区,70\n').result;
    if (!read.ok) throw new Error(JSON.stringify(read.findings));
    expect(read.inspection.districts).toEqual(['=HYPERLINK("x","y")', '乙区']);
    // 80 as printed: an integer table is written with no decimals.
    expect(inspectionToCsv(read.inspection).split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"",""y"")",得分,80,100`);
  });
});
