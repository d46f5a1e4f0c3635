// Translation of the views that load after the first screen (charts, answers, history, import, notes): their
// strings are in viewMessages.zh.ts and viewMessages.en.ts and load with those views. `{name}` marks a value
// filled in at run time.

import { interpolate, translate, type MessageKey } from './messages';
import type { Language } from './names';
import { en } from './viewMessages.en';
import { zh, type ViewMessageKey } from './viewMessages.zh';

export type { ViewMessageKey } from './viewMessages.zh';

const viewMessages: Record<Language, Record<ViewMessageKey, string>> = { zh, en };

function isViewKey(key: string): key is ViewMessageKey {
  return Object.hasOwn(zh, key);
}

/** A view's string or a first-screen one, in the given language. */
export function translateView(
  language: Language,
  key: MessageKey | ViewMessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return isViewKey(key) ? interpolate(viewMessages[language][key], params, language) : translate(language, key, params);
}

/** The keys of each language, for the test that both sets are complete. */
export function viewMessageKeys(language: Language): string[] {
  return Object.keys(viewMessages[language]).sort();
}

const ENTITY_KINDS_EN: Readonly<Record<string, readonly [string, string]>> = {
  区: ['district', 'districts'],
  街道: ['street', 'streets'],
  镇: ['town', 'towns'],
  县: ['county', 'counties'],
  单位: ['unit', 'units'],
  市: ['city', 'cities'],
};

/** What the rows of an inspection are, counted, in a language: 街道 → 1 street, 4 streets; the printed word when no English is known. */
export function entityKindLabel(kind: string | undefined, language: Language, count = 2): string {
  const word = kind ?? '区';
  const forms = ENTITY_KINDS_EN[word];
  if (language === 'zh' || !forms) return word;
  return count === 1 ? forms[0] : forms[1];
}
