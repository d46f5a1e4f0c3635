// The map's arithmetic, on the real shapes of public/geo (made by scripts/geometry.mjs): Taiyuan's six districts found
// by their names, printed with or without 区; the frame around them; colour steps that are round and put the better
// figure in the darker step whichever way better runs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  colourSteps,
  mapFrame,
  matchPrefecture,
  pathBounds,
  unitKey,
  type GeoIndex,
  type PrefectureShapes,
} from '../../../src/model/mapShapes';
import { SEED_DISTRICTS_BY_TOTAL, SEED_PUBLISHED_TOTALS } from '../seedFigures';

const geo = (file: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../public/geo/${file}`, import.meta.url)), 'utf8'));
const index = geo('index.json') as GeoIndex;

describe('matching a ranking to its prefecture', () => {
  it('finds Taiyuan for its six districts, their names printed with or without 区, and nothing for streets', () => {
    const match = matchPrefecture(index, [...SEED_DISTRICTS_BY_TOTAL]);
    expect(match?.file).toBe('shan1_xi1_tai4_yuan2.json');
    expect(match?.unmatched).toEqual([]);
    const bare = matchPrefecture(index, ['小店', '迎泽', '杏花岭', '尖草坪', '万柏林', '晋源', '全市']);
    expect(bare?.file).toBe('shan1_xi1_tai4_yuan2.json');
    expect(bare?.unitOf.get('小店')).toBe('小店区');
    expect(bare?.unmatched).toEqual(['全市']);
    expect(matchPrefecture(index, ['乐坪街道', '黄泥塘街道', '长青街道'])).toBeUndefined();
  });

  it('keeps 城区 and 郊区 whole: a one-character name is no name to match', () => {
    expect(unitKey('城区')).toBe('城区');
    expect(unitKey('迎泽 区')).toBe('迎泽');
    expect(unitKey('古交市')).toBe('古交');
  });
});

describe('the frame and the steps', () => {
  it('frames the six districts inside the prefecture, with the counties around them as context', () => {
    const shapes = geo('shan1_xi1_tai4_yuan2.json') as PrefectureShapes;
    const frame = mapFrame(shapes, new Set(SEED_DISTRICTS_BY_TOTAL));
    expect(frame.width).toBeLessThan(shapes.width / 2);
    for (const name of SEED_DISTRICTS_BY_TOTAL) {
      const unit = shapes.units.find((u) => u.name === name);
      const b = pathBounds(unit?.d ?? '');
      expect(b.x0).toBeGreaterThanOrEqual(frame.x);
      expect(b.x1).toBeLessThanOrEqual(frame.x + frame.width);
      expect(b.y1).toBeLessThanOrEqual(frame.y + frame.height);
    }
  });

  it('steps of round size over the seed’s totals; the highest total darkest, or the lowest when fewer is better', () => {
    // 676.6, 669.9, 659.8, 651.2, 650.6, 643.3: steps of 10 from 640 to 680.
    const steps = colourSteps(SEED_PUBLISHED_TOTALS, false);
    expect(steps.bounds).toEqual([640, 650, 660, 670, 680]);
    expect(SEED_PUBLISHED_TOTALS.map(steps.stepOf)).toEqual([3, 2, 1, 1, 1, 0]);
    const fewer = colourSteps(SEED_PUBLISHED_TOTALS, true);
    expect(SEED_PUBLISHED_TOTALS.map(fewer.stepOf)).toEqual([0, 1, 2, 2, 2, 3]);
  });
});
