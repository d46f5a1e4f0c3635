// How many decimals an inspection's figures are printed with, so that screens and files show them as printed.

import type { Inspection } from './types';

const digitsCache = new WeakMap<Inspection, number>();

/**
 * The decimals to show an inspection's figures with: as its page printed its scores (trailing zeros counted: 62.30
 * is two; an integer table none), or more where a printed total or city figure has more; at most four. An
 * inspection that does not record them (kept from before, or from an older link) takes its most precise value's,
 * at least one.
 */
export function scoreDigits(inspection: Inspection): number {
  const cached = digitsCache.get(inspection);
  if (cached !== undefined) return cached;
  let digits = inspection.decimals ?? 1;
  // The other printed figures (totals, the city's averages and total) can carry more decimals than the scores.
  const printed = [...inspection.publishedTotals, ...(inspection.cityAverages ?? [])].map((figure) => figure.value);
  if (inspection.publishedCityTotal !== undefined) printed.push(inspection.publishedCityTotal);
  const values = inspection.decimals === undefined ? [...inspection.scores.map((score) => score.value), ...printed] : printed;
  for (const value of values) digits = Math.max(digits, valueDecimals(value));
  digits = Math.min(4, digits);
  digitsCache.set(inspection, digits);
  return digits;
}

/** Decimals of a value read from the print: its shortest form is what was printed (trailing zeros aside). */
export function valueDecimals(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 || text.includes('e') ? 0 : text.length - dot - 1;
}
