// Every view at 375 × 800 and 1280 × 900, in the light and the dark theme: nothing wider than the screen (no
// sideways scrolling of the page), the seed's leader shown, and a full-page screenshot of each kept in the
// screenshot folder's views/; no header broken inside a word (not copied into docs/: they are for looking over a change, not for the README).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { screenshotFolder } from './screenshots';

const VIEWS = ['rankings', 'bars', 'radar', 'siteType', 'district', 'weights', 'trend', 'notes'];

/** Column and row headers whose text wraps between two Chinese characters of one word (各类围/挡, 公布总/分): a line
 * may end only at a space or a punctuation mark. Measured per character, from the laid-out text. */
function headersBrokenInsideAWord(): string[] {
  const broken: string[] = [];
  const ideograph = /[\u4e00-\u9fff]/;
  for (const header of document.querySelectorAll('th')) {
    if (header.getClientRects().length === 0) continue;
    const walker = document.createTreeWalker(header, NodeFilter.SHOW_TEXT);
    let previous: { char: string; top: number } | undefined;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        if (rect.width === 0) continue;
        const char = text[i] ?? '';
        if (previous && rect.top > previous.top + 2 && ideograph.test(previous.char) && ideograph.test(char))
          broken.push(`${header.textContent} (${previous.char}/${char})`);
        previous = { char, top: rect.top };
      }
    }
  }
  return broken;
}

for (const [width, height] of [
  [375, 800],
  [1280, 900],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshot of every view at ${String(width)} px, ${scheme}: none wider than the screen`, async ({ page, watched }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      const folder = join(screenshotFolder(), 'views');
      mkdirSync(folder, { recursive: true });
      for (const view of VIEWS) {
        await page.goto(`./?view=${view}`);
        await expect(page.locator('.loading')).toHaveCount(0);
        // The trend needs two periods; with the seed alone it says so.
        await expect(page.locator('main')).toContainText(view === 'trend' ? '至少需要两期数据才能显示趋势' : '杏花岭区');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${view} at ${String(width)} px is wider than the screen`).toBeLessThanOrEqual(0);
        expect(await page.evaluate(headersBrokenInsideAWord), `${view} at ${String(width)} px`).toEqual([]);
        await page.screenshot({ path: join(folder, `${view}-${String(width)}-${scheme}.png`), fullPage: true });
      }
      expect(watched.consoleErrors).toEqual([]);
    });
  }
}
