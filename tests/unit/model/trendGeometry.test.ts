// The trend's path data: lines with gaps where a period has no value, and a band gathered by colour that still
// draws every district's line. Read back by a parser written here, not by the code under test.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandPaths, linePath } from '../../../src/model/trendGeometry';

/** Subpaths of path data made of M and L commands: each a list of [x, y]. */
function subpaths(d: string): [number, number][][] {
  const out: [number, number][][] = [];
  for (const match of d.matchAll(/([ML])(-?[0-9.]+),(-?[0-9.]+)/g)) {
    const point: [number, number] = [Number(match[2]), Number(match[3])];
    if (match[1] === 'M') out.push([point]);
    else out[out.length - 1]?.push(point);
  }
  return out;
}

describe('linePath', () => {
  it('the seed-like line 80.7 → 82.0 → (missing) → 79.5 is two pieces: the gap is not bridged', () => {
    const d = linePath([10, 20, 30, 40], [80.7, 82, undefined, 79.5]);
    expect(d).toBe('M10.0,80.7L20.0,82.0M40.0,79.5');
    expect(subpaths(d)).toEqual([
      [
        [10, 80.7],
        [20, 82],
      ],
      [[40, 79.5]],
    ]);
  });

  it('every run of present values is one subpath with its points in order (1,000 runs)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }), { maxLength: 30 }), (tenths) => {
        const ys = tenths.map((t) => (t === undefined ? undefined : t / 10));
        const xs = ys.map((_, i) => i * 7);
        const runs: [number, number][][] = [];
        let open = false;
        ys.forEach((y, i) => {
          if (y === undefined) open = false;
          else if (open) runs[runs.length - 1]?.push([xs[i] ?? 0, y]);
          else {
            runs.push([[xs[i] ?? 0, y]]);
            open = true;
          }
        });
        expect(subpaths(linePath(xs, ys))).toEqual(runs);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('bandPaths', () => {
  it('300 districts in 8 colours: 8 paths, each district’s line a subpath of its own colour’s', () => {
    const districts = Array.from({ length: 300 }, (_, i) => `区${String(i + 1).padStart(3, '0')}`);
    const colourOf = (district: string) => `#c${String(Number(district.slice(1)) % 8)}`;
    // Each district's line through two periods, at heights that tell the districts apart.
    const lineOf = (district: string) => linePath([0, 100], [Number(district.slice(1)), 400 - Number(district.slice(1))]);
    const paths = bandPaths(districts, colourOf, lineOf);
    expect(paths.map((p) => p.colour)).toEqual(['#c1', '#c2', '#c3', '#c4', '#c5', '#c6', '#c7', '#c0']);
    const drawn = paths.flatMap((p) => subpaths(p.d).map((points) => ({ colour: p.colour, start: points[0]?.[1] })));
    expect(drawn).toHaveLength(300);
    for (const district of districts) {
      const n = Number(district.slice(1));
      expect(drawn.filter((line) => line.start === n)).toEqual([{ colour: colourOf(district), start: n }]);
    }
  });
});
