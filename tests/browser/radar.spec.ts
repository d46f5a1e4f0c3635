// The radar in Chromium: one district filled against the city average by default, or small multiples.
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

test.describe('radar', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('by default one district (杏花岭区) is filled against the dashed city average, the other five as faint outlines', async ({
    page,
    watched,
  }) => {
    await page.goto('./?view=radar');
    const figure = page.getByRole('figure', { name: '杏花岭区与全市平均' });
    const filled = figure.locator('path.focus-series');
    await expect(filled).toHaveCount(1);
    await expect(filled).toHaveAttribute('data-district', '杏花岭区');
    expect(Number(await filled.getAttribute('fill-opacity'))).toBeGreaterThan(0);
    // The scale starts at 30, as the chart says (the lowest score is 40.5): the profiles are not crowded on the rim.
    await expect(figure.locator('.note')).toContainText('刻度：中心为 30（不从 0 起，以显出各区差距），最外圈为 100。');
    const from = await scaleStart(figure);
    expect(from).toBe(30);
    // 杏花岭区's 80.2 on 农贸市场、便民市场, the first axis: straight above the centre, (80.2 − 30) / 70 of the way out.
    const corners = await radarCorners(figure.locator('svg.chart-surface'), 'path.focus-series');
    expect(apart(corners.shape[0], expectedCorner(corners, 0, 10, (80.2 - from) / (100 - from)))).toBeLessThan(0.5);
    // No number of the scale runs into an axis' name.
    const boxes = async (selector: string) =>
      figure.locator(selector).evaluateAll((nodes) =>
        nodes.map((n) => {
          const r = n.getBoundingClientRect();
          return { text: n.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        }),
      );
    const numbers = await boxes('.radar-radius-axis text');
    expect(numbers.map((n) => n.text)).toContain('30');
    for (const name of await boxes('.chart-axis > text'))
      for (const number of numbers) {
        const overlap = number.left < name.right && name.left < number.right && number.top < name.bottom && name.top < number.bottom;
        expect(overlap, `${number.text} over ${name.text}`).toBe(false);
      }
    const city = figure.locator('path.city-series');
    await expect(city).toHaveCount(1);
    await expect(city).toHaveAttribute('stroke-dasharray', '6 4');
    const outlines = figure.locator('path.context-series');
    await expect(outlines).toHaveCount(5);
    for (const fill of await outlines.evaluateAll((paths) => paths.map((p) => p.getAttribute('fill')))) expect(fill).toBe('none');
    // The chart fills its card: the square drawing takes (almost) the figure's whole width.
    const card = await figure.boundingBox();
    const drawing = await figure.locator('.chart-area svg.chart-surface').boundingBox();
    expect((drawing?.width ?? 0) / (card?.width ?? 1)).toBeGreaterThan(0.9);
    // Its data table holds the printed figures: 杏花岭区 80.2 in 农贸市场、便民市场, the city 73.6.
    await figure.getByRole('button', { name: '以表格显示数据' }).click();
    const row = figure.getByRole('table').getByRole('row', { name: /农贸市场、便民市场/ });
    await expect(row.getByRole('cell').first()).toHaveText('80.2');
    await expect(row.getByRole('cell').last()).toHaveText('73.6');
    expect(watched.consoleErrors).toEqual([]);
  });

  test('choosing 小店区 fills its profile instead; its data table gives 80.7 on 铁路沿线', async ({ page }) => {
    await page.goto('./?view=radar');
    await page.getByLabel('突出显示').selectOption('小店区');
    const figure = page.getByRole('figure', { name: '小店区与全市平均' });
    await expect(figure.locator('path.focus-series')).toHaveAttribute('data-district', '小店区');
    await expect(figure.locator('path.context-series')).toHaveCount(5);
    await figure.getByRole('button', { name: '以表格显示数据' }).click();
    const table = figure.getByRole('table');
    const column = (await table.getByRole('columnheader').allTextContents()).indexOf('小店区');
    expect(column).toBeGreaterThan(0);
    const railway = table.getByRole('row', { name: /铁路沿线/ }).locator('th, td');
    await expect(railway.nth(column)).toHaveText('80.7');
  });

  test('small multiples draw six radars in rank order, each with the city average, on one scale', async ({ page, watched }) => {
    await page.goto('./?view=radar');
    await page.getByRole('button', { name: '分区小图' }).click();
    const figure = page.getByRole('figure', { name: '各区得分轮廓（同一刻度）' });
    const panels = figure.locator('.radar-multiple');
    await expect(panels).toHaveCount(6);
    await expect(panels.locator('h4')).toHaveText([
      '第 1 名 杏花岭区 676.6',
      '第 2 名 迎泽区 669.9',
      '第 3 名 小店区 659.8',
      '第 4 名 万柏林区 651.2',
      '第 5 名 晋源区 650.6',
      '第 6 名 尖草坪区 643.3',
    ]);
    for (let i = 0; i < 6; i++) {
      await expect(panels.nth(i).locator('path.focus-series')).toHaveCount(1);
      await expect(panels.nth(i).locator('path.city-series')).toHaveCount(1);
    }
    // One scale: every panel's outer grid ring has the same size.
    const rings = await panels.evaluateAll((divs) =>
      divs.map((div) => {
        const rings = [...div.querySelectorAll('.radar-ring')];
        const outer = rings.at(-1);
        return outer ? Math.round(outer.getBoundingClientRect().width) : 0;
      }),
    );
    expect(new Set(rings).size).toBe(1);
    expect(rings[0]).toBeGreaterThan(100);
    // The numbered axes' key names the ten site types once.
    await expect(figure.locator('.radar-key li')).toHaveCount(10);
    await expect(figure.locator('.radar-key li').nth(8)).toHaveText('铁路沿线');
    expect(watched.consoleErrors).toEqual([]);
  });
});

