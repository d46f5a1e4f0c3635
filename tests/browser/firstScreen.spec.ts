// The first screen paints once: the prerendered rankings are hydrated in place (same nodes, no warning, no
// layout shift), and a link or stored choice that asks for another screen never shows the rankings first.
import type { Page } from '@playwright/test';
import { expect, expectTiming, rankingRows, test } from './fixtures';

/** What watchFirstScreen records on the page's window. */
interface FirstScreenWatch {
  firstRow?: Element | null;
  shifts: number[];
  framesShowingRankings: number;
  framesBeforeReady: number;
  /** The page's visible main heading at every frame before the app is live: one language's screen only. */
  headingsShown: string[];
  prerenderedFilterOpen?: boolean;
}

/**
 * Records, from before the page's own scripts: the first rankings row as parsed, every console message,
 * the layout shifts, and at every animation frame before the app is live whether the rankings were on show.
 */
/** The first row of the rankings as a reader sees them: the phone's ranked list under 600 px, else the table's. */
const FIRST_ROW = { phone: '#root .ranked-list > li', desk: '#root tbody tr' };

async function watchFirstScreen(page: Page, firstRowSelector = FIRST_ROW.desk): Promise<void> {
  await page.addInitScript((firstRow: string) => {
    const w = window as unknown as FirstScreenWatch;
    w.shifts = [];
    w.framesShowingRankings = 0;
    w.framesBeforeReady = 0;
    w.headingsShown = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
    const frame = () => {
      const html = document.documentElement;
      // The first frame once the page is parsed (the build holds the first paint until then): the first row and
      // the filter of the screen on show, as first painted.
      if (w.firstRow === undefined && document.readyState !== 'loading') {
        w.firstRow = document.querySelector(firstRow);
        w.prerenderedFilterOpen = w.firstRow?.closest('#root')?.querySelector<HTMLDetailsElement>('.filter-panel')?.open ?? false;
      }
      if (html.dataset.ready === 'true') return;
      w.framesBeforeReady++;
      const root = document.getElementById('root');
      const table = root?.querySelector('.rankings-table');
      if (root && table && getComputedStyle(root).visibility !== 'hidden') w.framesShowingRankings++;
      for (const heading of document.querySelectorAll('h1'))
        if (heading.checkVisibility({ visibilityProperty: true })) w.headingsShown.push(heading.textContent);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, firstRowSelector);
}

function consoleOf(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
  });
  page.on('pageerror', (error) => messages.push(error.message));
  return messages;
}

/** On a phone the list hydrates once its own chunk has arrived: waits until React has adopted the row. */
const waitUntilAdopted = (page: Page, selector: string) =>
  page.waitForFunction((rowSelector) => {
    const row = document.querySelector(rowSelector);
    return row !== null && Object.keys(row).some((key) => key.startsWith('__reactFiber'));
  }, selector);

const readWatch = (page: Page, firstRowSelector = FIRST_ROW.desk) =>
  page.evaluate((firstRow: string) => {
    const w = window as unknown as FirstScreenWatch;
    return {
      sameFirstRow: w.firstRow !== undefined && w.firstRow !== null && w.firstRow === document.querySelector(firstRow),
      headingsShown: [...new Set(w.headingsShown)],
      shifts: w.shifts,
      framesShowingRankings: w.framesShowingRankings,
      framesBeforeReady: w.framesBeforeReady,
      prerenderedFilterOpen: w.prerenderedFilterOpen,
      stale: document.documentElement.dataset.prerender,
    };
  }, firstRowSelector);

