// The first screen paints once: the prerendered rankings are hydrated in place (same nodes, no warning, no
// layout shift), and a link or stored choice that asks for another screen never shows the rankings first.
import type { Page } from '@playwright/test';
import { expect, rankingRows, test } from './fixtures';

/** What watchFirstScreen records on the page's window. */
interface FirstScreenWatch {
  firstRow?: Element | null;
  shifts: number[];
  framesShowingRankings: number;
  framesBeforeReady: number;
  prerenderedFilterOpen?: boolean;
}

/**
 * Records, from before the page's own scripts: the first rankings row as parsed, every console message,
 * the layout shifts, and at every animation frame before the app is live whether the rankings were on show.
 */
async function watchFirstScreen(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as FirstScreenWatch;
    w.shifts = [];
    w.framesShowingRankings = 0;
    w.framesBeforeReady = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      w.firstRow = document.querySelector('#root tbody tr');
      w.prerenderedFilterOpen = document.querySelector<HTMLDetailsElement>('#root .filter-panel')?.open ?? false;
    });
    const frame = () => {
      const html = document.documentElement;
      if (html.dataset.ready === 'true') return;
      w.framesBeforeReady++;
      const root = document.getElementById('root');
      const table = root?.querySelector('.rankings-table');
      if (root && table && getComputedStyle(root).visibility !== 'hidden') w.framesShowingRankings++;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

function consoleOf(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
  });
  page.on('pageerror', (error) => messages.push(error.message));
  return messages;
}

const readWatch = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as FirstScreenWatch;
    return {
      sameFirstRow: w.firstRow !== undefined && w.firstRow !== null && w.firstRow === document.querySelector('#root tbody tr'),
      shifts: w.shifts,
      framesShowingRankings: w.framesShowingRankings,
      framesBeforeReady: w.framesBeforeReady,
      prerenderedFilterOpen: w.prerenderedFilterOpen,
      stale: document.documentElement.dataset.prerender,
    };
  });

for (const viewport of [
  { width: 375, height: 800 },
  { width: 1280, height: 800 },
]) {
  test(`the default screen is hydrated in place at ${String(viewport.width)} px: same first row, no warning, no shift`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const messages = consoleOf(page);
    await watchFirstScreen(page);
    await page.goto('./');
    const watch = await readWatch(page);
    expect(watch.stale).toBeUndefined();
    expect(watch.sameFirstRow).toBe(true);
    expect(watch.shifts).toEqual([]);
    // Folded on a phone from the first paint (by the page's first-paint script), open on a desk.
    expect(watch.prerenderedFilterOpen).toBe(viewport.width > 640);
    expect(messages).toEqual([]);
    // The hydrated table is live: sorting by 铁路沿线 puts 小店区 (80.7) first.
    await page.getByRole('button', { name: /^铁路沿线/ }).click();
    expect((await rankingRows(page)).map((row) => row[1])[0]).toBe('小店区');
  });
}

test('a link to another view shows that view first: the rankings are never on show', async ({ page }) => {
  const messages = consoleOf(page);
  await watchFirstScreen(page);
  await page.goto('./?view=weights');
  await expect(page.getByRole('tab', { name: '权重模拟' })).toHaveAttribute('aria-selected', 'true');
  const watch = await readWatch(page);
  expect(watch.stale).toBe('stale');
  expect(watch.framesBeforeReady).toBeGreaterThan(0);
  expect(watch.framesShowingRankings).toBe(0);
  expect(watch.shifts).toEqual([]);
  expect(messages).toEqual([]);
});

test('an English browser and a remembered dark theme: English and dark from the first frame shown', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB', colorScheme: 'light' });
  await context.addInitScript(() => {
    localStorage.setItem('taiyuan-sanitation-dashboard:preferences', JSON.stringify({ theme: 'dark' }));
  });
  const page = await context.newPage();
  const messages = consoleOf(page);
  await watchFirstScreen(page);
  await page.goto('./');
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
  const watch = await readWatch(page);
  expect(watch.stale).toBe('stale');
  expect(watch.framesShowingRankings).toBe(0);
  await expect(page.locator('h1')).toHaveText('Taiyuan sanitary-city inspection scores');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(messages).toEqual([]);
  await context.close();
});