test.describe('radar on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('small multiples reflow into two columns at 375 px without overflowing the page', async ({ page }) => {
    await page.goto('./?view=radar');
    await page.getByRole('button', { name: '分区小图' }).click();
    const panels = page.locator('.radar-multiple');
    await expect(panels).toHaveCount(6);
    const lefts = await panels.evaluateAll((divs) => divs.map((d) => Math.round(d.getBoundingClientRect().left)));
    expect(new Set(lefts).size).toBe(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

test.describe('radar on an English phone', () => {
  test.use({ viewport: { width: 375, height: 800 }, locale: 'en-US' });

  test('every axis name, the longest (Key venues and small service businesses) broken into lines, is inside the screen', async ({
    page,
  }) => {
    await page.goto('./?view=radar');
    const names = page.locator('figure.radar-figure .chart-axis > text');
    await expect(names).toHaveCount(10);
    const boxes = await names.evaluateAll((nodes) =>
      nodes.map((node) => {
        const box = node.getBoundingClientRect();
        return { text: [...node.querySelectorAll('tspan')].map((t) => t.textContent).join(' '), left: box.left, right: box.right };
      }),
    );
    expect(boxes.map((b) => b.text)).toContain('Key venues and small service businesses');
    for (const box of boxes) {
      expect(box.left, box.text).toBeGreaterThanOrEqual(0);
      expect(box.right, box.text).toBeLessThanOrEqual(375);
    }
  });
});

test.describe('annotations from the summary facts', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the total bars mark the leader 杏花岭区 6.7 ahead; the dot plot marks 铁路沿线 as the widest gap, 31.2', async ({ page }) => {
    await page.goto('./?view=bars');
    const totals = page.getByRole('figure', { name: '总分排名' });
    await expect(totals.locator('svg').getByText('676.6（领先 6.7）', { exact: true })).toBeVisible();
    // Only the leader carries it.
    await expect(totals.locator('svg').getByText(/领先/)).toHaveCount(1);
    const dots = page.getByRole('figure', { name: '各点位类型得分分布' });
    await expect(dots.locator('.dot-gap')).toHaveCount(1);
    await expect(dots.locator('.dot-row[data-site-type="铁路沿线"] .dot-gap-label')).toHaveText('差距最大 31.2');
    // The bracket runs from the lowest dot (49.5) to the highest (80.7).
    const row = dots.locator('.dot-row[data-site-type="铁路沿线"]');
    const gap = await row.locator('.dot-gap').boundingBox();
    const low = await row.locator('.dot[data-value="49.5"]').first().boundingBox();
    const high = await row.locator('.dot[data-value="80.7"]').boundingBox();
    expect(Math.abs((gap?.x ?? 0) - ((low?.x ?? 0) + (low?.width ?? 0) / 2))).toBeLessThan(2);
    expect(Math.abs((gap?.x ?? 0) + (gap?.width ?? 0) - ((high?.x ?? 0) + (high?.width ?? 0) / 2))).toBeLessThan(2);
  });

  test('over 公厕 alone the leader note follows the filter: 杏花岭区 1.0 ahead of 小店区', async ({ page }) => {
    await page.goto(`./?view=bars&t=${encodeURIComponent('公厕')}`);
    const totals = page.getByRole('figure', { name: '总分排名' });
    await expect(totals.locator('svg').getByText('78.8（领先 1.0）', { exact: true })).toBeVisible();
  });
});

