// The README's pictures of the desk rankings, the phone list, the dot plot, the radar and a reading in the import preview, taken into a temporary folder (only
// npm run screenshot copies them into docs/). Each is checked for what it must show before it is taken.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, openImportDialog, test } from './fixtures';
import { seedSiteTypesAsRows } from '../unit/seedFigures';
import { screenshotFolder } from './screenshots';

/** The PNG's width in pixels, from its header (and that it is a PNG at all). */
function pngWidth(path: string): number {
  const bytes = readFileSync(path);
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  return bytes.readUInt32BE(16);
}

test('screenshot of the phone ranked list at 375 × 800 (docs/phone-list.png)', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('./');
  await expect(page.locator('.ranked-list .ranked-total').first()).toContainText('676.6');
  const path = join(screenshotFolder(), 'phone-list.png');
  await page.screenshot({ path });
  expect(pngWidth(path)).toBe(375);
});

test('screenshot of the dot plot with 小店区 chosen (docs/dot-plot.png)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?view=bars');
  await page.getByLabel('突出显示').selectOption('小店区');
  const figure = page.getByRole('figure', { name: '各点位类型得分分布' });
  await expect(figure.locator('.dot-row[data-site-type="铁路沿线"] .dot-value')).toHaveText('80.7');
  const path = join(screenshotFolder(), 'dot-plot.png');
  await figure.screenshot({ path });
  expect(pngWidth(path)).toBeGreaterThan(600);
});

test('screenshot of the radar: 杏花岭区 against the city average (docs/radar.png)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?view=radar');
  const figure = page.getByRole('figure', { name: '杏花岭区与全市平均' });
  await expect(figure.locator('path.focus-series')).toHaveCount(1);
  const path = join(screenshotFolder(), 'radar.png');
  await figure.screenshot({ path });
  expect(pngWidth(path)).toBeGreaterThan(600);
});

test('screenshot of the rankings on a desk, 1280 × 900 (docs/dashboard.png)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./');
  await expect(page.locator('.rankings-headline')).toContainText('杏花岭区以 676.6 分居首');
  await expect(
    page
      .getByRole('table', { name: /各区得分与排名/ })
      .locator('tbody tr')
      .first(),
  ).toContainText('676.6');
  const path = join(screenshotFolder(), 'dashboard.png');
  await page.screenshot({ path });
  expect(pngWidth(path)).toBe(1280);
});

test('screenshot of a reading being finished: site types as rows, read swapped, in the import preview (docs/import-grid.png)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./');
  const dialog = await openImportDialog(page);
  await dialog.getByLabel('粘贴文本').fill(
    seedSiteTypesAsRows()
      .map((row) => row.join('\t'))
      .join('\n'),
  );
  await dialog.getByRole('button', { name: '预览', exact: true }).click();
  const swap = dialog.getByRole('button', { name: '行列互换' });
  await expect(dialog).toContainText('已按行列互换读取');
  // The dialog scrolled to the reading: the swap and its note, the grid with its roles, the ranking below.
  await swap.evaluate((button) => {
    button.scrollIntoView({ block: 'start' });
  });
  const path = join(screenshotFolder(), 'import-grid.png');
  await dialog.screenshot({ path });
  expect(pngWidth(path)).toBeGreaterThan(600);
});
