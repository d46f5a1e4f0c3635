// The first screen's translator, in the language the reader chose (later views use useViewTranslate).

import { useCallback } from 'react';
import { translate, type MessageKey } from '../i18n/messages';
import { useDashboard } from '../store/store';

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

export function useTranslate(): Translate {
  const language = useDashboard((s) => s.language);
  return useCallback((key, params) => translate(language, key, params), [language]);
}
