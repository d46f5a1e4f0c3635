// Translation of the first screen's strings: Chinese (messages.zh.ts), the default, built in; other
// languages load on demand (messages.en.ts), so the first screen does not carry them. The views that load
// later have their own strings in viewMessages.ts. `{name}` marks a value filled in at run time.

import { zh, type MessageKey, type Messages } from './messages.zh';
import { registerNames, type Language } from './names';

export type { MessageKey, Messages } from './messages.zh';

/** The languages whose strings are loaded; Chinese always is. */
const loaded: Partial<Record<Language, Messages>> = { zh };
const loaders: Record<Exclude<Language, 'zh'>, () => Promise<{ messages: Messages; names: Readonly<Record<string, string>> }>> = {
  en: () => import('./messages.en').then((module) => ({ messages: module.en, names: module.englishNames })),
};

/** Loads a language's strings and names; the app switches to a language only once this has resolved. */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'zh' || loaded[language]) return;
  const { messages, names } = await loaders[language]();
  registerNames(language, names);
  loaded[language] = messages;
}

const pluralRules = new Map<Language, Intl.PluralRules>();

function pluralOf(language: Language, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language === 'zh' ? 'zh-CN' : 'en-GB');
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

/**
 * Fills `{name}` with a value, and `{count|# type|# types}` with the form the language's plural rules
 * choose for the count (`#` is the count): 1 type, 10 types. Chinese has one form, the last.
 */
export function interpolate(template: string, params: Readonly<Record<string, string | number>>, language: Language = 'zh'): string {
  // Most strings have no placeholder: returned as they are, without a pass of the pattern (a view's render calls
  // this for every label it draws).
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (one === undefined || other === undefined) return String(value);
    const form = pluralOf(language, Number(value)) === 'one' ? one : other;
    return form.replace('#', String(value));
  });
}

export function translate(language: Language, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  // A language not loaded yet reads as Chinese; the app loads it before switching (see loadLanguage).
  return interpolate((loaded[language] ?? zh)[key], params, language);
}

/** The keys of a loaded language, for the test that every set is complete. */
export function messageKeys(language: Language): string[] {
  return Object.keys(loaded[language] ?? {}).sort();
}
