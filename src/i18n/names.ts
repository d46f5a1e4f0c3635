// The languages, and the name to show for a printed district, city or site-type name in each of them.

export type Language = 'zh' | 'en';

export const LANGUAGES: readonly Language[] = ['zh', 'en'];

/** Translated names by language, registered when a language loads (see loadLanguage in messages.ts). */
const knownNames: Partial<Record<Language, Readonly<Record<string, string>>>> = {};

export function registerNames(language: Language, names: Readonly<Record<string, string>>): void {
  knownNames[language] = names;
}

/** The name to show: the translated one when known, else the printed name (other cities, new site types). */
/** What the rows are, as a column header names them: 区 / District, 街道 / Street; districts when the source does not say. */
export function entityKindName(kind: string | undefined, language: Language): string {
  return displayName(kind ?? '区', language);
}

export function displayName(printed: string, language: Language): string {
  if (language === 'zh') return printed;
  const names = knownNames[language];
  // An own name only: `__proto__` or `toString` printed as a name must not find Object.prototype's members.
  return names && Object.hasOwn(names, printed) ? (names[printed] ?? printed) : printed;
}
