// 地图: the ranked districts on a map of their prefecture, each filled by the figure in view (the total over the
// selected site types, one site type, or the rank change since the period before), on round colour steps with a
// legend; the prefecture's other units in grey; the data table behind it; the shapes' source named.

import { useState } from 'react';
import { ChartFigure } from '../components/ChartFigure';
import { ChoroplethMap, type MapDistrict } from '../components/ChoroplethMap';
import { DataTable } from '../components/DataTable';
import { SelectField } from '../components/SelectField';
import { formatList, formatScore } from '../i18n/format';
import { displayName, type Language } from '../i18n/names';
import type { DistrictStanding } from '../model/standings';
import { colourSteps, mapFrame } from '../model/mapShapes';
import { valueDecimals } from '../data/decimals';
import { selectActive, selectPeriodRankChanges, selectScoreDigits, selectStandings } from '../store/selectors';
import { useDashboard } from '../store/store';
import { useChartDownloads } from './useChartDownloads';
import { useMapShapes } from './useMapShapes';
import { useViewTranslate, type ViewTranslate } from './useViewTranslate';

const TOTAL = '__total';
const CHANGE = '__change';
/** Seven blues, light to dark (ColorBrewer Blues, colour-blind safe: one hue, lightness only). */
const BLUES = ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594'];
/** The label's colour on each blue: dark where it reads at 4.5:1 or more, white past that. */
const INK = ['#1a1a1a', '#1a1a1a', '#1a1a1a', '#1a1a1a', '#1a1a1a', '#ffffff', '#ffffff'];

/** Step i of n, spread over the blues so that few steps still run from light to dark. */
const blueAt = (step: number, steps: number) => Math.round((step / Math.max(1, steps - 1)) * (BLUES.length - 1));

export default function MapView() {
  const loaded = useDashboard(selectActive);
  const standings = useDashboard(selectStandings);
  const changes = useDashboard(selectPeriodRankChanges);
  const highlighted = useDashboard((s) => s.highlight);
  const openDistrict = useDashboard((s) => s.openDistrict);
  const language = useDashboard((s) => s.language);
  const digits = useDashboard(selectScoreDigits);
  const t = useViewTranslate();
  const [metric, setMetric] = useState(TOTAL);
  const shapes = useMapShapes(loaded?.inspection.districts ?? []);
  const chosen = metric === CHANGE && !changes ? TOTAL : metric;
  const metricLabel = chosen === TOTAL ? t('total') : chosen === CHANGE ? t('mapRankChange') : displayName(chosen, language);
  const downloads = useChartDownloads('map', t('mapTitle', { metric: metricLabel }), [], t('mapCredit'));
  if (!loaded || !standings) return null;
  if (shapes.state !== 'ready') return <ShapesState shapes={shapes} />;
  if (standings.siteTypes.length === 0) return <p className="empty-state">{t('noSiteTypeSelected')}</p>;

  // One lookup a district: a search of the rows for each would grow with the square of a long ranking.
  const rowOf = new Map(standings.rows.map((r) => [r.district, r]));
  const figureOf = (district: string): number | undefined => {
    const row = rowOf.get(district);
    if (chosen === TOTAL) return row?.total;
    if (chosen === CHANGE) return changes?.get(district)?.change;
    return row?.scores.get(chosen);
  };
  const figureText = (value: number | undefined) => figureWords(chosen === CHANGE, value, t, language, digits);
  // The darker, the better: for deductions (fewer is better) the fewest are the darkest; a rank change, the most places.
  const fewer = standings.fewerIsBetter && chosen !== CHANGE;
  const { districts, legend } = colouredDistricts(
    standings.rows,
    shapes.match.unitOf,
    { figureOf, figureText, fewer, language },
    (label, figure, rank) => t('mapDistrictSpoken', { name: label, metric: metricLabel, figure, rank }),
  );
  const frame = mapFrame(shapes.shapes, new Set(shapes.match.unitOf.values()));
  const options = [
    { value: TOTAL, label: t('total') },
    ...standings.siteTypes.map((s) => ({ value: s.name, label: displayName(s.name, language) })),
    ...(changes ? [{ value: CHANGE, label: t('mapRankChange') }] : []),
  ];
  return (
    <section aria-labelledby="map-heading">
      <h2 id="map-heading">{t('viewMap')}</h2>
      <SelectField label={t('mapMetric')} value={chosen} options={options} onChange={setMetric} />
      <ChartFigure
        title={t('mapTitle', { metric: metricLabel })}
        description={mapDescription(
          t,
          chosen === CHANGE,
          shapes.match.unmatched.map((d) => displayName(d, language)),
          language,
        )}
        legend={
          <MapLegend items={legend} caption={t(chosen === CHANGE ? 'mapLegendChange' : fewer ? 'mapLegendFewer' : 'mapLegendMore')} />
        }
        chart={
          <ChoroplethMap
            frame={frame}
            units={shapes.shapes.units}
            districts={districts}
            highlighted={highlighted}
            title={t('mapTitle', { metric: metricLabel })}
            onOpen={openDistrict}
          />
        }
        note={t('mapCredit')}
        table={(id) => (
          <MapTable id={id} rows={standings.rows} metricLabel={metricLabel} figure={(district) => figureText(figureOf(district))} />
        )}
        showTableLabel={t('showTable')}
        hideTableLabel={t('hideTable')}
        {...(downloads ? { downloads } : {})}
      />
    </section>
  );
}

