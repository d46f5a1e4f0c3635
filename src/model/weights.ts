// What-if weights: how stable each rank is when every weight moves within a tolerance (rank changes: rankChanges.ts).

import type { SiteType } from '../data/types';
import { SCORE_EPSILON } from './ranks';
import { bestWeighting } from './feasibility';
import { scoreOf, type ScoreIndex } from './scores';
import { weightOf, type Weights } from './standings';

export interface RankRange {
  district: string;
  /** The best rank some weighting in the box gives (a bound when not exact: no better than this is possible). */
  best: number;
  /** The worst rank some weighting in the box gives (a bound when not exact: no worse than this is possible). */
  worst: number;
  /** True when best and worst are attained; false when too many rivals made the search give bounds only. */
  exact: boolean;
  /** When exact: a weighting (one weight per site type) that gives the best rank, and one that gives the worst. */
  witnesses?: { best: number[]; worst: number[] };
}

interface Bounds {
  lo: number;
  hi: number;
}

function weightBounds(siteTypes: readonly SiteType[], weights: Weights | undefined, tolerance: number): Bounds[] {
  return siteTypes.map((s) => {
    const w = weightOf(weights, s.name);
    return { lo: w * (1 - tolerance), hi: w * (1 + tolerance) };
  });
}

/** Past this many rivals whose order depends on the weights, ranges are given as bounds, never called exact. */
const MAX_UNDECIDED = 24;
/** Linear programs one district's search may solve before it settles for bounds. */
const SEARCH_BUDGET = 4_000;
/** Linear programs all districts together may solve: a big import gets bounds instead of a frozen view. */
const TOTAL_BUDGET = 20_000;

/**
 * The largest set of the given conditions (score differences) that one weighting in the box makes all
 * positive (`strict`) or all non-negative: a branch and bound over the conditions, each set checked as a
 * linear program. Undefined when the budget ran out first.
 */
function largestJointSet(
  conditions: readonly number[][],
  lo: readonly number[],
  hi: readonly number[],
  strict: boolean,
  budget: { left: number },
): { size: number; weights: number[] } | undefined {
  let best = { size: 0, weights: lo.map((l, j) => (l + (hi[j] ?? l)) / 2) };
  const chosen: number[][] = [];
  let current: number[] = best.weights;
  const run = { exhausted: false };
  const holds = (t: number) => (strict ? t > SCORE_EPSILON : t >= -SCORE_EPSILON);
  const search = (i: number, weights: number[]) => {
    if (run.exhausted || chosen.length + (conditions.length - i) <= best.size) return;
    if (i === conditions.length) {
      best = { size: chosen.length, weights };
      return;
    }
    const next = conditions[i];
    if (next) {
      chosen.push(next);
      // Warm start: `weights` satisfies every chosen condition; when it satisfies the next too, no program is needed.
      if (holds(next.reduce((sum, v, j) => sum + v * (weights[j] ?? 0), 0))) search(i + 1, weights);
      else if (budget.left-- <= 0) run.exhausted = true;
      else {
        const found = bestWeighting(chosen, lo, hi);
        if (holds(found.value)) search(i + 1, found.weights);
      }
      chosen.pop();
    }
    search(i + 1, weights);
  };
  search(0, current);
  current = best.weights;
  return run.exhausted ? undefined : { size: best.size, weights: current };
}

/**
 * What the rank ranges are computed from, plain data a worker can be sent: each district's scores by site type
 * (scaled by a source's own share of a site type), and the box every weight may move in.
 */
export interface StabilityInput {
  districts: readonly string[];
  scores: readonly (readonly number[])[];
  lo: readonly number[];
  hi: readonly number[];
}

export function stabilityInput(
  index: ScoreIndex,
  siteTypes: readonly SiteType[],
  weights: Weights | undefined,
  tolerance = 0.2,
): StabilityInput {
  const districts = index.inspection.districts;
  const bounds = weightBounds(siteTypes, weights, tolerance);
  // The ranges rank the highest first: deductions (fewer is better) go in negated, which ranks the fewest first.
  const sign = index.inspection.fewerIsBetter ? -1 : 1;
  return {
    districts,
    // A source's own share of a site type (实地考察 85 %) scales its scores before any what-if weight.
    scores: districts.map((d) => siteTypes.map((s) => sign * (scoreOf(index, d, s.name) ?? 0) * (s.weight ?? 1))),
    lo: bounds.map((b) => b.lo),
    hi: bounds.map((b) => b.hi),
  };
}

