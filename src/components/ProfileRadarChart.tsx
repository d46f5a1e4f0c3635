// Radar profiles: one polygon per chosen district over the selected site types, the city average dashed on top.

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from 'recharts';
import type { RadarPoint } from '../model/series';
import { formatChartScore, formatScore } from '../i18n/format';
import { displayName, type Language } from '../i18n/names';
import { CITY_COLOUR, type SeriesStyle } from './seriesColours';

export interface ProfileRadarChartProps {
  points: readonly RadarPoint[];
  districts: readonly string[];
  showCity: boolean;
  cityLabel: string;
  scaleMax: number;
  asPercent: boolean;
  styleOf: (district: string) => SeriesStyle;
  language: Language;
  /** Decimals of the figures, as their source prints them. */
  digits?: number;
}

interface Row {
  label: string;
  point: RadarPoint;
}

export function ProfileRadarChart({
  points,
  districts,
  showCity,
  cityLabel,
  scaleMax,
  asPercent,
  styleOf,
  language,
  digits = 1,
}: ProfileRadarChartProps) {
  const data: Row[] = points.map((point) => ({ label: displayName(point.siteType, language), point }));
  const suffix = asPercent ? '%' : '';
  return (
    <ResponsiveContainer width="100%" height={460}>
      <RadarChart data={data} outerRadius="72%" margin={{ top: 16, right: 40, bottom: 16, left: 40 }}>
        <PolarGrid />
        <PolarAngleAxis dataKey="label" tick={{ fontSize: 11 }} />
        <PolarRadiusAxis domain={[0, scaleMax]} angle={90} tickFormatter={(v: number) => `${formatScore(v, language, 0)}${suffix}`} />
        <Tooltip formatter={(value, name) => [`${formatChartScore(value, language, digits)}${suffix}`, String(name)]} />
        {districts.map((district) => {
          const style = styleOf(district);
          return (
            <Radar
              key={district}
              name={displayName(district, language)}
              dataKey={(row: Row) => row.point.values[district]}
              stroke={style.colour}
              strokeWidth={2}
              strokeDasharray={style.dash}
              fill={style.colour}
              fillOpacity={0.08}
              isAnimationActive={false}
            />
          );
        })}
        {showCity && (
          <Radar
            className="city-series"
            name={cityLabel}
            dataKey={(row: Row) => row.point.city}
            stroke={CITY_COLOUR}
            strokeWidth={2}
            strokeDasharray="6 4"
            fill="none"
            isAnimationActive={false}
          />
        )}
      </RadarChart>
    </ResponsiveContainer>
  );
}
