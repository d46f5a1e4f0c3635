// Colour: every tint step and every district colour against its text and background (WCAG contrast).
import { describe, expect, it } from 'vitest';
import { contrastRatio, TINT_BANDS, tintFor } from '../../../src/components/palette';
import { DISTRICT_COLOURS, districtStyle, inView, NEUTRAL_SERIES } from '../../../src/components/seriesColours';

describe('colour', () => {
  it.each(TINT_BANDS.map((b) => [b.background, b.text] as const))(
    'tint %s with text %s has a contrast of at least 4.5:1',
    (background, text) => {
      expect(contrastRatio(background, text)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(TINT_BANDS.map((b) => [b.darkBackground, b.darkText] as const))(
    'dark theme: tint %s with text %s has a contrast of at least 4.5:1',
    (background, text) => {
      expect(contrastRatio(background, text)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('dark theme: the worst band is the least bright, each band brighter than the one below, and a cell brighter than the page text has dark text', () => {
    const pageText = '#e8eaed';
    const black = '#000000';
    // Brightness measured as contrast against black: rising band by band.
    const brightness = TINT_BANDS.map((b) => contrastRatio(b.darkBackground, black));
    expect(brightness).toEqual([...brightness].sort((a, b) => a - b));
    for (const band of TINT_BANDS) {
      if (contrastRatio(band.darkBackground, black) > contrastRatio(pageText, black)) expect(band.darkText).toBe(black);
    }
  });

  it('the contrast formula gives the known values (black on white 21:1, #777 on white 4.48:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('tints by share of the maximum: 80.2 of 100 is the darkest band, 49.5 the lightest, 40 of 50 the darkest', () => {
    expect(tintFor(80.2, 100)).toBe(TINT_BANDS[4]);
    expect(tintFor(49.5, 100)).toBe(TINT_BANDS[0]);
    expect(tintFor(40, 50)).toBe(TINT_BANDS[4]);
    expect(tintFor(100, 100)).toBe(TINT_BANDS[4]);
    expect(tintFor(undefined, 100)).toBeUndefined();
  });

  it('a district keeps its colour whatever the order it is printed in', () => {
    const order = ['万柏林区', '小店区', '尖草坪区', '晋源区', '杏花岭区', '迎泽区'];
    expect(districtStyle(order, '小店区')).toEqual({ colour: DISTRICT_COLOURS[1], dash: '' });
    // Past the eighth district the colours repeat with a dash pattern.
    const many = Array.from({ length: 10 }, (_, i) => `区${i}`);
    expect(districtStyle(many, '区8')).toEqual({ colour: DISTRICT_COLOURS[0], dash: '6 3' });
  });

  it('a view of more districts than colours repeats none: every series neutral but the highlighted one', () => {
    const many = Array.from({ length: 10 }, (_, i) => `区${String(i)}`);
    const styles = many.map((d) => inView(districtStyle(many, d), many.length, d === '区8'));
    expect(styles.filter((s) => s.colour !== NEUTRAL_SERIES)).toEqual([{ colour: DISTRICT_COLOURS[0], dash: '' }]);
    // Eight or fewer keep their own colours, highlighted or not.
    expect(inView(districtStyle(many, '区1'), 8, false)).toEqual({ colour: DISTRICT_COLOURS[1], dash: '' });
  });
});