for (const viewport of [
  { width: 375, height: 800 },
  { width: 1280, height: 800 },
]) {
  test(`the default screen is hydrated in place at ${String(viewport.width)} px: same first row, no warning, no shift`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const phone = viewport.width < 600;
    const firstRow = phone ? FIRST_ROW.phone : FIRST_ROW.desk;
    const messages = consoleOf(page);
    await watchFirstScreen(page, firstRow);
    await page.goto('./');
    if (phone) await waitUntilAdopted(page, firstRow);
    const watch = await readWatch(page, firstRow);
    expect(watch.stale).toBeUndefined();
    expect(watch.sameFirstRow).toBe(true);
    expect(watch.shifts).toEqual([]);
    // Folded on a phone from the first paint (by the page's first-paint script), open on a desk.
    expect(watch.prerenderedFilterOpen).toBe(viewport.width > 640);
    expect(messages).toEqual([]);
    // The hydrated table is live: sorting by 铁路沿线 puts 小店区 (80.7) first (on a phone, one tap away).
    if (phone) await page.getByRole('button', { name: '查看完整表格' }).click();
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

for (const [name, locale, search, width] of [
  ['an English browser', 'en-GB', '', 1280],
  ['an English phone', 'en-US', '', 375],
  ['a link in English (the address an English reader keeps)', 'zh-CN', '?lang=en', 1280],
] as const) {
  test(`${name}: the English screen, prerendered, is hydrated in place, never a Chinese frame, no shift`, async ({ browser }) => {
    const context = await browser.newContext({ locale, viewport: { width, height: 800 } });
    const page = await context.newPage();
    const messages = consoleOf(page);
    const phone = width < 600;
    await watchFirstScreen(page, `[data-prerendered="en"] ${phone ? '.ranked-list > li' : 'tbody tr'}`);
    await page.goto(`./${search}`);
    await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
    const firstRow = phone ? FIRST_ROW.phone : FIRST_ROW.desk;
    if (phone) await waitUntilAdopted(page, firstRow);
    const watch = await readWatch(page, firstRow);
    // The English screen's nodes are the live app's: one screen in the page, the English one, as #root.
    expect(watch.stale).toBeUndefined();
    expect(watch.sameFirstRow).toBe(true);
    expect(
      await page.locator('[data-prerendered]').evaluateAll((screens) => screens.map((s) => `${s.id}:${s.dataset.prerendered}`)),
    ).toEqual(['root:en']);
    expect(watch.headingsShown).toEqual(['Taiyuan sanitary-city inspection scores']);
    expect(watch.shifts).toEqual([]);
    expect(watch.prerenderedFilterOpen).toBe(!phone);
    expect(messages).toEqual([]);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // Live, in English: sorting by the railway lines puts Xiaodian (80.7) first.
    if (phone) await page.getByRole('button', { name: 'Show the full table' }).click();
    await page.getByRole('button', { name: /^Along the railway/ }).click();
    expect((await rankingRows(page)).map((row) => row[1])[0]).toBe('Xiaodian');
    await context.close();
  });
}

test('a Chinese browser never shows the English screen, and keeps one screen once live', async ({ page }) => {
  await watchFirstScreen(page);
  await page.goto('./');
  const watch = await readWatch(page);
  expect(watch.headingsShown).toEqual(['太原市城六区创卫月督查得分看板']);
  expect(await page.locator('[data-prerendered]').evaluateAll((screens) => screens.map((s) => `${s.id}:${s.dataset.prerendered}`))).toEqual(
    ['root:zh'],
  );
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

test('a page whose first paint is never reported (opened in the background) still starts the app, within seconds', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  // As in a tab opened in the background: the browser reports no first contentful paint.
  await context.addInitScript(() => {
    PerformanceObserver.prototype.observe = () => undefined;
  });
  const page = await context.newPage();
  const started = Date.now();
  await page.goto('./');
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached', timeout: 10_000 });
  expectTiming(Date.now() - started, 8_000, 'start of a page opened in the background');
  // Live: a sort by 铁路沿线 puts 小店区 (80.7) first.
  await page.getByRole('button', { name: /^铁路沿线/ }).click();
  expect((await rankingRows(page)).map((row) => row[1])[0]).toBe('小店区');
  await context.close();
});

test('taps on the prerendered screen before the app is live are not lost: a sort and 导入数据 take effect, in order, once it starts', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const messages = consoleOf(page);
  // The app's start-up code arrives late, as on a slow phone: the screen is shown, its buttons not yet live.
  await page.route(/\/assets\/boot-[^/]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: /^铁路沿线/ }).click();
  await page.getByRole('button', { name: '导入数据' }).click();
  // Both taps landed on the prerendered screen, before the app had started.
  expect(await page.locator('html').getAttribute('data-ready')).toBeNull();
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
  await expect(page.getByRole('dialog', { name: '导入一期数据' })).toBeVisible();
  await page.getByRole('dialog', { name: '导入一期数据' }).getByRole('button', { name: '取消' }).click();
  // 铁路沿线's sort puts 小店区 (80.7) first.
  expect((await rankingRows(page)).map((row) => row[1])[0]).toBe('小店区');
  expect(messages).toEqual([]);
  await context.close();
});

test('the page language is written only when it changes: none on a Chinese load, once on a switch to English', async ({ page }) => {
  // Even the same value written again lays the whole page out again, in the task that follows hydration.
  await page.addInitScript(() => {
    const w = window as unknown as { langWrites: string[] };
    w.langWrites = [];
    // From the document (its root element does not exist yet when this runs), for the root's attribute only.
    new MutationObserver((records) => {
      for (const record of records) if (record.target === document.documentElement) w.langWrites.push(document.documentElement.lang);
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['lang'] });
  });
  await page.goto('./');
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
  const writes = () => page.evaluate(() => (window as unknown as { langWrites: string[] }).langWrites);
  expect(await writes()).toEqual([]);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('h1')).toHaveText('Taiyuan sanitary-city inspection scores');
  expect(await writes()).toEqual(['en']);
});

test("the first screen's chunk opens with V8's compile hint, so that its functions compile as it streams in", async ({ page }) => {
  await page.goto('./');
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
  // The chunk the page ran to draw the table: the one script loaded whose code holds the rankings' sort buttons.
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.endsWith('.js')),
  );
  const texts = await Promise.all(scripts.map(async (url) => (await page.request.get(url)).text()));
  const firstScreen = texts.filter((text) => text.includes('sort-button'));
  expect(firstScreen).toHaveLength(1);
  // V8 honours the comment only as the file's first line.
  expect(firstScreen[0]?.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
  // And no other chunk carries it: a view's code loaded later is compiled when it runs.
  expect(texts.filter((text) => text.startsWith('//# allFunctionsCalledOnLoad'))).toHaveLength(1);
});
