// Periods in time order, the previous period, and trend series across two months.
import { describe, expect, it } from 'vitest';
import { parseInspection } from '../../../src/data/parseInspection';
import type { Inspection } from '../../../src/data/types';
import { orderPeriods, previousPeriod } from '../../../src/model/history';
import { trendSeries } from '../../../src/model/trend';
import { readFixture } from '../readFixture';

function parsed(name: string): Inspection {
  const result = parseInspection(readFixture(name));
  if (!result.ok) throw new Error(name);
  return result.inspection;
}

const january = { id: 'taiyuan-2025-01', period: '2025-01', inspection: parsed('taiyuan-news-page-2025-01.txt') };
const february = { id: '2025-02', period: '2025-02', inspection: parsed('another-month-2025-02.txt') };

describe('history', () => {
  it('orders periods oldest first and finds the one before', () => {
    const ordered = orderPeriods([february, january]);
    expect(ordered.map((p) => p.id)).toEqual(['taiyuan-2025-01', '2025-02']);
    expect(previousPeriod(ordered, '2025-02')?.id).toBe('taiyuan-2025-01');
    expect(previousPeriod(ordered, 'taiyuan-2025-01')).toBeUndefined();
  });

  it('totals over time: 迎泽区 669.9 → 729.8, rank 2 → 1; the axis spans round steps of 20 around every value', () => {
    const series = trendSeries([january, february], 'all', 'total');
    expect(series.points.map((p) => p.values['迎泽区'])).toEqual([669.9, 729.8]);
    expect(series.points.map((p) => p.ranks['迎泽区'])).toEqual([2, 1]);
    expect(series.points.map((p) => p.ranks['万柏林区'])).toEqual([4, 6]);
    // 597.0 (万柏林区, February) to 729.8 (迎泽区, February) by 20s.
    expect(series.domain).toEqual([580, 740]);
    expect(series.ticks).toEqual([580, 600, 620, 640, 660, 680, 700, 720, 740]);
  });

  it('one site type over time: 铁路沿线, where 小店区 falls from 80.7 to 65.0', () => {
    const series = trendSeries([january, february], 'all', { siteType: '铁路沿线' });
    expect(series.points.map((p) => p.values['小店区'])).toEqual([80.7, 65.0]);
    expect(series.points[0]?.ranks['杏花岭区']).toBe(4);
  });
});
