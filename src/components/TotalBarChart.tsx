// The total ranking as horizontal bars, best first, with the city average as a dashed reference line. The bars
// start at a stated round baseline (the axis shows it) so that the gaps between districts are seen, and their
// values stand in a column right of the plot, where the city's line never crosses them.

import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { NiceScale } from '../model/niceScale';
import type { TotalBar } from '../model/series';
import { formatChartScore, formatScore } from '../i18n/format';
import { displayName, type Language } from '../i18n/names';
import { CITY_COLOUR, type SeriesStyle } from './seriesColours';

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
}

interface Row {
  label: string;
  district: string;
  total: number;
  /** The value at the bar's end, with the annotation where there is one. */
  end: string;
}

// The drawn width of a label at 12 px: Han characters and full-width punctuation about 12 px, the rest about 7.
function labelWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 12 : 7;
  return width;
}

export function TotalBarChart({ bars, city, cityLabel, scale, styleOf, language, totalLabel, digits = 1, leaderNote }: TotalBarChartProps) {
  const data: Row[] = bars.map((b) => {
    const value = formatScore(b.total, language, digits);
    return {
      label: `${b.rank}. ${displayName(b.district, language)}`,
      district: b.district,
      total: b.total,
      end:
        leaderNote?.district === b.district ? `${value}${language === 'zh' ? `（${leaderNote.text}）` : ` (${leaderNote.text})`}` : value,
    };
  });
  let endWidth = 0;
  for (const row of data) endWidth = Math.max(endWidth, labelWidth(row.end));
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, bars.length * 34 + 60)}>
      <BarChart data={data} layout="vertical" margin={{ top: 20, right: 8, bottom: 8, left: 8 }}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis
          type="number"
          domain={[scale.lo, scale.hi]}
          ticks={scale.ticks}
          allowDataOverflow
          tickFormatter={(v: number) => formatScore(v, language, scale.step < 1 ? 1 : 0)}
        />
        <YAxis type="category" dataKey="label" width={language === 'zh' ? 96 : 120} tick={{ fontSize: 12 }} interval={0} />
        {/* The values as a second category axis on the right: one per bar, outside the plot and its lines. */}
        <YAxis
          yAxisId="values"
          orientation="right"
          type="category"
          dataKey="end"
          width={endWidth + 8}
          axisLine={false}
          tickLine={false}
          // A plain text, not recharts' word-wrapping one, which drops the space inside 领先 6.7.
          tick={(props: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) => (
            <text className="chart-value-label" x={Number(props.x ?? 0) + 4} y={props.y} dy="0.355em" fontSize={12} textAnchor="start">
              {typeof props.payload?.value === 'string' ? props.payload.value : ''}
            </text>
          )}
          interval={0}
        />
        <Tooltip formatter={(value) => [formatChartScore(value, language, digits), totalLabel]} />
        <Bar
          dataKey="total"
          name={totalLabel}
          isAnimationActive={false}
          shape={(props: { x?: number; y?: number; width?: number; height?: number; index: number }) => (
            <rect
              x={props.x}
              y={props.y}
              width={props.width}
              height={props.height}
              fill={styleOf(data[props.index]?.district ?? '').colour}
              stroke="#1a1a1a"
              strokeWidth={0.5}
            />
          )}
        />
        {city !== undefined && (
          <ReferenceLine
            x={city}
            stroke={CITY_COLOUR}
            strokeDasharray="6 4"
            strokeWidth={2}
            label={{ value: `${cityLabel} ${formatScore(city, language, digits)}`, position: 'top', fill: CITY_COLOUR, fontSize: 12 }}
          />
        )}
      </BarChart>
    </ResponsiveContainer>
  );
}
