// Rank ranges under ±20 % weights, against an oracle that shares nothing with them: ranks computed directly at
// many weight vectors sampled over the box (a dense grid plus random points).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Inspection, SiteType } from '../../../src/data/types';
import { parseInspection } from '../../../src/data/parseInspection';
import { indexScores } from '../../../src/model/scores';
import { computeStandings } from '../../../src/model/standings';
import { readFixture } from '../readFixture';
import { rankStability } from '../../../src/model/weights';

function inspectionOf(scores: number[][]): Inspection {
  const districts = scores.map((_, i) => `D${String(i)}`);
  const siteTypes = (scores[0] ?? []).map((_, j) => ({ name: `S${String(j)}`, maxScore: 100, line: 1 }));
  return {
    title: '',
    districts,
    siteTypes,
    scores: districts.flatMap((district, d) =>
      siteTypes.map((s, j) => ({ district, siteType: s.name, value: scores[d]?.[j] ?? 0, line: 1, column: 1 })),
    ),
    publishedTotals: [],
    totalMaxScore: 100 * siteTypes.length,
    sourceRanges: [],
  };
}

/** Ranks at one weight vector: 1 + the districts strictly ahead. */
function ranksAt(scores: number[][], w: number[]): number[] {
  const totals = scores.map((row) => row.reduce((sum, v, j) => sum + v * (w[j] ?? 1), 0));
  return totals.map((t) => 1 + totals.filter((o) => o > t + 1e-6).length);
}

/** Min and max rank of each district over a grid of `steps` per weight plus random points in the box. */
function sampledRanges(scores: number[][], tolerance: number, steps: number, random: number): { best: number; worst: number }[] {
  const m = scores[0]?.length ?? 0;
  const ranges = scores.map(() => ({ best: Infinity, worst: -Infinity }));
  const visit = (w: number[]) => {
    ranksAt(scores, w).forEach((rank, d) => {
      const range = ranges[d];
      if (!range) return;
      range.best = Math.min(range.best, rank);
      range.worst = Math.max(range.worst, rank);
    });
  };
  const grid = (j: number, w: number[]) => {
    if (j === m) return visit(w);
    for (let k = 0; k <= steps; k++) grid(j + 1, [...w, 1 - tolerance + (2 * tolerance * k) / steps]);
  };
  grid(0, []);
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < random; i++) visit(Array.from({ length: m }, () => 1 - tolerance + 2 * tolerance * next()));
  return ranges;
}

describe('rank ranges at ±20 %', () => {
  it('d = (10, 10) between e1 = (12, 8) and e2 = (8, 12): no weighting puts both rivals ahead, so d ranks 1–2, not 1–3', () => {
    const scores = [
      [10, 10],
      [12, 8],
      [8, 12],
    ];
    const ranges = rankStability(indexScores(inspectionOf(scores)), inspectionOf(scores).siteTypes, undefined, 0.2);
    expect(ranges[0]).toMatchObject({ district: 'D0', best: 1, worst: 2, exact: true });
    expect(sampledRanges(scores, 0.2, 40, 0)[0]).toEqual({ best: 1, worst: 2 });
  });

  it('are attained and never beaten: the rank at each witness weighting is the claimed end, and no sampled weighting goes past either end', () => {
    const value = fc.integer({ min: 400, max: 1000 }).map((v) => v / 10 + 0.0137 * (v % 7));
    fc.assert(
      fc.property(
        fc
          .integer({ min: 3, max: 6 })
          .chain((n) =>
            fc
              .integer({ min: 2, max: 3 })
              .chain((m) => fc.array(fc.array(value, { minLength: m, maxLength: m }), { minLength: n, maxLength: n })),
          ),
        (scores) => {
          const inspection = inspectionOf(scores);
          const exact = rankStability(indexScores(inspection), inspection.siteTypes, undefined, 0.2);
          const sampled = sampledRanges(scores, 0.2, (scores[0]?.length ?? 2) === 2 ? 100 : 20, 1000);
          exact.forEach((range, d) => {
            expect(range.exact).toBe(true);
            const witnesses = range.witnesses;
            if (!witnesses) throw new Error('an exact range has its witnesses');
            // Each witness lies in the box and gives exactly the claimed rank, computed directly.
            for (const w of [witnesses.best, witnesses.worst]) for (const x of w) expect(x >= 0.8 - 1e-9 && x <= 1.2 + 1e-9).toBe(true);
            expect(ranksAt(scores, witnesses.best)[d]).toBe(range.best);
            expect(ranksAt(scores, witnesses.worst)[d]).toBe(range.worst);
            expect(sampled[d]?.best).toBeGreaterThanOrEqual(range.best);
            expect(sampled[d]?.worst).toBeLessThanOrEqual(range.worst);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** Ranks actually reached: computed at every corner of the weight box and at random points inside it. */
function ranksReached(inspection: Inspection, siteTypes: readonly SiteType[], tolerance: number, randomPoints: number) {
  const idx = indexScores(inspection);
  const points: Map<string, number>[] = [];
  for (let mask = 0; mask < 2 ** siteTypes.length; mask++) {
    points.push(new Map(siteTypes.map((s, i) => [s.name, (mask >> i) & 1 ? 1 + tolerance : 1 - tolerance])));
  }
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < randomPoints; i++) points.push(new Map(siteTypes.map((s) => [s.name, 1 - tolerance + 2 * tolerance * next()])));
  const reached = new Map(inspection.districts.map((d) => [d, { min: Infinity, max: -Infinity }]));
  for (const w of points) {
    for (const row of computeStandings(idx, siteTypes, w).rows) {
      const r = reached.get(row.district);
      if (!r) continue;
      r.min = Math.min(r.min, row.rank);
      r.max = Math.max(r.max, row.rank);
    }
  }
  return reached;
}

describe('rank stability at ±20 %', () => {
  const parsed = parseInspection(readFixture('taiyuan-news-page-2025-01.txt'));
  if (!parsed.ok) throw new Error('seed must parse');
  const inspection = parsed.inspection;
  const index = indexScores(inspection);

  it('on the seed: exact ranges, each end reached by some weighting (1,024 corners and 20,000 random points)', () => {
    const exact = rankStability(index, inspection.siteTypes, undefined, 0.2);
    // 杏花岭区 can only be passed by 迎泽区; 尖草坪区 can climb no higher than 4th.
    expect(exact.map((r) => [r.district, r.best, r.worst, r.exact])).toEqual([
      ['杏花岭区', 1, 2, true],
      ['迎泽区', 1, 3, true],
      ['小店区', 2, 5, true],
      ['万柏林区', 3, 6, true],
      ['晋源区', 3, 6, true],
      ['尖草坪区', 4, 6, true],
    ]);
    const reached = ranksReached(inspection, inspection.siteTypes, 0.2, 20_000);
    for (const r of exact) expect(reached.get(r.district)).toEqual({ min: r.best, max: r.worst });
    // Each end is reached at its witness weighting, ranked by the model's own standings.
    for (const r of exact) {
      const at = (w: number[] | undefined) =>
        computeStandings(index, inspection.siteTypes, new Map(inspection.siteTypes.map((s, i) => [s.name, w?.[i] ?? 1]))).rows.find(
          (row) => row.district === r.district,
        )?.rank;
      expect([at(r.witnesses?.best), at(r.witnesses?.worst)]).toEqual([r.best, r.worst]);
    }
  });
});
