// Axis scales with round ticks (steps of 1, 2 or 5 × a power of ten): the bars' stated baseline and the charts' ticks.

export interface NiceScale {
  lo: number;
  hi: number;
  step: number;
  /** From lo to hi by step, each rounded to the step's decimals (0.2, never 0.20000000000000004). */
  ticks: number[];
}

// A tolerance for the division: 0.9 / 0.3 is 3.0000000000000004, which must still be the third step.
const SLACK = 1e-9;

function decimalsOf(step: number): number {
  return step >= 1 ? 0 : Math.min(20, Math.ceil(-Math.log10(step) - SLACK));
}

/** The smallest of 1, 2, 5 × 10ⁿ that is at least rough (rough > 0). */
function roundStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const factor of [1, 2, 5, 10]) if (factor * power >= rough * (1 - SLACK)) return factor * power;
  return 10 * power;
}

/**
 * A scale from a round value at or below min to one at or above max, in about `count` steps of 1, 2 or 5 × 10ⁿ;
 * `integer` keeps the step whole (ranks). Total: reversed bounds are swapped, one value or a non-finite bound
 * gives a scale around what is finite.
 */
export function niceScale(min: number, max: number, count: number, options: { integer?: boolean } = {}): NiceScale {
  let a = Number.isFinite(min) ? min : Number.isFinite(max) ? max : 0;
  let b = Number.isFinite(max) ? max : a;
  if (a > b) [a, b] = [b, a];
  if (b - a < SLACK) {
    // One value: a step of a tenth of its size (or 1) on each side.
    const pad = Math.abs(a) > 0 ? Math.abs(a) / 10 : 1;
    a -= pad;
    b += pad;
  }
  let step = roundStep((b - a) / Math.max(1, Math.floor(count)));
  if (options.integer) step = Math.max(1, Math.round(step));
  const digits = decimalsOf(step);
  const fix = (value: number) => Number(value.toFixed(digits));
  const first = Math.floor(a / step + SLACK);
  const last = Math.ceil(b / step - SLACK);
  const ticks: number[] = [];
  for (let i = first; i <= last; i += 1) ticks.push(fix(i * step));
  return { lo: fix(first * step), hi: fix(last * step), step, ticks };
}

/**
 * The scale of bars that show differences: it starts a round value below the lowest (by about the values' own
 * spread, so the shortest bar is not a sliver) and at 0 when that would reach 0 or the values are all equal.
 * The start is stated beside the bars: a bar's length is its value minus it.
 */
export function barBaseline(values: readonly number[]): NiceScale {
  let lowest = Number.POSITIVE_INFINITY;
  let highest = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value < lowest) lowest = value;
    if (value > highest) highest = value;
  }
  if (!(highest > 0)) return niceScale(0, 1, 4);
  const spread = highest - lowest;
  const start = spread < SLACK ? 0 : Math.max(0, lowest - spread);
  return niceScale(start, highest, 4);
}

/** Where value falls on the scale, 0–1. */
export function shareOf(scale: NiceScale, value: number): number {
  const span = scale.hi - scale.lo;
  return span > 0 && Number.isFinite(value) ? Math.min(1, Math.max(0, (value - scale.lo) / span)) : 0;
}

/** The ticks of a rank axis from 1 to count: every rank up to 12, else 1 and round steps (1, 10, 20, 30…). */
export function rankTicks(count: number): number[] {
  const last = Math.max(1, Math.floor(Number.isFinite(count) ? count : 1));
  if (last <= 12) return Array.from({ length: last }, (_, i) => i + 1);
  const ticks = niceScale(0, last, 6, { integer: true }).ticks.filter((tick) => tick > 0 && tick <= last);
  return [1, ...ticks.filter((tick) => tick > 1)];
}
