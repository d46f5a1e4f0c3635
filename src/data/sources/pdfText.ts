// The text items of PDF pages (each a string with its position, as pdf.js gives them) as tables of cells, read by
// their positions (positionedText.ts). Look-alike radicals some PDF fonts produce
// (`⼩店区`, `⺠`) are read as the characters they stand for.

import type { HtmlTable } from './htmlTables';
import { positionedTables, type PositionedItem } from './positionedText';

export type PdfTextItem = PositionedItem;

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

/** The tables of PDF pages (see positionedTables), their text read with the radicals mapped. */
export function pdfPagesToTables(pages: readonly (readonly PdfTextItem[])[]): HtmlTable[] {
  return positionedTables(pages, { normalise: normalisePdfText }).map(({ title, rows }) => ({ title, rows }));
}
