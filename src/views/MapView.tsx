// 地图: the ranked districts on a map of their prefecture, each filled by the figure in view (the total over the
// selected site types, one site type, or the rank change since the period before), on round colour steps with a
// legend; the prefecture's other units in grey; the data table behind it; the shapes' source named.

import { useState } from 'react';
import { ChartFigure } from '../components/ChartFigure';
import { ChoroplethMap, type MapDistrict } from '../components/ChoroplethMap';
import { DataTable } from '../components/DataTable';
import { SelectField } from '../components/SelectField';
import { formatList, formatScore } from '../i18n/format';
import { displayName } from '../i18n/names';
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
  if (shapes.state === 'loading') return <p className="empty-state">{t('mapLoading')}</p>;
  if (shapes.state === 'failed')
    return (
      <p className="message message-problem">
        {t('mapFailed')}{' '}
        <button type="button" onClick={shapes.retry}>
          {t('retry')}
        </button>
      </p>
    );
  if (shapes.state === 'none') return <p className="empty-state">{t('mapNone')}</p>;
  if (standings.siteTypes.length === 0) return <p className="empty-state">{t('noSiteTypeSelected')}</p>;

  // One lookup a district: a search of the rows for each would grow with the square of a long ranking.
  const rowOf = new Map(standings.rows.map((r) => [r.district, r]));
  const figureOf = (district: string): number | undefined => {
    const row = rowOf.get(district);
    if (chosen === TOTAL) return row?.total;
    if (chosen === CHANGE) return changes?.get(district)?.change;
    return row?.scores.get(chosen);
  };
  const figureText = (value: number | undefined) =>
    chosen === CHANGE
      ? value === undefined
        ? t('rankNew')
        : value > 0
          ? `↑${String(value)}`
          : value < 0
            ? `↓${String(-value)}`
            : '='
      : formatScore(value, language, digits);
  const values = standings.rows.map((r) => figureOf(r.district)).filter((v): v is number => v !== undefined);
  // The darker, the better: for deductions (fewer is better) the fewest are the darkest; a rank change, the most places.
  const fewer = standings.fewerIsBetter && chosen !== CHANGE;
  const steps = colourSteps(values, fewer);
  const count = steps.bounds.length - 1;
  const districts = new Map<string, MapDistrict>();
  for (const row of standings.rows) {
    const unit = shapes.match.unitOf.get(row.district);
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
      spoken: t('mapDistrictSpoken', { name: label, metric: metricLabel, figure: figureText(value), rank: row.rank }),
    });
  }
  const frame = mapFrame(shapes.shapes, new Set(shapes.match.unitOf.values()));
  // The steps are round: shown with the decimals of their size (10 → none, 0.5 → one).
  const stepDigits = valueDecimals(steps.size);
  const legend = steps.bounds.slice(0, -1).map((from, i) => ({
    label: `${formatScore(from, language, stepDigits)}–${formatScore(steps.bounds[i + 1], language, stepDigits)}`,
    colour: BLUES[blueAt(fewer ? count - 1 - i : i, count)] ?? '#ffffff',
  }));
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
          <DataTable
            id={`${id}-data`}
            caption={t('chartTable', { title: t('mapTitle', { metric: metricLabel }) })}
            columns={[t('columnRank'), t('mapColumnName'), metricLabel]}
            rows={standings.rows.map((r) => ({
              key: r.district,
              cells: [String(r.rank), displayName(r.district, language), figureText(figureOf(r.district))],
            }))}
          />
        )}
        showTableLabel={t('showTable')}
        hideTableLabel={t('hideTable')}
        {...(downloads ? { downloads } : {})}
      />
    </section>
  );
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
