// The tables of a Word document (.docx) as tables of text cells: word/document.xml unzipped (fflate) and read by a
// small tokenizer with no DOM, cells spanning columns (gridSpan) or rows (vMerge) repeated into every position they
// cover, the paragraph above each table as its title. Loaded only when such a file is chosen.

import { unzipSync } from 'fflate';
import { cleanText, type HtmlTable } from './htmlTables';

/** Expanded cells allowed over all tables: past it the document is refused. */
export const WORD_CELL_BUDGET = 1_000_000;

export type WordResult =
  { ok: true; tables: HtmlTable[] } | { ok: false; reason: 'unreadable' } | { ok: false; reason: 'cell-budget'; table: number };

interface WordCell {
  text: string;
  span: number;
  merge: 'none' | 'restart' | 'continue';
}

interface OpenTable {
  title: string;
  rows: WordCell[][];
}

/** A table's rows with spans repeated: a gridSpan across its columns, a vMerge continuation from the cell above. */
function expand(table: OpenTable): string[][] {
  const rows: string[][] = [];
  for (const cells of table.rows) {
    const row: string[] = [];
    for (const cell of cells) {
      for (let k = 0; k < cell.span; k++) {
        const above = rows[rows.length - 1]?.[row.length] ?? '';
        row.push(cell.merge === 'continue' ? above : cleanText(cell.text));
      }
    }
    rows.push(row);
  }
  return rows.filter((row) => row.some((cell) => cell !== ''));
}

/** Every table of a .docx; never throws (a file that is no Word document is 'unreadable'). */
export function readWordDocument(bytes: Uint8Array): WordResult {
  let xml: string;
  try {
    const files = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' });
    const document = files['word/document.xml'];
    if (!document) return { ok: false, reason: 'unreadable' };
    xml = new TextDecoder('utf-8').decode(document);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const tables: HtmlTable[] = [];
  const open: OpenTable[] = [];
  let paragraph = '';
  let lastParagraph = '';
  let inText = false;
  let cells = 0;
  const tag = /<(\/?)w:([A-Za-z]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g;
  for (let match = tag.exec(xml); match; match = tag.exec(xml)) {
    const [, closing, name, attributes = '', selfClosing, text] = match;
    const table = open[open.length - 1];
    const row = table?.rows[table.rows.length - 1];
    const cell = row?.[row.length - 1];
    if (text !== undefined) {
      if (!inText) continue;
      // Kept as printed: cleanText decodes the references once, when the cell or paragraph is done.
      if (cell) cell.text += text;
      else paragraph += text;
      continue;
    }
    if (name === 't') inText = closing !== '/' && selfClosing !== '/';
    else if (name === 'tab' || name === 'br') {
      if (cell) cell.text += ' ';
      else paragraph += ' ';
    } else if (name === 'p' && closing === '/') {
      if (cell) cell.text += ' ';
      else {
        const text = cleanText(paragraph);
        if (text !== '') lastParagraph = text.length <= 60 ? text : '';
        paragraph = '';
      }
    } else if (name === 'tbl') {
      if (closing !== '/') {
        open.push({ title: lastParagraph, rows: [] });
        continue;
      }
      const done = open.pop();
      if (!done) continue;
      const rows = expand(done);
      cells += rows.reduce((sum, r) => sum + r.length, 0);
      if (cells > WORD_CELL_BUDGET) return { ok: false, reason: 'cell-budget', table: tables.length + 1 };
      // A table inside a cell is read as a table of its own, and its text stays in the cell too.
      const outer = open[open.length - 1];
      const outerRow = outer?.rows[outer.rows.length - 1];
      const outerCell = outerRow?.[outerRow.length - 1];
      if (outerCell) outerCell.text += ` ${rows.map((r) => r.join(' ')).join(' ')} `;
      if (rows.length > 0) tables.push({ title: done.title, rows });
    } else if (name === 'tr' && closing !== '/' && table) table.rows.push([]);
    else if (name === 'tc' && closing !== '/' && row) row.push({ text: '', span: 1, merge: 'none' });
    else if (name === 'gridSpan' && cell) {
      const span = Number(/w:val="(\d{1,4})"/.exec(attributes)?.[1] ?? '1');
      cell.span = Math.max(1, Math.min(1000, span || 1));
    } else if (name === 'vMerge' && cell) cell.merge = /w:val="restart"/.test(attributes) ? 'restart' : 'continue';
  }
  return { ok: true, tables };
}
