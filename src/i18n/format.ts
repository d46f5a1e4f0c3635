// Numbers formatted for the reader's language with Intl: scores to the decimals their source prints, signed gaps.

import type { Language } from './names';

const locales: Record<Language, string> = { zh: 'zh-CN', en: 'en-GB' };

const scoreFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, digits: number, signed: boolean): Intl.NumberFormat {
  const key = `${language}:${digits}:${signed}`;
  let format = scoreFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales[language], {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: signed ? 'exceptZero' : 'auto',
      useGrouping: false,
    });
    scoreFormats.set(key, format);
  }
  return format;
}

/** Intl writes a hyphen-minus for a negative number; a figure's minus is U+2212, as wide as the plus and a digit. */
const withMinusSign = (text: string) => text.replace('-', '\u2212');

/** A score as printed: one decimal (80.2, 660.0), or as many as the source prints (`digits`, e.g. 96.76). */
export function formatScore(value: number | undefined, language: Language, digits = 1): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  return withMinusSign(numberFormat(language, digits, false).format(value));
}

/** A value handed back by the chart library (typed unknown) as a score: anything but a number shows as —. */
export function formatChartScore(value: unknown, language: Language, digits = 1): string {
  return formatScore(typeof value === 'number' ? value : undefined, language, digits);
}

/** A difference with its sign (+18.0, −6.7). */
export function formatGap(value: number | undefined, language: Language, digits = 1): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  // Values that round to zero show as 0.0, not −0.0.
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return withMinusSign(numberFormat(language, digits, true).format(rounded === 0 ? 0 : rounded));
}

/**
 * Names joined as the language lists them (甲、乙和丙; A, B and C). A Chinese name that itself holds the list's
 * separator (农贸市场、便民市场) is quoted in a list, so that it does not read as two items.
 */
export function formatList(items: readonly string[], language: Language): string {
  const shown = language === 'zh' && items.length > 1 ? items.map((item) => (item.includes('、') ? `“${item}”` : item)) : items;
  return new Intl.ListFormat(locales[language], { style: 'long', type: 'conjunction' }).format(shown);
}

/** Sentences as running text: a space after a sentence in Latin script, none after a full-width stop (。！？). */
export function joinSentences(sentences: readonly string[]): string {
  return sentences.reduce((text, sentence) => (text === '' || /[。！？]$/.test(text) ? text + sentence : `${text} ${sentence}`), '');
}

export function localeOf(language: Language): string {
  return locales[language];
}

/** A YYYY-MM period as the reader's language writes a month: 2025年2月, February 2025. */
export function formatPeriod(period: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) return period;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(locales[language], { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}
