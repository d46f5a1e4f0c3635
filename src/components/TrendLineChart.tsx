// Lines over periods, one per district: scores over time, or ranks as a slope chart (first place on top, each
// district named at both ends). End labels are spread apart where their points crowd (src/model/labelLayout),
// with a short leader line to the point they name; the axes tick at round steps. Drawn as a plain SVG at the width
// measured (useBoxWidth): a grid, two axes and some lines need no chart library, and the view opens without one
// (issue 25). Pointing at a period gives its figures.

import { memo } from 'react';
import { formatScore } from '../i18n/format';
import { displayName, type Language } from '../i18n/names';
import { spreadLabels } from '../model/labelLayout';
import { linePath } from '../model/trendGeometry';
import type { SeriesStyle } from './seriesColours';
import { useBoxWidth } from './useBoxWidth';
import { EndLabel, PeriodAxis, PeriodHits, TrendBand, ValueAxis, type TrendLayout } from './trendChartParts';

export interface TrendRow {
  label: string;
  values: Record<string, number | undefined>;
}

export interface TrendLineChartProps {
  rows: readonly TrendRow[];
  districts: readonly string[];
  styleOf: (district: string) => SeriesStyle;
  language: Language;
  /** Decimals of the figures, as their source prints them. */
  digits?: number;
  /** Ranks: a slope chart, reversed so that 1 is on top, named at both ends. */
  ranks: boolean;
  domain: [number, number];
  ticks: readonly number[];
  /** The district picked out: drawn thick and on top, the others faded. */
  highlighted?: string | undefined;
}

/** Up to this many lines, each is named at its end; more would not fit, and the legend names them. */
const END_LABELS_UP_TO = 8;
/**
 * Each point is marked with a dot up to this many points in all: past it the dots crowd into a band that shows
 * nothing a line does not, and drawing thousands of them (300 districts × 24 periods) held the page for a second
 * and a half. The figures are in the data table under the chart either way.
 */
const DOTS_UP_TO = 600;
/**
 * Past this many lines they are drawn thin and faint, read as a band, with the legend and the data table for any
 * one of them; a period's hover text would list hundreds of values and is left out.
 */
const BAND_AFTER = 24;
// The plot's geometry: the chart's height and margins, the x-axis's height (up to three lines: a long period
// label wraps) and the y-axis's width.
const HEIGHT = 320;
const TOP = 12;
const BOTTOM = 8;
const X_AXIS = 58;
const PLOT = HEIGHT - TOP - BOTTOM - X_AXIS;
const LABEL_GAP = 14;
const Y_AXIS = 48;

/** The districts in drawing order: the highlighted one last, so that it is drawn over the others. */
function onTop(districts: readonly string[], highlighted: string | undefined): readonly string[] {
  return highlighted === undefined || !districts.includes(highlighted)
    ? districts
    : [...districts.filter((d) => d !== highlighted), highlighted];
}

function lineClass(district: string, highlighted: string | undefined): string {
  if (highlighted === undefined) return 'trend-line';
  return district === highlighted ? 'trend-line is-highlighted' : 'trend-line is-dimmed';
}

/**
 * The plot's layout at a width: the end labels' margins (the slope chart's at both ends), the y-axis unless the
 * slope chart names every rank, and each period's point in the middle of its share of the width.
 */
function layoutOf(
  width: number,
  periods: number,
  props: { ranks: boolean; endLabels: boolean; language: Language; domain: [number, number] },
): TrendLayout {
  const { ranks, endLabels, language } = props;
  const [lo, hi] = props.domain;
  const side = language === 'zh' ? 88 : 112;
  const showYAxis = !(ranks && endLabels);
  const left = (ranks && endLabels ? side : 8) + (showYAxis ? Y_AXIS : 0);
  const right = width - (endLabels ? side : 24);
  const share = Math.max(0, right - left) / Math.max(1, periods);
  const xs = Array.from({ length: periods }, (_, index) => left + share * (index + 0.5));
  const yOf = (value: number) => TOP + ((ranks ? value - lo : hi - value) / (hi - lo || 1)) * PLOT;
  return { left, right, top: TOP, bottom: TOP + PLOT, share, xs, yOf, side, endLabels, ranks };
}

interface TrendLinesProps {
  rows: readonly TrendRow[];
  districts: readonly string[];
  styleOf: (district: string) => SeriesStyle;
  language: Language;
  layout: TrendLayout;
  highlighted: string | undefined;
  heightsOf: (district: string) => (number | undefined)[];
}

/** Where each district's name stands at an end of its line: at its point, or spread from its neighbours. */
function placedAt(index: number, { rows, districts, layout }: Pick<TrendLinesProps, 'rows' | 'districts' | 'layout'>): Map<string, number> {
  const at = districts.flatMap((district) => {
    const value = rows[index]?.values[district];
    return value === undefined ? [] : [{ key: district, at: layout.yOf(value) }];
  });
  // Above the axis: the periods' labels reach under the end labels' margin.
  return spreadLabels(at, LABEL_GAP, TOP, TOP + PLOT - 10);
}

