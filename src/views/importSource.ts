// What a chosen file or a paste gives the import: text, or a refusal worded by what it was (a PDF, an image, a web
// page whose spans are too many). The file is read by its bytes; HTML, pasted or saved, by its tables; a
// spreadsheet by its sheets, a Word document by its tables and a PDF by the positions of its text, their readers
// loaded only then.

import { binaryKind, decodeFile, type Encoding, type FileKind } from '../data/sources/fileBytes';
import { holdsHtmlTable, HTML_CELL_BUDGET, htmlTablesAsText, readHtmlTables } from '../data/sources/htmlTables';
import type { ViewMessageKey } from '../i18n/viewMessages';

export type SourceText =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; problem: ViewMessageKey; params: Readonly<Record<string, string | number>> };

/** What a refused file is said to be. */
const FILE_KIND_KEYS: Readonly<Record<FileKind | 'unknown-encoding', ViewMessageKey>> = {
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

/** A spreadsheet's sheets as tables of text (SheetJS, loaded only now), or its refusal. */
async function textOfSpreadsheet(bytes: Uint8Array, kind: FileKind): Promise<SourceText> {
  const { readSpreadsheet, SHEET_CELL_BUDGET } = await import('../data/sources/spreadsheet');
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
  const { readWordDocument, WORD_CELL_BUDGET } = await import('../data/sources/wordDocument');
  const document = readWordDocument(bytes);
  if (document.ok && document.tables.length > 0) return { ok: true, text: htmlTablesAsText(document.tables), encoding: 'utf-8' };
  if (!document.ok && document.reason === 'cell-budget')
    return { ok: false, problem: 'importHtmlTooBig', params: { table: document.table, budget: WORD_CELL_BUDGET } };
  return { ok: false, problem: document.ok ? 'importWordNoTable' : 'importSheetUnreadable', params: { kind: 'DOCX' } };
}

/** A PDF's tables from the positions of its text (pdf.js, loaded only now), or its refusal. */
async function textOfPdf(bytes: Uint8Array): Promise<SourceText> {
  try {
    const [{ pdfTextItems }, { pdfPagesToTables }] = await Promise.all([import('./pdfSource'), import('../data/sources/pdfText')]);
    const tables = pdfPagesToTables(await pdfTextItems(bytes));
    if (tables.length > 0) return { ok: true, text: htmlTablesAsText(tables), encoding: 'utf-8' };
    // No text at all, or none in rows: a scan (an image of a page) or a page with no table.
    return { ok: false, problem: 'importPdfNoTable', params: {} };
  } catch {
    return { ok: false, problem: 'importSheetUnreadable', params: { kind: 'PDF' } };
  }
}

/** A file's text by its bytes, not its name; a saved web page by its tables, a spreadsheet by its sheets. */
export async function textOfFile(bytes: Uint8Array, name: string): Promise<SourceText> {
  const kind = binaryKind(bytes);
  if (kind === 'xlsx' || kind === 'ods' || kind === 'ole') return textOfSpreadsheet(bytes, kind);
  if (kind === 'docx') return textOfWord(bytes);
  if (kind === 'pdf') return textOfPdf(bytes);
  const decoded = decodeFile(bytes);
  if (!decoded.ok) return { ok: false, problem: FILE_KIND_KEYS[decoded.kind], params: { kind: decoded.kind.toUpperCase() } };
  if (!/\.html?$/i.test(name) && !holdsHtmlTable(decoded.text.slice(0, 100_000))) return decoded;
  const html = textOfHtml(decoded.text);
  return html === undefined ? decoded : html.ok ? { ...html, encoding: decoded.encoding } : html;
}
