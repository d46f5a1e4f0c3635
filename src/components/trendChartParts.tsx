// The parts of the trend chart's drawing (TrendLineChart): its periods' axis, its values' axis, its lines (or a band
// of them) with their end labels, and each period's hover column. Each takes the plot's layout as computed once.

import { displayName, type Language } from '../i18n/names';
import { bandPaths, linePath } from '../model/trendGeometry';
import type { SeriesStyle } from './seriesColours';

/** Where things stand in the plot, computed once for all its parts. */
export interface TrendLayout {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Each period's share of the plot's width, and its point's x in the middle of it. */
  share: number;
  xs: readonly number[];
  yOf: (value: number) => number;
  /** The margin the end labels take at each side, when they are drawn. */
  side: number;
  endLabels: boolean;
  ranks: boolean;
}

// A tick's length, and the gap between it and its label.
const TICK = 6;
const TICK_GAP = 2;
const MAX_LINES = 3;

// A period's label in lines that fit the room under its point (Published early January 2025 on a phone): two
// periods' labels must both fit under the plot. Broken between words; a word longer than the room stays whole.
export function periodLines(label: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length <= MAX_LINES ? lines : [...lines.slice(0, MAX_LINES - 1), lines.slice(MAX_LINES - 1).join(' ')];
}

/** The periods' axis: a tick and a wrapped label under each period's point. */
export function PeriodAxis({ labels, layout }: { labels: readonly string[]; layout: TrendLayout }) {
  const { left, right, bottom, xs, share, side, endLabels, ranks } = layout;
  const lastIndex = labels.length - 1;
  return (
    <g className="chart-axis x-axis">
      <line x1={left} x2={right} y1={bottom} y2={bottom} />
      {labels.map((label, index) => {
        const x = xs[index] ?? 0;
        // The end periods' labels reach out from their points: under the end labels' margin where the chart has
        // one (it is empty below the plot), else inward. About 7 px a character at 12 px.
        const first = labels.length > 1 && index === 0;
        const last = labels.length > 1 && index === lastIndex;
        const outward = (first && ranks && endLabels) || (last && endLabels);
        const anchor = first ? (outward ? 'end' : 'start') : last ? (outward ? 'start' : 'end') : 'middle';
        const room = (outward ? side - 8 : share) / 7;
        const lines = periodLines(label, room > 0 ? Math.floor(room) : 16);
        return (
          <g key={label}>
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
  );
}

/** The values' axis: a tick and its figure at each round step. */
export function ValueAxis({
  ticks,
  layout,
  tickText,
}: {
  ticks: readonly number[];
  layout: TrendLayout;
  tickText: (value: number) => string;
}) {
  const { left, top, bottom, yOf } = layout;
  return (
    <g className="chart-axis y-axis">
      <line x1={left} x2={left} y1={top} y2={bottom} />
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
  );
}

/**
 * Many lines read as a band: one path per colour, not a node per district, so that a switch to it at 300 districts
 * builds and paints a handful of nodes. Each district's line is one subpath of its colour's; the one picked out is
 * drawn thick over them.
 */
export function TrendBand(props: {
  districts: readonly string[];
  heightsOf: (district: string) => (number | undefined)[];
  xs: readonly number[];
  styleOf: (district: string) => SeriesStyle;
  highlighted: string | undefined;
}) {
  const { districts, heightsOf, xs, styleOf, highlighted } = props;
  return (
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
  );
}

/** A district's name at an end of its line, with a short leader to its point when the label was moved off it. */
export function EndLabel(props: { x: number; y: number; placed: number; toLeft: boolean; colour: string; text: string }) {
  const { x, y, placed, toLeft, colour, text } = props;
  const start = toLeft ? x - 10 : x + 10;
  return (
    <g className="end-label-group">
      {Math.abs(placed - y) > 1 && <line x1={x} y1={y} x2={start} y2={placed} stroke={colour} strokeWidth={1} />}
      <text
        className="chart-value-label end-label"
        x={start + (toLeft ? -2 : 2)}
        y={placed}
        dy={4}
        fontSize={12}
        textAnchor={toLeft ? 'end' : 'start'}
      >
        {text}
      </text>
    </g>
  );
}

/** Over the lines: each period's column, whose hover text gives that period's figures (none for a band). */
export function PeriodHits(props: {
  rows: readonly { label: string; values: Record<string, number | undefined> }[];
  titled: readonly string[];
  layout: TrendLayout;
  plotHeight: number;
  language: Language;
  format: (value: number | undefined) => string;
}) {
  const { rows, titled, layout, plotHeight, language, format } = props;
  return (
    <g className="trend-hits">
      {rows.map((row, index) => (
        <rect
          key={row.label}
          x={(layout.xs[index] ?? 0) - layout.share / 2}
          y={layout.top}
          width={layout.share}
          height={plotHeight}
          fill="transparent"
        >
          <title>
            {[row.label, ...titled.map((district) => `${displayName(district, language)} ${format(row.values[district])}`)].join('\n')}
          </title>
        </rect>
      ))}
    </g>
  );
}
