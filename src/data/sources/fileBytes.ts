// A chosen or dropped file's bytes as text, or refused with what they were recognised as: the type by its first
// bytes (magic numbers), not its name; text as UTF-8, UTF-16 (by its BOM or its zero bytes) or GB18030 (GBK, as
// many government downloads are), each decoded strictly, so that no U+FFFD garbage is ever imported.

export type FileKind = 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'xlsx' | 'docx' | 'ods' | 'zip' | 'ole' | 'binary';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodedFile = { ok: true; text: string; encoding: Encoding } | { ok: false; kind: FileKind | 'unknown-encoding' };

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return prefix.every((b, i) => bytes[at + i] === b);
}

function asciiIncludes(bytes: Uint8Array, word: string): boolean {
  // Zip entry names are stored as plain bytes in the headers: a search of the first megabyte finds them.
  const limit = Math.min(bytes.length, 1_000_000);
  const codes = Array.from({ length: word.length }, (_, i) => word.charCodeAt(i));
  outer: for (let i = 0; i + codes.length <= limit; i++) {
    for (let j = 0; j < codes.length; j++) if (bytes[i + j] !== codes[j]) continue outer;
    return true;
  }
  return false;
}

/** What a file is by its first bytes, or undefined when they name no known binary type. */
export function binaryKind(bytes: Uint8Array): FileKind | undefined {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (asciiIncludes(bytes, 'xl/')) return 'xlsx';
    if (asciiIncludes(bytes, 'word/')) return 'docx';
    if (asciiIncludes(bytes, 'opendocument.spreadsheet')) return 'ods';
    return 'zip';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  return undefined;
}

function strict(encoding: Encoding, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Control characters other than tab and line ends: text has almost none, random bytes decoded have many. */
function looksLikeText(text: string): boolean {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
      (code >= 0x7f && code < 0xa0) ||
      (code >= 0xe000 && code < 0xf900)
    )
      control++;
  }
  return control <= text.length * 0.001;
}

/** The file as text, or what it was recognised as. Never throws. */
export function decodeFile(bytes: Uint8Array): DecodedFile {
  const kind = binaryKind(bytes);
  if (kind) return { ok: false, kind };
  const tries: Encoding[] = [];
  if (startsWith(bytes, [0xff, 0xfe])) tries.push('utf-16le');
  else if (startsWith(bytes, [0xfe, 0xff])) tries.push('utf-16be');
  else {
    // UTF-16 without a BOM: every other byte zero in ASCII-heavy text.
    let evenZeros = 0;
    let oddZeros = 0;
    const sample = Math.min(bytes.length, 4096);
    for (let i = 0; i < sample; i++) {
      if (bytes[i] !== 0) continue;
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
    if (oddZeros > sample * 0.2 && evenZeros < sample * 0.02) tries.push('utf-16le');
    else if (evenZeros > sample * 0.2 && oddZeros < sample * 0.02) tries.push('utf-16be');
    else tries.push('utf-8', 'gb18030');
  }
  for (const encoding of tries) {
    const text = strict(encoding, bytes);
    if (text !== undefined && looksLikeText(text)) return { ok: true, text: text.startsWith('\ufeff') ? text.slice(1) : text, encoding };
  }
  return { ok: false, kind: tries.includes('utf-8') && bytes.includes(0) ? 'binary' : 'unknown-encoding' };
}