/**
 * Best and worst rank each district can reach when every weight moves within the box, one district at a time (the
 * what-if view shows each as it comes: src/model/rankRanges.worker.ts). A rival whose lead is positive (or not) at
 * every corner of the box is ahead (or not) for every weighting; for the rest, whether several can be ahead at once
 * under one weighting is a linear feasibility problem, so the worst rank is 1 + the sure ones + the largest set of
 * the others that one weighting puts ahead, and the best rank likewise with the largest set one weighting keeps
 * level or behind. Exact; past MAX_UNDECIDED such rivals, or when the search budget runs out, the per-rival counts
 * are given as bounds.
 */
export function* rankRanges({ districts, scores, lo, hi }: StabilityInput): Generator<RankRange> {
  const total = { left: TOTAL_BUDGET };
  for (const [d, district] of districts.entries()) {
    let surelyAhead = 0;
    const undecided: number[][] = [];
    districts.forEach((_, e) => {
      if (e === d) return;
      const lead = lo.map((_, s) => (scores[e]?.[s] ?? 0) - (scores[d]?.[s] ?? 0));
      let min = 0;
      let max = 0;
      lead.forEach((diff, s) => {
        min += diff * ((diff >= 0 ? lo[s] : hi[s]) ?? 0);
        max += diff * ((diff >= 0 ? hi[s] : lo[s]) ?? 0);
      });
      if (min > SCORE_EPSILON) surelyAhead++;
      else if (max > SCORE_EPSILON) undecided.push(lead);
    });
    const boundsOnly = { district, best: 1 + surelyAhead, worst: 1 + surelyAhead + undecided.length, exact: false };
    if (undecided.length === 0) {
      const any = lo.map((l, j) => (l + (hi[j] ?? l)) / 2);
      yield { ...boundsOnly, exact: true, witnesses: { best: any, worst: any } };
      continue;
    }
    if (undecided.length > MAX_UNDECIDED) {
      yield boundsOnly;
      continue;
    }
    const budget = { left: Math.min(SEARCH_BUDGET, total.left) };
    const ahead = largestJointSet(undecided, lo, hi, true, budget);
    const behind = largestJointSet(
      undecided.map((lead) => lead.map((v) => -v)),
      lo,
      hi,
      false,
      budget,
    );
    total.left -= Math.min(SEARCH_BUDGET, total.left) - budget.left;
    if (ahead === undefined || behind === undefined) yield boundsOnly;
    else
      yield {
        district,
        best: 1 + surelyAhead + (undecided.length - behind.size),
        worst: 1 + surelyAhead + ahead.size,
        exact: true,
        witnesses: { best: behind.weights, worst: ahead.weights },
      };
  }
}

/** Every district's range at once (rankRanges). */
export function rankStability(
  index: ScoreIndex,
  siteTypes: readonly SiteType[],
  weights: Weights | undefined,
  tolerance = 0.2,
): RankRange[] {
  return [...rankRanges(stabilityInput(index, siteTypes, weights, tolerance))];
}

/**
 * Runs rankRanges in batches of about `sliceMs`, handing each batch to `deliver` and waiting a macrotask in between,
 * so that whoever runs it (the worker, or the page where no worker can start) reads its messages between batches;
 * stops as soon as `current()` says a newer request came. `wait` is the pause (a zero timeout; tests pass their own).
 */
export async function deliverRankRanges(
  input: StabilityInput,
  deliver: (ranges: RankRange[], done: boolean) => void,
  current: () => boolean,
  sliceMs = 16,
  wait: () => Promise<void> = () =>
    new Promise((resolve) => {
      setTimeout(resolve, 0);
    }),
): Promise<void> {
  const ranges = rankRanges(input);
  // One range ahead of the batch, so that the last batch says it is the last.
  let next = ranges.next();
  for (;;) {
    const started = performance.now();
    const batch: RankRange[] = [];
    while (!next.done) {
      batch.push(next.value);
      next = ranges.next();
      if (performance.now() - started >= sliceMs) break;
    }
    deliver(batch, next.done === true);
    if (next.done === true) return;
    await wait();
    if (!current()) return;
  }
}
