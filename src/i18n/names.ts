// The languages, and the name to show for a printed district, city or site-type name in each of them.

export type Language = 'zh' | 'en';

export const LANGUAGES: readonly Language[] = ['zh', 'en'];

/** Translated names by language, registered when a language loads (see loadLanguage in messages.ts). */
const knownNames: Partial<Record<Language, Readonly<Record<string, string>>>> = {};

export function registerNames(language: Language, names: Readonly<Record<string, string>>): void {
  knownNames[language] = names;
}

/** What the rows are, as a column header names them: 区 / District, 街道 / Street; districts when the source does not say. */
export function entityKindName(kind: string | undefined, language: Language): string {
  return displayName(kind ?? '区', language);
}

/** Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms, and the like). */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * A name that holds right-to-left letters, set between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: inside a
 * sentence, a table cell, a chart label or an exported file, the figures and words after it then keep their order
 * (without them, "منطقة 676.6 领先" shows the figure before the name). Bidi control characters themselves were taken
 * out of names when they were read (src/data/reading/entityNames.ts); other names are returned as they are.
 */
export function isolateName(name: string): string {
  return RIGHT_TO_LEFT.test(name) ? `\u2068${name}\u2069` : name;
}

/** The name to show: the translated one when known, else the printed name (other cities, new site types), isolated. */
export function displayName(printed: string, language: Language): string {
  if (language === 'zh') return isolateName(printed);
  const names = knownNames[language];
  // An own name only: `__proto__` or `toString` printed as a name must not find Object.prototype's members.
  return isolateName(names && Object.hasOwn(names, printed) ? (names[printed] ?? printed) : printed);
}
