// What a chosen file (a PDF and an image aside: their readers need the page) or a pasted web table gives the import:
// text, or a refusal named by the message key that words it (a binary of another kind, a web page or a sheet
// whose spans are too many). The file is read by its bytes; HTML by its tables; a spreadsheet by its sheets, a Word
// document by its tables, their readers loaded only then. Past 20 kB this runs in a worker (file.worker.ts).

import { binaryKind, decodeFile, type Encoding, type FileKind } from './fileBytes';
import { holdsHtmlTable, HTML_CELL_BUDGET, htmlTablesAsText, readHtmlTables } from './htmlTables';
import { checkZip } from './zipEntries';

/** The messages (src/i18n/viewMessages) that word a refusal. */
export type FileProblem =
  | 'importSheetUnreadable'
  | 'importFileImage'
  | 'importFileSpreadsheet'
  | 'importFileOffice'
  | 'importFileWord'
  | 'importFileZip'
  | 'importFileNotText'
  | 'importHtmlTooBig'
  | 'importSheetTooBig'
  | 'importSheetEmpty'
  | 'importWordNoTable'
  | 'importPdfNoTable'
  | 'importPdfUnreadable'
  | 'importReaderLoadFailed'
  | 'importZipRefused';

export type SourceText =
  | { ok: true; text: string; encoding: Encoding; /** A long PDF: the pages read of all it has. */ pages?: { read: number; total: number } }
  | { ok: false; problem: FileProblem; params: Readonly<Record<string, string | number>> };

/** What a refused file is said to be. */
const FILE_KIND_KEYS: Readonly<Record<FileKind | 'unknown-encoding', FileProblem>> = {
  pdf: 'importSheetUnreadable',
  png: 'importFileImage',
  jpeg: 'importFileImage',
  gif: 'importFileImage',
  webp: 'importFileImage',
  xlsx: 'importFileSpreadsheet',
  ods: 'importFileSpreadsheet',
  ole: 'importFileOffice',
  docx: 'importFileWord',
  zip: 'importFileZip',
  binary: 'importFileNotText',
  'unknown-encoding': 'importFileNotText',
};

/**
 * The tables of HTML as text; undefined when it holds none; a refusal when its spans would expand past the cell
 * budget (refused by table, so that what is loaded stays as it was).
 */
export function textOfHtml(html: string): SourceText | undefined {
  const tables = readHtmlTables(html);
  if (!tables.ok) return { ok: false, problem: 'importHtmlTooBig', params: { table: tables.table, budget: HTML_CELL_BUDGET } };
  const text = htmlTablesAsText(tables.tables);
  return text === '' ? undefined : { ok: true, text, encoding: 'utf-8' };
}

/**
 * The refusal when a reader's own code could not be fetched (offline, or the site updated since the page loaded): not
 * the file's fault, and said so, with what failed.
 */
export function readerNotLoaded(reader: string, cause: unknown): SourceText {
  return { ok: false, problem: 'importReaderLoadFailed', params: { reader, detail: reasonOf(cause) } };
}

/** What went wrong, in the words of whatever threw (pdf.js says `Invalid PDF structure`, a password, …), cut to a line. */
export function reasonOf(cause: unknown): string {
  const text = cause instanceof Error ? cause.message : String(cause);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/** A spreadsheet's sheets as tables of text (SheetJS, loaded only now), or its refusal. */
async function textOfSpreadsheet(bytes: Uint8Array, kind: FileKind): Promise<SourceText> {
  let reader;
  try {
    reader = await import('./spreadsheet');
  } catch (cause) {
    return readerNotLoaded(kind.toUpperCase(), cause);
  }
  const { readSpreadsheet, SHEET_CELL_BUDGET } = reader;
  const sheets = readSpreadsheet(bytes);
  if (sheets.ok && sheets.tables.length > 0) return { ok: true, text: htmlTablesAsText(sheets.tables), encoding: 'utf-8' };
  if (!sheets.ok && sheets.reason === 'cell-budget')
    return { ok: false, problem: 'importSheetTooBig', params: { sheet: sheets.sheet, budget: SHEET_CELL_BUDGET } };
  // A workbook with no filled cell says so; an old Office file that is no workbook is a .doc, said as such.
  if (sheets.ok) return { ok: false, problem: 'importSheetEmpty', params: { kind: kind.toUpperCase() } };
  return { ok: false, problem: kind === 'ole' ? 'importFileOffice' : 'importSheetUnreadable', params: { kind: kind.toUpperCase() } };
}

/** A Word document's tables as text (its reader loaded only now), or its refusal. */
async function textOfWord(bytes: Uint8Array): Promise<SourceText> {
  let reader;
  try {
    reader = await import('./wordDocument');
  } catch (cause) {
    return readerNotLoaded('DOCX', cause);
  }
  const { readWordDocument, WORD_CELL_BUDGET } = reader;
  const document = readWordDocument(bytes);
  if (document.ok && document.tables.length > 0) return { ok: true, text: htmlTablesAsText(document.tables), encoding: 'utf-8' };
  if (!document.ok && document.reason === 'cell-budget')
    return { ok: false, problem: 'importHtmlTooBig', params: { table: document.table, budget: WORD_CELL_BUDGET } };
  return { ok: false, problem: document.ok ? 'importWordNoTable' : 'importSheetUnreadable', params: { kind: 'DOCX' } };
}

/** A file's text by its bytes, not its name; a saved web page by its tables, a spreadsheet by its sheets. */
export async function textOfBytes(bytes: Uint8Array, name: string): Promise<SourceText> {
  const kind = binaryKind(bytes);
  // A zip's declared sizes are checked before any reader inflates it: a bomb is refused, never unpacked.
  if (kind === 'xlsx' || kind === 'ods' || kind === 'docx') {
    const zip = checkZip(bytes);
    if (!zip.ok && zip.reason !== 'malformed')
      return {
        ok: false,
        problem: 'importZipRefused',
        params: {
          kind: kind.toUpperCase(),
          reason: zip.reason,
          megabytes: Math.round((zip.reason === 'too-big' ? zip.unpacked : 0) / 1e6),
        },
      };
  }
  if (kind === 'xlsx' || kind === 'ods' || kind === 'ole') return textOfSpreadsheet(bytes, kind);
  if (kind === 'docx') return textOfWord(bytes);
  const decoded = decodeFile(bytes);
  if (!decoded.ok) return { ok: false, problem: FILE_KIND_KEYS[decoded.kind], params: { kind: decoded.kind.toUpperCase() } };
  if (!/\.html?$/i.test(name) && !holdsHtmlTable(decoded.text.slice(0, 100_000))) return decoded;
  const html = textOfHtml(decoded.text);
  return html === undefined ? decoded : html.ok ? { ...html, encoding: decoded.encoding } : html;
}
