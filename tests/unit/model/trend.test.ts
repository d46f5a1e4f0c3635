// Trends when a district is missing from a period: no value and no rank there, and the others ranked without it.
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/data/importText';
import { trendSeries } from '../../../src/model/trend';

function period(id: string, csv: string) {
  const read = importText(csv).result;
  if (!read.ok) throw new Error(JSON.stringify(read.findings));
  return { id, period: id, inspection: read.inspection };
}

describe('trendSeries', () => {
  it('乙区 is missing from the second period: its value and rank there are undefined, and 丙区 ranks 2 of 2', () => {
    const series = trendSeries(
      [period('2025-01', '区,得分\n甲区,80\n乙区,70\n丙区,60\n'), period('2025-02', '区,得分\n甲区,82\n丙区,75\n')],
      'all',
      'total',
    );
    expect(series.districts).toEqual(['甲区', '乙区', '丙区']);
    expect(series.points.map((p) => [p.values['乙区'], p.ranks['乙区']])).toEqual([
      [70, 2],
      [undefined, undefined],
    ]);
    expect(series.points[1]?.ranks['丙区']).toBe(2);
    expect(series.domain[0]).toBeLessThanOrEqual(60);
  });
});
