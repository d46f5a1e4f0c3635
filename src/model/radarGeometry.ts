// Where a radar draws: its centre and reach in the room it is given, each axis' corner for a value, an outline
// through the corners (with gaps where a value is missing) and the rings of its scale. Pure arithmetic, used by
// the radar chart (components/ProfileRadarChart.tsx), which draws plain SVG from it.

import { niceScale } from './niceScale';

export interface RadarFrame {
  cx: number;
  cy: number;
  /** The reach of the scale's top, in pixels. */
  radius: number;
  axisCount: number;
  scaleMax: number;
  /** The value at the centre: 0, or a round baseline below the lowest score (radarBaseline). */
  scaleMin: number;
}

/** An axis' name as drawn beside its end: its box, in pixels. */
export interface RadarLabelBox {
  width: number;
  height: number;
}

export interface RadarRoom {
  width: number;
  height: number;
  /** One per axis, in axis order. */
  labels: readonly RadarLabelBox[];
  /** The gap between the scale's top and an axis' name. */
  gap: number;
  scaleMax: number;
  scaleMin?: number;
}

/** The room kept free at the drawing's edges. */
const EDGE = 2;

/** The direction of axis `index` of `count`: the first straight up, the others clockwise. */
export function radarDirection(index: number, count: number): { cos: number; sin: number } {
  const angle = ((90 - (index * 360) / Math.max(1, count)) * Math.PI) / 180;
  return { cos: Math.cos(angle), sin: Math.sin(angle) };
}

/**
 * The radar centred in the room, as large as its axes' names allow: each name stands `gap` beyond its axis' end,
 * anchored away from the centre (start on the right, end on the left, centred at the top and bottom, raised or
 * lowered by half its height there), and every name stays inside the room. Each name bounds the reach linearly,
 * so the reach is the least of those bounds. Total: a room too small for the names gives a reach of 0.
 */
export function radarFrame({ width, height, labels, gap, scaleMax, scaleMin = 0 }: RadarRoom): RadarFrame {
  const cx = width / 2;
  const cy = height / 2;
  let radius = Math.max(0, Math.min(cx, cy) - EDGE);
  // Each bound: (reach + gap) × along + extent ≤ room, so reach ≤ (room − extent) / along − gap (along > 0).
  const bound = (room: number, extent: number, along: number) => {
    if (along > 1e-6) radius = Math.min(radius, (room - extent) / along - gap);
    else if (extent > room) radius = 0;
  };
  labels.forEach((label, index) => {
    const { cos, sin } = radarDirection(index, labels.length);
    const side = cos > 1e-6 ? 'start' : cos < -1e-6 ? 'end' : 'middle';
    // Horizontally: the name's far edge from the centre, within half the width.
    bound(cx - EDGE, side === 'middle' ? label.width / 2 : label.width, Math.abs(cos));
    // Vertically: the name's block, moved off the end by half its height (sin of it), within half the height.
    bound(cy - EDGE, label.height / 2 + (Math.abs(sin) * label.height) / 2, Math.abs(sin));
  });
  return { cx, cy, radius: Math.max(0, radius), axisCount: labels.length, scaleMax, scaleMin };
}

/** Where an axis' name of `height` stands: the x its text is anchored at, how, and the y of its block's middle. */
export function radarLabelPlace(
  frame: RadarFrame,
  index: number,
  height: number,
  gap: number,
): { x: number; middle: number; anchor: 'start' | 'end' | 'middle' } {
  const end = radarCorner(frame, index, frame.scaleMax);
  const { cos, sin } = radarDirection(index, frame.axisCount);
  return {
    x: end.x + gap * cos,
    // Moved off the axis' end by half its height: upwards at the top, downwards at the bottom.
    middle: end.y - gap * sin - (sin * height) / 2,
    anchor: cos > 1e-6 ? 'start' : cos < -1e-6 ? 'end' : 'middle',
  };
}

/**
 * The height a radar of this frame's reach needs for itself and its axes' names: a room as wide and this high
 * gives it the same reach (the width bounded it), without empty bands above and below.
 */
export function radarHeight(frame: RadarFrame, labels: readonly RadarLabelBox[], gap: number): number {
  let half = frame.radius;
  labels.forEach((label, index) => {
    const up = Math.abs(radarDirection(index, labels.length).sin);
    half = Math.max(half, (frame.radius + gap) * up + (up * label.height) / 2 + label.height / 2);
  });
  return Math.ceil(2 * (half + EDGE));
}

/**
 * The point of `value` on axis `index`: the first axis stands straight up, the others follow clockwise. A value
 * past the scale is drawn at its edge and one below its baseline at the centre, as the axis states them.
 */
