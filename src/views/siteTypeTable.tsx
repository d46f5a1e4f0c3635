// The data table behind a chart of site types (the dot plot, the grouped bars, the radar's stand-in): a row per site
// type in the chart's order, a column per district given, and the city's.

import type { ReactNode } from 'react';
import { DataTable } from '../components/DataTable';
import { formatScore } from '../i18n/format';
import { displayName } from '../i18n/names';
import type { SiteTypeGroup } from '../model/series';
import { selectScoreDigits } from '../store/selectors';
import { useDashboard } from '../store/store';
import { useViewTranslate } from './useViewTranslate';

/** The table for a chart titled `title` over `rows`, its columns `districts`: a function of the figure's id. */
export function useSiteTypeTable(
  districts: readonly string[],
): (title: string, rows: readonly SiteTypeGroup[]) => (id: string) => ReactNode {
  const t = useViewTranslate();
  const language = useDashboard((s) => s.language);
  const digits = useDashboard(selectScoreDigits);
  return (title, rows) => (id) => (
    <DataTable
      id={`${id}-data`}
      caption={t('chartTable', { title })}
      columns={[t('siteType'), ...districts.map((d) => displayName(d, language)), t('cityAverage')]}
      rows={rows.map((g) => ({
        key: g.siteType,
        cells: [
          displayName(g.siteType, language),
          ...districts.map((d) => formatScore(g.values[d], language, digits)),
          formatScore(g.city, language, digits),
        ],
      }))}
    />
  );
}
