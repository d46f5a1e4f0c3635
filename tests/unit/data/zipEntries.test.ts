// A zip's declared sizes are checked before it is inflated: a real workbook passes, a bomb (declared gigabytes, or
// entries sharing their bytes) is refused with its reason, and nothing here inflates anything.
import { write } from '@e965/xlsx';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { textOfBytes } from '../../../src/data/sources/fileText';
import { checkZip, ZIP_UNPACKED_BUDGET } from '../../../src/data/sources/zipEntries';
import { rankingWorkbook } from '../../support/rankingWorkbook';

/** Writes a 32-bit little-endian value into the bytes. */
function put32(bytes: Uint8Array, at: number, value: number): void {
  new DataView(bytes.buffer, bytes.byteOffset).setUint32(at, value, true);
}

/** The offset of the central directory's first entry. */
function directoryStart(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  for (let at = bytes.length - 22; at >= 0; at--) if (view.getUint32(at, true) === 0x06054b50) return view.getUint32(at + 16, true);
  throw new Error('no end record');
}

describe('a zip checked before it is inflated', () => {
  it('a real workbook: its entries and their unpacked size', () => {
    const verdict = checkZip(new Uint8Array(write(rankingWorkbook(), { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
    expect(verdict.ok).toBe(true);
    if (verdict.ok) expect(verdict.entries).toBeGreaterThan(3);
  });

  it('an entry that declares more than the budget unpacked is refused as too big', () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    put32(zip, directoryStart(zip) + 24, ZIP_UNPACKED_BUDGET + 1);
    expect(checkZip(zip)).toEqual({ ok: false, reason: 'too-big', unpacked: ZIP_UNPACKED_BUDGET + 1 });
  });

  it('two entries pointing at the same bytes are refused as overlapping', () => {
    const zip = zipSync({ 'a.xml': strToU8('<a/>'), 'b.xml': strToU8('<b/>') });
    const second = directoryStart(zip) + 46 + 'a.xml'.length;
    put32(zip, second + 42, 0);
    expect(checkZip(zip)).toEqual({ ok: false, reason: 'overlapping' });
  });

  it('bytes that are no zip are malformed, not a throw', () => {
    expect(checkZip(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]))).toEqual({ ok: false, reason: 'malformed' });
    expect(checkZip(new Uint8Array(0))).toEqual({ ok: false, reason: 'malformed' });
  });

  it('a .docx that declares gigabytes is refused before it is unpacked, saying what it is', async () => {
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
    put32(docx, directoryStart(docx) + 46 + '[Content_Types].xml'.length + 24, 2_000_000_000);
    const read = await textOfBytes(docx, 'report.docx');
    expect(read).toMatchObject({ ok: false, problem: 'importZipRefused', params: { kind: 'DOCX', reason: 'too-big' } });
  });
});
