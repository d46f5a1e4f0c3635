// Colour and language rules: every tint keeps 4.5:1 text contrast; zh and en have the same messages.
import { describe, expect, it } from 'vitest';
import { contrastRatio, TINT_BANDS, tintFor } from '../../../src/components/palette';
import { DISTRICT_COLOURS, districtStyle } from '../../../src/components/seriesColours';
import { loadLanguage, messageKeys, translate, type MessageKey } from '../../../src/i18n/messages';
import { gapExtent } from '../../../src/components/DivergingBar';
import { translateView, viewMessageKeys, type ViewMessageKey } from '../../../src/i18n/viewMessages';
import { findingKeys, findingTemplate } from '../../../src/i18n/findingMessages';
import type { FindingCode } from '../../../src/data/types';
import { browserLanguage } from '../../../src/store/preferences';
import { formatChartScore, formatPeriod } from '../../../src/i18n/format';

describe('colour', () => {
  it.each(TINT_BANDS.map((b) => [b.background, b.text] as const))(
    'tint %s with text %s has a contrast of at least 4.5:1',
    (background, text) => {
      expect(contrastRatio(background, text)).toBeGreaterThanOrEqual(4.5);
    },
  );

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
});

describe('languages', () => {
  it('Chinese and English have exactly the same message keys, later views and findings included', async () => {
    // English loads on demand: before, it has no strings of its own (the app never shows it unloaded).
    expect(messageKeys('en')).toEqual([]);
    await loadLanguage('en');
    expect(messageKeys('en')).toEqual(messageKeys('zh'));
    expect(viewMessageKeys('en')).toEqual(viewMessageKeys('zh'));
    expect(messageKeys('zh').length + viewMessageKeys('zh').length).toBeGreaterThan(150);
    // No key is in both sets: a view's string never shadows a first-screen one.
    expect(viewMessageKeys('zh').filter((key) => messageKeys('zh').includes(key))).toEqual([]);
    expect(findingKeys('en')).toEqual(findingKeys('zh'));
    expect(findingKeys('zh').length).toBeGreaterThanOrEqual(30);
  });

  it('what typing cannot check: every Chinese string is Chinese, and each key names the same placeholders in both languages', async () => {
    await loadLanguage('en');
    const placeholders = (template: string) => [...template.matchAll(/\{(\w+)(?:\|[^}]*)?\}/g)].map((m) => m[1]).sort();
    // Strings the same in every language: a format name, a language's own name, ranges and marks.
    const neutral = new Set(['CSV/TSV', 'English', '中文', '{best}–{worst}', '{kind}', '{from}–{to}%']);
    const sets: [string, string[], (language: 'zh' | 'en', key: string) => string][] = [
      ['first screen', messageKeys('zh'), (language, key) => translate(language, key as MessageKey)],
      ['later views', viewMessageKeys('zh'), (language, key) => translateView(language, key as ViewMessageKey)],
      ['findings', findingKeys('zh'), (language, key) => findingTemplate(language, key as FindingCode)],
    ];
    const notChinese: string[] = [];
    const mismatched: string[] = [];
    for (const [name, keys, template] of sets) {
      for (const key of keys) {
        const zh = template('zh', key);
        const en = template('en', key);
        if (!neutral.has(zh) && !/[\u4e00-\u9fff]/.test(zh.replace(/\{[^}]*\}/g, ''))) notChinese.push(`${name}.${key}: ${zh}`);
        if (placeholders(zh).join() !== placeholders(en).join())
          mismatched.push(`${name}.${key}: ${placeholders(zh).join()} / ${placeholders(en).join()}`);
      }
    }
    expect(notChinese).toEqual([]);
    expect(mismatched).toEqual([]);
  });

  it('the language follows the browser: Chinese by default, English when English comes first', () => {
    expect(browserLanguage([])).toBe('zh');
    expect(browserLanguage(['en-GB', 'zh-CN'])).toBe('en');
    expect(browserLanguage(['zh-TW', 'en'])).toBe('zh');
    expect(browserLanguage(['fr-FR'])).toBe('zh');
  });
});

describe('dates', () => {
  it('a period is written the way each language writes a month', () => {
    expect(formatPeriod('2025-02', 'zh')).toBe('2025年2月');
    expect(formatPeriod('2025-02', 'en')).toBe('February 2025');
    expect(formatPeriod('not a period', 'en')).toBe('not a period');
  });
});

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
