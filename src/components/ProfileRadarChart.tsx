// A radar profile: one district filled, the city average dashed on top, other districts as faint outlines
// behind for context. Compact (for small multiples), the axes are numbered and their key stands beside. Drawn as a
// plain SVG from model/radarGeometry.ts: rings, spokes and a few polygons need no chart library, and the view
// opens without loading one (issue 25: recharts' radar took half a second to open on a mid-range phone).

import { memo } from 'react';
import type { RadarPoint } from '../model/series';
import { radarCorner, radarFrame, radarHeight, radarLabelPlace, radarOutline, radarRings, type RadarFrame } from '../model/radarGeometry';
import { textWidth, wrapText } from '../model/textWidth';
import { formatScore } from '../i18n/format';
import { valueDecimals } from '../data/decimals';
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
  /** The value at the centre (0, or a round baseline below the lowest score). */
  scaleMin: number;
  asPercent: boolean;
  styleOf: (district: string) => SeriesStyle;
  language: Language;
  /** Decimals of the figures, as their source prints them. */
  digits?: number;
  /** A small multiple: numbered axes, no radius ticks, a smaller height. */
  compact?: boolean;
}

/** Past this many context districts an axis' hover text names only the filled one and the city. */
const TITLED_CONTEXT_UP_TO = 24;
// The gap between the outer ring and an axis' name.
const LABEL_GAP = 8;

const pointText = ({ x, y }: { x: number; y: number }) => `${x.toFixed(1)},${y.toFixed(1)}`;

// The height of a line of an axis' name, at 12 px.
const LINE_HEIGHT = 14;

interface AxisLabel {
  lines: string[];
  fontSize: number;
}

/**
 * An axis' name beside its end, in its lines: anchored away from the centre, raised above the top and lowered
 * below the bottom, centred on the sides.
 */
