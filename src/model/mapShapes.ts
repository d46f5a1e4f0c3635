// The map's arithmetic: which prefecture's shapes an inspection's entities are (matched by name, with or without
// 区/县/市), the frame that shows them, and the colour steps of the figure on show (round steps, the darker the
// better, or the darker the fewer when fewer is better). The shapes themselves are made at build time
// (scripts/geometry.mjs): SVG path data in a box 1000 units wide.

import { niceScale } from './niceScale';

export interface MapUnit {
  name: string;
  /** SVG path data, in whole units. */
  d: string;
  /** Where its label stands (the seat of its government, else its centroid). */
  x: number;
  y: number;
}

export interface PrefectureShapes {
  width: number;
  height: number;
  units: MapUnit[];
}

export interface GeoIndex {
  source: string;
  prefectures: { file: string; units: string[] }[];
}

export interface PrefectureMatch {
  file: string;
  /** Each entity drawn, and the unit it is drawn as. */
  unitOf: Map<string, string>;
  /** Entities with no shape in the prefecture (listed under the map). */
  unmatched: string[];
}

const SUFFIX = /(自治县|自治旗|新区|区|县|市|旗)$/;

/** A name as matched: no spaces, without the 区/县/市 it may or may not be printed with (城区 and 郊区 keep theirs). */
export function unitKey(name: string): string {
  const compact = name.replace(/\s+/g, '');
  const bare = compact.replace(SUFFIX, '');
  return bare.length >= 2 ? bare : compact;
}

/**
 * The prefecture whose units are the entities: the one that holds the most of them by name, when it holds at least
 * two and at least half; undefined otherwise (streets, towns and villages have no shapes here).
 */
export function matchPrefecture(index: GeoIndex, entities: readonly string[]): PrefectureMatch | undefined {
  let best: PrefectureMatch | undefined;
  for (const prefecture of index.prefectures) {
    const byKey = new Map(prefecture.units.map((u) => [unitKey(u), u]));
    const unitOf = new Map<string, string>();
    for (const entity of entities) {
      const unit = byKey.get(unitKey(entity));
      if (unit !== undefined) unitOf.set(entity, unit);
    }
    if (unitOf.size > (best?.unitOf.size ?? 0)) best = { file: prefecture.file, unitOf, unmatched: entities.filter((e) => !unitOf.has(e)) };
  }
  return best && best.unitOf.size >= 2 && best.unitOf.size * 2 >= entities.length ? best : undefined;
}

/** The box of a path's points (its commands' numbers, read as x, y pairs). */
export function pathBounds(d: string): { x0: number; y0: number; x1: number; y1: number } {
  const numbers = d.match(/-?\d+(?:\.\d+)?/g) ?? [];
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    const x = Number(numbers[i]);
    const y = Number(numbers[i + 1]);
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  return { x0, y0, x1, y1 };
}

/** The view box that shows the drawn units whole, with a margin of a tenth of their size (the rest is context). */
export function mapFrame(shapes: PrefectureShapes, drawn: ReadonlySet<string>): { x: number; y: number; width: number; height: number } {
  let box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const unit of shapes.units) {
    if (!drawn.has(unit.name)) continue;
    const b = pathBounds(unit.d);
    box = { x0: Math.min(box.x0, b.x0), y0: Math.min(box.y0, b.y0), x1: Math.max(box.x1, b.x1), y1: Math.max(box.y1, b.y1) };
  }
  if (!Number.isFinite(box.x0)) return { x: 0, y: 0, width: shapes.width, height: shapes.height };
  const margin = Math.max(box.x1 - box.x0, box.y1 - box.y0) / 10;
  return {
    x: Math.round(box.x0 - margin),
    y: Math.round(box.y0 - margin),
    width: Math.round(box.x1 - box.x0 + 2 * margin),
    height: Math.round(box.y1 - box.y0 + 2 * margin),
  };
}

export interface ColourSteps {
  /** The steps' bounds, low to high: step i holds values from bounds[i] up to bounds[i + 1]. */
  bounds: number[];
  /** Their size: 1, 2 or 5 × 10ⁿ. */
  size: number;
  /** The step of a value: 0 the lightest, bounds.length - 2 the darkest. */
  stepOf: (value: number) => number;
}

/**
 * Round steps over the values (about `count` of 1, 2 or 5 × 10ⁿ): the darker the step, the better the figure, so
 * that with fewer is better the smallest figures are the darkest.
 */
export function colourSteps(values: readonly number[], fewerIsBetter: boolean, count = 5): ColourSteps {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const scale = niceScale(lo, hi, count);
  const last = scale.ticks.length - 2;
  return {
    bounds: scale.ticks,
    size: scale.step,
    stepOf: (value) => {
      let step = 0;
      while (step < last && value >= (scale.ticks[step + 1] ?? Infinity)) step++;
      return fewerIsBetter ? last - step : step;
    },
  };
}
