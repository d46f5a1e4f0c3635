// The translator of the views that load after the first screen: their own strings and the first screen's.

import { useCallback } from 'react';
import type { MessageKey } from '../i18n/messages';
import { translateView, type ViewMessageKey } from '../i18n/viewMessages';
import { useDashboard } from '../store/store';

export type ViewTranslate = (key: MessageKey | ViewMessageKey, params?: Readonly<Record<string, string | number>>) => string;

export function useViewTranslate(): ViewTranslate {
  const language = useDashboard((s) => s.language);
  return useCallback((key, params) => translateView(language, key, params), [language]);
}
