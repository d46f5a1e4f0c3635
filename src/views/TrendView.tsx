// Trends over the loaded periods: totals or one site type's scores as lines, and ranks as a slope chart.

import { useState } from 'react';
import { ChartFigure } from '../components/ChartFigure';
import { DataTable } from '../components/DataTable';
import { SelectField } from '../components/SelectField';
import { SeriesLegend } from '../components/SeriesLegend';
import { TrendLineChart } from '../components/TrendLineChart';
import { formatScore } from '../i18n/format';
import { displayName, entityKindName } from '../i18n/names';
import { rankTicks } from '../model/niceScale';
import type { Period } from '../model/history';
import { trendSeries } from '../model/trend';
import { memoizeLast } from '../store/memo';
import { selectActive, selectSeriesInspections, selectScoreDigits, selectEntityKind } from '../store/selectors';
import { useDashboard } from '../store/store';
import { useChartDownloads } from './useChartDownloads';
import { useDistrictStyle } from './useDistrictStyle';
import { useViewTranslate } from './useViewTranslate';
import { useLegendControls } from './useLegendControls';

const TOTAL = '__total';

// The same series while its inputs are the same: every period's standings are computed for it, and a legend toggle or
// a language switch must not compute them again.
const seriesOf = memoizeLast((ordered: readonly Period[], selection: readonly string[] | 'all', metric: string) =>
  trendSeries(ordered, selection, metric === TOTAL ? 'total' : { siteType: metric }),
);

export default function TrendView() {
  // The periods of the shown period's series only: another city's ranking is not a point on Taiyuan's lines.
  const ordered = useDashboard(selectSeriesInspections);
  const loaded = useDashboard(selectActive);
  const selection = useDashboard((s) => s.siteTypes);
  const hidden = useDashboard((s) => s.hiddenSeries);
  const legendControls = useLegendControls();
  const language = useDashboard((s) => s.language);
  const digits = useDashboard(selectScoreDigits);
  const drawn = [...new Set(ordered.flatMap((p) => p.inspection.districts))];
  const styleOf = useDistrictStyle(drawn.length);
  const t = useViewTranslate();
  // In an embed the chart comes first: its legend follows it.
  const embed = useDashboard((s) => s.embed);
  const entityKind = entityKindName(useDashboard(selectEntityKind), language);
  // Which measure the trend shows is a passing choice, not something a link needs to carry.
  const [metric, setMetric] = useState(TOTAL);
  const metricLabel = metric === TOTAL ? t('total') : displayName(metric, language);
  const legendItems = drawn.filter((d) => !hidden.includes(d)).map((d) => ({ label: displayName(d, language), colour: styleOf(d).colour }));
  const valuesDownloads = useChartDownloads('trend-scores', t('trendValuesTitle', { metric: metricLabel }), legendItems);
  const ranksDownloads = useChartDownloads('trend-ranks', t('trendRanksTitle', { metric: metricLabel }), legendItems);
  if (!loaded) return null;
  if (ordered.length < 2) return <p className="empty-state">{t('trendNeedsTwo')}</p>;

  const series = seriesOf(ordered, selection, metric);
  const labels = new Map(ordered.map((p) => [p.id, p.source.periodLabel[language]]));
  const visible = series.districts.filter((d) => !hidden.includes(d));
  const valueRows = series.points.map((p) => ({ label: labels.get(p.id) ?? p.period, values: p.values }));
  const rankRows = series.points.map((p) => ({ label: labels.get(p.id) ?? p.period, values: p.ranks }));
  const legend = (
    <SeriesLegend
      items={series.districts.map((d) => ({
        key: d,
        label: displayName(d, language),
        colour: styleOf(d).colour,
        hidden: hidden.includes(d),
      }))}
      {...legendControls}
    />
  );
  const table = (title: string, rows: typeof valueRows, ranks: boolean) => (id: string) => (
    <DataTable
      id={`${id}-data`}
      caption={t('chartTable', { title })}
      columns={[t('columnDistrict', { kind: entityKind }), ...rows.map((r) => r.label)]}
      rows={series.districts.map((d) => ({
        key: d,
        cells: [
          displayName(d, language),
          ...rows.map((r) => (ranks ? String(r.values[d] ?? '—') : formatScore(r.values[d], language, digits))),
        ],
      }))}
    />
  );
  const valuesTitle = t('trendValuesTitle', { metric: metricLabel });
  const ranksTitle = t('trendRanksTitle', { metric: metricLabel });
  return (
    <section aria-labelledby="trend-heading" className="charts">
      <h2 id="trend-heading">{t('trendTitle')}</h2>
      <SelectField
        label={t('trendMetric')}
        value={metric}
        options={[
          { value: TOTAL, label: t('total') },
          ...loaded.inspection.siteTypes.map((s) => ({ value: s.name, label: displayName(s.name, language) })),
        ]}
        onChange={setMetric}
      />
      <ChartFigure
        title={valuesTitle}
        description={t('trendValuesDescription')}
        legend={legend}
        legendAfter={embed}
        {...(valuesDownloads ? { downloads: valuesDownloads } : {})}
        chart={
          <TrendLineChart
            rows={valueRows}
            districts={visible}
            styleOf={styleOf}
            language={language}
            digits={digits}
            ranks={false}
            domain={series.domain}
            ticks={series.ticks}
            highlighted={legendControls.highlighted}
          />
        }
        showTableLabel={t('showTable')}
        hideTableLabel={t('hideTable')}
        table={table(valuesTitle, valueRows, false)}
      />
      <ChartFigure
        title={ranksTitle}
        description={t('trendRanksDescription')}
        legend={legend}
        legendAfter={embed}
        {...(ranksDownloads ? { downloads: ranksDownloads } : {})}
        chart={
          // Bounded: a slope chart stretched across a desk reads as flat lines.
          <div className="slope-chart">
            <TrendLineChart
              rows={rankRows}
              districts={visible}
              styleOf={styleOf}
              language={language}
              digits={digits}
              ranks
              domain={[1, Math.max(1, series.districts.length)]}
              ticks={rankTicks(series.districts.length)}
              highlighted={legendControls.highlighted}
            />
          </div>
        }
        showTableLabel={t('showTable')}
        hideTableLabel={t('hideTable')}
        table={table(ranksTitle, rankRows, true)}
      />
    </section>
  );
}
