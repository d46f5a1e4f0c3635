// End labels spread apart: checked against positions worked out by hand and, for random points, against the
// definition of "no overlap" measured on the result (every neighbour at least one label height away).
import { describe, expect, it } from 'vitest';
import { placeLabelBoxes, spreadLabels } from '../../../src/model/labelLayout';

describe('spreadLabels', () => {
  it('leaves labels with room where their points are', () => {
    const placed = spreadLabels(
      [
        { key: 'a', at: 10 },
        { key: 'b', at: 40 },
      ],
      14,
      0,
      100,
    );
    expect([...placed.entries()]).toEqual([
      ['a', 10],
      ['b', 40],
    ]);
  });

  it('spreads two labels 2 px apart (660.7 over 660.2) around their middle: 50 and 52 become 44 and 58', () => {
    const placed = spreadLabels(
      [
        { key: 'upper', at: 50 },
        { key: 'lower', at: 52 },
      ],
      14,
      0,
      100,
    );
    expect(placed.get('upper')).toBe(44);
    expect(placed.get('lower')).toBe(58);
  });

  it('merges a group that reaches into its neighbour: 20, 30, 31 with a gap of 14 become 13, 27, 41', () => {
    const placed = spreadLabels(
      [
        { key: 1, at: 20 },
        { key: 2, at: 30 },
        { key: 3, at: 31 },
      ],
      14,
      0,
      100,
    );
    // 20 and 30 merge (18, 32); 31 reaches into that pair, so all three centre on their mean 27: 13, 27, 41.
    expect(placed.get(1)).toBeCloseTo(13, 9);
    expect(placed.get(2)).toBeCloseTo(27, 9);
    expect(placed.get(3)).toBeCloseTo(41, 9);
  });

  it('keeps labels inside the bounds: three at the bottom edge (100) end at 72, 86, 100', () => {
    const placed = spreadLabels(
      [0, 1, 2].map((i) => ({ key: i, at: 100 })),
      14,
      0,
      100,
    );
    expect([placed.get(0), placed.get(1), placed.get(2)]).toEqual([72, 86, 100]);
  });

  it('for random points never leaves two labels closer than the gap, and keeps their order', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let run = 0; run < 200; run++) {
      const spots = Array.from({ length: 1 + Math.floor(random() * 12) }, (_, key) => ({ key, at: random() * 270 }));
      const placed = spreadLabels(spots, 14, 0, 270);
      const byPoint = [...spots].sort((a, b) => a.at - b.at).map((s) => placed.get(s.key) ?? Number.NaN);
      for (let i = 1; i < byPoint.length; i++) expect((byPoint[i] ?? 0) - (byPoint[i - 1] ?? 0)).toBeGreaterThanOrEqual(14 - 1e-9);
      expect(placed.size).toBe(spots.length);
    }
  });

  it('is total: no spots, and a non-finite position', () => {
    expect(spreadLabels([], 14, 0, 100).size).toBe(0);
    expect(spreadLabels([{ key: 'x', at: Number.NaN }], 14, 0, 100).get('x')).toBe(0);
  });
});

describe('placeLabelBoxes', () => {
  const box = (key: string, x: number, y: number) => ({ key, x, y, width: 40, height: 20 });

  it('leaves labels that do not touch where they are', () => {
    const placed = placeLabelBoxes([box('a', 0, 20), box('b', 100, 20), box('c', 0, 50)], 0, 200);
    expect(['a', 'b', 'c'].map((k) => placed.get(k))).toEqual([20, 20, 50]);
  });

  it('moves labels whose boxes overlap apart, up and down, until none overlaps another', () => {
    // 迎泽区 and 杏花岭区, say: their seats 8 px apart, their labels 20 px tall and side by side.
    const boxes = [box('迎泽区', 100, 100), box('杏花岭区', 110, 108), box('far', 300, 104)];
    const placed = placeLabelBoxes(boxes, 0, 400);
    const y = (key: string) => placed.get(key) ?? Number.NaN;
    expect(Math.abs(y('迎泽区') - y('杏花岭区'))).toBeGreaterThanOrEqual(20);
    // Centred on where they stood, the upper one above.
    expect(y('迎泽区') + y('杏花岭区')).toBeCloseTo(208, 6);
    expect(y('迎泽区')).toBeLessThan(y('杏花岭区'));
    expect(y('far')).toBe(104);
  });

  it('a chain of three that touch only one by one is spread as one group', () => {
    const placed = placeLabelBoxes([box('a', 0, 100), box('b', 30, 105), box('c', 60, 110)], 0, 400);
    const ys = ['a', 'b', 'c'].map((k) => placed.get(k) ?? Number.NaN);
    for (let i = 1; i < ys.length; i++) expect((ys[i] ?? 0) - (ys[i - 1] ?? 0)).toBeGreaterThanOrEqual(20);
  });
});
