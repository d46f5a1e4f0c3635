// @vitest-environment jsdom
// The total bars: each district in its own colour while the palette has one for each; past that (twelve streets,
// say), no colour repeats in the chart: the bars are one neutral grey, each named beside it, and a highlighted
// one stands in its colour.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TotalBarChart } from '../../../src/components/TotalBarChart';
import { DISTRICT_COLOURS, styleAt } from '../../../src/components/seriesColours';

afterEach(cleanup);

const chart = (count: number, highlighted?: string) => {
  const names = Array.from({ length: count }, (_, i) => `街道${String(i + 1)}`);
  const bars = names.map((district, i) => ({ district, total: 90 - i, rank: i + 1 }));
  const fills = render(
    <TotalBarChart
      bars={bars}
      city={80}
      cityLabel="全市平均"
      scale={{ lo: 70, hi: 90, step: 5, ticks: [70, 75, 80, 85, 90] }}
      styleOf={(district) => styleAt(names.indexOf(district))}
      language="zh"
      totalLabel="总分"
      highlighted={highlighted}
    />,
  ).container.querySelectorAll('.total-bar rect');
  return [...fills].map((rect) => rect.getAttribute('fill'));
};

describe('TotalBarChart colours', () => {
  it(`up to ${String(DISTRICT_COLOURS.length)} bars: each in its own colour`, () => {
    const fills = chart(6);
    expect(new Set(fills).size).toBe(6);
  });

  it('twelve bars: one neutral grey, no palette colour repeated; the highlighted one in its colour', () => {
    const fills = chart(12);
    expect(new Set(fills).size).toBe(1);
    expect(DISTRICT_COLOURS as readonly string[]).not.toContain(fills[0]);
    const highlighted = chart(12, '街道10');
    expect(highlighted[9]).toBe(styleAt(9).colour);
    expect(highlighted.filter((fill) => fill !== fills[0])).toHaveLength(1);
  });
});