/** One line per district with its dots, named at its end (and at its start on the slope chart). */
function TrendLines(props: TrendLinesProps) {
  const { rows, districts, styleOf, language, layout, highlighted, heightsOf } = props;
  const lastIndex = rows.length - 1;
  const atEnd = layout.endLabels ? placedAt(lastIndex, props) : new Map<string, number>();
  const atStart = layout.endLabels && layout.ranks ? placedAt(0, props) : new Map<string, number>();
  const dots = districts.length * rows.length <= DOTS_UP_TO;
  const nameOf = (district: string, index: number) => {
    const name = displayName(district, language);
    const value = rows[index]?.values[district];
    // The slope chart's labels carry the rank: it has no value axis of its own.
    return layout.ranks && value !== undefined ? (index === 0 ? `${name} ${String(value)}` : `${String(value)} ${name}`) : name;
  };
  return (
    <g className="trend-lines">
      {onTop(districts, highlighted).map((district) => {
        const style = styleOf(district);
        const ys = heightsOf(district);
        return (
          <g key={district} className={lineClass(district, highlighted)} data-district={district}>
            <path
              d={linePath(layout.xs, ys)}
              fill="none"
              stroke={style.colour}
              strokeWidth={district === highlighted ? 4 : 2}
              strokeDasharray={style.dash}
            />
            {dots &&
              ys.map((y, index) =>
                y === undefined ? null : (
                  <circle key={rows[index]?.label ?? index} cx={layout.xs[index]} cy={y} r={4} fill={style.colour} />
                ),
              )}
            {(lastIndex > 0 ? [0, lastIndex] : [0]).map((index) => {
              // The first period's name only on the slope chart (atStart is empty otherwise).
              const placed = index === lastIndex ? atEnd.get(district) : atStart.get(district);
              const x = layout.xs[index];
              const y = ys[index];
              if (placed === undefined || x === undefined || y === undefined) return null;
              const toLeft = index === 0 && index !== lastIndex;
              return (
                <EndLabel key={index} x={x} y={y} placed={placed} toLeft={toLeft} colour={style.colour} text={nameOf(district, index)} />
              );
            })}
          </g>
        );
      })}
    </g>
  );
}

export const TrendLineChart = memo(function TrendLineChart({
  rows,
  districts,
  styleOf,
  language,
  ranks,
  domain,
  ticks,
  digits = 1,
  highlighted,
}: TrendLineChartProps) {
  const [boxRef, width] = useBoxWidth('trend');
  const band = districts.length > BAND_AFTER;
  const format = (value: number | undefined) => (ranks && value !== undefined ? String(value) : formatScore(value, language, digits));
  const endLabels = districts.length <= END_LABELS_UP_TO;
  const layout = layoutOf(width ?? 0, rows.length, { ranks, endLabels, language, domain });
  const { left, right, xs, yOf, bottom } = layout;
  // Round ticks read as round numbers (740, not 740.0); the hover text keeps the figures' decimals.
  const tickText = (value: number) =>
    ranks ? String(value) : formatScore(value, language, (ticks[1] ?? 1) - (ticks[0] ?? 0) >= 1 ? 0 : digits);
  // A district's height at each period, undefined where it has no value there: a gap in its line.
  const heightsOf = (district: string) =>
    rows.map((row) => {
      const value = row.values[district];
      return value === undefined ? undefined : yOf(value);
    });
  return (
    <div ref={boxRef} className="trend-box">
      {width !== undefined && (
        // The figure's data table is the chart's accessible form: the drawing itself is hidden from screen readers.
        <svg className="chart-surface" width={width} height={HEIGHT} viewBox={`0 0 ${String(width)} ${String(HEIGHT)}`} aria-hidden="true">
          <g className="chart-grid">
            {ticks.map((tick) => (
              <line key={tick} x1={left} x2={right} y1={yOf(tick)} y2={yOf(tick)} strokeDasharray="3 3" />
            ))}
            {xs.map((x, index) => (
              <line key={rows[index]?.label ?? index} x1={x} x2={x} y1={TOP} y2={bottom} strokeDasharray="3 3" />
            ))}
          </g>
          <PeriodAxis labels={rows.map((row) => row.label)} layout={layout} />
          {!(ranks && endLabels) && <ValueAxis ticks={ticks} layout={layout} tickText={tickText} />}
          {band ? (
            <TrendBand districts={districts} heightsOf={heightsOf} xs={xs} styleOf={styleOf} highlighted={highlighted} />
          ) : (
            <TrendLines
              rows={rows}
              districts={districts}
              styleOf={styleOf}
              language={language}
              layout={layout}
              highlighted={highlighted}
              heightsOf={heightsOf}
            />
          )}
          {/* Last, over the lines: each period's column, whose hover text gives the figures of that period. */}
          <PeriodHits rows={rows} titled={band ? [] : districts} layout={layout} plotHeight={PLOT} language={language} format={format} />
        </svg>
      )}
    </div>
  );
});
