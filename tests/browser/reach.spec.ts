// Reach (issue 14) in Chromium: the embed code put into an outer page, and the app offline after one visit.
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import chromiumSettings from '../../chromium.json' with { type: 'json' };
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** Opens the embed dialog, chooses a view and returns the code it gives. */
async function embedCodeFor(page: Page, view: string): Promise<string> {
  const dialog = page.getByRole('dialog', { name: '嵌入到其他网页' });
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: '嵌入', exact: true }).click();
  await dialog.getByLabel('视图', { exact: true }).selectOption(view);
  return dialog.getByLabel('嵌入代码').inputValue();
}

/**
 * The article that embeds the dashboard: a page of another origin, served by the test from its own server on
 * loopback (another port). Chromium lets a page frame a loopback address only from loopback itself.
 */
async function hostPage(context: BrowserContext, body: string): Promise<{ host: Page; close: () => Promise<void> }> {
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>本报讯</title></head><body><h1>本报讯</h1>${body}</body></html>`;
  const server = createServer((request, response) => {
    const found = request.url === '/article.html';
    response.writeHead(found ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(found ? html : '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const host = await context.newPage();
  await host.goto(`http://127.0.0.1:${String(port)}/article.html`);
  return {
    host,
    close: async () => {
      await host.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The iframe's height against the height its page reports (the body's): equal once the resizer has run. */
async function frameFit(host: Page, index: number): Promise<{ frame: number; content: number }> {
  const iframe = host.locator('iframe').nth(index);
  const frame = await iframe.evaluate((element) => element.getBoundingClientRect().height);
  const content = await iframe
    .contentFrame()
    .locator('body')
    .evaluate((body) => body.getBoundingClientRect().height);
  return { frame: Math.round(frame), content: Math.round(content) };
}

test.describe('embed', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the copied code embeds the rankings and the dot plot in another page: seed figures, sized to fit, an open link to the same state', async ({
    page,
    context,
    baseURL,
  }) => {
    await page.goto('./');
    const rankingsCode = await embedCodeFor(page, 'rankings');
    const dotsCode = await embedCodeFor(page, 'bars');
    // The live preview shows the chosen view.
    const preview = page.getByRole('dialog', { name: '嵌入到其他网页' }).locator('.embed-preview iframe').contentFrame();
    await expect(preview.locator('.dot-plot .dot')).toHaveCount(60);
    const dialogViolations = (await new AxeBuilder({ page }).analyze()).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(dialogViolations).toEqual([]);
    expect(rankingsCode).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:4173\/\?period=taiyuan-2025-01&amp;lang=zh&amp;embed=1" title="排名 · [^"]+"[^>]*><\/iframe>\n<script src="http:\/\/127\.0\.0\.1:4173\/embed-resizer\.js" async><\/script>$/,
    );

    const { host, close } = await hostPage(context, `${rankingsCode}\n<p>正文</p>\n${dotsCode}`);
    const rankings = host.locator('iframe').nth(0).contentFrame();
    await expect(rankings.getByRole('heading', { level: 1 })).toContainText('排名');
    await expect(rankings.locator('.source')).toContainText('期次：2025年1月初见报');
    const firstRows = rankings.getByRole('table', { name: /各区得分与排名/ }).locator('tbody tr');
    await expect(firstRows).toHaveCount(6);
    await expect(firstRows.first()).toContainText('杏花岭区');
    await expect(firstRows.first()).toContainText('676.6');
    // Only the view: no tabs, no filter panel, no header tools.
    await expect(rankings.getByRole('tab')).toHaveCount(0);
    await expect(rankings.locator('.filter-panel, .toolbar')).toHaveCount(0);
    const dots = host.locator('iframe').nth(1).contentFrame();
    await expect(dots.locator('.dot-plot .dot')).toHaveCount(60);
    await expect(dots.locator('.dot-row[data-site-type="铁路沿线"] .dot[data-value="80.7"]')).toHaveCount(1);

    // Each frame is as tall as its content, not the 600 px it started with.
    for (const index of [0, 1]) {
      await expect
        .poll(async () => {
          const fit = await frameFit(host, index);
          return Math.abs(fit.frame - fit.content);
        })
        .toBeLessThanOrEqual(1);
      expect((await frameFit(host, index)).frame).not.toBe(600);
    }

    // "Open in the dashboard" leads to the full app in the same state.
    const open = dots.getByRole('link', { name: '在看板中打开' });
    await expect(open).toHaveAttribute('target', '_blank');
    expect(await open.getAttribute('href')).toBe(`${baseURL ?? ''}?period=taiyuan-2025-01&view=bars&lang=zh`);
    expect(await rankings.getByRole('link', { name: '在看板中打开' }).getAttribute('href')).toBe(
      `${baseURL ?? ''}?period=taiyuan-2025-01&lang=zh`,
    );
    await page.goto(`${baseURL ?? ''}?view=bars`);
    await expect(page.getByRole('tab', { name: '分类对比' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('.dot-plot .dot')).toHaveCount(60);
    await close();
  });

  test('an embed keeps the state and language it was made in: English, over 公厕, the radar (as dots: one site type)', async ({
    page,
    context,
  }) => {
    await page.goto(`./?t=${encodeURIComponent('公厕')}&lang=en`);
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed in another page' });
    await dialog.getByLabel('View', { exact: true }).selectOption('radar');
    const code = await dialog.getByLabel('Embed code').inputValue();
    expect(code).toContain('title="Radar · Taiyuan sanitary-city inspection scores"');
    const { host, close } = await hostPage(context, code);
    const frame = host.locator('iframe').first().contentFrame();
    await expect(frame.getByRole('heading', { level: 1 })).toContainText('Radar');
    // The host page has no filter panel: the embed names the site type it is over.
    await expect(frame.locator('.embed-scope')).toHaveText('1 selected site type: Public toilets');
    // One site type makes no radar: its scores are drawn as dots, which the embed says.
    const dots = frame.getByRole('figure', { name: 'How the districts score in each site type' });
    await expect(dots).toContainText('A radar needs three site types and this shows 1');
    await expect(dots.locator('.dot-row[data-site-type="公厕"] .dot')).toHaveCount(6);
    await expect(frame.getByRole('link', { name: 'Open in the dashboard' })).toHaveAttribute('href', /lang=en/);
    await close();
  });
});

