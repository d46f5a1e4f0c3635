// Numbers written as words in a rank or an ordinal: 一 … 九十九 (and 百), and ranks printed as 第一名 or 第3名.
// Shared by the grid builders (a column of 第N名 cells is a rank column) and the readers of lists and names.

import { parseNumber } from './sources/text';

const CHINESE_DIGITS = new Map([
  ['零', 0],
  ['〇', 0],
  ['一', 1],
  ['二', 2],
  ['两', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9],
]);

/** English ranks written as words, first to tenth: a list prints them before its names (`First: Kingsway`). */
export const ENGLISH_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'] as const;

/** 一 … 九十九 (and Arabic or full-width digits, and first … tenth) as a number; null for anything else. */
/** A circled number as documents mark ranks with: ①–⑳, or ❶–❿ (white on black). */
export const CIRCLED_NUMBER = '[\u2460-\u2473\u2776-\u277f]';

function circledValue(text: string): number | null {
  const code = text.length === 1 ? text.charCodeAt(0) : 0;
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  if (code >= 0x2776 && code <= 0x277f) return code - 0x2776 + 1;
  return null;
}

export function ordinalValue(text: string): number | null {
  if (/^[0-9０-９]+$/.test(text)) return parseNumber(text);
  const circled = circledValue(text);
  if (circled !== null) return circled;
  const english = (ENGLISH_ORDINALS as readonly string[]).indexOf(text.toLowerCase());
  if (english >= 0) return english + 1;
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return null;
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = CHINESE_DIGITS.get(ch) ?? 0;
  }
  return total + digit;
}

/** A rank as a cell prints it: `3`, `第三名`, `第3名`, `第十二`; null for anything else. */
export function rankCellValue(text: string): number | null {
  const match = /^第?\s*([0-9０-９]{1,4}|[零〇一二两三四五六七八九十百]{1,4})\s*名?$/.exec(text.trim());
  if (!match || (!/^第/.test(text.trim()) && !/^[0-9０-９]+$/.test(match[1] ?? ''))) return null;
  return ordinalValue(match[1] ?? '');
}

/** A tie as English tables print it: `=3`, `3=`, `T3`, `T-3`, `3T`. */
const ENGLISH_TIE = /^\s*(?:=|T-?)\s*([0-9]{1,4})\s*$|^\s*([0-9]{1,4})\s*(?:=|T)\s*$/i;

/** A rank with a label before it: `TOP3`, `No. 3`, `#3`. */
const LABELLED_RANK = /^\s*(?:top|no\.?|#)\s*([0-9]{1,4})\s*$/i;

/** A rank as a numbered list marks it, in a cell of its own: `1.`, `2)`, `3、`. */
const LIST_MARK = /^\s*([0-9]{1,4})\s*[.)）、]\s*$/;

/** A printed rank: `3`, `第3名`, `第十二名`, `并列第三`, `=3`, `1.`; null for anything else. */
export function rankOf(text: string): number | null {
  const tie = ENGLISH_TIE.exec(text) ?? LABELLED_RANK.exec(text) ?? LIST_MARK.exec(text);
  if (tie) return Number(tie[1] ?? tie[2]);
  const match =
    /^\s*(?:并列\s*)?(?:第\s*)?([0-9０-９]+|[零〇一二两三四五六七八九十百]+)\s*(?:名|位)?\s*(?:[(（]?\s*并列\s*[)）]?)?\s*$/.exec(text);
  if (!match || (!/第|名|位/.test(text) && !/^[0-9０-９\s]+$/.test(text))) return null;
  return ordinalValue(match[1] ?? '');
}
