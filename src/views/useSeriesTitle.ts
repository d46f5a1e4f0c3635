// The title of what is on screen: the app's own (Taiyuan's districts) for its series, another series' own heading
// as its source printed it, else its entities named, so that another city's ranking never stands under Taiyuan's title.

import type { Language } from '../i18n/names';
import { displayName, entityKindName } from '../i18n/names';
import { printedHeading } from '../model/periodSeries';
import type { LoadedInspection } from '../store/importsSlice';
import { selectSeriesInspections } from '../store/selectors';
import { useDashboard } from '../store/store';
import { useTranslate, type Translate } from './useTranslate';

/** The title of a series (its periods, oldest first). */
export function seriesTitleOf(months: readonly LoadedInspection[], language: Language, t: Translate): string {
  const latest = months[months.length - 1]?.inspection;
  if (!latest || months.some((m) => m.embedded)) return t('appTitle');
  const heading = printedHeading(latest);
  if (heading !== '') return heading;
  const names = latest.districts.slice(0, 3).map((d) => displayName(d, language));
  const kind = entityKindName(latest.entityKind, language);
  return t('seriesNamed', { names: names.join(language === 'zh' ? '、' : ', '), count: latest.districts.length, kind });
}

/** The title of the active period's series. */
export function useSeriesTitle(): string {
  const months = useDashboard(selectSeriesInspections);
  const language = useDashboard((s) => s.language);
  return seriesTitleOf(months, language, useTranslate());
}
