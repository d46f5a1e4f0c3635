// The tables of pasted or dropped HTML as plain tab-separated text, read by a small tokenizer with no DOM, so that
// it runs in a worker and in Node, never loads what a page names (<base>, images) and stays within a cell budget.

/** Expanded cells (after rowspan and colspan) allowed over all tables; past it the HTML is refused. */
export const HTML_CELL_BUDGET = 1_000_000;
/** Tables inside tables past this depth are read as text of their cell. */
const MAX_TABLE_DEPTH = 8;
/** The spans browsers honour (HTML: colspan ≤ 1000, rowspan ≤ 65534), before the budget applies. */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

export interface HtmlTable {
  /** The caption, or the nearest short heading or paragraph before the table ('' when none). */
  title: string;
  /** Rows of cell texts, spans repeated into every position they cover. */
  rows: string[][];
}

export type HtmlTablesResult = { ok: true; tables: HtmlTable[] } | { ok: false; reason: 'cell-budget'; table: number; cells: number };

/** Whether a text is HTML that holds a table. */
export function holdsHtmlTable(text: string): boolean {
  return /<table[\s>]/i.test(text);
}

const NAMED_ENTITIES = new Map<string, string>([
  ['nbsp', ' '],
  ['ensp', ' '],
  ['emsp', ' '],
  ['thinsp', ' '],
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['middot', '·'],
  ['times', '×'],
  ['minus', '−'],
  ['ndash', '–'],
  ['mdash', '—'],
]);

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      // Lone surrogates and out-of-range code points would make a string no encoder can write.
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES.get(body.toLowerCase()) ?? whole;
  });
}

/** Entities decoded, runs of white space one space, trimmed: a cell's text as shown. */
export function cleanText(text: string): string {
  return decodeEntities(text)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

function spanOf(attributes: string, name: string, limit: number): number {
  const match = new RegExp(`\\b${name}\\s*=\\s*["']?\\s*(\\d{1,7})`, 'i').exec(attributes);
  const value = match ? Number(match[1]) : 1;
  return Math.max(1, Math.min(limit, value || 1));
}

const BLOCK_TAGS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'li', 'caption']);
const RAW_TEXT_TAGS = new Set(['script', 'style', 'template', 'textarea', 'title', 'noscript', 'svg', 'math']);

interface OpenTable {
  title: string;
  caption: string | undefined;
  rows: (string | undefined)[][];
  row: number;
  column: number;
  cell: { text: string; rowspan: number; colspan: number } | undefined;
  cells: number;
}

/** The state of one pass over an HTML text: the tables open and read, the text around them, the cells spent. */
class HtmlTableReader {
  readonly tables: HtmlTable[] = [];
  readonly open: OpenTable[] = [];
  private lastBlockText = '';
  private blockText = '';
  private captionText: string | undefined;
  totalCells = 0;

  /** Text between tags: into the caption, the open cell, or the block before a table (its title). */
  addText(text: string): void {
    const current = this.open[this.open.length - 1];
    if (this.captionText !== undefined) this.captionText += text;
    else if (current?.cell) current.cell.text += text;
    else if (this.open.length === 0) this.blockText += text;
  }

  /** The open cell placed in its rows and spans; false when the cells spent pass HTML_CELL_BUDGET. */
  closeCell(table: OpenTable): boolean {
    const cell = table.cell;
    if (!cell) return true;
    table.cell = undefined;
    const text = cleanText(cell.text);
    const rows = table.rows;
    const line = (rows[table.row] ??= []);
    while (line[table.column] !== undefined) table.column++;
    const added = cell.rowspan * cell.colspan;
    table.cells += added;
    this.totalCells += added;
    if (this.totalCells > HTML_CELL_BUDGET) return false;
    for (let dr = 0; dr < cell.rowspan; dr++) {
      const target = (rows[table.row + dr] ??= []);
      for (let dc = 0; dc < cell.colspan; dc++) target[table.column + dc] = text;
    }
    table.column += cell.colspan;
    return true;
  }

  /** A table closed: its rows kept (a nested table's text goes into the cell that holds it). */
  finishTable(table: OpenTable): void {
    // Rows a rowspan reached past the table's last <tr> are dropped, as browsers do.
    const rows: string[][] = [];
    for (let r = 0; r <= table.row && r < table.rows.length; r++) rows.push(Array.from(table.rows[r] ?? [], (c) => c ?? ''));
    const nested = this.open[this.open.length - 1];
    if (nested?.cell) nested.cell.text += ` ${rows.map((r) => r.join(' ')).join(' ')} `;
    this.tables.push({ title: table.caption ?? table.title, rows: rows.filter((r) => r.some((c) => c !== '')) });
  }

  /** `<table>` or `</table>`; false when the cells spent pass the budget. */
  tableTag(closing: boolean): boolean {
    const table = this.open[this.open.length - 1];
    if (closing) {
      if (!table) return true;
      if (!this.closeCell(table)) return false;
      this.open.pop();
      this.finishTable(table);
    } else if (this.open.length < MAX_TABLE_DEPTH) {
      const block = cleanText(this.blockText);
      const title = block.length > 0 && block.length <= 60 ? block : this.lastBlockText;
      this.open.push({ title, caption: undefined, rows: [], row: -1, column: 0, cell: undefined, cells: 0 });
      this.blockText = '';
    }
    return true;
  }

