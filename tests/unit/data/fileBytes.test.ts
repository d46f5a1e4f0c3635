// A file's bytes as text, or refused by what they are: magic numbers first, then strict decoding (UTF-8, UTF-16,
// GB18030), never U+FFFD garbage.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { noiseBytes } from '../../support/hostileInputs';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/data/importText';
import { decodeFile } from '../../../src/data/sources/fileBytes';
import { readFixture } from '../readFixture';
import { SEED_DISTRICTS_BY_TOTAL, SEED_PUBLISHED_TOTALS } from '../seedFigures';

const bytesOf = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url))));
const ascii = (text: string) => new Uint8Array([...Buffer.from(text, 'latin1')]);

const noise = noiseBytes;

describe('decodeFile', () => {
  it('reads the seed tables saved as GBK as GB18030, and they import with the published totals', () => {
    const decoded = decodeFile(bytesOf('encodings/seed-tables-gbk.txt'));
    expect(decoded).toMatchObject({ ok: true, encoding: 'gb18030' });
    if (!decoded.ok) return;
    expect(decoded.text).toBe(readFixture('../../src/data/embedded/taiyuan-2025-01-tables.txt'));
    const { result } = importText(decoded.text);
    expect(result.ok && result.inspection.publishedTotals.map((t) => [t.district, t.value])).toEqual(
      SEED_DISTRICTS_BY_TOTAL.map((d, i) => [d, SEED_PUBLISHED_TOTALS[i]]),
    );
  });

  it('reads UTF-8 (with or without a BOM) and UTF-16 (by its BOM, or by its zero bytes)', () => {
    const text = '区\t得分\n甲区\t90.5\nDistrict B\t88\n';
    expect(decodeFile(new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf8')))).toEqual({ ok: true, text, encoding: 'utf-8' });
    expect(decodeFile(new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le')))).toEqual({ ok: true, text, encoding: 'utf-16le' });
    const ascii16 = 'district,score\nA,90.5\nB,88\nC,87\n';
    expect(decodeFile(new Uint8Array(Buffer.from(ascii16, 'utf16le')))).toEqual({ ok: true, text: ascii16, encoding: 'utf-16le' });
  });

  it('recognises binary types by their first bytes, whatever the name', () => {
    expect(decodeFile(ascii('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toEqual({ ok: false, kind: 'pdf' });
    expect(decodeFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toEqual({ ok: false, kind: 'png' });
    expect(decodeFile(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toEqual({ ok: false, kind: 'jpeg' });
    expect(decodeFile(ascii('PK\u0003\u0004....word/document.xml'))).toEqual({ ok: false, kind: 'docx' });
    expect(decodeFile(ascii('PK\u0003\u0004....xl/workbook.xml'))).toEqual({ ok: false, kind: 'xlsx' });
    expect(decodeFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toEqual({ ok: false, kind: 'ole' });
  });

  it('refuses random bytes and text in no encoding it knows, instead of decoding garbage', () => {
    expect(decodeFile(noise(100_000)).ok).toBe(false);
    expect(decodeFile(ascii('name,score\ncaf\u00e9,90\n')).ok).toBe(false);
  });
});
