// Dates and chart figures as each language writes them.
import { describe, expect, it } from 'vitest';
import { formatPeriod } from '../../../src/i18n/format';

describe('dates', () => {
  it('a period is written the way each language writes a month', () => {
    expect(formatPeriod('2025-02', 'zh')).toBe('2025年2月');
    expect(formatPeriod('2025-02', 'en')).toBe('February 2025');
    expect(formatPeriod('not a period', 'en')).toBe('not a period');
  });
});
