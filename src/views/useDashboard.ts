// Hooks the views use to read the store: the language's translator and the district styles.

import { useCallback } from 'react';
import { fileSafe, saveChart } from './downloads';
import { translate, type MessageKey } from '../i18n/messages';
import { districtStyle, type SeriesStyle } from '../components/palette';
import { formatList } from '../i18n/format';
import { displayName } from '../i18n/names';
import { selectActive, selectDistrictColourOrder, selectSelectedSiteTypes } from '../store/selectors';
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

/** Download handlers for a chart: its title and the data's source are drawn into the image. */
export function useChartDownloads(slug: string, title: string) {
  const loaded = useDashboard(selectActive);
  const language = useDashboard((s) => s.language);
  const t = useTranslate();
  if (!loaded) return undefined;
  const sourceLine = t('sourceLine', { publication: loaded.source.publication[language], period: loaded.source.periodLabel[language] });
  return {
    pngLabel: t('downloadPng'),
    svgLabel: t('downloadSvg'),
    failedLabel: t('downloadFailed'),
    onDownload: (kind: 'png' | 'svg', chart: SVGSVGElement) =>
      saveChart(chart, kind, title, sourceLine, `taiyuan-inspection-${fileSafe(loaded.id)}-${slug}`),
  };
}
