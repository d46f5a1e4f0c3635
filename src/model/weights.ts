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
const MAX_UNDECIDED = 16;
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
  lo: number[],
  hi: number[],
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
      if (budget.left-- <= 0) {
        run.exhausted = true;
        return;
      }
      chosen.push(next);
      const found = bestWeighting(chosen, lo, hi);
      if (holds(found.value)) search(i + 1, found.weights);
      chosen.pop();
    }
    search(i + 1, weights);
  };
  search(0, current);
  current = best.weights;
  return run.exhausted ? undefined : { size: best.size, weights: current };
}

/**
 * Best and worst rank each district can reach when every weight moves within ±tolerance of its value.
 * A rival whose lead is positive (or not) at every corner of the box is ahead (or not) for every weighting;
 * for the rest, whether several can be ahead at once under one weighting is a linear feasibility problem,
 * so the worst rank is 1 + the sure ones + the largest set of the others that one weighting puts ahead,
 * and the best rank likewise with the largest set one weighting keeps level or behind. Exact; past
 * MAX_UNDECIDED such rivals, or when the search budget runs out, the per-rival counts are given as bounds.
 */
export function rankStability(
  index: ScoreIndex,
  siteTypes: readonly SiteType[],
  weights: Weights | undefined,
  tolerance = 0.2,
): RankRange[] {
  const districts = index.inspection.districts;
  const bounds = weightBounds(siteTypes, weights, tolerance);
  const lo = bounds.map((b) => b.lo);
  const hi = bounds.map((b) => b.hi);
  // A source's own share of a site type (实地考察 85 %) scales its scores before any what-if weight.
  const scores = districts.map((d) => siteTypes.map((s) => (scoreOf(index, d, s.name) ?? 0) * (s.weight ?? 1)));
  const total = { left: TOTAL_BUDGET };
  return districts.map((district, d) => {
    let surelyAhead = 0;
    const undecided: number[][] = [];
    districts.forEach((_, e) => {
      if (e === d) return;
      const lead = siteTypes.map((_, s) => (scores[e]?.[s] ?? 0) - (scores[d]?.[s] ?? 0));
      let min = 0;
      let max = 0;
      bounds.forEach((b, s) => {
        const diff = lead[s] ?? 0;
        min += diff * (diff >= 0 ? b.lo : b.hi);
        max += diff * (diff >= 0 ? b.hi : b.lo);
      });
      if (min > SCORE_EPSILON) surelyAhead++;
      else if (max > SCORE_EPSILON) undecided.push(lead);
    });
    const boundsOnly = { district, best: 1 + surelyAhead, worst: 1 + surelyAhead + undecided.length, exact: false };
    if (undecided.length === 0) {
      const any = lo.map((l, j) => (l + (hi[j] ?? l)) / 2);
      return { ...boundsOnly, exact: true, witnesses: { best: any, worst: any } };
    }
    if (undecided.length > MAX_UNDECIDED) return boundsOnly;
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
    if (ahead === undefined || behind === undefined) return boundsOnly;
    return {
      district,
      best: 1 + surelyAhead + (undecided.length - behind.size),
      worst: 1 + surelyAhead + ahead.size,
      exact: true,
      witnesses: { best: behind.weights, worst: ahead.weights },
    };
  });
}
