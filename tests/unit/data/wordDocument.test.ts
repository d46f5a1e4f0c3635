// Word documents (.docx): the tables of word/document.xml with their spans, the paragraph above as the title,
// read into the same pipeline; an 8 × 6 table imports with every name and every score right.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { binaryKind } from '../../../src/data/sources/fileBytes';
import { readWordDocument } from '../../../src/data/sources/wordDocument';
import { expectEveryNameAndScore } from './rankingTable';
import { CATEGORIES, rankingDocumentXml } from '../../support/rankingWorkbook';

const docx = (xml: string) => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) });

describe('readWordDocument', () => {
  it('reads the table with its spans and its title, and it imports with every name and score', () => {
    const bytes = docx(rankingDocumentXml());
    expect(binaryKind(bytes)).toBe('docx');
    const read = readWordDocument(bytes);
    if (!read.ok) throw new Error(read.reason);
    expect(read.tables[0]?.title).toBe('各街道城市管理考核得分');
    expect(read.tables[0]?.rows.slice(0, 2)).toEqual([
      ['街道', ...CATEGORIES.map(() => '得分')],
      ['街道', ...CATEGORIES],
    ]);
    expectEveryNameAndScore(read.tables);
  });

  it('decodes entities and refuses what is no Word document instead of throwing', () => {
    const xml =
      '<w:document><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲&amp;乙区</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>80.5</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>';
    expect(readWordDocument(docx(xml))).toEqual({ ok: true, tables: [{ title: '', rows: [['甲&乙区', '80.5']] }] });
    expect(readWordDocument(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9]))).toEqual({ ok: false, reason: 'unreadable' });
  });
});
