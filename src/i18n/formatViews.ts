// Figures and sentences only the views after the first screen write: apart from format.ts, whose whole module the
// first screen's code carries (a module goes whole into the first chunk that needs any of it).

import { formatDecimal, formatScore } from './format';
import type { Language } from './names';

/** A value handed back by the chart library (typed unknown) as a score: anything but a number shows as —. */
export function formatChartScore(value: unknown, language: Language, digits = 1): string {
  return formatScore(typeof value === 'number' ? value : undefined, language, digits);
}

/** A difference with its sign (+18.0, −6.7). */
export function formatGap(value: number | undefined, _language: Language, digits = 1): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  // Values that round to zero show as 0.0, not −0.0.
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return formatDecimal(rounded === 0 ? 0 : rounded, digits, true);
}

/** Sentences as running text: a space after a sentence in Latin script, none after a full-width stop (。！？). */
export function joinSentences(sentences: readonly string[]): string {
  return sentences.reduce((text, sentence) => (text === '' || /[。！？]$/.test(text) ? text + sentence : `${text} ${sentence}`), '');
}
