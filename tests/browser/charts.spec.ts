// Charts finished at 375 px and on a desk (issue 26): the trend's labels never overlap and its ticks step by
// 1, 2 or 5 × 10ⁿ; the dot plot's axis fits the scores and it downloads as SVG and PNG.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { expect, openTools, test } from './fixtures';

async function importFebruary(page: Page, language: 'zh' | 'en'): Promise<void> {
  await openTools(page);
  await page.getByRole('button', { name: language === 'zh' ? '导入数据' : 'Import data' }).click();
  const dialog = page.getByRole('dialog');
  await dialog
    .locator('input[type="file"]')
    .setInputFiles(fileURLToPath(new URL('../fixtures/another-month-2025-02.txt', import.meta.url)));
  await dialog.getByRole('button', { name: language === 'zh' ? '预览' : 'Preview', exact: true }).click();
  await dialog.getByRole('button', { name: language === 'zh' ? '导入' : 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** Every drawn text of a chart with its box. */
async function texts(figure: Locator): Promise<{ text: string; box: { left: number; right: number; top: number; bottom: number } }[]> {
  return figure.locator('.chart-area svg text').evaluateAll((nodes) =>
    nodes
      .filter((node) => node.textContent.trim() !== '')
      .map((node) => {
        const r = node.getBoundingClientRect();
        return { text: node.textContent, box: { left: r.left, right: r.right, top: r.top, bottom: r.bottom } };
      }),
  );
}

function overlaps(found: Awaited<ReturnType<typeof texts>>): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < found.length; i++) {
    for (let j = i + 1; j < found.length; j++) {
      const [a, b] = [found[i], found[j]];
      if (!a || !b) continue;
      // Half a pixel of slack: glyph boxes of neighbouring ticks may touch.
      const apart =
        a.box.right <= b.box.left + 0.5 ||
        b.box.right <= a.box.left + 0.5 ||
        a.box.bottom <= b.box.top + 0.5 ||
        b.box.bottom <= a.box.top + 0.5;
      if (!apart) pairs.push(`${a.text} × ${b.text}`);
    }
  }
  return pairs;
}

/** Whether the ticks step evenly by 1, 2 or 5 × 10ⁿ. */
function roundSteps(ticks: number[]): boolean {
  const steps = ticks.slice(1).map((tick, i) => Math.round((tick - (ticks[i] ?? 0)) * 1000) / 1000);
  const step = steps[0] ?? 0;
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  return steps.every((s) => s === step) && [1, 2, 5].some((m) => Math.abs(m - mantissa) < 1e-9);
}

for (const language of ['zh', 'en'] as const) {
  for (const width of [375, 1280]) {
    test.describe(`trend, two periods, ${String(width)} px (${language})`, () => {
      test.use({ viewport: { width, height: 900 }, locale: language === 'zh' ? 'zh-CN' : 'en-US' });

      test('no two labels overlap, both periods are named, ticks step by 1-2-5 and ranks by 1; the slope chart names both ends', async ({
        page,
      }) => {
        await page.goto('./');
        await importFebruary(page, language);
        await page.getByRole('tab', { name: language === 'zh' ? '趋势' : 'Trend' }).click();
        const figures = page.locator('.chart-figure');
        await expect(figures).toHaveCount(2);
        const [values, ranks] = [figures.nth(0), figures.nth(1)];
        await expect(values.locator('.trend-line')).toHaveCount(6);
        for (const figure of [values, ranks]) {
          const found = await texts(figure);
          expect(overlaps(found), await figure.locator('h3').innerText()).toEqual([]);
          // Both periods named under the axis.
          const periods = language === 'zh' ? ['2025年1月初见报', '2025年2月'] : ['Published early January 2025', 'February 2025'];
          // (A long label wraps: its lines are tspans, read back joined by spaces.)
          const read = await figure
            .locator('.x-axis .period-label')
            .evaluateAll((nodes) => nodes.map((node) => [...node.querySelectorAll('tspan')].map((t) => t.textContent).join(' ')));
          expect(read).toEqual(periods);
        }
        // The values' axis: 580 to 740 by 20 (597.0 to 729.8).
        const yTicks = await values.locator('.y-axis .value-tick').allTextContents();
        const numbers = yTicks.map((tick) => Number(tick.replace(/,/g, '')));
        expect(numbers).toEqual([580, 600, 620, 640, 660, 680, 700, 720, 740]);
        expect(roundSteps(numbers)).toBe(true);
        // 迎泽区's February point (729.8) stands where the axis's 580 and 740 put it, within half a pixel.
        const tickY = await values
          .locator('.y-axis .value-tick')
          .evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('y'))));
        const line = await values.locator('.trend-line[data-district="迎泽区"] path').getAttribute('d');
        const lastY = Number(/,(-?[\d.]+)$/.exec(line ?? '')?.[1]);
        const [y580, y740] = [tickY[0] ?? 0, tickY.at(-1) ?? 0];
        expect(Math.abs(lastY - (y580 + ((729.8 - 580) / (740 - 580)) * (y740 - y580)))).toBeLessThan(0.5);
        // The slope chart: each district at both ends with its rank (杏花岭区 1st in January, 3rd in February).
        const names = (await texts(ranks)).map((t) => t.text);
        const xinghualing = language === 'zh' ? '杏花岭区' : 'Xinghualing';
        expect(names).toContain(`${xinghualing} 1`);
        expect(names).toContain(`3 ${xinghualing}`);
        const box = await ranks.locator('.chart-area svg').first().boundingBox();
        expect(box?.width ?? 0).toBeLessThanOrEqual(Math.min(width, 720 + 1));
      });
    });
  }
}

