// One collator per language for names (districts, site types), cached: the table, the CSV and the colour
// order all sort names with it, so that screen and file cannot disagree.

import { localeOf } from './format';
import { displayName, type Language } from './names';

const collators = new Map<Language, Intl.Collator>();

export function nameCollator(language: Language): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(localeOf(language));
    collators.set(language, collator);
  }
  return collator;
}

/**
 * Compares two printed names as the reader sees them: by their display name, in the page's language. The collator
 * is made at the first comparison: the table asks for this on every render, and a Chinese collator takes tens of
 * milliseconds to make on a phone, which the first screen, in rank order, does not need.
 */
export function compareNames(language: Language): (a: string, b: string) => number {
  return (a, b) => nameCollator(language).compare(displayName(a, language), displayName(b, language));
}
