// The radar's geometry, checked against positions worked out another way: the axis i of n stands at i/n of a turn
// clockwise from the top, so a value v lies at (cx + r·sin, cy − r·cos) with r = v / max of the outer radius.
import { describe, expect, it } from 'vitest';
import {
  radarBaseline,
  radarCorner,
  radarFewerBaseline,
  radarFrame,
  radarHeight,
  radarLabelPlace,
  radarOutline,
  radarRings,
} from '../../../src/model/radarGeometry';
import { SEED_CITY_AVERAGES, SEED_SCORES } from '../seedFigures';

const LABEL = { width: 40, height: 14 };
const room = { width: 400, height: 300, labels: Array.from({ length: 10 }, () => LABEL), gap: 8, scaleMax: 100 };
const frame = radarFrame(room);

function expected(index: number, value: number): { x: number; y: number } {
  const turn = (2 * Math.PI * index) / 10;
  const r = (value / 100) * frame.radius;
  return { x: frame.cx + r * Math.sin(turn), y: frame.cy - r * Math.cos(turn) };
}

/**
 * The names' boxes for a reach, laid out as the chart draws them, worked out with the turn from the top: right of
 * the end on the right half, left of it on the left, centred on the axis at the top and bottom, the block moved
 * off the end by half its height as far as the axis points up or down.
 */
function labelBoxes(reach: number, labels: readonly { width: number; height: number }[]) {
  return labels.map((label, index) => {
    const turn = (2 * Math.PI * index) / labels.length;
    const x = room.width / 2 + (reach + room.gap) * Math.sin(turn);
    const up = Math.cos(turn);
    const middle = room.height / 2 - (reach + room.gap) * up - (up * label.height) / 2;
    const side = Math.abs(Math.sin(turn)) < 1e-6 ? 'middle' : Math.sin(turn) > 0 ? 'start' : 'end';
    const left = side === 'start' ? x : side === 'end' ? x - label.width : x - label.width / 2;
    return { left, right: left + label.width, top: middle - label.height / 2, bottom: middle + label.height / 2 };
  });
}

const inside = (reach: number, labels: readonly { width: number; height: number }[]) =>
  labelBoxes(reach, labels).every(
    (box) => box.left >= 1.999 && box.right <= room.width - 1.999 && box.top >= 1.999 && box.bottom <= room.height - 1.999,
  );

describe('radarFrame', () => {
  it('centres the radar and makes it as large as keeps every name inside the room', () => {
    expect(frame.cx).toBe(200);
    expect(frame.cy).toBe(150);
    expect(frame.radius).toBeGreaterThan(50);
    expect(inside(frame.radius, room.labels)).toBe(true);
    expect(inside(frame.radius + 0.5, room.labels)).toBe(false);
  });

  it('gives way to a long name on one side: 农贸市场、便民市场 at the top in two lines, a wide English name on the right', () => {
    const labels = room.labels.map((label, i) => (i === 0 ? { width: 60, height: 28 } : i === 2 ? { width: 150, height: 14 } : label));
    const fitted = radarFrame({ ...room, labels });
    expect(fitted.radius).toBeLessThan(frame.radius);
    expect(inside(fitted.radius, labels)).toBe(true);
    expect(inside(fitted.radius + 0.5, labels)).toBe(false);
  });

  it('gives a reach of 0 when the names leave no room', () => {
    expect(radarFrame({ ...room, width: 60, labels: room.labels.map(() => ({ width: 80, height: 14 })) }).radius).toBe(0);
  });
});

describe('radarLabelPlace', () => {
  it('puts each name where the fitted reach assumed it: the same boxes as worked out from the turn', () => {
    const labels = room.labels.map((label, i) => (i === 0 ? { width: 60, height: 28 } : i === 3 ? { width: 120, height: 42 } : label));
    const fitted = radarFrame({ ...room, labels });
    const boxes = labelBoxes(fitted.radius, labels);
    labels.forEach((label, index) => {
      const place = radarLabelPlace(fitted, index, label.height, room.gap);
      const left = place.anchor === 'start' ? place.x : place.anchor === 'end' ? place.x - label.width : place.x - label.width / 2;
      expect(left).toBeCloseTo(boxes[index]?.left ?? NaN, 4);
      expect(place.middle - label.height / 2).toBeCloseTo(boxes[index]?.top ?? NaN, 4);
    });
  });
});

describe('radarHeight', () => {
  it('is the height a wide room needs: the same reach in it, and two pixels less gives a smaller one', () => {
    const wide = { ...room, width: 300, height: 600 };
    const fitted = radarFrame(wide);
    const height = radarHeight(fitted, wide.labels, wide.gap);
    expect(height).toBeLessThan(600);
    const again = radarFrame({ ...wide, height });
    expect(again.radius).toBeCloseTo(fitted.radius, 6);
    expect(radarFrame({ ...wide, height: height - 2 }).radius).toBeLessThan(fitted.radius);
  });
});