function AxisName({ frame, index, label }: { frame: RadarFrame; index: number; label: AxisLabel }) {
  const count = label.lines.length;
  const { x, middle, anchor } = radarLabelPlace(frame, index, count * LINE_HEIGHT, LABEL_GAP);
  return (
    <text
      className="chart-tick-label"
      x={x}
      y={middle - ((count - 1) * LINE_HEIGHT) / 2}
      dy="0.355em"
      textAnchor={anchor}
      fontSize={label.fontSize}
    >
      {label.lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? undefined : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** The spokes, one per axis, and the rings at round steps. */
function RadarGrid(props: { frame: RadarFrame; spokes: number; rings: readonly number[]; scaleMax: number }) {
  const { frame, spokes, rings, scaleMax } = props;
  const axes = Array.from({ length: spokes }, (_, index) => index);
  return (
    <g className="chart-grid radar-grid">
      {axes.map((index) => (
        <line key={index} x1={frame.cx} y1={frame.cy} {...endOf(radarCorner(frame, index, scaleMax))} />
      ))}
      {rings.map((ring) => (
        <path
          key={ring}
          className="radar-ring"
          d={radarOutline(
            frame,
            axes.map(() => ring),
          )}
          fill="none"
        />
      ))}
    </g>
  );
}

/** Where the radius axis stands: between the first two axes, so that its ticks never sit on an axis' name. */
const RADIUS_AXIS = 0.5;

/**
 * The radius axis with its figures. The centre and the inner rings are numbered; the top one is not (its number
 * ran into the next axis' name) and the figure's note says it. Rings closer than two lines: the centre alone.
 */
function RadiusAxis(props: {
  frame: RadarFrame;
  rings: readonly number[];
  scaleMin: number;
  scaleMax: number;
  language: Language;
  suffix: string;
}) {
  const { frame, rings, scaleMin, scaleMax, language, suffix } = props;
  const numbered = [scaleMin, ...(frame.radius / Math.max(1, rings.length) < 2 * LINE_HEIGHT ? [] : rings.slice(0, -1))];
  return (
    <g className="radar-radius-axis">
      <line x1={frame.cx} y1={frame.cy} {...endOf(radarCorner(frame, RADIUS_AXIS, scaleMax))} />
      {numbered.map((ring) => {
        const at = radarCorner(frame, RADIUS_AXIS, ring);
        return (
          <text key={ring} className="chart-tick-label" x={at.x + 4} y={at.y} dy="0.355em" textAnchor="start" fontSize={12}>
            {`${formatScore(ring, language, valueDecimals(ring))}${suffix}`}
          </text>
        );
      })}
    </g>
  );
}

/** The district in focus, filled, with a dot at each of its values (not on a small multiple). */
function FocusShape(props: { focus: string; style: SeriesStyle; points: readonly RadarPoint[]; frame: RadarFrame; dots: boolean }) {
  const { focus, style, points, frame, dots } = props;
  return (
    <g className="radar-focus">
      <path
        className="radar-shape focus-series"
        data-district={focus}
        d={radarOutline(
          frame,
          points.map((point) => point.values[focus]),
        )}
        stroke={style.colour}
        strokeWidth={2.5}
        strokeDasharray={style.dash}
        fill={style.colour}
        fillOpacity={0.3}
      />
      {dots &&
        points.map((point, index) => {
          const value = point.values[focus];
          if (value === undefined) return null;
          const at = radarCorner(frame, index, value);
          return <circle key={point.siteType} cx={at.x} cy={at.y} r={3} fill={style.colour} />;
        })}
    </g>
  );
}

/** Each axis' wedge, transparent, whose hover text gives the figures on that axis. */
function AxisHits(props: { frame: RadarFrame; points: readonly RadarPoint[]; scaleMax: number; titleOf: (point: RadarPoint) => string }) {
  const { frame, points, scaleMax, titleOf } = props;
  return (
    <g className="radar-hits">
      {points.map((point, index) => (
        <path
          key={point.siteType}
          d={`M${pointText({ x: frame.cx, y: frame.cy })}L${[index - 0.5, index, index + 0.5].map((i) => pointText(radarCorner(frame, i, scaleMax))).join('L')}Z`}
          fill="transparent"
        >
          <title>{titleOf(point)}</title>
        </path>
      ))}
    </g>
  );
}

/**
 * The drawing's layout at a width: each axis' name in lines (a quarter of the width at most; a number on a small
 * multiple), the room as wide as its card and nearly as high (up to a readable size), and the height the radar
 * and its names then need: when the width bounds it, no empty bands above and below.
 */
function radarLayout(
  points: readonly RadarPoint[],
  width: number,
  options: { compact: boolean; language: Language; scaleMax: number; scaleMin: number },
) {
  const { compact, language, scaleMax, scaleMin } = options;
  const roomHeight = width === 0 ? 0 : Math.min(width / (compact ? 1 : 1.15), compact ? 320 : 620);
  const labels: AxisLabel[] = points.map((point, index) =>
    compact
      ? { lines: [String(index + 1)], fontSize: 11 }
      : { lines: wrapText(displayName(point.siteType, language), Math.max(64, width * 0.26), 12, 4), fontSize: 12 },
  );
  const boxes = labels.map((label) => ({
    width: Math.max(...label.lines.map((line) => textWidth(line, label.fontSize))),
    height: label.lines.length * LINE_HEIGHT,
  }));
  const room = { width, height: roomHeight, labels: boxes, gap: LABEL_GAP, scaleMax, scaleMin };
  const height = Math.min(roomHeight, radarHeight(radarFrame(room), boxes, LABEL_GAP));
  return { labels, height, frame: radarFrame({ ...room, height }), rings: radarRings(scaleMax, scaleMin) };
}

export const ProfileRadarChart = memo(function ProfileRadarChart({
  points,
  focus,
  context,
  showCity,
  cityLabel,
  scaleMax,
  scaleMin,
  asPercent,
  styleOf,
  language,
  digits = 1,
  compact = false,
}: ProfileRadarChartProps) {
  const [boxRef, width] = useBoxWidth(compact ? 'radar-multiple' : 'radar');
  const suffix = asPercent ? '%' : '';
  const { labels, height, frame, rings } = radarLayout(points, width ?? 0, { compact, language, scaleMax, scaleMin });
  const outline = (value: (point: RadarPoint) => number | undefined) => radarOutline(frame, points.map(value));
  const focusStyle = focus === undefined ? undefined : styleOf(focus);
  // An axis' hover text: its site type, then each district drawn (printed score, and its share when in percent).
  const titled = [...(focus === undefined ? [] : [focus]), ...(context.length <= TITLED_CONTEXT_UP_TO ? context : [])];
  const figure = (score: number | undefined, value: number | undefined) =>
    `${formatScore(score, language, digits)}${suffix && ` (${formatScore(value, language, digits)}${suffix})`}`;
  const titleOf = (point: RadarPoint) =>
    [
      displayName(point.siteType, language),
      ...titled.map((d) => `${displayName(d, language)} ${figure(point.scores[d], point.values[d])}`),
      ...(showCity ? [`${cityLabel} ${figure(point.cityScore, point.city)}`] : []),
    ].join('\n');
  return (
    <div ref={boxRef} className="radar-box">
      {width !== undefined && (
        // The figure's data table is the chart's accessible form: the drawing itself is hidden from screen readers.
        <svg className="chart-surface" width={width} height={height} viewBox={`0 0 ${String(width)} ${String(height)}`} aria-hidden="true">
          <RadarGrid frame={frame} spokes={points.length} rings={rings} scaleMax={scaleMax} />
          <g className="chart-axis">
            {points.map((point, index) => (
              <AxisName key={point.siteType} frame={frame} index={index} label={labels[index] ?? { lines: [], fontSize: 12 }} />
            ))}
            {!compact && (
              <RadiusAxis frame={frame} rings={rings} scaleMin={scaleMin} scaleMax={scaleMax} language={language} suffix={suffix} />
            )}
          </g>
          <g className="radar-context">
            {context.map((district) => {
              const style = styleOf(district);
              return (
                <path
                  key={district}
                  className="radar-shape context-series"
                  data-district={district}
                  d={outline((point) => point.values[district])}
                  fill="none"
                  stroke={style.colour}
                  strokeOpacity={0.45}
                  strokeWidth={1}
                  strokeDasharray={style.dash}
                />
              );
            })}
          </g>
          {focus !== undefined && focusStyle && (
            <FocusShape focus={focus} style={focusStyle} points={points} frame={frame} dots={!compact} />
          )}
          {showCity && (
            <path
              className="radar-shape city-series"
              d={outline((point) => point.city)}
              fill="none"
              stroke={CITY_COLOUR}
              strokeWidth={2}
              strokeDasharray="6 4"
            />
          )}
          {/* Last, over the shapes: each axis' wedge, whose hover text gives the figures on that axis. */}
          <AxisHits frame={frame} points={points} scaleMax={scaleMax} titleOf={titleOf} />
        </svg>
      )}
    </div>
  );
});

function endOf({ x, y }: { x: number; y: number }): { x2: number; y2: number } {
  return { x2: x, y2: y };
}
