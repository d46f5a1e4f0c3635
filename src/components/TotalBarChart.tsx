// The total ranking as horizontal bars, best first, with the city average as a dashed reference line.

import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TotalBar } from '../model/series';
import { formatChartScore, formatScore } from '../i18n/format';
import { displayName, type Language } from '../i18n/names';
import { CITY_COLOUR, type SeriesStyle } from './seriesColours';

export interface TotalBarChartProps {
  bars: readonly TotalBar[];
  city: number | undefined;
  cityLabel: string;
  maxTotal: number;
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

export function TotalBarChart({
  bars,
  city,
  cityLabel,
  maxTotal,
  styleOf,
  language,
  totalLabel,
  digits = 1,
  leaderNote,
}: TotalBarChartProps) {
  const data: Row[] = bars.map((b) => {
    const value = formatScore(b.total, language, digits);
    return {
      label: `${b.rank}. ${displayName(b.district, language)}`,
      district: b.district,
      total: b.total,
      end: leaderNote?.district === b.district ? `${value}  ${leaderNote.text}` : value,
    };
  });
  const annotated = data.some((row) => row.district === leaderNote?.district);
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, bars.length * 34 + 60)}>
      <BarChart data={data} layout="vertical" margin={{ top: 20, right: annotated ? 128 : 48, bottom: 8, left: 8 }}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" domain={[0, maxTotal]} tickFormatter={(v: number) => formatScore(v, language, 0)} />
        <YAxis type="category" dataKey="label" width={language === 'zh' ? 96 : 120} tick={{ fontSize: 12 }} interval={0} />
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
        >
          <LabelList dataKey="end" position="right" fill="#1a1a1a" />
        </Bar>
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