export function radarCorner(frame: RadarFrame, index: number, value: number): { x: number; y: number } {
  const { cos, sin } = radarDirection(index, frame.axisCount);
  // A reversed scale (fewer is better: the most at the centre, 0 outside) has a negative span, and reads the same way.
  const span = frame.scaleMax - frame.scaleMin;
  const share = span !== 0 ? Math.min(1, Math.max(0, (value - frame.scaleMin) / span)) : 0;
  const r = share * frame.radius;
  // 0 + r·cos(90°) is 6e-17, not 0: rounded to a millionth of a pixel, the first axis is exactly vertical.
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  return { x: round(frame.cx + r * cos), y: round(frame.cy - r * sin) };
}

/**
 * An SVG path through the corners of `values` (one per axis, in axis order), closed when every value is there.
 * A missing value leaves a gap: the outline stops at the corner before it and starts again at the one after, so
 * a missing score is never drawn as a zero; a run of one corner draws nothing.
 */
export function radarOutline(frame: RadarFrame, values: readonly (number | undefined)[]): string {
  const point = (index: number) => {
    const { x, y } = radarCorner(frame, index, values[index] ?? 0);
    return `${x.toFixed(1)},${y.toFixed(1)}`;
  };
  const count = values.length;
  const first = values.findIndex((v) => v === undefined);
  if (first === -1) return count === 0 ? '' : `M${values.map((_, i) => point(i)).join('L')}Z`;
  // Runs of present values, walked round from the first gap, so that a run across the last axis stays whole.
  const runs: number[][] = [];
  let run: number[] = [];
  for (let step = 1; step <= count; step++) {
    const index = (first + step) % count;
    if (values[index] === undefined) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push(index);
  }
  return runs
    .filter((r) => r.length > 1)
    .map((r) => `M${r.map(point).join('L')}`)
    .join('');
}

/**
 * The values the rings stand at, from the centre's outwards to the scale's top (its outer ring): round steps that end
 * on it when one does. A reversed scale (fewer is better) runs down from the centre to the top.
 */
export function radarRings(scaleMax: number, scaleMin = 0): number[] {
  if (scaleMax === scaleMin || !Number.isFinite(scaleMax) || !Number.isFinite(scaleMin)) return [];
  const [lo, hi] = scaleMax > scaleMin ? [scaleMin, scaleMax] : [scaleMax, scaleMin];
  const outwards = (ticks: readonly number[]) =>
    scaleMax > scaleMin ? ticks.filter((tick) => tick > lo) : ticks.filter((tick) => tick < hi).reverse();
  for (const count of [5, 4, 6, 3, 7]) {
    const scale = niceScale(lo, hi, count);
    if (Math.abs(scale.lo - lo) < 1e-9 && Math.abs(scale.hi - hi) < 1e-9) return outwards(scale.ticks);
  }
  // No round step ends on it: the round ones inside it, and its ends.
  const scale = niceScale(lo, hi, 5);
  return outwards([lo, ...scale.ticks.filter((tick) => tick > lo && tick < hi), hi]);
}

/**
 * The radar's centre value: a round step (of about a sixth of the span) at least half a step below the lowest value,
 * so that the profiles spread over the rings instead of crowding the outer one (the seed's scores all lie between 40
 * and 81 of 100), and no score sits on the centre, where its direction is lost. 0 when that step would reach 0,
 * or with no value. The chart says where it starts.
 */
export function radarBaseline(values: Iterable<number | undefined>, scaleMax: number): number {
  let low = Number.POSITIVE_INFINITY;
  for (const value of values) if (value !== undefined && Number.isFinite(value)) low = Math.min(low, value);
  if (!(scaleMax > 0) || !(low < scaleMax)) return 0;
  const { step } = niceScale(low, scaleMax, 6);
  const base = Math.floor((low - step / 2) / step) * step;
  return base <= step ? 0 : Number(base.toFixed(6));
}

/**
 * The centre of a radar where fewer is better (deductions): a round value at or above the most, by half a step at
 * least, so that the worst is not lost on the centre; the outer ring is 0, none. Better is further out, as on a
 * radar of scores.
 */
export function radarFewerBaseline(values: Iterable<number | undefined>): number {
  let high = 0;
  for (const value of values) if (value !== undefined && Number.isFinite(value)) high = Math.max(high, value);
  if (!(high > 0)) return 1;
  const scale = niceScale(0, high, 5);
  return scale.hi - high < scale.step / 2 ? Number((scale.hi + scale.step).toFixed(6)) : scale.hi;
}