test.describe('dot plot', () => {
  test.use({ viewport: { width: 375, height: 900 } });

  test('its axis fits the scores (40–90, stated), and it downloads as an SVG and a PNG that hold its 60 dots', async ({ page }) => {
    await page.goto('./?view=bars');
    const figure = page.getByRole('figure', { name: '各点位类型得分分布' });
    await expect(figure).toContainText('横轴从 40 分起，至 90 分');
    await expect(figure.locator('.dot-tick')).toHaveText(['40', '50', '60', '70', '80', '90']);
    // 晋源区's 40.5 sits at the left, 小店区's 80.7 four fifths of the way.
    const track = await figure.locator('.dot-row[data-site-type="铁路沿线"] .dot-track').boundingBox();
    const high = await figure.locator('.dot-row[data-site-type="铁路沿线"] .dot[data-value="80.7"]').boundingBox();
    const share = ((high?.x ?? 0) + (high?.width ?? 0) / 2 - (track?.x ?? 0)) / (track?.width ?? 1);
    expect(share).toBeCloseTo((80.7 - 40) / 50, 2);
    const [svg] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: '下载 SVG 图片' }).click()]);
    expect(svg.suggestedFilename()).toBe('taiyuan-inspection-taiyuan-2025-01-dot-plot.svg');
    const text = readFileSync(await svg.path(), 'utf8');
    // The title, in as many lines as a phone's width takes.
    const title = /<text[^>]*font-weight="600"[^>]*>(.*?)<\/text>/.exec(text)?.[1] ?? '';
    expect([...title.matchAll(/>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ')).toMatch(
      /^分类对比 · 各点位类型得分分布（全部 10 ?项点位类型，2025年1月初见报）$/,
    );
    expect(text.match(/<circle /g)).toHaveLength(60);
    expect(text).toContain('>铁路沿线</text>');
    // The traced drawing is gone from the page once saved.
    await expect(page.locator('.dot-plot-export')).toHaveCount(0);
    const [png] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: '下载 PNG 图片' }).click()]);
    expect(png.suggestedFilename()).toBe('taiyuan-inspection-taiyuan-2025-01-dot-plot.png');
    const bytes = readFileSync(await png.path());
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(bytes.length).toBeGreaterThan(5000);
  });
});

