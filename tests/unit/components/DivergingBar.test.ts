// Figures drawn beside their numbers: the diverging bars' scale.
import { describe, expect, it } from 'vitest';
import { gapExtent } from '../../../src/components/DivergingBar';
import { formatChartScore } from '../../../src/i18n/formatViews';

describe('figures drawn beside their numbers', () => {
  it('chart tooltips show the score as printed, and a dash for anything that is not a number', () => {
    expect(formatChartScore(73.9, 'zh')).toBe('73.9');
    expect(formatChartScore(658.57, 'en')).toBe('658.6');
    expect(formatChartScore('73.9', 'zh')).toBe('—');
    expect(formatChartScore(undefined, 'zh')).toBe('—');
  });

  it('gap bars share one scale: the largest gap in the column (铁路沿线 against the city 56.7: 小店区 +24.0), at least 1', () => {
    expect(gapExtent([24.0, 1.1, -3.6, -7.2, -7.2, -7.2, undefined])).toBe(24);
    expect(gapExtent([-6.7, 3])).toBe(6.7);
    expect(gapExtent([])).toBe(1);
  });
});
