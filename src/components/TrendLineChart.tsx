// Lines over periods, one per district: scores over time, or ranks as a slope chart (first place on top, each
// district named at both ends). End labels are spread apart where their points crowd (src/model/labelLayout),
// with a short leader line to the point they name; the axes tick at round steps. Drawn as a plain SVG at the width
// measured (useBoxWidth): a grid, two axes and some lines need no chart library, and the view opens without one
// (issue 25). Pointing at a period gives its figures.

import { memo } from 'react';
import { formatScore } from '../i18n/format';
import { displayName, type Language } from '../i18n/names';
import { spreadLabels } from '../model/labelLayout';
import { bandPaths, linePath } from '../model/trendGeometry';
import type { SeriesStyle } from './seriesColours';
import { useBoxWidth } from './useBoxWidth';

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
const MAX_LINES = 3;
const PLOT = HEIGHT - TOP - BOTTOM - X_AXIS;
const LABEL_GAP = 14;
const Y_AXIS = 48;
// A tick's length, and the gap between it and its label.
const TICK = 6;
const TICK_GAP = 2;

// A period's label in lines that fit the room under its point (Published early January 2025 on a phone): two
// periods' labels must both fit under the plot. Broken between words; a word longer than the room stays whole.
function periodLines(label: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length <= MAX_LINES ? lines : [...lines.slice(0, MAX_LINES - 1), lines.slice(MAX_LINES - 1).join(' ')];
}

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
  const lastIndex = rows.length - 1;
  const [lo, hi] = domain;
  const yOf = (value: number) => TOP + ((ranks ? value - lo : hi - value) / (hi - lo || 1)) * PLOT;
  // Where each district's name stands at an end of its line: at its point, or spread from its neighbours.
  const placedAt = (index: number) =>
    spreadLabels(
      districts.flatMap((district) => {
        const value = rows[index]?.values[district];
        return value === undefined ? [] : [{ key: district, at: yOf(value) }];
      }),
      LABEL_GAP,
      TOP,
      // Above the axis: the periods' labels reach under the end labels' margin.
      TOP + PLOT - 10,
    );
  const atEnd = endLabels ? placedAt(lastIndex) : new Map<string, number>();
  const atStart = endLabels && ranks ? placedAt(0) : new Map<string, number>();
  const side = language === 'zh' ? 88 : 112;
  const nameOf = (district: string, index: number) => {
    const name = displayName(district, language);
    const value = rows[index]?.values[district];
    // The slope chart's labels carry the rank: it has no value axis of its own.
    return ranks && value !== undefined ? (index === 0 ? `${name} ${String(value)}` : `${String(value)} ${name}`) : name;
  };
  const showYAxis = !(ranks && endLabels);
  const left = (ranks && endLabels ? side : 8) + (showYAxis ? Y_AXIS : 0);
  const right = (width ?? 0) - (endLabels ? side : 24);
  const bottom = TOP + PLOT;
  // Each period's point stands in the middle of its share of the plot's width.
  const share = Math.max(0, right - left) / Math.max(1, rows.length);
  const xs = rows.map((_, index) => left + share * (index + 0.5));
  // Round ticks read as round numbers (740, not 740.0); the hover text keeps the figures' decimals.
  const tickText = (value: number) =>
    ranks ? String(value) : formatScore(value, language, (ticks[1] ?? 1) - (ticks[0] ?? 0) >= 1 ? 0 : digits);
  // A district's height at each period, undefined where it has no value there: a gap in its line.
  const heightsOf = (district: string) =>
    rows.map((row) => {
      const value = row.values[district];
      return value === undefined ? undefined : yOf(value);
    });
  const dots = districts.length * rows.length <= DOTS_UP_TO;
  const titled = band ? [] : districts;
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
          <g className="chart-axis x-axis">
            <line x1={left} x2={right} y1={bottom} y2={bottom} />
            {rows.map((row, index) => {
              const x = xs[index] ?? 0;
              // The end periods' labels reach out from their points: under the end labels' margin where the chart
              // has one (it is empty below the plot), else inward. About 7 px a character at 12 px.
              const first = rows.length > 1 && index === 0;
              const last = rows.length > 1 && index === lastIndex;
              const outward = (first && ranks && endLabels) || (last && endLabels);
              const anchor = first ? (outward ? 'end' : 'start') : last ? (outward ? 'start' : 'end') : 'middle';
              const room = (outward ? side - 8 : share) / 7;
              const lines = periodLines(row.label, room > 0 ? Math.floor(room) : 16);
              return (
                <g key={row.label}>
                  <line x1={x} x2={x} y1={bottom} y2={bottom + TICK} />
                  <text className="chart-tick-label period-label" x={x} y={bottom + TICK + TICK_GAP} fontSize={12} textAnchor={anchor}>
                    {lines.map((line, i) => (
                      <tspan key={line} x={x} dy={i === 0 ? '1em' : '1.2em'}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                </g>
              );
            })}
          </g>
          {showYAxis && (
            <g className="chart-axis y-axis">
              <line x1={left} x2={left} y1={TOP} y2={bottom} />
              {ticks.map((tick) => (
                <g key={tick}>
                  <line x1={left - TICK} x2={left} y1={yOf(tick)} y2={yOf(tick)} />
                  <text
                    className="chart-tick-label value-tick"
                    x={left - TICK - TICK_GAP}
                    y={yOf(tick)}
                    dy="0.355em"
                    fontSize={12}
                    textAnchor="end"
                  >
                    {tickText(tick)}
                  </text>
                </g>
              ))}
            </g>
          )}
          {band ? (
            // A band is read as a whole: one path per colour, not a node per district, so that a switch to it at
            // 300 districts builds and paints a handful of nodes. Each district's line is one subpath of its colour's.
            <g className="trend-lines trend-band" data-lines={districts.length}>
              {bandPaths(
                districts,
                (district) => styleOf(district).colour,
                (district) => linePath(xs, heightsOf(district)),
              ).map(({ colour, d }) => (
                <path key={colour} d={d} fill="none" stroke={colour} strokeOpacity={0.7} strokeWidth={1} />
              ))}
              {highlighted !== undefined && districts.includes(highlighted) && (
                <path
                  className="trend-line is-highlighted"
                  data-district={highlighted}
                  d={linePath(xs, heightsOf(highlighted))}
                  fill="none"
                  stroke={styleOf(highlighted).colour}
                  strokeWidth={4}
                />
              )}
            </g>
          ) : (
            <g className="trend-lines">
              {onTop(districts, highlighted).map((district) => {
                const style = styleOf(district);
                const ys = heightsOf(district);
                return (
                  <g key={district} className={lineClass(district, highlighted)} data-district={district}>
                    <path
                      d={linePath(xs, ys)}
                      fill="none"
                      stroke={style.colour}
                      strokeWidth={district === highlighted ? 4 : 2}
                      strokeDasharray={style.dash}
                    />
                    {dots &&
                      ys.map((y, index) =>
                        y === undefined ? null : (
                          <circle key={rows[index]?.label ?? index} cx={xs[index]} cy={y} r={4} fill={style.colour} />
                        ),
                      )}
                    {(lastIndex > 0 ? [0, lastIndex] : [0]).map((index) => {
                      // The first period's name only on the slope chart (atStart is empty otherwise).
                      const placed = index === lastIndex ? atEnd.get(district) : atStart.get(district);
                      const x = xs[index];
                      const y = ys[index];
                      if (placed === undefined || x === undefined || y === undefined) return null;
                      const toLeft = index === 0 && index !== lastIndex;
                      const start = toLeft ? x - 10 : x + 10;
                      return (
                        <g key={index} className="end-label-group">
                          {Math.abs(placed - y) > 1 && <line x1={x} y1={y} x2={start} y2={placed} stroke={style.colour} strokeWidth={1} />}
                          <text
                            className="chart-value-label end-label"
                            x={start + (toLeft ? -2 : 2)}
                            y={placed}
                            dy={4}
                            fontSize={12}
                            textAnchor={toLeft ? 'end' : 'start'}
                          >
                            {nameOf(district, index)}
                          </text>
                        </g>
                      );
                    })}
                  </g>
                );
              })}
            </g>
          )}
          {/* Last, over the lines: each period's column, whose hover text gives the figures of that period. */}
          <g className="trend-hits">
            {rows.map((row, index) => (
              <rect key={row.label} x={(xs[index] ?? 0) - share / 2} y={TOP} width={share} height={PLOT} fill="transparent">
                <title>
                  {[row.label, ...titled.map((district) => `${displayName(district, language)} ${format(row.values[district])}`)].join(
                    '\n',
                  )}
                </title>
              </rect>
            ))}
          </g>
        </svg>
      )}
    </div>
  );
});
