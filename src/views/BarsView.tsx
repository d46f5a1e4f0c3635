// The comparison screen: the site types as a dot plot (or grouped bars, by a switch) and the total ranking
// as bars, each with its data table.

import { createElement, useMemo, useState } from 'react';
import { ChartFigure } from '../components/ChartFigure';
import { PressedChoice } from '../components/PressedChoice';
import { DotPlot } from '../components/DotPlot';
import { SelectField } from '../components/SelectField';
import { DataTable } from '../components/DataTable';
import { SeriesLegend } from '../components/SeriesLegend';
import { CITY_COLOUR } from '../components/seriesColours';
import { TotalBarChart } from '../components/TotalBarChart';
import { formatScore } from '../i18n/format';
import { dotPlotRows, dotPlotScale, type DotPlotOrder, type SiteTypeGroup } from '../model/series';
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

// The grouped bars are drawn with recharts: fetched when that form is chosen, so that the default (the dot plot and
// the total bars, drawn without it) opens without the library.
const groupedBarChart = moduleLoader(() => import('../components/GroupedBarChart').then((m) => m.GroupedBarChart));

export default function BarsView() {
  const narrow = useNarrowScreen();
  const loaded = useDashboard(selectActive);
  const standings = useDashboard(selectStandings);
  const groups = useDashboard(selectGroupedBars);
  const totals = useDashboard(selectTotalBars);
  // The charts' annotations say what the summary says: the same facts, from the same selector.
  const facts = useDashboard(selectSummaryFacts);
  const hidden = useDashboard((s) => s.hiddenSeries);
  const legendControls = useLegendControls();
  // The filter by name: in an embed there is no filter panel beside the chart to say which site types were chosen.
  const scope = useScopeLabel();
  const language = useDashboard((s) => s.language);
  const digits = useDashboard(selectScoreDigits);
  const styleOf = useDistrictStyle();
  const t = useViewTranslate();
  // In an embed the chart comes first: its legend follows it.
  const embed = useDashboard((s) => s.embed);
  const entityKind = entityKindName(useDashboard(selectEntityKind), language);
  const [form, setForm] = useState<'dots' | 'bars'>('dots');
  const GroupedBarChart = useLoadedModule(form === 'bars' ? groupedBarChart : undefined);
  const [order, setOrder] = useState<DotPlotOrder>('city');
  // In the store, so that a link and an embed carry it (hl=).
  const highlighted = useDashboard((s) => s.highlight);
  const setHighlighted = useDashboard((s) => s.setHighlight);
  // Pointing at a dot highlights its district for as long as the pointer stays; the choice comes back after.
  const [pointed, setPointed] = useState<string | undefined>();
  // The series shown, as the exported image's legend.
  const legendItems = [
    ...(loaded?.inspection.districts ?? [])
      .filter((d) => !hidden.includes(d))
      .map((d) => ({ label: displayName(d, language), colour: styleOf(d).colour })),
    { label: t('cityAverage'), colour: CITY_COLOUR, dashed: true },
  ];
  const dotDownloads = useChartDownloads('dot-plot', t('dotPlotTitle'), legendItems);
  const groupedDownloads = useChartDownloads('site-types', t('groupedBarsTitle'), legendItems);
  const totalDownloads = useChartDownloads('totals', t('totalBarsTitle'), legendItems);
  // The total bars keep their props while a district is pointed at (only the dot plot follows the pointer); a chosen
  // highlight redraws them.
  const visibleBars = useMemo(() => totals?.bars.filter((b) => !hidden.includes(b.district)), [totals, hidden]);
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
  if (!loaded || !standings || !totals || !visibleBars) return null;
  if (standings.siteTypes.length === 0) return <p className="empty-state">{t('noSiteTypeSelected')}</p>;

  const districts = loaded.inspection.districts;
  const visible = districts.filter((d) => !hidden.includes(d));
  const cityLabel = t('cityAverage');
  const legend = (
    <SeriesLegend
      items={districts.map((d) => ({ key: d, label: displayName(d, language), colour: styleOf(d).colour, hidden: hidden.includes(d) }))}
      {...legendControls}
    />
  );
  const maxScore = Math.max(...standings.siteTypes.map((s) => s.maxScore));
  const groupedTitle = t('groupedBarsTitle');
  const totalTitle = t('totalBarsTitle');
  const gap = facts?.widestSpread;
  const plotRows = dotPlotRows(groups, order);
  const dotScale = dotPlotScale(plotRows, maxScore);
  // Marked only where the row drawn has that very gap: a district hidden through the legend can narrow it.
  const gapRow = gap && plotRows.find((row) => row.siteType === gap.siteType);
  const widestGap =
    gap && gapRow?.spread !== undefined && Math.abs(gapRow.spread - gap.spread) < 1e-9
      ? { siteType: gap.siteType, label: t('annotationWidestGap', { spread: formatScore(gap.spread, language, digits) }) }
      : undefined;
  // The site-type table behind the dot plot and the grouped bars: a row per site type, in the chart's order.
  const siteTypeRows = (rows: readonly SiteTypeGroup[]) =>
    rows.map((g) => ({
      key: g.siteType,
      cells: [
        displayName(g.siteType, language),
        ...districts.map((d) => formatScore(g.values[d], language, digits)),
        formatScore(g.city, language, digits),
      ],
    }));

  return (
    <section aria-labelledby="bars-heading" className="charts">
      <h2 id="bars-heading" className="visually-hidden">
        {t('viewBars')}
      </h2>
      <ChartControls>
        <PressedChoice
          label={t('chartFormLabel')}
          options={[
            { value: 'dots', label: t('chartFormDots') },
            { value: 'bars', label: t('chartFormBars') },
          ]}
          value={form}
          onChange={setForm}
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
                setOrder(value === 'spread' ? 'spread' : 'city');
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
      {form === 'dots' ? (
        <ChartFigure
          title={t('dotPlotTitle')}
          {...(dotDownloads ? { downloads: dotDownloads } : {})}
          description={t('dotPlotDescription', {
            max: formatScore(maxScore, language, 0),
            from: formatScore(dotScale.lo, language, 0),
            to: formatScore(dotScale.hi, language, 0),
          })}
          legend={legend}
          legendAfter={embed}
          chart={
            <DotPlot
              rows={plotRows}
              widestGap={widestGap}
              districts={visible.map((d) => ({ name: d, colour: styleOf(d).colour }))}
              scale={dotScale}
              highlighted={[pointed, highlighted].find((d) => d !== undefined && visible.includes(d))}
              onHighlight={setPointed}
              language={language}
              digits={digits}
              cityLabel={cityLabel}
            />
          }
          showTableLabel={t('showTable')}
          hideTableLabel={t('hideTable')}
          table={(id) => (
            <DataTable
              id={`${id}-data`}
              caption={t('chartTable', { title: t('dotPlotTitle') })}
              columns={[t('siteType'), ...districts.map((d) => displayName(d, language)), cityLabel]}
              rows={siteTypeRows(plotRows)}
            />
          )}
        />
      ) : (
        <ChartFigure
          title={groupedTitle}
          description={t('groupedBarsDescription', { max: formatScore(maxScore, language, 0) })}
          legend={legend}
          legendAfter={embed}
          {...(groupedDownloads ? { downloads: groupedDownloads } : {})}
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
          table={(id) => (
            <DataTable
              id={`${id}-data`}
              caption={t('chartTable', { title: groupedTitle })}
              columns={[t('siteType'), ...districts.map((d) => displayName(d, language)), cityLabel]}
              rows={siteTypeRows(groups)}
            />
          )}
        />
      )}
      <ChartFigure
        title={totalTitle}
        description={t(totals.scale.lo > 0 ? 'totalBarsDescriptionFrom' : 'totalBarsDescription', {
          scope,
          city: formatScore(totals.city, language, digits),
          baseline: formatScore(totals.scale.lo, language, 0),
        })}
        legend={legend}
        legendAfter={embed}
        {...(totalDownloads ? { downloads: totalDownloads } : {})}
        chart={
          <TotalBarChart
            bars={visibleBars}
            city={totals.city}
            cityLabel={cityLabel}
            scale={totals.scale}
            styleOf={styleOf}
            language={language}
            digits={digits}
            totalLabel={t('total')}
            leaderNote={leaderNote}
            highlighted={highlighted !== undefined && visible.includes(highlighted) ? highlighted : undefined}
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
