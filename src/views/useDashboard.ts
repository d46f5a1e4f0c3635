// Hooks the views use to read the store: the language's translator and the scope of a caption.

import { useCallback } from 'react';
import { translate, type MessageKey } from '../i18n/messages';
import { formatList } from '../i18n/format';
import { displayName } from '../i18n/names';
import { selectActive, selectSelectedSiteTypes } from '../store/selectors';
import { useDashboard } from '../store/store';

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

export function useTranslate(): Translate {
  const language = useDashboard((s) => s.language);
  return useCallback((key, params) => translate(language, key, params), [language]);
}

/** "all 10 site types" or "2 selected site types: …", for captions. */
export function useScopeLabel(): string {
  const siteTypes = useDashboard(selectSelectedSiteTypes);
  const total = useDashboard((s) => selectActive(s)?.inspection.siteTypes.length ?? 0);
  const language = useDashboard((s) => s.language);
  const t = useTranslate();
  const names = siteTypes.map((s) => displayName(s.name, language));
  return siteTypes.length === total
    ? t('scopeAll', { count: total })
    : t('scopeSome', { count: names.length, names: formatList(names, language) });
}
