// The total ranking as horizontal bars, best first, with the city average as a dashed reference line. The bars
// start at a stated round baseline (the axis shows it) so that the gaps between districts are seen, and their
// values stand in a column right of the plot, where the city's line never crosses them. Drawn as a plain SVG at
// the width it is given: a handful of bars, an axis and a line need no chart library, and the view that shows them
// opens without loading one (issue 25).

import { memo } from 'react';
import type { NiceScale } from '../model/niceScale';
import type { TotalBar } from '../model/series';
import { textWidth } from '../model/textWidth';
import { formatScore } from '../i18n/format';
import { displayName, type Language } from '../i18n/names';
import { DISTRICT_COLOURS, type SeriesStyle } from './seriesColours';
import { useBoxWidth } from './useBoxWidth';

export interface TotalBarChartProps {
  bars: readonly TotalBar[];
  city: number | undefined;
  cityLabel: string;
  /** The bars' scale: they start at its lo, which the axis's first tick states. */
  scale: NiceScale;
  styleOf: (district: string) => SeriesStyle;
  language: Language;
  /** Decimals of the figures, as their source prints them. */
  digits?: number;
  totalLabel: string;
  /** The leader's annotation (the summary's fact: its margin over the runner-up), written after its value. */
  leaderNote?: { district: string; text: string } | undefined;
  /** The district picked out: outlined, the others faded. */
  highlighted?: string | undefined;
}

const ROW_HEIGHT = 34;
/** The bars' one colour past the palette's (a grey that reads at 3:1 on either theme's background). */
const NEUTRAL_BAR = '#8a8f98';
const TOP = 20;
const AXIS_HEIGHT = 30;
const BOTTOM = 8;
const SIDE = 8;
// The bar's share of its row: the rest is the gap between bars.
const BAR_SHARE = 0.8;
// Before the box is measured (a test without layout): the width of a phone's column.
const FALLBACK_WIDTH = 360;

function barClass(district: string, highlighted: string | undefined): string {
  if (highlighted === undefined) return 'total-bar';
  return district === highlighted ? 'total-bar is-highlighted' : 'total-bar is-dimmed';
}

/** Each bar's words: its rank and name, its total as printed, and what ends the bar (the leader's note beside it). */
function barRows(bars: TotalBarChartProps['bars'], language: Language, digits: number, leaderNote: TotalBarChartProps['leaderNote']) {
  return bars.map((b) => {
    const value = formatScore(b.total, language, digits);
    return {
      label: `${String(b.rank)}. ${displayName(b.district, language)}`,
      district: b.district,
      total: b.total,
      value,
      end:
        leaderNote?.district === b.district ? `${value}${language === 'zh' ? `（${leaderNote.text}）` : ` (${leaderNote.text})`}` : value,
    };
  });
}

