// 地图: the six districts on Taiyuan's map, coloured by the figure in view (darker is higher), labelled and read
// aloud with it, each a button to its report card; the data table behind the map; labels legible on their fills in
// both themes; another city's streets get no map and are told why.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SEED_DISTRICTS_BY_TOTAL, SEED_PUBLISHED_TOTALS, SEED_SCORES } from '../unit/seedFigures';
import { fileURLToPath } from 'node:url';
import { expect, openImportDialog, test } from './fixtures';

const mapFigure = (page: Page, metric: string) => page.getByRole('figure', { name: `地图：${metric}` });

/** The relative luminance of a computed colour (rgb(…)). */
async function luminanceOf(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((paths) =>
    paths.map((path) => {
      const [r, g, b] = (/rgb\((\d+), (\d+), (\d+)\)/.exec(getComputedStyle(path).fill) ?? []).slice(1).map(Number);
      const channel = (c = 0) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    }),
  );
}

test('every district on the map with its total, the darker the higher; each a button to its report card', async ({ page, watched }) => {
  await page.goto('./?view=map');
  const figure = mapFigure(page, '总分');
  const districts = figure.locator('svg [role="button"]');
  await expect(districts).toHaveCount(6);
  for (const [i, name] of SEED_DISTRICTS_BY_TOTAL.entries())
    await expect(
      figure.getByRole('button', { name: `${name}，总分 ${String(SEED_PUBLISHED_TOTALS[i])}，第 ${String(i + 1)} 名。打开成绩单` }),
    ).toHaveCount(1);
  // The order of darkness is the order of the totals (ties in a step aside): never a higher total lighter.
  const shade = new Map<string, number>();
  for (const name of SEED_DISTRICTS_BY_TOTAL) {
    const [luminance] = await luminanceOf(page, `[aria-label^="${name}，"] path`);
    shade.set(name, luminance ?? 0);
  }
  for (let i = 1; i < SEED_DISTRICTS_BY_TOTAL.length; i++)
    expect(shade.get(SEED_DISTRICTS_BY_TOTAL[i - 1] ?? '')).toBeLessThanOrEqual(shade.get(SEED_DISTRICTS_BY_TOTAL[i] ?? '') ?? 0);
  expect(shade.get('杏花岭区')).toBeLessThan(shade.get('尖草坪区') ?? 0);
  await expect(figure).toContainText('边界：高德地图');

  await figure.getByRole('button', { name: '以表格显示数据' }).click();
  const rows = figure.locator('table tbody tr');
  await expect(rows).toHaveCount(6);
  await expect(rows.first()).toHaveText(/1\s*杏花岭区\s*676\.6/);
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

  // Tab reaches a district; Enter opens its report card.
  await figure.getByRole('button', { name: /^迎泽区，/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/view=district/);
  await expect(page).toHaveURL(new RegExp(`district=${encodeURIComponent('迎泽区')}`));
  expect(watched.consoleErrors).toEqual([]);
});

test('one site type on the map: each district labelled with its printed score', async ({ page }) => {
  await page.goto('./?view=map');
  await page.getByLabel('地图显示').selectOption('背街小巷');
  const figure = mapFigure(page, '背街小巷');
  for (const [i, name] of SEED_DISTRICTS_BY_TOTAL.entries())
    await expect(
      figure.getByRole('button', { name: new RegExp(`^${name}，背街小巷 ${String(SEED_SCORES['背街小巷']?.[i])}，`) }),
    ).toHaveCount(1);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme}: every label on the map reads at 4.5:1 or more on the shape under it`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./?view=map');
    await expect(mapFigure(page, '总分').locator('svg text').first()).toBeVisible();
    const problems = await page.evaluate(() => {
      const rgb = (value: string) => (/rgb\((\d+), (\d+), (\d+)\)/.exec(value) ?? []).slice(1).map(Number);
      const luminance = (colour: number[]) => {
        const channel = (c = 0) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
        return 0.2126 * channel(colour[0]) + 0.7152 * channel(colour[1]) + 0.0722 * channel(colour[2]);
      };
      const out: string[] = [];
      let measured = 0;
      for (const text of document.querySelectorAll('svg.choropleth text')) {
        // In view first: a point outside the viewport hits nothing.
        text.scrollIntoView({ block: 'center', inline: 'center' });
        const box = text.getBoundingClientRect();
        if (box.width === 0) continue;
        // The shape under the label's middle: labels take no pointer, so the hit is the shape.
        const under = document.elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2).find((e) => e.tagName === 'path');
        if (!under) continue;
        const [hi, lo] = [luminance(rgb(getComputedStyle(text).fill)), luminance(rgb(getComputedStyle(under).fill))].sort((a, b) => b - a);
        const ratio = ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
        measured += 1;
        if (ratio < 4.5) out.push(`${text.textContent}: ${ratio.toFixed(2)}`);
      }
      return { out, measured };
    });
    // Every district's label measured on its own shape (a check of nothing would pass too).
    expect(problems.measured).toBeGreaterThanOrEqual(6);
    expect(problems.out).toEqual([]);
  });
}

test('streets have no shapes: the map says so instead of drawing nothing', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '导入数据' }).click();
  const dialog = page.getByRole('dialog', { name: '导入一期数据' });
  await dialog.getByLabel('粘贴文本').fill('街道\t得分\n乐坪街道\t90\n黄泥塘街道\t89\n长青街道\t88\n');
  await dialog.getByRole('button', { name: '预览', exact: true }).click();
  await dialog.getByLabel('期次（年月）').fill('2025-03');
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await page.getByRole('tab', { name: '地图' }).click();
  await expect(page.getByText('这些单位（街道、乡镇、村等）没有边界数据，无法画出地图')).toBeVisible();
});

test('shapes that cannot be fetched are said, and 重试 fetches them again', async ({ page }) => {
  await page.route('**/geo/index.json', (route) => route.abort());
  await page.goto('./?view=map');
  await expect(page.getByText('地图边界数据未能载入。')).toBeVisible();
  await page.unroute('**/geo/index.json');
  await page.getByRole('button', { name: '重试' }).click();
  await expect(mapFigure(page, '总分').locator('svg [role="button"]')).toHaveCount(6);
});

test('another prefecture’s districts draw that prefecture’s map; a unit with no shape is named under it', async ({ page }) => {
  // A real page of Quanzhou (the corpus's u08): four districts and the development zone, which has no boundary.
  await page.goto('./');
  const dialog = await openImportDialog(page);
  await dialog
    .getByLabel('选择文件')
    .setInputFiles(fileURLToPath(new URL('../fixtures/real/real-u08-quanzhou-toilets-ordinal-prose.txt', import.meta.url)));
  await expect(dialog).toContainText('找到 5 个区');
  await dialog.getByLabel('期次（年月）').fill('2019-10');
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('tab', { name: '地图' }).click();
  const figure = mapFigure(page, '总分');
  await expect(figure.locator('svg [role="button"]')).toHaveCount(4);
  await expect(figure.getByRole('button', { name: /^丰泽区，总分 88\.55，第 5 名/ })).toHaveCount(1);
  await expect(figure).toContainText('以下单位在地图上找不到：泉州开发区。');
  // Quanzhou's eight other counties and cities are the grey context; none of Taiyuan's is drawn.
  await expect(figure.locator('svg > path[aria-hidden="true"]')).toHaveCount(8);
  await expect(figure.locator('svg text', { hasText: '清徐县' })).toHaveCount(0);
});

test('with no site type chosen the map says so instead of colouring every district by nothing', async ({ page }) => {
  await page.goto('./?view=map');
  await page.getByRole('button', { name: '清空' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('未选择任何点位类型');
  await expect(page.locator('svg.choropleth')).toHaveCount(0);
});

/** Pairs of labels on the map whose drawn boxes overlap. */
async function labelOverlaps(figure: ReturnType<typeof mapFigure>): Promise<string[]> {
  const boxes = await figure.locator('.map-labels text').evaluateAll((texts) =>
    texts.map((text) => {
      const box = text.getBoundingClientRect();
      return { name: text.textContent, left: box.left, right: box.right, top: box.top, bottom: box.bottom };
    }),
  );
  const overlaps: string[] = [];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
        overlaps.push(`${a.name} × ${b.name}`);
  return overlaps;
}

for (const width of [375, 1280]) {
  test(`at ${String(width)} px no label on the map overlaps another: Taiyuan's six, and Quanzhou's small central districts`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./?view=map');
    const figure = mapFigure(page, '总分');
    await expect(figure.locator('.map-labels text')).toHaveCount(6);
    expect(await labelOverlaps(figure)).toEqual([]);
    // 鲤城区 and 丰泽区 are small and side by side: their labels, each at its seat, ran into each other.
    const dialog = await openImportDialog(page);
    await dialog
      .getByLabel('选择文件')
      .setInputFiles(fileURLToPath(new URL('../fixtures/real/real-u08-quanzhou-toilets-ordinal-prose.txt', import.meta.url)));
    await dialog.getByLabel('期次（年月）').fill('2019-10');
    await dialog.getByRole('button', { name: '导入', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(figure.locator('.map-labels text')).toHaveCount(4);
    expect(await labelOverlaps(figure)).toEqual([]);
  });
}
