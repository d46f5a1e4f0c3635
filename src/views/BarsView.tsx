// The comparison screen: grouped bars by site type and the total ranking as bars, each with its data table.

import { ChartFigure } from '../components/ChartFigure';
import { DataTable } from '../components/DataTable';
import { GroupedBarChart } from '../components/GroupedBarChart';
import { SeriesLegend } from '../components/SeriesLegend';
import { CITY_COLOUR } from '../components/seriesColours';
import { TotalBarChart } from '../components/TotalBarChart';
import { formatScore } from '../i18n/format';
import { displayName, entityKindName } from '../i18n/names';
import { selectActive, selectStandings, selectScoreDigits, selectEntityKind } from '../store/selectors';
import { selectGroupedBars, selectTotalBars } from '../store/viewSelectors';
import { useDashboard } from '../store/store';
import { useChartDownloads } from './useChartDownloads';
import { useDistrictStyle } from './useDistrictStyle';
import { useViewTranslate } from './useViewTranslate';

export default function BarsView() {
  const loaded = useDashboard(selectActive);
  const standings = useDashboard(selectStandings);
  const groups = useDashboard(selectGroupedBars);
  const totals = useDashboard(selectTotalBars);
  const hidden = useDashboard((s) => s.hiddenSeries);
  const toggleSeries = useDashboard((s) => s.toggleSeries);
  const language = useDashboard((s) => s.language);
  const digits = useDashboard(selectScoreDigits);
  const styleOf = useDistrictStyle();
  const t = useViewTranslate();
  const entityKind = entityKindName(useDashboard(selectEntityKind), language);
  // The series shown, as the exported image's legend.
  const legendItems = [
    ...(loaded?.inspection.districts ?? [])
      .filter((d) => !hidden.includes(d))
      .map((d) => ({ label: displayName(d, language), colour: styleOf(d).colour })),
    { label: t('cityAverage'), colour: CITY_COLOUR, dashed: true },
  ];
  const groupedDownloads = useChartDownloads('site-types', t('groupedBarsTitle'), legendItems);
  const totalDownloads = useChartDownloads('totals', t('totalBarsTitle'), legendItems);
  if (!loaded || !standings || !totals) return null;
  if (standings.siteTypes.length === 0) return <p className="empty-state">{t('noSiteTypeSelected')}</p>;

  const districts = loaded.inspection.districts;
  const visible = districts.filter((d) => !hidden.includes(d));
  const cityLabel = t('cityAverage');
  const legend = (
    <SeriesLegend
      items={districts.map((d) => ({ key: d, label: displayName(d, language), colour: styleOf(d).colour, hidden: hidden.includes(d) }))}
      onToggle={toggleSeries}
      toggleLabel={(name) => t('legendToggle', { name })}
    />
  );
  const maxScore = Math.max(...standings.siteTypes.map((s) => s.maxScore));
  const scope = standings.isFullSelection
    ? t('scopeAll', { count: standings.siteTypes.length })
    : t('scopeCount', { count: standings.siteTypes.length });
  const groupedTitle = t('groupedBarsTitle');
  const totalTitle = t('totalBarsTitle');
  const visibleBars = totals.bars.filter((b) => !hidden.includes(b.district));

  return (
    <section aria-labelledby="bars-heading" className="charts">
      <h2 id="bars-heading" className="visually-hidden">
        {t('viewBars')}
      </h2>
      <ChartFigure
        title={groupedTitle}
        description={t('groupedBarsDescription', { max: formatScore(maxScore, language, 0) })}
        legend={legend}
        {...(groupedDownloads ? { downloads: groupedDownloads } : {})}
        chart={
          <GroupedBarChart groups={groups} districts={visible} styleOf={styleOf} language={language} digits={digits} maxScore={maxScore} />
        }
        showTableLabel={t('showTable')}
        hideTableLabel={t('hideTable')}
        table={(id) => (
          <DataTable
            id={`${id}-data`}
            caption={t('chartTable', { title: groupedTitle })}
            columns={[t('siteType'), ...districts.map((d) => displayName(d, language)), cityLabel]}
            rows={groups.map((g) => ({
              key: g.siteType,
              cells: [
                displayName(g.siteType, language),
                ...districts.map((d) => formatScore(g.values[d], language, digits)),
                formatScore(g.city, language, digits),
              ],
            }))}
          />
        )}
      />
      <ChartFigure
        title={totalTitle}
        description={t('totalBarsDescription', { scope, city: formatScore(totals.city, language, digits) })}
        legend={legend}
        {...(totalDownloads ? { downloads: totalDownloads } : {})}
        chart={
          <TotalBarChart
            bars={visibleBars}
            city={totals.city}
            cityLabel={cityLabel}
            maxTotal={totals.maxTotal}
            styleOf={styleOf}
            language={language}
            digits={digits}
            totalLabel={t('total')}
          />
        }
        showTableLabel={t('showTable')}
        hideTableLabel={t('hideTable')}
        table={(id) => (
          <DataTable
            id={`${id}-data`}
            caption={t('chartTable', { title: totalTitle })}
            columns={[t('columnDistrict', { kind: entityKind }), t('columnRank'), t('total')]}
            rows={[
              ...totals.bars.map((b) => ({
                key: b.district,
                cells: [displayName(b.district, language), String(b.rank), formatScore(b.total, language, digits)],
              })),
              { key: '__city', cells: [cityLabel, '—', formatScore(totals.city, language, digits)] },
            ]}
          />
        )}
      />
    </section>
  );
}
