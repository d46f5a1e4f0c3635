// How many decimals an inspection's figures are printed with, so that screens and files show them as printed.

import type { Inspection } from './types';

const digitsCache = new WeakMap<Inspection, number>();

/**
 * The decimals to show an inspection's figures with: as many as its most precise printed score (values are
 * read from the print, so their shortest form is what was printed), at least one, at most four.
 */
export function scoreDigits(inspection: Inspection): number {
  const cached = digitsCache.get(inspection);
  if (cached !== undefined) return cached;
  let digits = 1;
  for (const { value } of [...inspection.scores, ...inspection.publishedTotals])
    digits = Math.max(digits, Math.min(4, valueDecimals(value)));
  digitsCache.set(inspection, digits);
  return digits;
}

/** Decimals of a value read from the print: its shortest form is what was printed (trailing zeros aside). */
export function valueDecimals(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 || text.includes('e') ? 0 : text.length - dot - 1;
}
