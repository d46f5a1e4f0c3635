// Every view at 375 × 800 and 1280 × 900, in Chinese and English, in the light and the dark theme: nothing wider
// than the screen (no sideways scrolling of the page), no element cut by the screen's edge outside a box that
// scrolls, the seed's leader shown, and a full-page screenshot of each kept in the
// screenshot folder's views/; no header broken inside a word (not copied into docs/: they are for looking over a change, not for the README).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { screenshotFolder } from './screenshots';

const VIEWS = ['rankings', 'bars', 'radar', 'map', 'siteType', 'district', 'weights', 'trend', 'notes'];

const EXPECTED = {
  zh: { leader: '杏花岭区', trend: '至少需要两期数据才能显示趋势' },
  en: { leader: 'Xinghualing', trend: 'Trends need at least two periods' },
} as const;

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

/**
 * Elements drawn past the screen's left or right edge that no box scrolls to (a table in its own scroll box may be
 * wider than the screen; a label cut at the edge may not). Leaves only: a wrapper is as wide as what it holds.
 */
function cutByTheScreen(): string[] {
  const cut: string[] = [];
  const scrolls = (element: Element | null): boolean => {
    for (let node = element; node && node !== document.body; node = node.parentElement) {
      const overflow = getComputedStyle(node).overflowX;
      if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden' || overflow === 'clip') return true;
    }
    return false;
  };
  for (const element of document.body.querySelectorAll('*')) {
    if (element.children.length > 0 || element.closest('.visually-hidden, [hidden], dialog:not([open])')) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    // Wholly off the screen is hidden on purpose (the skip link until it is focused); partly is cut.
    const partly = (box.left < -1 && box.right > 0) || (box.right > window.innerWidth + 1 && box.left < window.innerWidth);
    if (partly && !scrolls(element.parentElement))
      cut.push(
        `${element.tagName.toLowerCase()} “${element.textContent.trim().slice(0, 30)}” ${String(Math.round(box.left))}–${String(Math.round(box.right))}`,
      );
  }
  return cut;
}

/**
 * Pairs of texts drawn over each other: leaves holding text (an HTML element or an SVG text), shown, measured by their
 * boxes, overlapping by more than a pixel each way.
 */
function textsOverlapping(): string[] {
  const texts = [...document.body.querySelectorAll('*')].filter(
    (e) =>
      (e.children.length === 0 || e.tagName === 'text') &&
      e.tagName !== 'tspan' &&
      e.tagName !== 'OPTION' &&
      e.textContent.trim() !== '' &&
      !e.closest('.visually-hidden, [hidden], dialog:not([open]), details:not([open]) > :not(summary), svg text text'),
  );
  // Kept for screen readers only (a card layout's header row): clipped to nothing, though laid out.
  const clippedAway = (e: Element) => {
    for (let node: Element | null = e; node; node = node.parentElement) if (getComputedStyle(node).clipPath === 'inset(50%)') return true;
    return false;
  };
  const boxes = texts.flatMap((e) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden' && !clippedAway(e) ? [{ e, r }] : [];
  });
  const overlapping: string[] = [];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) {
      if (a.e.contains(b.e) || b.e.contains(a.e)) continue;
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (w > 1 && h > 1) overlapping.push(`“${a.e.textContent.trim().slice(0, 20)}” × “${b.e.textContent.trim().slice(0, 20)}”`);
    }
  return overlapping;
}

for (const [width, height] of [
  [375, 800],
  [1280, 900],
] as const) {
  for (const language of ['zh', 'en'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`screenshot of every view at ${String(width)} px, ${language}, ${scheme}: none wider than the screen, nothing cut`, async ({
        page,
        watched,
      }) => {
        test.setTimeout(120_000);
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: scheme });
        const folder = join(screenshotFolder(), 'views');
        mkdirSync(folder, { recursive: true });
        for (const view of VIEWS) {
          await page.goto(`./?view=${view}&lang=${language}`);
          await expect(page.locator('.loading')).toHaveCount(0);
          // The trend needs two periods; with the seed alone it says so.
          await expect(page.locator('main')).toContainText(view === 'trend' ? EXPECTED[language].trend : EXPECTED[language].leader);
          if (view === 'map') await expect(page.locator('.choropleth path').first()).toBeVisible();
          const where = `${view} at ${String(width)} px, ${language}`;
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${where} is wider than the screen`).toBeLessThanOrEqual(0);
          expect(await page.evaluate(cutByTheScreen), where).toEqual([]);
          expect(await page.evaluate(textsOverlapping), `${where}: texts drawn over each other`).toEqual([]);
          if (language === 'zh') expect(await page.evaluate(headersBrokenInsideAWord), where).toEqual([]);
          await page.screenshot({ path: join(folder, `${view}-${String(width)}-${language}-${scheme}.png`), fullPage: true });
        }
        expect(watched.consoleErrors).toEqual([]);
      });
    }
  }
}
