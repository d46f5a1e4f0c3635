// Dates and chart figures as each language writes them.
import { describe, expect, it } from 'vitest';
import { formatDecimal, formatList, formatScore } from '../../../src/i18n/format';
import { formatGap } from '../../../src/i18n/formatViews';
import { formatPeriod } from '../../../src/i18n/months';

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

  it('joins as Intl.ListFormat joins (long conjunction, zh-CN and en-GB) for none, one and up to ten names', () => {
    const names = {
      zh: ['杏花岭区', '迎泽区', '小店区', '万柏林区', '晋源区', '尖草坪区', '公厕', '城中村', '铁路沿线', '背街小巷'],
      en: ['Xinghualing', 'Yingze', 'Xiaodian', 'Wanbailin', 'Jinyuan', 'Jiancaoping', 'A, B', 'and', '', 'Railway'],
    };
    for (const language of ['zh', 'en'] as const) {
      const intl = new Intl.ListFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { style: 'long', type: 'conjunction' });
      for (let n = 0; n <= 10; n++) {
        const items = names[language].slice(0, n);
        expect(formatList(items, language), `${language} ${String(n)}`).toBe(intl.format(items));
      }
    }
  });
});

describe('figures written as Intl writes them', () => {
  const intl = (language: 'zh' | 'en', digits: number, signed: boolean) =>
    new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: signed ? 'exceptZero' : 'auto',
      useGrouping: false,
    });
  // Values where rounding the binary double (toFixed) and rounding its shortest decimal (Intl) disagree, halves,
  // negative zero, figures that round to zero, and numbers JavaScript writes with an exponent.
  const edges = [
    0.15, 1.005, 80.35, 2.5, -2.5, 0.05, -0.04, -0, 0, 1e21, 1.2345678901234566e25, 1e-7, -1e-7, 123456789.125, 99.95, 999.95, 0.5, -0.5,
  ];
  function* values(): Generator<number> {
    yield* edges;
    // A seeded walk over scores as sources print them (0–1000, up to 3 decimals), their halves, and wild magnitudes.
    let seed = 20250101;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 5000; i++) {
      const score = Math.round(next() * 1_000_000) / 1000;
      yield score;
      yield -score;
      yield score + 0.0005;
      yield (next() - 0.5) * 10 ** Math.round(next() * 44 - 22);
    }
  }

  it('every score, gap, half and exponent reads the same as Intl.NumberFormat in both languages, minus as U+2212', () => {
    const formats = [0, 1, 2, 3].flatMap((digits) =>
      [false, true].flatMap((signed) =>
        (['zh', 'en'] as const).map((language) => ({ digits, signed, format: intl(language, digits, signed) })),
      ),
    );
    let compared = 0;
    for (const value of values())
      for (const { digits, signed, format } of formats) {
        expect(formatDecimal(value, digits, signed), `${String(value)} to ${String(digits)}${signed ? ' signed' : ''}`).toBe(
          format.format(value).replace('-', '\u2212'),
        );
        compared++;
      }
    expect(compared).toBeGreaterThan(300_000);
  });

  it('rounds the decimal a number is written as, not its binary value: 80.35 is 80.4, 1.005 is 1.01 (toFixed says 80.3, 1.00)', () => {
    expect((80.35).toFixed(1)).toBe('80.3');
    expect(formatDecimal(80.35, 1, false)).toBe('80.4');
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(formatDecimal(1.005, 2, false)).toBe('1.01');
    // The seed's city average, as the table prints it.
    expect(formatScore(660.0, 'zh')).toBe('660.0');
    expect(formatDecimal(-0.04, 1, false)).toBe('\u22120.0');
    expect(formatDecimal(-0.04, 1, true)).toBe('0.0');
  });
});
