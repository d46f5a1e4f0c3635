// Chart text against its background, measured in Chromium in both themes: axe does not check SVG text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Every SVG text of the charts on screen whose contrast with the background behind it is under 4.5:1. */
async function lowContrastTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (value: string): [number, number, number, number] | undefined => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(value);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : undefined;
    };
    const luminance = ([r, g, b]: [number, number, number, number]) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const backgroundOf = (element: Element): [number, number, number, number] => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const colour = rgb(getComputedStyle(node).backgroundColor);
        if (colour && colour[3] > 0.5) return colour;
      }
      return [255, 255, 255, 1];
    };
    const problems: string[] = [];
    for (const text of document.querySelectorAll('.chart-area svg text')) {
      if (text.textContent.trim() === '') continue;
      const fill = rgb(getComputedStyle(text).fill);
      if (!fill) continue;
      const back = backgroundOf(text);
      const [hi, lo] = [luminance(fill), luminance(back)].sort((a, b) => b - a) as [number, number];
      const ratio = (hi + 0.05) / (lo + 0.05);
      if (ratio < 4.5)
        problems.push(
          `${text.textContent.trim()}: ${ratio.toFixed(2)} (${getComputedStyle(text).fill} on ${getComputedStyle(document.body).backgroundColor})`,
        );
    }
    return problems;
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme}: every chart text (axes, value labels, city line) has a contrast of at least 4.5:1`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./');
    for (const tab of ['分类对比', '雷达图']) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await expect(page.locator('.chart-area svg text').first()).toBeVisible();
      // The total bars' value labels (676.6 …) are among the texts measured.
      if (tab === '分类对比') await expect(page.locator('.chart-area svg text', { hasText: '676.6' })).toHaveCount(1);
      expect(await lowContrastTexts(page)).toEqual([]);
    }
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme}: the trend's texts (period names, value ticks, district names at the line ends) too`, async ({ page }) => {
    // A second month stored, so that the trend has two periods to draw.
    const text = readFileSync(fileURLToPath(new URL('../fixtures/another-month-2025-02.txt', import.meta.url)), 'utf8');
    const stored = { schemaVersion: 2, inspections: [{ id: 'feb', period: '2025-02', label: '2025年2月', text, importedAt: '' }] };
    await page.addInitScript((data) => {
      window.localStorage.setItem('taiyuan-sanitation-dashboard:inspections', data);
    }, JSON.stringify(stored));
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./?view=trend');
    // 迎泽区 named at the end of its line, 740 on the value axis: among the texts measured.
    await expect(page.locator('.chart-area svg text', { hasText: '迎泽区' }).first()).toBeVisible();
    await expect(page.locator('.chart-area svg .value-tick', { hasText: '740' })).toHaveCount(1);
    expect(await lowContrastTexts(page)).toEqual([]);
  });
}
