// The comparison screen: the site types as a dot plot (or grouped bars, by a switch) and the total ranking
// as bars, each with its data table. Each figure is its own part; the screen holds the choices between them.

import { createElement, useMemo, useState, type ReactNode } from 'react';
import { ChartFigure } from '../components/ChartFigure';
import { PressedChoice } from '../components/PressedChoice';
import { DotPlot } from '../components/DotPlot';
import { SelectField } from '../components/SelectField';
import { DataTable } from '../components/DataTable';
import { SeriesLegend } from '../components/SeriesLegend';
import { CITY_COLOUR } from '../components/seriesColours';
import { TotalBarChart } from '../components/TotalBarChart';
import { formatScore } from '../i18n/format';
import { dotPlotRows, dotPlotScale, type DotPlotOrder } from '../model/series';
import { displayName, entityKindName } from '../i18n/names';
import { selectActive, selectStandings, selectScoreDigits, selectEntityKind } from '../store/selectors';
import { selectGroupedBars, selectSummaryFacts, selectTotalBars } from '../store/viewSelectors';
import { useDashboard } from '../store/store';
import { useChartDownloads } from './useChartDownloads';
import { useDistrictStyle } from './useDistrictStyle';
import { useNarrowScreen } from './useNarrowScreen';
import { ChartControls } from './ChartControls';
import { moduleLoader, useLoadedModule } from '../components/moduleLoader';
import { useViewTranslate } from './useViewTranslate';
import { useLegendControls } from './useLegendControls';
import { useScopeLabel } from './useScopeLabel';
import { useSiteTypeTable } from './siteTypeTable';

// The grouped bars are drawn with recharts: fetched when that form is chosen, so that the default (the dot plot and
// the total bars, drawn without it) opens without the library.
const groupedBarChart = moduleLoader(() => import('../components/GroupedBarChart').then((m) => m.GroupedBarChart));

type ChartForm = 'dots' | 'bars';

export default function BarsView() {
  const standings = useDashboard(selectStandings);
  const t = useViewTranslate();
  const [form, setForm] = useState<ChartForm>('dots');
  const [order, setOrder] = useState<DotPlotOrder>('city');
  const legend = useBarsLegend();
  if (!standings || !legend) return null;
  if (standings.siteTypes.length === 0) return <p className="empty-state">{t('noSiteTypeSelected')}</p>;
  return (
    <section aria-labelledby="bars-heading" className="charts">
      <h2 id="bars-heading" className="visually-hidden">
        {t('viewBars')}
      </h2>
      <BarsControls form={form} onForm={setForm} order={order} onOrder={setOrder} />
      {form === 'dots' ? <DotPlotFigure order={order} legend={legend} /> : <GroupedBarsFigure legend={legend} />}
      <TotalsFigure legend={legend} />
    </section>
  );
}

/** The legend the figures share, and its entries as an exported image draws them (the series shown). */
interface BarsLegend {
  element: ReactNode;
  exported: { label: string; colour: string; dashed?: boolean }[];
}

function useBarsLegend(): BarsLegend | undefined {
  const loaded = useDashboard(selectActive);
  const hidden = useDashboard((s) => s.hiddenSeries);
  const language = useDashboard((s) => s.language);
  const legendControls = useLegendControls();
  const styleOf = useDistrictStyle(loaded?.inspection.districts.length ?? 0);
  const t = useViewTranslate();
  if (!loaded) return undefined;
  const districts = loaded.inspection.districts;
  return {
    element: (
      <SeriesLegend
        items={districts.map((d) => ({ key: d, label: displayName(d, language), colour: styleOf(d).colour, hidden: hidden.includes(d) }))}
        {...legendControls}
      />
    ),
    exported: [
      ...districts.filter((d) => !hidden.includes(d)).map((d) => ({ label: displayName(d, language), colour: styleOf(d).colour })),
      { label: t('cityAverage'), colour: CITY_COLOUR, dashed: true },
    ],
  };
}

interface BarsControlsProps {
  form: ChartForm;
  onForm: (form: ChartForm) => void;
  order: DotPlotOrder;
  onOrder: (order: DotPlotOrder) => void;
}

