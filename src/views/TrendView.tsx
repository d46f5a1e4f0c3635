// Trends over the loaded periods: totals or one site type's scores as lines, and ranks as a slope chart.

import { useState, type ReactNode } from 'react';
import { ChartFigure } from '../components/ChartFigure';
import { DataTable } from '../components/DataTable';
import { SelectField } from '../components/SelectField';
import { SeriesLegend } from '../components/SeriesLegend';
import { TrendLineChart, type TrendLineChartProps, type TrendRow } from '../components/TrendLineChart';
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

interface TrendTableProps {
  id: string;
  title: string;
  rows: readonly TrendRow[];
  ranks: boolean;
  districts: readonly string[];
  entityKind: string;
}

/** A trend's data table: a row per district, a column per period, ranks or figures with their printed decimals. */
function TrendTable({ id, title, rows, ranks, districts, entityKind }: TrendTableProps) {
  const language = useDashboard((s) => s.language);
  const digits = useDashboard(selectScoreDigits);
  const t = useViewTranslate();
  return (
    <DataTable
      id={`${id}-data`}
      caption={t('chartTable', { title })}
      columns={[t('columnDistrict', { kind: entityKind }), ...rows.map((r) => r.label)]}
      rows={districts.map((d) => ({
        key: d,
        cells: [
          displayName(d, language),
          ...rows.map((r) => (ranks ? String(r.values[d] ?? '—') : formatScore(r.values[d], language, digits))),
        ],
      }))}
    />
  );
}

interface TrendFigureProps {
  title: string;
  description: string;
  legend: ReactNode;
  downloads: ReturnType<typeof useChartDownloads>;
  chart: Omit<TrendLineChartProps, 'language' | 'digits'>;
  table: (id: string) => ReactNode;
}

/**
 * A trend as a figure: its lines (ranks as a slope chart, bounded: stretched across a desk it reads as flat lines),
 * its legend (after the chart in an embed, where the chart comes first) and its data table.
 */
function TrendFigure({ title, description, legend, downloads, chart, table }: TrendFigureProps) {
  const language = useDashboard((s) => s.language);
  const digits = useDashboard(selectScoreDigits);
  const embed = useDashboard((s) => s.embed);
  const t = useViewTranslate();
  const lines = <TrendLineChart {...chart} language={language} digits={digits} />;
  return (
    <ChartFigure
      title={title}
      description={description}
      legend={legend}
      legendAfter={embed}
      {...(downloads ? { downloads } : {})}
      chart={chart.ranks ? <div className="slope-chart">{lines}</div> : lines}
      showTableLabel={t('showTable')}
      hideTableLabel={t('hideTable')}
      table={table}
    />
  );
}

export default function TrendView() {
  // The periods of the shown period's series only: another city's ranking is not a point on Taiyuan's lines.
  const ordered = useDashboard(selectSeriesInspections);
  const loaded = useDashboard(selectActive);
  const selection = useDashboard((s) => s.siteTypes);
  const hidden = useDashboard((s) => s.hiddenSeries);
  const legendControls = useLegendControls();
  const language = useDashboard((s) => s.language);
  const drawn = [...new Set(ordered.flatMap((p) => p.inspection.districts))];
  const styleOf = useDistrictStyle(drawn.length);
  const t = useViewTranslate();
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
    <TrendTable id={id} title={title} rows={rows} ranks={ranks} districts={series.districts} entityKind={entityKind} />
  );
  const highlighted = legendControls.highlighted;
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
      <TrendFigure
        title={valuesTitle}
        description={t('trendValuesDescription')}
        legend={legend}
        downloads={valuesDownloads}
        chart={{ rows: valueRows, districts: visible, styleOf, ranks: false, domain: series.domain, ticks: series.ticks, highlighted }}
        table={table(valuesTitle, valueRows, false)}
      />
      <TrendFigure
        title={ranksTitle}
        description={t('trendRanksDescription')}
        legend={legend}
        downloads={ranksDownloads}
        chart={{
          rows: rankRows,
          districts: visible,
          styleOf,
          ranks: true,
          domain: [1, Math.max(1, series.districts.length)],
          ticks: rankTicks(series.districts.length),
          highlighted,
        }}
        table={table(ranksTitle, rankRows, true)}
      />
    </section>
  );
}
