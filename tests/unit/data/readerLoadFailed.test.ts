// A reader whose code cannot be fetched (offline, or the site updated since the page loaded) is said as such, naming
// the file's kind, never as a damaged file and never as a wait without end.
import { write } from '@e965/xlsx';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { textOfBytes } from '../../../src/data/sources/fileText';
import { rankingWorkbook } from '../../support/rankingWorkbook';

vi.mock('../../../src/data/sources/spreadsheet', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
vi.mock('../../../src/data/sources/wordDocument', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));

describe('a reader that cannot be loaded', () => {
  it('a workbook: the spreadsheet reader’s code did not load, said with its reason', async () => {
    const bytes = new Uint8Array(write(rankingWorkbook(), { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    // The reason is the import's own words (here vitest's, wrapping the failed fetch), cut to a line.
    expect(await textOfBytes(bytes, '排名.xlsx')).toEqual({
      ok: false,
      problem: 'importReaderLoadFailed',
      params: { reader: 'XLSX', detail: expect.stringMatching(/^.{1,120}$/) as unknown },
    });
  });

  it('a Word document: the same, for DOCX', async () => {
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
    expect(await textOfBytes(docx, '通报.docx')).toMatchObject({
      ok: false,
      problem: 'importReaderLoadFailed',
      params: { reader: 'DOCX' },
    });
  });
});