/** The chart's form, and for the dot plot its rows' order and the district highlighted (carried by links: hl=). */
function BarsControls({ form, onForm, order, onOrder }: BarsControlsProps) {
  const t = useViewTranslate();
  const language = useDashboard((s) => s.language);
  const hidden = useDashboard((s) => s.hiddenSeries);
  const districts = useDashboard((s) => selectActive(s)?.inspection.districts) ?? [];
  const highlighted = useDashboard((s) => s.highlight);
  const setHighlighted = useDashboard((s) => s.setHighlight);
  const visible = districts.filter((d) => !hidden.includes(d));
  return (
    <ChartControls>
      <PressedChoice
        label={t('chartFormLabel')}
        options={[
          { value: 'dots', label: t('chartFormDots') },
          { value: 'bars', label: t('chartFormBars') },
        ]}
        value={form}
        onChange={onForm}
      />
      {form === 'dots' && (
        <>
          <SelectField
            label={t('dotOrderLabel')}
            value={order}
            options={[
              { value: 'city', label: t('dotOrderCity') },
              { value: 'spread', label: t('dotOrderSpread') },
            ]}
            onChange={(value) => {
              onOrder(value === 'spread' ? 'spread' : 'city');
            }}
          />
          <SelectField
            label={t('highlightLabel')}
            value={highlighted ?? ''}
            options={[{ value: '', label: t('highlightNone') }, ...visible.map((d) => ({ value: d, label: displayName(d, language) }))]}
            onChange={(value) => {
              setHighlighted(value === '' ? undefined : value);
            }}
          />
        </>
      )}
    </ChartControls>
  );
}

/** What the site-type figures draw: the groups, the highest maximum, every district and those shown. */
function useSiteTypeGroups() {
  const groups = useDashboard(selectGroupedBars);
  const maxScore = useDashboard((s) => Math.max(...(selectStandings(s)?.siteTypes.map((st) => st.maxScore) ?? [0])));
  const hidden = useDashboard((s) => s.hiddenSeries);
  const districts = useDashboard((s) => selectActive(s)?.inspection.districts) ?? [];
  return { groups, maxScore, districts, visible: districts.filter((d) => !hidden.includes(d)) };
}

function DotPlotFigure({ order, legend }: { order: DotPlotOrder; legend: BarsLegend }) {
  const { groups, maxScore, districts, visible } = useSiteTypeGroups();
  const gap = useDashboard(selectSummaryFacts)?.widestSpread;
  const highlighted = useDashboard((s) => s.highlight);
  const language = useDashboard((s) => s.language);
  const digits = useDashboard(selectScoreDigits);
  const embed = useDashboard((s) => s.embed);
  const styleOf = useDistrictStyle(districts.length);
  const t = useViewTranslate();
  const table = useSiteTypeTable(districts);
  const downloads = useChartDownloads('dot-plot', t('dotPlotTitle'), legend.exported);
  // Pointing at a dot highlights its district for as long as the pointer stays; the choice comes back after.
  const [pointed, setPointed] = useState<string | undefined>();
  const rows = dotPlotRows(groups, order);
  const scale = dotPlotScale(rows, maxScore);
  // Marked only where the row drawn has that very gap: a district hidden through the legend can narrow it.
  const gapRow = gap && rows.find((row) => row.siteType === gap.siteType);
  const widestGap =
    gap && gapRow?.spread !== undefined && Math.abs(gapRow.spread - gap.spread) < 1e-9
      ? { siteType: gap.siteType, label: t('annotationWidestGap', { spread: formatScore(gap.spread, language, digits) }) }
      : undefined;
  return (
    <ChartFigure
      title={t('dotPlotTitle')}
      {...(downloads ? { downloads } : {})}
      description={t('dotPlotDescription', {
        max: formatScore(maxScore, language, 0),
        from: formatScore(scale.lo, language, 0),
        to: formatScore(scale.hi, language, 0),
      })}
      legend={legend.element}
      legendAfter={embed}
      chart={
        <DotPlot
          rows={rows}
          widestGap={widestGap}
          districts={visible.map((d) => ({ name: d, colour: styleOf(d).colour }))}
          scale={scale}
          highlighted={[pointed, highlighted].find((d) => d !== undefined && visible.includes(d))}
          onHighlight={setPointed}
          language={language}
          digits={digits}
          cityLabel={t('cityAverage')}
        />
      }
      showTableLabel={t('showTable')}
      hideTableLabel={t('hideTable')}
      table={table(t('dotPlotTitle'), rows)}
    />
  );
}

