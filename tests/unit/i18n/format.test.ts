// Dates and chart figures as each language writes them.
import { describe, expect, it } from 'vitest';
import { formatGap, formatList, formatPeriod, formatScore } from '../../../src/i18n/format';

describe('dates', () => {
  it('a period is written the way each language writes a month', () => {
    expect(formatPeriod('2025-02', 'zh')).toBe('2025年2月');
    expect(formatPeriod('2025-02', 'en')).toBe('February 2025');
    expect(formatPeriod('not a period', 'en')).toBe('not a period');
  });
});

describe('signs', () => {
  it('a negative figure has a real minus sign (U+2212), never a hyphen; a gap that rounds to zero has none', () => {
    // The seed's 2nd place is 6.7 behind the leader (669.9 − 676.6).
    expect(formatGap(669.9 - 676.6, 'zh')).toBe('\u22126.7');
    expect(formatGap(676.6 - 669.9, 'en')).toBe('+6.7');
    expect(formatGap(-0.04, 'en')).toBe('0.0');
    expect(formatScore(-2.5, 'zh')).toBe('\u22122.5');
    expect(formatScore(-2.5, 'en', 2)).not.toContain('-');
  });
});

describe('lists', () => {
  it('a site type whose name holds 、 is quoted in a Chinese list, so 农贸市场、便民市场 does not read as two', () => {
    expect(formatList(['农贸市场、便民市场', '公厕', '城中村'], 'zh')).toBe('“农贸市场、便民市场”、公厕和城中村');
    expect(formatList(['农贸市场、便民市场'], 'zh')).toBe('农贸市场、便民市场');
    expect(formatList(['Markets', 'Public toilets'], 'en')).toBe('Markets and Public toilets');
  });
});