test('every embeddable view, embedded, passes axe in zh and en and shows its data table behind the chart', async ({ page }) => {
  for (const language of ['zh', 'en'] as const) {
    for (const view of ['rankings', 'bars', 'radar', 'map', 'district'] as const) {
      await page.goto(`./?view=${view}&lang=${language}&embed=1`);
      await expect(page.locator('.embed-header h1')).toBeVisible();
      if (view === 'bars' || view === 'radar' || view === 'map') {
        await expect(page.locator('.chart-area svg').first()).toBeVisible();
        await expect(page.getByRole('button', { name: language === 'zh' ? '以表格显示数据' : /table/i }).first()).toBeVisible();
      }
      const violations = (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${view} ${language} ${v.id}`);
      expect(violations).toEqual([]);
    }
  }
});

test('another site may frame the embed but not the full app, which offers a window of its own instead', async ({ page, baseURL }) => {
  const app = baseURL ?? '';
  const { host, close } = await hostPage(
    page.context(),
    `<iframe title="app" src="${app}" width="600" height="400"></iframe><iframe title="embed" src="${app}?view=bars&embed=1" width="600" height="400"></iframe>`,
  );
  const full = host.frameLocator('iframe[title="app"]');
  await expect(full.getByText('本仪表板不能在其他网页的框架中使用')).toBeVisible();
  await expect(full.getByRole('link', { name: '在新窗口打开' })).toHaveAttribute('target', '_blank');
  await expect(full.getByRole('button')).toHaveCount(0);
  await expect(host.frameLocator('iframe[title="embed"]').getByRole('figure').first()).toBeVisible();
  await close();
});

test('a browser driven by tests gets no service worker unless it opts in', async ({ page }) => {
  await page.goto('./');
  await page.waitForTimeout(500);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

test('after one visit the app works offline: the rankings, a chart view and an imported month; it is installable', async ({ baseURL }) => {
  // A profile of its own on disk: Chromium does not offer to install an app from an incognito context (the default).
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'dashboard-offline-')), {
    executablePath: process.env.CHROMIUM_PATH ?? chromiumSettings.executablePath,
    args: chromiumSettings.args,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 800 },
  });
  await context.addInitScript(() => {
    window.localStorage.setItem('taiyuan-sanitation-dashboard:service-worker', 'on');
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
  await page.goto(baseURL ?? '/');
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
  // Installed and active: every file of the app is in the cache.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  // Import a second month while online.
  await page.getByRole('button', { name: '导入数据' }).click();
  const dialog = page.getByRole('dialog', { name: '导入一期数据' });
  await dialog.getByLabel('选择文件').setInputFiles(fixture('another-month-2025-02.txt'));
  await dialog.getByRole('button', { name: '预览', exact: true }).click();
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  // The dialog closes once the month is written.
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('期次')).toHaveValue('2025-02');

  const byCache = await page.evaluate(async () => {
    const entries: { cache: string; url: string }[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) entries.push({ cache: name, url: request.url });
    return entries;
  });
  const cached = byCache.map((entry) => entry.url);
  expect(cached.length).toBeGreaterThan(20);
  // Nothing from outside the app's origin.
  expect(cached.filter((url) => !url.startsWith(origin))).toEqual([]);
  // The published months' index is fetched network-first (a month published without a rebuild reaches the reader),
  // kept for offline use from that fetch, never frozen in the app's precache.
  expect(byCache.filter((entry) => entry.url.endsWith('/data/index.json')).map((entry) => entry.cache)).toEqual(['published']);

  await context.setOffline(true);
  await page.goto(`${baseURL ?? ''}?period=taiyuan-2025-01`);
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
  const rows = page.getByRole('table', { name: /各区得分与排名/ }).locator('tbody tr');
  await expect(rows.first()).toContainText('676.6');
  await expect(rows.last()).toContainText('643.3');
  // The imported month is still there, read by the CSV reader's chunk from the cache.
  await expect(page.getByLabel('期次').locator('option')).toHaveText(['2025年1月初见报', '2025年2月']);
  // A chart view, whose code was never loaded online, comes from the cache.
  await page.getByRole('tab', { name: '分类对比' }).click();
  await expect(page.locator('.dot-plot .dot')).toHaveCount(60);
  await page.getByRole('tab', { name: '雷达图' }).click();
  await expect(page.locator('path.focus-series')).toHaveCount(1);

  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
  expect(installabilityErrors).toEqual([]);
  await context.close();
});

test.describe('an embed on a phone (375 px)', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('shows its chart first: the controls fold behind one 设置 button and the legend follows the chart', async ({ page }) => {
    await page.goto('./?view=bars&embed=1');
    const figure = page.getByRole('figure', { name: '各点位类型得分分布' });
    const settings = page.locator('.embed-settings');
    await expect(settings.locator('summary')).toHaveText('设置');
    // It shows that it opens (the disclosure triangle of a list item): a bare bold word read as an empty heading.
    expect(await settings.locator('summary').evaluate((summary) => getComputedStyle(summary).display)).toBe('list-item');
    expect((await settings.locator('summary').boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await expect(page.getByLabel('突出显示')).toBeHidden();
    const chartTop = (await figure.locator('.chart-area').boundingBox())?.y ?? Infinity;
    const legendTop =
      (
        await figure
          .getByRole('button', { name: /杏花岭区/ })
          .first()
          .boundingBox()
      )?.y ?? 0;
    expect(legendTop).toBeGreaterThan(chartTop);
    // The chart's top row is on the first screen.
    expect(chartTop).toBeLessThan(800);
    // The controls still work once unfolded: 小店区 highlighted shows its 80.7 on 铁路沿线.
    await settings.locator('summary').click();
    await page.getByLabel('突出显示').selectOption('小店区');
    await expect(figure.locator('.dot-row[data-site-type="铁路沿线"] .dot-value')).toHaveText('80.7');
  });
});
