// The text items of PDF pages (each a string with its position, as pdf.js gives them) as tables of cells: items
// on one baseline make a line, gaps wider than a space split it into cells, runs of lines of two or more cells are
// a table, and the line of one cell above a table is its title. Look-alike radicals some PDF fonts produce
// (`⼩店区`, `⺠`) are read as the characters they stand for.

import type { HtmlTable } from './htmlTables';

export interface PdfTextItem {
  text: string;
  /** Left edge and baseline, in the page's units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** CJK radicals that NFKC leaves as they are, with the characters they stand for in a PDF's text. */
const RADICALS = new Map([
  ['⺠', '民'],
  ['⻝', '食'],
  ['⻓', '长'],
  ['⻋', '车'],
  ['⻔', '门'],
  ['⻛', '风'],
  ['⻜', '飞'],
  ['⻢', '马'],
  ['⻚', '页'],
  ['⻥', '鱼'],
  ['⻦', '鸟'],
  ['⻬', '齐'],
  ['⻰', '龙'],
  ['⻳', '龟'],
  ['⺟', '母'],
  ['⺁', '厂'],
  ['⻅', '见'],
  ['⻆', '角'],
  ['⻉', '贝'],
  ['⻈', '讠'],
  ['⻄', '西'],
  ['⻩', '黄'],
  ['⻨', '麦'],
  ['⻘', '青'],
  ['⻣', '骨'],
  ['⻤', '鬼'],
  ['⻧', '卤'],
  ['⻮', '齿'],
  ['⻊', '足'],
  ['⺮', '竹'],
  ['⺶', '羊'],
  ['⺼', '肉'],
]);

/** NFKC (the Kangxi radicals: `⼩` → 小) and the radicals it leaves. */
export function normalisePdfText(text: string): string {
  return text.normalize('NFKC').replace(/[\u2e80-\u2eff]/g, (ch) => RADICALS.get(ch) ?? ch);
}

interface PdfLine {
  y: number;
  cells: { text: string; x: number; end: number }[];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Items on one baseline (within a third of the text height) as one line, cut into cells at wide gaps. */
function linesOf(items: readonly PdfTextItem[]): PdfLine[] {
  const kept = items.filter((item) => item.text.trim() !== '');
  if (kept.length === 0) return [];
  const size = median(kept.map((item) => item.height)) || 10;
  const sorted = [...kept].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfTextItem[][] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs((line[0]?.y ?? 0) - item.y) <= size / 3) line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => {
    const cells: PdfLine['cells'] = [];
    for (const item of [...line].sort((a, b) => a.x - b.x)) {
      const last = cells[cells.length - 1];
      // A gap under half the text height is within a cell (glyph runs, a space); wider, the next column.
      if (last && item.x - last.end < size * 0.5) {
        last.text += item.x - last.end > size * 0.15 ? ` ${item.text}` : item.text;
        last.end = Math.max(last.end, item.x + item.width);
      } else cells.push({ text: item.text, x: item.x, end: item.x + item.width });
    }
    return { y: line[0]?.y ?? 0, cells: cells.map((c) => ({ ...c, text: normalisePdfText(c.text).replace(/\s+/g, ' ').trim() })) };
  });
}

/** The tables of PDF pages: runs of three or more lines of two or more cells, each under its title line. */
export function pdfPagesToTables(pages: readonly (readonly PdfTextItem[])[]): HtmlTable[] {
  const tables: HtmlTable[] = [];
  for (const items of pages) {
    let title = '';
    let rows: string[][] = [];
    const flush = () => {
      if (rows.length >= 3) tables.push({ title, rows });
      rows = [];
    };
    for (const line of linesOf(items)) {
      if (line.cells.length >= 2) {
        rows.push(line.cells.map((c) => c.text));
        continue;
      }
      flush();
      const text = line.cells[0]?.text ?? '';
      title = text.length <= 60 ? text : '';
    }
    flush();
  }
  return tables;
}
