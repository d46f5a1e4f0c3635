// Spreadsheets (.xlsx, .xls, .ods) read into the same pipeline: an 8 × 6 table with a merged title row and figures
// formatted with two decimals, written by SheetJS itself, imports with every name and every score right.
import { write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { binaryKind } from '../../../src/data/sources/fileBytes';
import { readSpreadsheet } from '../../../src/data/sources/spreadsheet';
import { expectEveryNameAndScore } from './rankingTable';
import { rankingWorkbook } from '../../support/rankingWorkbook';

describe('readSpreadsheet', () => {
  for (const bookType of ['xlsx', 'biff8', 'ods'] as const) {
    it(`an 8 × 6 table saved as ${bookType} imports with every name and score`, () => {
      const bytes = new Uint8Array(write(rankingWorkbook(), { type: 'array', bookType }) as ArrayBuffer);
      expect(binaryKind(bytes)).toBe(bookType === 'biff8' ? 'ole' : bookType);
      const sheets = readSpreadsheet(bytes);
      if (!sheets.ok) throw new Error(sheets.reason);
      expect(sheets.tables[0]?.rows[0]).toEqual(Array(7).fill('各街道城市管理考核得分'));
      expectEveryNameAndScore(sheets.tables);
    });
  }

  it('refuses what it cannot read instead of throwing', () => {
    expect(readSpreadsheet(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({ ok: false, reason: 'unreadable' });
  });
});
