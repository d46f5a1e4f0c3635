// The reader's remembered choices (language, colour theme), and the language their browser asks for.

import type { Language } from '../i18n/names';

export const PREFERENCES_KEY = 'taiyuan-sanitation-dashboard:preferences';

export type Theme = 'auto' | 'light' | 'dark';
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

export interface Preferences {
  language: Language | undefined;
  theme: Theme;
}

/** Chinese unless the browser prefers English before any Chinese. */
export function browserLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh';
    if (lower.startsWith('en')) return 'en';
  }
  return 'zh';
}

export function loadPreferences(storage: Pick<Storage, 'getItem'> | undefined): Preferences {
  const fallback: Preferences = { language: undefined, theme: 'auto' };
  try {
    const raw = storage?.getItem(PREFERENCES_KEY);
    if (!raw) return fallback;
    const value = JSON.parse(raw) as unknown;
    if (typeof value !== 'object' || value === null) return fallback;
    const { language, theme } = value as Record<string, unknown>;
    return {
      language: language === 'zh' || language === 'en' ? language : undefined,
      theme: THEMES.find((t) => t === theme) ?? 'auto',
    };
  } catch {
    // Unreadable preferences are not worth a message: the defaults serve.
    return fallback;
  }
}

export function savePreferences(storage: Pick<Storage, 'setItem'> | undefined, preferences: Preferences): void {
  try {
    storage?.setItem(PREFERENCES_KEY, JSON.stringify(preferences));
  } catch {
    // A preference that cannot be remembered still applies for this visit.
  }
}