test.describe('radar of many districts', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('30 districts: 29 outlines, each corner at its score’s share of the outer ring along its axis, within 0.5 px', async ({
    page,
    watched,
  }) => {
    // A stored period of 30 districts (after the embedded one, so it is shown), ten site types of generated scores.
    const names = Array.from({ length: 30 }, (_, d) => `区${String(d + 1).padStart(2, '0')}`);
    const score = (d: number, s: number) => 50 + ((d * 7 + s * 13) % 45);
    const lines = ['district,site type,score,max'];
    names.forEach((name, d) => {
      for (let s = 0; s < 10; s++) lines.push(`${name},点位类型${String(s + 1)},${score(d, s).toFixed(1)},100`);
    });
    const stored = {
      schemaVersion: 2,
      inspections: [{ id: 'radar-30', period: '2025-02', label: '2025-02', text: lines.join('\n'), importedAt: '' }],
    };
    await page.addInitScript((data) => {
      window.localStorage.setItem('taiyuan-sanitation-dashboard:inspections', data);
    }, JSON.stringify(stored));
    await page.goto('./?view=radar');
    const figure = page.locator('figure.radar-figure');
    // 30 chosen: the focus filled, and 29 outlines.
    await expect(figure.locator('path.context-series')).toHaveCount(29);
    await expect(figure.locator('path.focus-series')).toHaveCount(1);
    const corners = await radarCorners(figure.locator('svg.chart-surface'), 'path.context-series[data-district="区07"]');
    expect(corners.shape).toHaveLength(10);
    // The scores run from 50 to 94: the chart says where its scale starts, and the corners are measured from it.
    const from = await scaleStart(figure);
    expect(from).toBe(40);
    corners.shape.forEach((corner, s) => {
      expect(apart(corner, expectedCorner(corners, s, 10, (score(6, s) - from) / (100 - from))), `axis ${String(s + 1)}`).toBeLessThan(0.5);
    });
    expect(watched.consoleErrors).toEqual([]);
  });
});

type Point = [number, number];

/**
 * A shape's corners and the radar's centre and reach, read from what is drawn: the centre is the middle of the
 * outer ring's corners, the reach their distance from it.
 */
async function radarCorners(svg: Locator, shape: string): Promise<{ shape: Point[]; centre: Point; reach: number }> {
  const pointsOf = (d: string): Point[] => [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  const ring = pointsOf((await svg.locator('.radar-ring').last().getAttribute('d')) ?? '');
  const centre: Point = [ring.reduce((sum, p) => sum + p[0], 0) / ring.length, ring.reduce((sum, p) => sum + p[1], 0) / ring.length];
  const first = ring[0] ?? centre;
  return {
    shape: pointsOf((await svg.locator(shape).getAttribute('d')) ?? ''),
    centre,
    reach: Math.hypot(first[0] - centre[0], first[1] - centre[1]),
  };
}

/** Where a value at `share` of the scale lies on axis `index` of `count`: clockwise from straight up. */
function expectedCorner({ centre, reach }: { centre: Point; reach: number }, index: number, count: number, share: number): Point {
  const turn = (2 * Math.PI * index) / count;
  return [centre[0] + share * reach * Math.sin(turn), centre[1] - share * reach * Math.cos(turn)];
}

/** Where the radar's scale starts, as its note says it (中心为 N). */
async function scaleStart(figure: Locator): Promise<number> {
  const note = (await figure.locator('.note').textContent()) ?? '';
  return Number(/中心为 (\d+(?:\.\d+)?)/.exec(note)?.[1] ?? Number.NaN);
}

/** The distance between two points, in pixels. */
const apart = (a: Point | undefined, b: Point) => (a ? Math.hypot(a[0] - b[0], a[1] - b[1]) : Infinity);