function GroupedBarsFigure({ legend }: { legend: BarsLegend }) {
  const { groups, maxScore, districts, visible } = useSiteTypeGroups();
  const language = useDashboard((s) => s.language);
  const digits = useDashboard(selectScoreDigits);
  const embed = useDashboard((s) => s.embed);
  const styleOf = useDistrictStyle(districts.length);
  const t = useViewTranslate();
  const table = useSiteTypeTable(districts);
  const GroupedBarChart = useLoadedModule(groupedBarChart);
  const downloads = useChartDownloads('site-types', t('groupedBarsTitle'), legend.exported);
  return (
    <ChartFigure
      title={t('groupedBarsTitle')}
      description={t('groupedBarsDescription', { max: formatScore(maxScore, language, 0) })}
      legend={legend.element}
      legendAfter={embed}
      {...(downloads ? { downloads } : {})}
      chart={
        // Made once, when its module loads: the same component on every render.
        GroupedBarChart ? (
          createElement(GroupedBarChart, { groups, districts: visible, styleOf, language, digits, maxScore })
        ) : (
          <p className="loading">{t('loadingCharts')}</p>
        )
      }
      showTableLabel={t('showTable')}
      hideTableLabel={t('hideTable')}
      table={table(t('groupedBarsTitle'), groups)}
    />
  );
}

function TotalsFigure({ legend }: { legend: BarsLegend }) {
  const narrow = useNarrowScreen();
  const totals = useDashboard(selectTotalBars);
  // The annotation says what the summary says: the same facts, from the same selector.
  const facts = useDashboard(selectSummaryFacts);
  const hidden = useDashboard((s) => s.hiddenSeries);
  const highlighted = useDashboard((s) => s.highlight);
  const language = useDashboard((s) => s.language);
  const digits = useDashboard(selectScoreDigits);
  const embed = useDashboard((s) => s.embed);
  const entityKind = entityKindName(useDashboard(selectEntityKind), language);
  // The filter by name: in an embed there is no filter panel beside the chart to say which site types were chosen.
  const scope = useScopeLabel();
  const styleOf = useDistrictStyle();
  const t = useViewTranslate();
  const downloads = useChartDownloads('totals', t('totalBarsTitle'), legend.exported);
  // The bars keep their props while a district is pointed at in the dot plot; a chosen highlight redraws them.
  const bars = useMemo(() => totals?.bars.filter((b) => !hidden.includes(b.district)), [totals, hidden]);
  const leader = facts?.leaders.length === 1 ? facts.leaders[0] : undefined;
  // On a phone the plot would give its width to the note; the headline over the rankings says the same.
  const leaderText =
    !narrow && leader !== undefined && facts?.margin !== undefined
      ? t('annotationLeader', { margin: formatScore(facts.margin, language, digits) })
      : undefined;
  const leaderNote = useMemo(
    () => (leader !== undefined && leaderText !== undefined ? { district: leader, text: leaderText } : undefined),
    [leader, leaderText],
  );
  if (!totals || !bars) return null;
  const title = t('totalBarsTitle');
  const cityLabel = t('cityAverage');
  return (
    <ChartFigure
      title={title}
      description={t(totals.scale.lo > 0 ? 'totalBarsDescriptionFrom' : 'totalBarsDescription', {
        scope,
        city: formatScore(totals.city, language, digits),
        baseline: formatScore(totals.scale.lo, language, 0),
      })}
      legend={legend.element}
      legendAfter={embed}
      {...(downloads ? { downloads } : {})}
      chart={
        <TotalBarChart
          bars={bars}
          city={totals.city}
          cityLabel={cityLabel}
          scale={totals.scale}
          styleOf={styleOf}
          language={language}
          digits={digits}
          totalLabel={t('total')}
          leaderNote={leaderNote}
          highlighted={highlighted !== undefined && bars.some((b) => b.district === highlighted) ? highlighted : undefined}
        />
      }
      showTableLabel={t('showTable')}
      hideTableLabel={t('hideTable')}
      table={(id) => (
        <DataTable
          id={`${id}-data`}
          caption={t('chartTable', { title })}
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
  );
}
