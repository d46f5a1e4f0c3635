// Lines over periods, one per district: scores over time, or ranks as a slope chart (first place on top).

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatChartScore } from '../i18n/format';
import { displayName, type Language } from '../i18n/names';
import type { SeriesStyle } from './seriesColours';

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
  /** Ranks: integer axis, reversed so that 1 is on top. */
  ranks: boolean;
  domain: [number, number];
}

/** Up to this many lines, each is named at its end; more would collide, and the legend names them. */
const END_LABELS_UP_TO = 8;

export function TrendLineChart({ rows, districts, styleOf, language, ranks, domain, digits = 1 }: TrendLineChartProps) {
  const format = (value: unknown) => (ranks && typeof value === 'number' ? String(value) : formatChartScore(value, language, digits));
  const endLabels = districts.length <= END_LABELS_UP_TO;
  const lastIndex = rows.length - 1;
  return (
    <ResponsiveContainer width="100%" height={320}>
      <LineChart data={[...rows]} margin={{ top: 12, right: endLabels ? 96 : 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis domain={domain} reversed={ranks} allowDecimals={!ranks} tickFormatter={format} width={48} />
        <Tooltip formatter={(value, name) => [format(value), String(name)]} />
        {districts.map((district) => {
          const style = styleOf(district);
          return (
            <Line
              key={district}
              name={displayName(district, language)}
              dataKey={(row: TrendRow) => row.values[district]}
              stroke={style.colour}
              strokeWidth={2}
              strokeDasharray={style.dash}
              dot={{ r: 4, fill: style.colour }}
              isAnimationActive={false}
              label={
                endLabels
                  ? (props: { index?: number | undefined; x?: number | string | undefined; y?: number | string | undefined }) =>
                      props.index === lastIndex ? (
                        <text className="recharts-label end-label" x={Number(props.x) + 8} y={Number(props.y)} dy={4} fontSize={12}>
                          {displayName(district, language)}
                        </text>
                      ) : (
                        <g />
                      )
                  : false
              }
            />
          );
        })}
      </LineChart>
    </ResponsiveContainer>
  );
}