  /** A block tag outside any table ends a paragraph: the last short one titles the next table. */
  outsideTag(name: string): void {
    if (!BLOCK_TAGS.has(name) && name !== 'br') return;
    const text = cleanText(this.blockText);
    if (text !== '') this.lastBlockText = text.length <= 60 ? text : '';
    this.blockText = '';
  }

  /** A tag inside a table: a caption, a row, a cell (with its spans), a break in a cell's text; false past the budget. */
  insideTag(table: OpenTable, name: string, closing: boolean, attributes: string): boolean {
    if (name === 'caption') {
      if (closing) {
        if (this.captionText !== undefined) table.caption = cleanText(this.captionText);
        this.captionText = undefined;
      } else this.captionText = '';
    } else if (name === 'tr') {
      if (!this.closeCell(table)) return false;
      if (!closing) {
        table.row++;
        table.column = 0;
      }
    } else if (name === 'td' || name === 'th') {
      if (!this.closeCell(table)) return false;
      if (!closing) {
        if (table.row < 0) table.row = 0;
        table.cell = { text: '', rowspan: spanOf(attributes, 'rowspan', MAX_ROWSPAN), colspan: spanOf(attributes, 'colspan', MAX_COLSPAN) };
      }
    } else if (name === 'br' || name === 'p' || name === 'div' || name === 'li') this.addText(' ');
    return true;
  }

  /** Over budget: which table and how many cells, for the reason the reader is given. */
  overBudget(): HtmlTablesResult {
    return { ok: false, reason: 'cell-budget', table: this.tables.length + this.open.length, cells: this.totalCells };
  }
}

/**
 * Every table of an HTML text with its rows. Never throws; work is linear in the text plus the expanded cells,
 * which are counted against HTML_CELL_BUDGET so that `rowspan=500 colspan=50` repeated cannot exhaust memory.
 */
export function readHtmlTables(html: string): HtmlTablesResult {
  const reader = new HtmlTableReader();
  const tag = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let position = 0;
  // Lowercased once, the first time a raw-text element (script, style) needs its end tag found.
  let lower: string | undefined;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    reader.addText(html.slice(position, match.index));
    position = match.index + match[0].length;
    const name = match[2]?.toLowerCase();
    if (name === undefined) continue; // a comment
    const closing = match[1] === '/';
    const attributes = match[3] ?? '';
    if (!closing && RAW_TEXT_TAGS.has(name) && !attributes.trimEnd().endsWith('/')) {
      // Skip to the matching end tag: a script's text is never a cell.
      lower ??= html.toLowerCase();
      const end = lower.indexOf(`</${name}`, position);
      position = end < 0 ? html.length : end;
      tag.lastIndex = position;
      continue;
    }
    const table = reader.open[reader.open.length - 1];
    if (name === 'table') {
      if (!reader.tableTag(closing)) return reader.overBudget();
    } else if (!table) reader.outsideTag(name);
    else if (!reader.insideTag(table, name, closing, attributes)) return reader.overBudget();
  }
  reader.addText(html.slice(position));
  // Tables left open at the end of the text are read as far as they go.
  for (let table = reader.open.pop(); table; table = reader.open.pop()) {
    if (!reader.closeCell(table)) return { ok: false, reason: 'cell-budget', table: reader.tables.length + 1, cells: reader.totalCells };
    reader.finishTable(table);
  }
  return { ok: true, tables: reader.tables.filter((t) => t.rows.length > 0) };
}

/**
 * Tables as `## title`, a blank line and tab-separated rows, the form the text readers take. A first row that is one
 * merged cell across the whole table (its text in every position) is the table's title, not a header level.
 */
export function htmlTablesAsText(tables: readonly HtmlTable[]): string {
  return tablesAsPlacedText(tables).text;
}

/**
 * Tables as text (htmlTablesAsText), with where each cell landed: `places[t][r][c]` is the 1-based line and
 * column of cell c of row r of table t (undefined for a merged title row taken out as the title).
 */
export function tablesAsPlacedText(tables: readonly HtmlTable[]): {
  text: string;
  places: ({ line: number; column: number }[] | undefined)[][];
} {
  const lines: string[] = [];
  const places = tables.map((table, t) => {
    let rows = table.rows;
    let title = table.title;
    let skipped = 0;
    const first = rows[0];
    // A first row of one repeated text is a merged title cell: it is the table's title.
    if (rows.length > 2 && first && first.length > 1 && first[0] !== '' && first.every((cell) => cell === first[0])) {
      title = first[0] ?? title;
      rows = rows.slice(1);
      skipped = 1;
    }
    if (t > 0) lines.push('');
    if (title !== '') lines.push(`## ${title}`, '');
    const placed = rows.map((cells) => {
      const line = lines.length + 1;
      let column = 1;
      const at = cells.map((cell) => {
        const place = { line, column };
        column += cell.length + 1;
        return place;
      });
      lines.push(cells.join('\t'));
      return at;
    });
    return [...Array<undefined>(skipped).fill(undefined), ...placed];
  });
  return { text: lines.join('\n'), places };
}

/** Every table of an HTML text as text; '' when it holds none or is over the cell budget. */
export function htmlTablesToText(html: string): string {
  const read = readHtmlTables(html);
  return read.ok ? htmlTablesAsText(read.tables) : '';
}