/** The map's data table: each district's rank, name and the figure the map fills it by. */
function MapTable(props: { id: string; rows: readonly DistrictStanding[]; metricLabel: string; figure: (district: string) => string }) {
  const { id, rows, metricLabel, figure } = props;
  const language = useDashboard((s) => s.language);
  const t = useViewTranslate();
  return (
    <DataTable
      id={`${id}-data`}
      caption={t('chartTable', { title: t('mapTitle', { metric: metricLabel }) })}
      columns={[t('columnRank'), t('mapColumnName'), metricLabel]}
      rows={rows.map((r) => ({ key: r.district, cells: [String(r.rank), displayName(r.district, language), figure(r.district)] }))}
    />
  );
}

/** The map's shapes while they are not there: loading, failed (with a retry), or none for this prefecture. */
function ShapesState({ shapes }: { shapes: Exclude<ReturnType<typeof useMapShapes>, { state: 'ready' }> }) {
  const t = useViewTranslate();
  if (shapes.state === 'loading') return <p className="empty-state">{t('mapLoading')}</p>;
  if (shapes.state === 'none') return <p className="empty-state">{t('mapNone')}</p>;
  return (
    <p className="message message-problem">
      {t('mapFailed')}{' '}
      <button type="button" onClick={shapes.retry}>
        {t('retry')}
      </button>
    </p>
  );
}

/** A figure as the map says it: a score with its decimals, or a rank change as an arrow and places (new: 新). */
function figureWords(change: boolean, value: number | undefined, t: ViewTranslate, language: Language, digits: number): string {
  if (!change) return formatScore(value, language, digits);
  if (value === undefined) return t('rankNew');
  return value > 0 ? `↑${String(value)}` : value < 0 ? `↓${String(-value)}` : '=';
}

interface Figures {
  figureOf: (district: string) => number | undefined;
  figureText: (value: number | undefined) => string;
  /** Fewer is better: the fewest darkest. */
  fewer: boolean;
  language: Language;
}

/**
 * Each placed district's fill on round colour steps (the darker, the better), its label's ink, its figure and what
 * a screen reader says of it; and the legend's steps, shown with the decimals of their size (10 → none, 0.5 → one).
 */
function colouredDistricts(
  rows: readonly DistrictStanding[],
  unitOf: ReadonlyMap<string, string>,
  { figureOf, figureText, fewer, language }: Figures,
  spoken: (label: string, figure: string, rank: number) => string,
) {
  const values = rows.map((r) => figureOf(r.district)).filter((v): v is number => v !== undefined);
  const steps = colourSteps(values, fewer);
  const count = steps.bounds.length - 1;
  const districts = new Map<string, MapDistrict>();
  for (const row of rows) {
    const unit = unitOf.get(row.district);
    if (unit === undefined) continue;
    const value = figureOf(row.district);
    const blue = value === undefined ? 0 : blueAt(steps.stepOf(value), count);
    const label = displayName(row.district, language);
    districts.set(unit, {
      name: row.district,
      label,
      figure: figureText(value),
      fill: value === undefined ? '#ffffff' : (BLUES[blue] ?? '#ffffff'),
      ink: INK[blue] ?? '#1a1a1a',
      spoken: spoken(label, figureText(value), row.rank),
    });
  }
  const stepDigits = valueDecimals(steps.size);
  const legend = steps.bounds.slice(0, -1).map((from, i) => ({
    label: `${formatScore(from, language, stepDigits)}–${formatScore(steps.bounds[i + 1], language, stepDigits)}`,
    colour: BLUES[blueAt(fewer ? count - 1 - i : i, count)] ?? '#ffffff',
  }));
  return { districts, legend };
}

/** What the map shows, the grey units, and the entities it could not place. */
function mapDescription(t: ViewTranslate, change: boolean, unmatched: readonly string[], language: 'zh' | 'en'): string {
  const parts = [t(change ? 'mapDescriptionChange' : 'mapDescription')];
  if (unmatched.length > 0) parts.push(t('mapUnmatched', { names: formatList(unmatched, language) }));
  return parts.join(' ');
}

function MapLegend({ items, caption }: { items: readonly { label: string; colour: string }[]; caption: string }) {
  return (
    <div className="map-legend">
      <p>{caption}</p>
      <ul>
        {items.map((item) => (
          <li key={item.label}>
            <span className="map-swatch" style={{ background: item.colour }} aria-hidden="true" />
            {item.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
