// Hooks the views use to read the store: the language's translator and the district styles.

import { useCallback } from 'react';
import { translate, type MessageKey } from '../i18n/messages';
import { districtStyle, type SeriesStyle } from '../components/palette';
import { selectDistrictColourOrder } from '../store/selectors';
import { useDashboard } from '../store/store';

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

export function useTranslate(): Translate {
  const language = useDashboard((s) => s.language);
  return useCallback((key, params) => translate(language, key, params), [language]);
}

export function useDistrictStyle(): (district: string) => SeriesStyle {
  const order = useDashboard(selectDistrictColourOrder);
  return useCallback((district: string) => districtStyle(order, district), [order]);
}
