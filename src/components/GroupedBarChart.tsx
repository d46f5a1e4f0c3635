// Grouped horizontal bars: one group per site type, one bar per district (horizontal so that phones can read the labels).

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SiteTypeGroup } from '../model/series';
import { formatScore } from '../i18n/format';
import { formatChartScore } from '../i18n/formatViews';
import { displayName, type Language } from '../i18n/names';
import type { SeriesStyle } from './seriesColours';

export interface GroupedBarChartProps {
  groups: readonly SiteTypeGroup[];
  /** Districts to draw, in legend order. */
  districts: readonly string[];
  styleOf: (district: string) => SeriesStyle;
  language: Language;
  /** Decimals of the figures, as their source prints them. */
  digits?: number;
  maxScore: number;
}

interface Row {
  label: string;
  values: Record<string, number | undefined>;
}

export function GroupedBarChart({ groups, districts, styleOf, language, maxScore, digits = 1 }: GroupedBarChartProps) {
  const data: Row[] = groups.map((g) => ({ label: displayName(g.siteType, language), values: g.values }));
  const height = Math.max(200, groups.length * (Math.max(1, districts.length) * 9 + 18) + 48);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }} barCategoryGap={6}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" domain={[0, maxScore]} tickFormatter={(v: number) => formatScore(v, language, 0)} />
        <YAxis type="category" dataKey="label" width={language === 'zh' ? 118 : 150} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip
          formatter={(value, name) => [formatChartScore(value, language, digits), String(name)]}
          cursor={{ fill: 'rgba(0,0,0,0.06)' }}
        />
        {districts.map((district) => {
          const style = styleOf(district);
          return (
            <Bar
              key={district}
              name={displayName(district, language)}
              dataKey={(row: Row) => row.values[district]}
              fill={style.colour}
              stroke="#1a1a1a"
              strokeWidth={0.5}
              isAnimationActive={false}
            />
          );
        })}
      </BarChart>
    </ResponsiveContainer>
  );
}
