// The dot plot's rows on the seed: ten site types, six districts each, the city value, two orders.
import { describe, expect, it } from 'vitest';
import { dotPlotRows, dotPlotScale, groupedBarSeries, totalBarSeries } from '../../../src/model/series';
import { indexScores } from '../../../src/model/scores';
import { computeStandings } from '../../../src/model/standings';
import { SEED_CITY_TOTAL, SEED_DISTRICTS_BY_TOTAL, SEED_PUBLISHED_TOTALS } from '../seedFigures';
import { seedInspection } from '../seedInspection';

const inspection = seedInspection();
const standings = computeStandings(indexScores(inspection), inspection.siteTypes);
const groups = groupedBarSeries(standings, SEED_DISTRICTS_BY_TOTAL);

describe('dotPlotRows', () => {
  it('has 60 dots in 10 rows, each with the city value; 铁路沿线 spans 49.5 to 小店区 80.7', () => {
    const rows = dotPlotRows(groups, 'city');
    expect(rows).toHaveLength(10);
    expect(rows.flatMap((r) => Object.values(r.values)).filter((v) => v !== undefined)).toHaveLength(60);
    const railway = rows.find((r) => r.siteType === '铁路沿线');
    expect(railway?.values['小店区']).toBe(80.7);
    expect(railway?.city).toBe(56.7);
    expect(railway?.spread).toBeCloseTo(31.2, 6);
  });

  it('gives each row its lowest and highest score, where the widest-gap mark is drawn: 铁路沿线 49.5–80.7, 公厕 66.4–78.8', () => {
    const rows = dotPlotRows(groups, 'city');
    const railway = rows.find((r) => r.siteType === '铁路沿线');
    expect([railway?.low, railway?.high]).toEqual([49.5, 80.7]);
    const toilets = rows.find((r) => r.siteType === '公厕');
    expect([toilets?.low, toilets?.high]).toEqual([66.4, 78.8]);
  });

  it('by city value: 公厕 (73.9) first, 废品回收站 (49.6) last; by spread: 铁路沿线 (31.2) first', () => {
    const byCity = dotPlotRows(groups, 'city');
    expect(byCity[0]?.siteType).toBe('公厕');
    expect(byCity.at(-1)?.siteType).toBe('废品回收站');
    const cities = byCity.map((r) => r.city ?? 0);
    expect(cities).toEqual([...cities].sort((a, b) => b - a));
    const bySpread = dotPlotRows(groups, 'spread');
    expect(bySpread[0]?.siteType).toBe('铁路沿线');
    const spreads = bySpread.map((r) => r.spread ?? 0);
    expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
  });
});

describe('totalBarSeries', () => {
  it('draws the seed totals on a stated scale from 600 to 680 by 20, the city (658.6) on it', () => {
    const totals = totalBarSeries(standings);
    expect(totals.bars.map((b) => b.total)).toEqual(SEED_PUBLISHED_TOTALS);
    expect(totals.city).toBe(SEED_CITY_TOTAL);
    expect(totals.scale.ticks).toEqual([600, 620, 640, 660, 680]);
  });
});

describe('dotPlotScale', () => {
  it("fits the seed's scores, 40.5 (晋源区, 废品回收站) to 80.7 (小店区, 铁路沿线), to 40–90 by 10: not 0–100", () => {
    const scale = dotPlotScale(dotPlotRows(groups, 'city'), 100);
    expect(scale.ticks).toEqual([40, 50, 60, 70, 80, 90]);
  });

  it('never reaches past the maximum score, and starts at 0 with nothing to show', () => {
    const high = dotPlotScale(
      [{ siteType: 'a', maxScore: 100, values: { x: 96, y: 99.5 }, city: 98, spread: 3.5, low: 96, high: 99.5 }],
      100,
    );
    expect(high.hi).toBe(100);
    expect(high.ticks.at(-1)).toBe(100);
    expect(dotPlotScale([], 100)).toMatchObject({ lo: 0, hi: 100 });
  });
});
