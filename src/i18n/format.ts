// Numbers and lists written for the reader's language: scores to the decimals their source prints, signed gaps (months: months.ts).

import type { Language } from './names';

const locales: Record<Language, string> = { zh: 'zh-CN', en: 'en-GB' };

/**
 * A finite number to `digits` decimals, rounded half away from zero, as Intl.NumberFormat writes it for both
 * languages (zh-CN, en-GB: ASCII digits, a full stop, no grouping; tests/unit/i18n/format.test.ts compares the two),
 * with a minus sign (U+2212, as wide as the plus and a digit). Signed: a plus before a positive figure and no sign
 * on a zero (Intl's exceptZero); otherwise a minus before any negative one, −0.0 included (Intl's auto). Written
 * out here rather than by Intl because the first Intl number format a page makes loads the locale's data, tens of
 * milliseconds on a phone, in the middle of drawing the first screen.
 */
export function formatDecimal(value: number, digits: number, signed: boolean): string {
  // JavaScript writes a number with the fewest digits that read back as it (1.2e-7, 80.35): the decimal Intl
  // rounds, rather than the double's binary value (which toFixed rounds: 80.35 is 80.3 there, 80.4 here).
  const [mantissa = '', exponent = '0'] = String(Math.abs(value)).split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  // Most figures have no more decimals than are shown (80.2 to one): nothing to round, so no arithmetic (a table
  // writes hundreds of figures as it is drawn). Zero is left to the rule below, for its sign.
  if (exponent === '0' && fraction.length <= digits && value !== 0) {
    const written = digits === 0 ? whole : `${whole}.${fraction.padEnd(digits, '0')}`;
    return (value < 0 ? '\u2212' : signed ? '+' : '') + written;
  }
  const point = whole.length + Number(exponent);
  // The digits from the first whole one, and how many of them come before the rounding digit.
  const shown = Math.max(point, 0) + digits;
  const all = ('0'.repeat(Math.max(-point, 0)) + whole + fraction).padEnd(shown + 1, '0');
  const units = BigInt(`0${all.slice(0, shown)}`) + (all.charAt(shown) >= '5' ? 1n : 0n);
  const text = units.toString().padStart(digits + 1, '0');
  const written = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  if (signed && units === 0n) return written;
  // 1 / value is below zero for a negative value and for −0.
  return (1 / value < 0 ? '\u2212' : signed ? '+' : '') + written;
}

/**
 * A score as printed: one decimal (80.2, 660.0), or as many as the source prints (`digits`, e.g. 96.76). Both
 * languages write figures alike (formatDecimal); the language is asked for, as for every other text on screen.
 */
export function formatScore(value: number | undefined, _language: Language, digits = 1): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  return formatDecimal(value, digits, false);
}

/** How each language joins a list: between items, and before the last (Intl.ListFormat's long conjunction). */
const listWords: Record<Language, readonly [between: string, last: string]> = { zh: ['、', '和'], en: [', ', ' and '] };

/**
 * Names joined as the language lists them (甲、乙和丙; A, B and C), as Intl.ListFormat joins them for zh-CN and
 * en-GB (tests/unit/i18n/format.test.ts compares the two), written out here because its first use loads the locale's
 * data, tens of milliseconds on a phone, as the first screen's summary is drawn. A Chinese name that itself holds
 * the list's separator (农贸市场、便民市场) is quoted in a list, so that it does not read as two items.
 */
export function formatList(items: readonly string[], language: Language): string {
  const shown = language === 'zh' && items.length > 1 ? items.map((item) => (item.includes('、') ? `“${item}”` : item)) : items;
  const [between, last] = listWords[language];
  return shown.slice(0, -1).join(between) + (shown.length > 1 ? last : '') + (shown.at(-1) ?? '');
}

export function localeOf(language: Language): string {
  return locales[language];
}