/** The value axis under the bars: a tick and its figure at each round step. */
function ValueAxis(props: {
  ticks: readonly number[];
  x: (value: number) => number;
  left: number;
  right: number;
  bottom: number;
  tickText: (tick: number) => string;
}) {
  const { ticks, x, left, right, bottom, tickText } = props;
  return (
    <g className="chart-axis">
      <line x1={left} x2={right} y1={bottom} y2={bottom} />
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={bottom} y2={bottom + 6} />
          <text className="chart-tick-label" x={x(tick)} y={bottom + 18} textAnchor="middle" fontSize={12}>
            {tickText(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}

interface BarProps {
  row: { label: string; district: string; total: number; value: string; end: string };
  middle: number;
  barHeight: number;
  x: (value: number) => number;
  left: number;
  right: number;
  fill: string;
  highlighted: string | undefined;
  totalLabel: string;
}

/** A district's bar: its rank and name before it, its total (and the leader's note) after it, its hover text. */
function Bar({ row, middle, barHeight, x, left, right, fill, highlighted, totalLabel }: BarProps) {
  return (
    <g className={barClass(row.district, highlighted)} data-district={row.district}>
      <title>{`${row.label} · ${totalLabel} ${row.value}`}</title>
      <text className="chart-tick-label" x={left - 6} y={middle} dy="0.355em" fontSize={12} textAnchor="end">
        {row.label}
      </text>
      <rect
        x={left}
        y={middle - barHeight / 2}
        width={Math.max(0, x(row.total) - left)}
        height={barHeight}
        fill={fill}
        stroke="#1a1a1a"
        strokeWidth={row.district === highlighted ? 2 : 0.5}
      />
      <text className="chart-value-label" x={right + 8} y={middle} dy="0.355em" fontSize={12} textAnchor="start">
        {row.end}
      </text>
    </g>
  );
}

export const TotalBarChart = memo(function TotalBarChart({
  bars,
  city,
  cityLabel,
  scale,
  styleOf,
  language,
  totalLabel,
  digits = 1,
  leaderNote,
  highlighted,
}: TotalBarChartProps) {
  const [boxRef, measured] = useBoxWidth('total-bars');
  // Past the palette's colours one would repeat in this chart: every bar is named beside it, so they are one grey,
  // and only the highlighted one is in its colour.
  const neutral = bars.length > DISTRICT_COLOURS.length;
  const width = measured ?? FALLBACK_WIDTH;
  const rows = barRows(bars, language, digits, leaderNote);
  let endWidth = 0;
  for (const row of rows) endWidth = Math.max(endWidth, textWidth(row.end));
  const height = Math.max(160, bars.length * ROW_HEIGHT + 60);
  const labelColumn = language === 'zh' ? 96 : 120;
  const left = SIDE + labelColumn;
  const right = Math.max(left + 40, width - SIDE - endWidth - 8);
  const top = TOP;
  const bottom = height - BOTTOM - AXIS_HEIGHT;
  const band = bars.length > 0 ? (bottom - top) / bars.length : 0;
  const span = scale.hi - scale.lo || 1;
  // A value past the scale is drawn at its edge, as the axis states it.
  const x = (value: number) => left + (Math.min(scale.hi, Math.max(scale.lo, value)) - scale.lo) * ((right - left) / span);
  const tickDigits = scale.step < 1 ? 1 : 0;
  return (
    <div ref={boxRef} className="total-bar-chart">
      {/* The figure's data table is the chart's accessible form: the drawing itself is hidden from screen readers. */}
      <svg className="chart-surface" width={width} height={height} viewBox={`0 0 ${String(width)} ${String(height)}`} aria-hidden="true">
        <g className="chart-grid">
          {scale.ticks.map((tick) => (
            <line key={tick} x1={x(tick)} x2={x(tick)} y1={top} y2={bottom} strokeDasharray="3 3" />
          ))}
        </g>
        <ValueAxis
          ticks={scale.ticks}
          x={x}
          left={left}
          right={right}
          bottom={bottom}
          tickText={(tick) => formatScore(tick, language, tickDigits)}
        />
        {rows.map((row, index) => (
          <Bar
            key={row.district}
            row={row}
            middle={top + band * (index + 0.5)}
            barHeight={band * BAR_SHARE}
            x={x}
            left={left}
            right={right}
            fill={neutral && row.district !== highlighted ? NEUTRAL_BAR : styleOf(row.district).colour}
            highlighted={highlighted}
            totalLabel={totalLabel}
          />
        ))}
        {city !== undefined && (
          <g className="city-line">
            <line x1={x(city)} x2={x(city)} y1={top} y2={bottom} strokeDasharray="6 4" strokeWidth={2} />
            <text className="chart-tick-label" x={x(city)} y={top - 6} textAnchor="middle" fontSize={12}>
              {`${cityLabel} ${formatScore(city, language, digits)}`}
            </text>
          </g>
        )}
      </svg>
    </div>
  );
});
