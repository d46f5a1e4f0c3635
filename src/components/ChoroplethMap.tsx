// The districts on a map, each filled by its figure's step and labelled with its name and figure; the other units of
// the prefecture drawn in grey as context. Every district is a button for Tab and a tap: its name, figure and rank are
// read aloud, and it opens the district's report card. The highlighted district is outlined.

import { placeLabelBoxes } from '../model/labelLayout';
import { contrastRatio } from './palette';
import type { MapUnit } from '../model/mapShapes';
import { textWidth } from '../model/textWidth';
import { useBoxWidth } from './useBoxWidth';

export interface MapDistrict {
  /** The entity as the ranking names it. */
  name: string;
  /** What it is labelled with on the map (its name as a reader knows it). */
  label: string;
  /** Its figure as printed (a score, a total or a change). */
  figure: string;
  fill: string;
  /** The label's colour on that fill (dark on light steps, white on dark ones). */
  ink: string;
  /** What a screen reader says of it: name, figure, rank. */
  spoken: string;
}

export interface ChoroplethMapProps {
  frame: { x: number; y: number; width: number; height: number };
  units: readonly MapUnit[];
  /** Unit name → the ranked entity drawn as it; units not in it are context. */
  districts: ReadonlyMap<string, MapDistrict>;
  highlighted: string | undefined;
  title: string;
  onOpen: (district: string) => void;
}

const CONTEXT_FILL = '#d0d0d0';
const CONTEXT_INK = '#333333';

export function ChoroplethMap({ frame, units, districts, highlighted, title, onOpen }: ChoroplethMapProps) {
  const [boxRef, width] = useBoxWidth('map');
  // Labels a thirty-sixth of the map, and never under 12 px as drawn (a phone shows the map a third of its desk size).
  const pixel = width ? frame.width / width : 1;
  const size = Math.max(Math.max(frame.width, frame.height) / 36, 12 * pixel);
  const context = units.filter((u) => !districts.has(u.name));
  const drawn = units.filter((u) => districts.has(u.name));
  const inFrame = (u: MapUnit) => u.x >= frame.x && u.x <= frame.x + frame.width && u.y >= frame.y && u.y <= frame.y + frame.height;
  const labelY = labelPlaces(drawn, districts, size, frame);
  return (
    <div ref={boxRef}>
      <svg
        className="chart-surface choropleth"
        viewBox={`${String(frame.x)} ${String(frame.y)} ${String(frame.width)} ${String(frame.height)}`}
        role="group"
        aria-label={title}
        width="100%"
      >
        {context.map((unit) => (
          <path key={unit.name} d={unit.d} fill={CONTEXT_FILL} className="map-border" aria-hidden="true" />
        ))}
        {context.filter(inFrame).map((unit) => (
          <text key={unit.name} x={unit.x} y={unit.y} fontSize={size * 0.8} fill={CONTEXT_INK} textAnchor="middle" aria-hidden="true">
            {unit.name}
          </text>
        ))}
        {drawn.map((unit) => {
          const district = districts.get(unit.name);
          if (!district) return null;
          return (
            <g
              key={unit.name}
              role="button"
              tabIndex={0}
              aria-label={district.spoken}
              className="map-district"
              onClick={() => {
                onOpen(district.name);
              }}
              onKeyDown={(event) => {
                if (event.key !== 'Enter' && event.key !== ' ') return;
                event.preventDefault();
                onOpen(district.name);
              }}
            >
              <path d={unit.d} fill={district.fill} className="map-border" />
            </g>
          );
        })}
        {/* Above every shape, so that no neighbour's border runs through a label or the highlight's outline. */}
        {drawn
          .filter((unit) => districts.get(unit.name)?.name === highlighted)
          .map((unit) => (
            <path key={unit.name} d={unit.d} className="map-highlight" fill="none" aria-hidden="true" />
          ))}
        <g className="map-labels" aria-hidden="true">
          {drawn.map((unit) => {
            const district = districts.get(unit.name);
            return district && <MapLabel key={unit.name} unit={unit} district={district} y={labelY.get(unit.name) ?? unit.y} size={size} />;
          })}
        </g>
      </svg>
    </div>
  );
}

/** The halo around an ink: white around a dark ink, near-black around a light one (the two inks the fills use). */
function haloFor(ink: string): string {
  return contrastRatio(ink, '#ffffff') >= contrastRatio(ink, '#1a1a1a') ? '#ffffff' : '#1a1a1a';
}

/** A district's name and figure at `y`; moved off its seat (a neighbour's label stood there), it points back to it. */
function MapLabel({ unit, district, y, size }: { unit: MapUnit; district: MapDistrict; y: number; size: number }) {
  const moved = Math.abs(y - unit.y) > size;
  // Off its own fill the ink may stand on a neighbour's or on the page: a halo of the other ink keeps it readable.
  const halo = moved
    ? { stroke: haloFor(district.ink), strokeWidth: size / 4, strokeLinejoin: 'round' as const, paintOrder: 'stroke' }
    : {};
  return (
    <g>
      {moved && (
        <line
          className="map-leader"
          x1={unit.x}
          y1={unit.y}
          x2={unit.x}
          y2={y + (y > unit.y ? -1.2 : 1.2) * size}
          stroke={district.ink}
          strokeWidth={size / 12}
        />
      )}
      <text x={unit.x} y={y} fontSize={size} fill={district.ink} textAnchor="middle" {...halo}>
        <tspan x={unit.x} dy="-0.2em">
          {district.label}
        </tspan>
        <tspan x={unit.x} dy="1.2em" fontWeight="bold">
          {district.figure}
        </tspan>
      </text>
    </g>
  );
}

/**
 * Each drawn district's label y: at its seat, or moved up or down where two labels' boxes would overlap (a city's
 * small central districts). A label is two lines of `size`, as wide as its longer line.
 */
function labelPlaces(
  drawn: readonly MapUnit[],
  districts: ReadonlyMap<string, MapDistrict>,
  size: number,
  frame: ChoroplethMapProps['frame'],
): Map<string, number> {
  const boxes = drawn.flatMap((unit) => {
    const district = districts.get(unit.name);
    if (!district) return [];
    const width = (Math.max(textWidth(district.label), textWidth(district.figure)) * size) / 12;
    // The text's anchor is between its lines: the box from 1.2 sizes above it to 1.2 below, centred 0.2 lower.
    return [{ key: unit.name, x: unit.x, y: unit.y + 0.2 * size, width, height: 2.4 * size }];
  });
  const placed = placeLabelBoxes(boxes, frame.y, frame.y + frame.height);
  return new Map(boxes.map((box) => [box.key, (placed.get(box.key) ?? box.y) - 0.2 * size]));
}