test('a view opened again after the window narrowed draws its charts at the new width, not the one they had', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./?view=bars');
  const bars = page.locator('.total-bar-chart svg.chart-surface');
  expect(Number(await bars.getAttribute('width'))).toBeGreaterThan(600);
  await page.getByRole('tab', { name: '排名', exact: true }).click();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.getByRole('tab', { name: '分类对比', exact: true }).click();
  // Drawn at once at the width it had, then at the box's own once the observer has measured it.
  await expect.poll(async () => Number(await bars.getAttribute('width'))).toBeLessThan(375);
  // The first bar (杏花岭区's, the longest) ends inside the screen.
  const longest = await bars.locator('.total-bar rect').first().boundingBox();
  expect((longest?.x ?? 0) + (longest?.width ?? 0)).toBeLessThanOrEqual(375);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test.describe('many districts', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  // Two stored periods of 150 districts (after the embedded month, so the later is shown), one site type.
  const names = Array.from({ length: 150 }, (_, d) => `区${String(d + 1).padStart(3, '0')}`);
  const score = (d: number, p: number) => 40 + ((d * 37 + p * 11) % 600) / 10;
  const stored = {
    schemaVersion: 2,
    inspections: ['2025-02', '2025-03'].map((period, p) => ({
      id: `many-${period}`,
      period,
      label: period,
      text: ['district,site type,score,max', ...names.map((name, d) => `${name},公厕,${score(d, p).toFixed(1)},100`)].join('\n'),
      importedAt: '',
    })),
  };

  test.beforeEach(async ({ page }) => {
    await page.addInitScript((data) => {
      window.localStorage.setItem('taiyuan-sanitation-dashboard:inspections', data);
    }, JSON.stringify(stored));
  });

  test('the trend draws 150 lines as a band: a path per colour, every district a subpath, each line from its two scores', async ({
    page,
    watched,
  }) => {
    await page.goto('./?view=trend');
    const band = page.locator('figure').first().locator('.trend-band');
    // The embedded month's six districts are another series (Taiyuan's): not on this trend.
    await expect(band).toHaveAttribute('data-lines', '150');
    const paths = await band.locator('path').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('d') ?? ''));
    // Every line drawn once: one M (move) per district, one L for each of the 150 (its second period). More
    // districts than colours: all neutral (one path), so that no colour stands for two districts.
    expect(paths).toHaveLength(1);
    expect(await band.locator('path').getAttribute('stroke')).toBe('#8a8f98');
    const lines = paths.flatMap((d) => [...d.matchAll(/M(-?[\d.]+),(-?[\d.]+)L(-?[\d.]+),(-?[\d.]+)/g)]);
    expect(lines).toHaveLength(150);
    expect(paths.join('').match(/M/g)).toHaveLength(150);
    expect(paths.join('').match(/L/g)).toHaveLength(150);
    // Heights on the plot: a higher score is drawn higher (a smaller y), so the lines that rise on the page are
    // exactly the districts whose score rose (区001: 40.0 → 41.1).
    const drop = (m: RegExpMatchArray) => Number(m[4]) - Number(m[2]);
    const rises = names.filter((_, d) => score(d, 1) > score(d, 0)).length;
    expect(lines.filter((m) => drop(m) < 0)).toHaveLength(rises);
    expect(watched.consoleErrors).toEqual([]);
  });

  test('grouped bars of 150 districts repeat no colour: every bar neutral but the highlighted district', async ({ page, watched }) => {
    await page.goto('./?view=bars&hl=区002');
    await page.getByRole('button', { name: '分组柱状图' }).click();
    const bars = page.locator('figure .recharts-bar-rectangle path');
    await expect(bars).toHaveCount(150);
    const fills = await bars.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('fill') ?? ''));
    const coloured = fills.filter((fill) => fill !== '#8a8f98');
    expect(coloured).toHaveLength(1);
    expect(watched.consoleErrors).toEqual([]);
  });

  test('a district far down the 150 finds its own row in view in the table of points to the next place', async ({ page, watched }) => {
    await page.goto('./?view=district');
    // The lowest-scoring district in the later period: the last row of the table.
    const last = names.reduce((low, name, d) => (score(d, 1) < score(names.indexOf(low), 1) ? name : low), names[0] ?? '');
    await page.getByLabel('选择区').selectOption(last);
    const table = page.locator('table').filter({ has: page.locator('tr[aria-current="true"]') });
    await expect(table).toHaveAttribute('aria-rowcount', '151');
    const row = table.locator('tr[aria-current="true"]');
    await expect(row.locator('th')).toHaveText(last);
    await expect(row.locator('td').first()).toHaveText('150');
    // In view inside the table's own scroll box (which is itself further down the page).
    const region = page.getByRole('region', { name: /与前一名的差距/ });
    await expect
      .poll(async () => {
        const [box, rowBox] = [await region.boundingBox(), await row.boundingBox()];
        return box && rowBox ? rowBox.y >= box.y && rowBox.y + rowBox.height <= box.y + box.height : false;
      })
      .toBe(true);
    // Only the rows in view (and a margin) are drawn.
    expect(await table.locator('tbody tr').count()).toBeLessThan(100);
    expect(watched.consoleErrors).toEqual([]);
  });
});

test.describe('dot plot exported on an English desk', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('long site-type names stay in their column, line by line as on screen, and every city tick is drawn over the dots', async ({
    page,
  }) => {
    await page.goto('./?view=bars&lang=en');
    const figure = page.getByRole('figure', { name: 'How the districts score in each site type' });
    const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: /SVG/ }).click()]);
    const svg = readFileSync(await download.path(), 'utf8');
    const image = await page.context().newPage();
    await image.setContent(svg.replace(/^<\?xml[^>]*>\s*/, ''));
    const drawn = await image.locator('svg.dot-plot-export').evaluate((plot) => {
      const tracks = Math.min(...[...plot.querySelectorAll('line')].map((l) => l.getBoundingClientRect().left));
      // The names left of the tracks (the axis' numbers stand centred on their ticks, and are not names).
      const names = [...plot.querySelectorAll('text')].filter((t) => t.getBoundingClientRect().left < tracks && !/^\d/.test(t.textContent));
      const order = [...plot.children].map((c) => c.tagName);
      return {
        intoThePlot: names.filter((t) => t.getBoundingClientRect().right > tracks + 1).map((t) => t.textContent),
        names: names.map((t) => t.textContent),
        // Each city tick (a filled rect) comes after every dot (circle) in drawing order.
        ticksOverDots: order.lastIndexOf('circle') < order.findLastIndex((tag) => tag === 'rect'),
      };
    });
    expect(drawn.intoThePlot).toEqual([]);
    expect(drawn.names).toContain('Public toilets');
    expect(drawn.names.some((name) => name.startsWith('Key venues'))).toBe(true);
    expect(drawn.ticksOverDots).toBe(true);
    await image.close();
  });
});