describe('radarCorner', () => {
  it('puts 小店区’s 80.7 on 铁路沿线 (the ninth of ten axes) at 80.7 % of the reach along that axis', () => {
    const corner = radarCorner(frame, 8, 80.7);
    const want = expected(8, 80.7);
    expect(corner.x).toBeCloseTo(want.x, 5);
    expect(corner.y).toBeCloseTo(want.y, 5);
  });

  it('stands the first axis straight up and the third past the right, clockwise', () => {
    expect(radarCorner(frame, 0, 100)).toEqual({ x: 200, y: 150 - frame.radius });
    expect(radarCorner(frame, 2, 50).x).toBeGreaterThan(200);
    expect(radarCorner(frame, 8, 50).x).toBeLessThan(200);
  });

  it('draws a value past the scale at its edge, as the axis states it, and a negative one at the centre', () => {
    expect(radarCorner(frame, 3, 130)).toEqual(radarCorner(frame, 3, 100));
    expect(radarCorner(frame, 3, -5)).toEqual({ x: 200, y: 150 });
  });
});

describe('radarOutline', () => {
  const at = (index: number, value: number) => {
    const { x, y } = expected(index, value);
    return `${x.toFixed(1)},${y.toFixed(1)}`;
  };

  it('closes the outline through every corner when every value is there', () => {
    const values = [80.2, 70, 60, 50, 40, 30, 20, 10, 80.7, 90];
    expect(radarOutline(frame, values)).toBe(`M${values.map((v, i) => at(i, v)).join('L')}Z`);
  });

  it('leaves a gap where a value is missing: never drawn as a zero', () => {
    const values = [80, undefined, 60, 50, 40, 30, 20, 10, 80.7, 90];
    // From the corner after the gap round to the one before it, not closed.
    const order = [2, 3, 4, 5, 6, 7, 8, 9, 0];
    expect(radarOutline(frame, values)).toBe(`M${order.map((i) => at(i, values[i] ?? 0)).join('L')}`);
  });

  it('draws the runs between two gaps apart, and nothing for a single value or none', () => {
    const values = [80, 70, undefined, 50, 40, undefined, 20, 10, 80.7, 90];
    expect(radarOutline(frame, values)).toBe(
      `M${at(3, 50)}L${at(4, 40)}M${[6, 7, 8, 9, 0, 1].map((i) => at(i, values[i] ?? 0)).join('L')}`,
    );
    expect(
      radarOutline(frame, [undefined, 5, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined]),
    ).toBe('');
    expect(
      radarOutline(
        frame,
        Array.from({ length: 10 }, () => undefined),
      ),
    ).toBe('');
  });
});

describe('radarRings', () => {
  it('rings a 0–100 scale every 20, and always ends on the scale’s top', () => {
    expect(radarRings(100)).toEqual([20, 40, 60, 80, 100]);
    expect(radarRings(15)).toEqual([5, 10, 15]);
    expect(radarRings(12)).toEqual([2, 4, 6, 8, 10, 12]);
    expect(radarRings(0)).toEqual([]);
  });

  it('rings a scale from a baseline at round steps above it, ending on the top', () => {
    expect(radarRings(100, 30)).toEqual([40, 50, 60, 70, 80, 90, 100]);
    expect(radarRings(100, 60)).toEqual([70, 80, 90, 100]);
  });
});

describe('radarBaseline', () => {
  it('starts the seed’s radar at 30: a round ten below its lowest score (晋源区’s 40.5 for 废品回收站), clear of the centre', () => {
    const seed = [...Object.values(SEED_SCORES).flat(), ...Object.values(SEED_CITY_AVERAGES)];
    expect(Math.min(...seed)).toBe(40.5);
    expect(radarBaseline(seed, 100)).toBe(30);
  });

  it('starts at 0 when the lowest is near it, when nothing is there, and never above the top', () => {
    expect(radarBaseline([12, 80], 100)).toBe(0);
    expect(radarBaseline([], 100)).toBe(0);
    expect(radarBaseline([undefined, Number.NaN], 100)).toBe(0);
    expect(radarBaseline([100, 100], 100)).toBe(0);
  });

  it('fewer is better: a scale from the most at the centre to 0 on the outer ring, rings numbered outwards', () => {
    const deductions = { ...frame, scaleMin: 10, scaleMax: 0 };
    expect(radarCorner(deductions, 0, 0)).toEqual(radarCorner(frame, 0, 100));
    expect(radarCorner(deductions, 0, 10)).toEqual({ x: frame.cx, y: frame.cy });
    expect(radarCorner(deductions, 0, 2.5).y).toBeCloseTo(frame.cy - frame.radius * 0.75, 6);
    expect(radarRings(0, 10)).toEqual([8, 6, 4, 2, 0]);
    expect(radarFewerBaseline([3.5, 1, 2, 8.4])).toBe(10);
    expect(radarFewerBaseline([3.5, 1, 2, 9.6])).toBe(12);
  });

  it('puts a baseline’s value at the centre and the midway value halfway out', () => {
    const from30 = { ...frame, scaleMin: 30 };
    expect(radarCorner(from30, 0, 30)).toEqual({ x: frame.cx, y: frame.cy });
    expect(radarCorner(from30, 0, 20)).toEqual({ x: frame.cx, y: frame.cy });
    expect(radarCorner(from30, 0, 65).y).toBeCloseTo(frame.cy - frame.radius / 2, 6);
  });
});
