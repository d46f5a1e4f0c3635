// Lines over periods, one per district: scores over time, or ranks as a slope chart (first place on top, each
// district named at both ends). End labels are spread apart where their points crowd (src/model/labelLayout),
// with a short leader line to the point they name; the axes tick at round steps. Drawn at the width measured
// (useBoxWidth), once; hundreds of lines are drawn as plain paths on the chart's own scales (PlainLines).

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis, useXAxisScale, useYAxisScale } from 'recharts';
import { formatChartScore } from '../i18n/format';
import { displayName, type Language } from '../i18n/names';
import { spreadLabels } from '../model/labelLayout';
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
 * Past this many lines they are drawn as plain paths on the chart's scales, without recharts' Line: each Line
 * registers itself in the chart's store and every other one hears of it, so 300 districts took a second to draw
 * and half a second to take down (leaving the view). So many lines are read as a band, with the legend and the
 * data table for any one of them; the tooltip would list hundreds of values and is left out.
 */
const PLAIN_LINES_AFTER = 24;
// The plot's geometry, which the label layout needs before recharts draws: the chart's height and margins,
// and the x-axis's height (up to three lines: a long period label wraps).
const HEIGHT = 320;
const TOP = 12;
const BOTTOM = 8;
const X_AXIS = 58;
const MAX_LINES = 3;
const PLOT = HEIGHT - TOP - BOTTOM - X_AXIS;
const LABEL_GAP = 14;

interface LabelProps {
  index?: number | undefined;
  x?: number | string | undefined;
  y?: number | string | undefined;
}

interface TickProps {
  /** The axis's length: the room the period labels share. */
  width?: number | string;
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown; index?: number };
}

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

/** The districts' lines as plain SVG paths, placed by the chart's own axes (a gap where a period has no value). */
function PlainLines({ rows, districts, styleOf }: Pick<TrendLineChartProps, 'rows' | 'districts' | 'styleOf'>) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  const xs = rows.map((row) => xScale(row.label, { position: 'middle' }));
  return (
    <g className="plain-lines">
      {districts.map((district) => {
        const style = styleOf(district);
        let path = '';
        let drawing = false;
        rows.forEach((row, index) => {
          const value = row.values[district];
          const x = xs[index];
          const y = value === undefined ? undefined : yScale(value);
          if (x === undefined || y === undefined) {
            drawing = false;
            return;
          }
          path += `${drawing ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
          drawing = true;
        });
        return (
          <path
            key={district}
            className="plain-line"
            data-district={district}
            d={path}
            fill="none"
            stroke={style.colour}
            strokeOpacity={0.7}
            strokeWidth={1}
            strokeDasharray={style.dash}
          />
        );
      })}
    </g>
  );
}

export function TrendLineChart({ rows, districts, styleOf, language, ranks, domain, ticks, digits = 1 }: TrendLineChartProps) {
  const [boxRef, width] = useBoxWidth();
  const plain = districts.length > PLAIN_LINES_AFTER;
  const format = (value: unknown) => (ranks && typeof value === 'number' ? String(value) : formatChartScore(value, language, digits));
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
  return (
    <div ref={boxRef} className="trend-box">
      {width !== undefined && (
        <LineChart
          width={width}
          height={HEIGHT}
          data={[...rows]}
          margin={{ top: TOP, right: endLabels ? side : 24, bottom: BOTTOM, left: ranks && endLabels ? side : 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="label"
            height={X_AXIS}
            interval={0}
            // The first period's label starts at its point and the last one's ends at it, so both stay inside.
            tick={(props: TickProps) => {
              const index = props.payload?.index ?? 0;
              // The end periods' labels reach out from their points: under the end labels' margin where the chart
              // has one (it is empty below the plot), else inward. About 7 px a character at 12 px.
              const share = Number(props.width ?? 0) / Math.max(1, rows.length);
              const first = rows.length > 1 && index === 0;
              const last = rows.length > 1 && index === lastIndex;
              const outward = (first && ranks && endLabels) || (last && endLabels);
              const anchor = first ? (outward ? 'end' : 'start') : last ? (outward ? 'start' : 'end') : 'middle';
              const room = (outward ? side - 8 : share) / 7;
              const lines = periodLines(
                typeof props.payload?.value === 'string' ? props.payload.value : '',
                room > 0 ? Math.floor(room) : 16,
              );
              return (
                <text x={Number(props.x ?? 0)} y={Number(props.y ?? 0)} fontSize={12} textAnchor={anchor} fill="currentColor">
                  {lines.map((line, i) => (
                    <tspan key={line} x={Number(props.x ?? 0)} dy={i === 0 ? '1em' : '1.2em'}>
                      {line}
                    </tspan>
                  ))}
                </text>
              );
            }}
          />
          <YAxis
            domain={domain}
            ticks={[...ticks]}
            reversed={ranks}
            allowDecimals={!ranks}
            // Round ticks read as round numbers (740, not 740.0); the tooltip keeps the figures' decimals.
            tickFormatter={(value: unknown) =>
              ranks || typeof value !== 'number'
                ? format(value)
                : formatChartScore(value, language, (ticks[1] ?? 1) - (ticks[0] ?? 0) >= 1 ? 0 : digits)
            }
            width={48}
            hide={ranks && endLabels}
          />
          {!plain && <Tooltip formatter={(value, name) => [format(value), String(name)]} />}
          {/* recharts sets up an axis's scale only for a series drawn on it: an unseen one at the axis's start stands in. */}
          {plain && <Line dataKey={() => lo} stroke="none" dot={false} activeDot={false} legendType="none" isAnimationActive={false} />}
          {plain && <PlainLines rows={rows} districts={districts} styleOf={styleOf} />}
          {!plain &&
            districts.map((district) => {
              const style = styleOf(district);
              const label = (props: LabelProps) => {
                const index = props.index;
                const placed = index === lastIndex ? atEnd.get(district) : index === 0 ? atStart.get(district) : undefined;
                if (index === undefined || placed === undefined) return <g />;
                const x = Number(props.x);
                const y = Number(props.y);
                const toLeft = index === 0 && index !== lastIndex;
                const start = toLeft ? x - 10 : x + 10;
                return (
                  <g className="end-label-group">
                    {Math.abs(placed - y) > 1 && <line x1={x} y1={y} x2={start} y2={placed} stroke={style.colour} strokeWidth={1} />}
                    <text
                      className="recharts-label end-label"
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
              };
              return (
                <Line
                  key={district}
                  name={displayName(district, language)}
                  dataKey={(row: TrendRow) => row.values[district]}
                  stroke={style.colour}
                  strokeWidth={2}
                  strokeDasharray={style.dash}
                  dot={districts.length * rows.length <= DOTS_UP_TO ? { r: 4, fill: style.colour } : false}
                  isAnimationActive={false}
                  label={endLabels ? label : false}
                />
              );
            })}
        </LineChart>
      )}
    </div>
  );
}
