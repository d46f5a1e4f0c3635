// A radar profile: one district filled, the city average dashed on top, other districts as faint outlines
// behind for context. Compact (for small multiples), the axes are numbered and their key stands beside.

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from 'recharts';
import type { RadarPoint } from '../model/series';
import { formatChartScore, formatScore } from '../i18n/format';
import { displayName, type Language } from '../i18n/names';
import { CITY_COLOUR, type SeriesStyle } from './seriesColours';
import { useBoxWidth } from './useBoxWidth';

export interface ProfileRadarChartProps {
  points: readonly RadarPoint[];
  /** The district drawn filled; undefined: none (only the outlines and the city). */
  focus: string | undefined;
  /** Other districts, drawn as faint outlines. */
  context: readonly string[];
  showCity: boolean;
  cityLabel: string;
  scaleMax: number;
  asPercent: boolean;
  styleOf: (district: string) => SeriesStyle;
  language: Language;
  /** Decimals of the figures, as their source prints them. */
  digits?: number;
  /** A small multiple: numbered axes, no radius ticks, a smaller height. */
  compact?: boolean;
}

interface Row {
  label: string;
  point: RadarPoint;
}

/**
 * Past this many context districts their outlines are drawn as plain polygons, not recharts' Radar: each Radar
 * registers itself in the chart's store and every other one hears of it, so 300 districts' outlines took a third of
 * a second to draw and as long to take down. Placed as recharts places a radar's points (RadarChart's defaults:
 * centred, the first axis at 90°, clockwise; the radius axis linear from 0), which a Chromium test compares.
 */
const PLAIN_OUTLINES_AFTER = 24;
// The polygon's reach, a share of the room (recharts' outerRadius, given as a percentage).
const OUTER_SHARE = 0.78;

interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The context districts' outlines as plain SVG polygons, on the geometry RadarChart gives a radar's points. */
function PlainOutlines({
  points,
  districts,
  styleOf,
  width,
  height,
  margin,
  scaleMax,
}: {
  points: readonly RadarPoint[];
  districts: readonly string[];
  styleOf: (district: string) => SeriesStyle;
  width: number;
  height: number;
  margin: Margin;
  scaleMax: number;
}) {
  const innerWidth = width - margin.left - margin.right;
  const innerHeight = height - margin.top - margin.bottom;
  const cx = margin.left + innerWidth / 2;
  const cy = margin.top + innerHeight / 2;
  const radius = (Math.min(Math.abs(innerWidth), Math.abs(innerHeight)) / 2) * OUTER_SHARE;
  const corner = (index: number, value: number) => {
    const angle = ((90 - (index * 360) / points.length) * Math.PI) / 180;
    const r = (Math.max(0, value) / (scaleMax || 1)) * radius;
    return `${(cx + r * Math.cos(angle)).toFixed(1)},${(cy - r * Math.sin(angle)).toFixed(1)}`;
  };
  return (
    <g className="plain-outlines">
      {districts.map((district) => {
        const style = styleOf(district);
        return (
          <polygon
            key={district}
            className="plain-outline"
            data-district={district}
            points={points.map((point, index) => corner(index, point.values[district] ?? 0)).join(' ')}
            fill="none"
            stroke={style.colour}
            strokeOpacity={0.45}
            strokeWidth={1}
            strokeDasharray={style.dash}
          />
        );
      })}
    </g>
  );
}

export function ProfileRadarChart({
  points,
  focus,
  context,
  showCity,
  cityLabel,
  scaleMax,
  asPercent,
  styleOf,
  language,
  digits = 1,
  compact = false,
}: ProfileRadarChartProps) {
  const data: Row[] = points.map((point, index) => ({ label: compact ? String(index + 1) : displayName(point.siteType, language), point }));
  const suffix = asPercent ? '%' : '';
  const focusStyle = focus === undefined ? undefined : styleOf(focus);
  const [boxRef, width] = useBoxWidth();
  // Square, as wide as its card: the polygon gets all the room the card has (up to a readable size).
  const height = width === undefined ? 0 : Math.min(width / (compact ? 1 : 1.15), compact ? 320 : 620);
  const margin = compact ? { top: 4, right: 4, bottom: 4, left: 4 } : { top: 8, right: 48, bottom: 8, left: 48 };
  const plain = context.length > PLAIN_OUTLINES_AFTER;
  return (
    <div ref={boxRef} className="radar-box">
      {width !== undefined && (
        <RadarChart width={width} height={height} data={data} outerRadius={`${String(OUTER_SHARE * 100)}%`} margin={margin}>
          <PolarGrid />
          <PolarAngleAxis dataKey="label" tick={{ fontSize: compact ? 11 : 12 }} />
          <PolarRadiusAxis
            domain={[0, scaleMax]}
            // Between the first two axes (the first stands at 90°), so that its ticks never sit on an axis' name.
            angle={90 - 180 / Math.max(points.length, 1)}
            tick={!compact}
            axisLine={!compact}
            tickFormatter={(v: number) => `${formatScore(v, language, 0)}${suffix}`}
          />
          <Tooltip
            labelFormatter={(_, payload) => {
              const row = payload[0]?.payload as Row | undefined;
              return row ? displayName(row.point.siteType, language) : '';
            }}
            formatter={(value, name) => [`${formatChartScore(value, language, digits)}${suffix}`, String(name)]}
          />
          {plain && (
            <PlainOutlines
              points={points}
              districts={context}
              styleOf={styleOf}
              width={width}
              height={height}
              margin={margin}
              scaleMax={scaleMax}
            />
          )}
          {!plain &&
            context.map((district) => {
              const style = styleOf(district);
              return (
                <Radar
                  key={district}
                  className="context-series"
                  name={displayName(district, language)}
                  dataKey={(row: Row) => row.point.values[district]}
                  stroke={style.colour}
                  strokeOpacity={0.45}
                  strokeWidth={1}
                  strokeDasharray={style.dash}
                  fill="none"
                  isAnimationActive={false}
                />
              );
            })}
          {focus !== undefined && focusStyle && (
            <Radar
              className="focus-series"
              name={displayName(focus, language)}
              dataKey={(row: Row) => row.point.values[focus]}
              stroke={focusStyle.colour}
              strokeWidth={2.5}
              strokeDasharray={focusStyle.dash}
              fill={focusStyle.colour}
              fillOpacity={0.3}
              dot={!compact}
              isAnimationActive={false}
            />
          )}
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
      )}
    </div>
  );
}
