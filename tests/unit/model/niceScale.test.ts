// Round axis scales: steps of 1, 2 or 5 × a power of ten, checked against scales worked out by hand.
import { describe, expect, it } from 'vitest';
import { barBaseline, niceScale, rankTicks } from '../../../src/model/niceScale';
import { SEED_CITY_TOTAL, SEED_PUBLISHED_TOTALS } from '../seedFigures';

describe('niceScale', () => {
  it('covers the seed totals 643.3–676.6 with steps of 10 when four ticks are asked for', () => {
    expect(niceScale(643.3, 676.6, 4)).toEqual({ lo: 640, hi: 680, step: 10, ticks: [640, 650, 660, 670, 680] });
  });

  it('gives the trend ticks a step of 1, 2 or 5 × 10ⁿ, never 580/620/660/700/730', () => {
    const scale = niceScale(580.4, 731.2, 5);
    expect(scale.step).toBe(50);
    expect(scale.ticks).toEqual([550, 600, 650, 700, 750]);
  });

  it('keeps decimal steps exact (0.2, not 0.20000000000000004)', () => {
    expect(niceScale(0.1, 0.9, 4).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('gives integer ticks for ranks: 1 to 6 by 1, never 1/3/5/6', () => {
    expect(niceScale(1, 6, 5, { integer: true }).ticks).toEqual([1, 2, 3, 4, 5, 6]);
    expect(niceScale(1, 30, 5, { integer: true }).ticks).toEqual([0, 10, 20, 30]);
    expect(niceScale(1, 2, 8, { integer: true }).step).toBe(1);
  });

  it('is total: one value, reversed bounds and non-finite input still give a scale', () => {
    expect(niceScale(50, 50, 4).ticks).toContain(50);
    expect(niceScale(10, 0, 4)).toEqual(niceScale(0, 10, 4));
    const broken = niceScale(Number.NaN, Number.POSITIVE_INFINITY, 4);
    expect(broken.ticks.every(Number.isFinite)).toBe(true);
    expect(broken.hi).toBeGreaterThan(broken.lo);
  });
});

describe('barBaseline', () => {
  it('starts the seed totals (643.3–676.6, city 658.6) at 600 and ends them at 680', () => {
    const scale = barBaseline([...SEED_PUBLISHED_TOTALS, SEED_CITY_TOTAL]);
    expect([scale.lo, scale.hi, scale.step]).toEqual([600, 680, 20]);
    // The last bar (643.3) is 43.3 of 80, the first (676.6) 76.6 of 80: the 33.3 gap is 42 % of the longer.
  });

  it('starts at 0 when the values reach down to it or are all equal', () => {
    expect(barBaseline([49.5, 80.7, 5]).lo).toBe(0);
    expect(barBaseline([70, 70, 70]).lo).toBe(0);
    expect(barBaseline([]).lo).toBe(0);
    expect(barBaseline([0, 0]).hi).toBeGreaterThan(0);
  });
});

describe('rankTicks', () => {
  it('names every rank of six districts (1–6, never 1/3/5/6), and round ranks past twelve', () => {
    expect(rankTicks(6)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rankTicks(300)).toEqual([1, 50, 100, 150, 200, 250, 300]);
    expect(rankTicks(0)).toEqual([1]);
  });
});
