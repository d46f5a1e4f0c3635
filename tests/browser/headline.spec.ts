// The answer first (issue 26): the headline above the ranking, change marks under a site-type filter, and total
// bars that show the gaps, in Chromium on the seed.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const BACK_STREETS_AND_VILLAGES = `t=${encodeURIComponent('背街小巷')}&t=${encodeURIComponent('城中村')}`;
// Over 背街小巷 + 城中村 the sums rank 迎泽区 151.0, 晋源区 140.7, 尖草坪区 135.9, 杏花岭区 132.2, 万柏林区 130.1,
// 小店区 121.4; over all ten the printed ranks are 杏花岭区 1, 迎泽区 2, 小店区 3, 万柏林区 4, 晋源区 5, 尖草坪区 6.
const FILTER_CHANGES: [string, string, string][] = [
  ['迎泽区', '↑1', '较全部点位升 1 位'],
  ['晋源区', '↑3', '较全部点位升 3 位'],
  ['尖草坪区', '↑3', '较全部点位升 3 位'],
  ['杏花岭区', '↓3', '较全部点位降 3 位'],
  ['万柏林区', '↓1', '较全部点位降 1 位'],
  ['小店区', '↓3', '较全部点位降 3 位'],
];

test.describe('desk 1280 × 900', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('filtered to 背街小巷 + 城中村, every row marks its change against the full ranking, and the headline names 杏花岭区 1st → 4th', async ({
    page,
    watched,
  }) => {
    await page.goto(`./?${BACK_STREETS_AND_VILLAGES}`);
    const table = page.getByRole('table', { name: /各区得分与排名/ });
    await expect(table.getByRole('columnheader', { name: '较全部点位' })).toBeVisible();
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(6);
    for (const [i, [district, symbol, words]] of FILTER_CHANGES.entries()) {
      const row = rows.nth(i);
      await expect(row).toContainText(district);
      await expect(row.locator('.rank-change [aria-hidden="true"]')).toHaveText(symbol);
      await expect(row.locator('.rank-change .visually-hidden')).toHaveText(words);
    }
    await expect(page.getByText('“较全部点位”：按所选点位的名次与按全部 10 类点位的名次相比')).toBeVisible();
    await expect(page.locator('.rankings-headline')).toHaveText(
      '迎泽区以 151.0 分居首，领先晋源区 10.3 分；小店区以 121.4 分居末，落后 29.6 分，最弱一项是城中村（54.8 分，低于全市平均 9.7 分）；按所选点位，杏花岭区由全部点位的第 1 位降至第 4 位。',
    );
    // The CSV heads its change column as the screen does, with the same figures.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载表格 CSV' }).click()]);
    const lines = readFileSync(await csv.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]?.split(',').at(-1)).toBe('较全部点位');
    expect(
      lines
        .find((line) => line.includes('杏花岭区'))
        ?.split(',')
        .at(-1),
    ).toBe('-3');
    expect(
      lines
        .find((line) => line.includes('晋源区'))
        ?.split(',')
        .at(-1),
    ).toBe('+3');
    // Back to every site type: the marks and the column go; the headline is January's again.
    await page.getByRole('button', { name: '全选' }).click();
    await expect(table.getByRole('columnheader', { name: '较全部点位' })).toHaveCount(0);
    await expect(page.locator('.rankings-headline')).toHaveText(/^杏花岭区以 676\.6 分居首/);
    expect(watched.consoleErrors).toEqual([]);
  });

  test('总分排名 starts its bars at 600, said in its description: the 6th bar is far shorter than the 1st, and no value label meets the city line', async ({
    page,
  }) => {
    await page.goto('./?view=bars');
    const totals = page.getByRole('figure', { name: '总分排名' });
    await expect(totals).toContainText('条形从 600 分起（非 0 分）');
    const bars = await totals.locator('.total-bar rect').evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().width));
    expect(bars).toHaveLength(6);
    const [first, last] = [bars[0] ?? 0, bars[5] ?? 0];
    // 76.6 and 43.3 of 80 points drawn: the last is 43 % shorter (from 0 it was 5 %).
    expect(first - last).toBeGreaterThanOrEqual(first / 5);
    expect(last / first).toBeCloseTo(43.3 / 76.6, 2);
    const line = await totals.locator('.city-line line').boundingBox();
    expect(line).not.toBeNull();
    const labels = totals.locator('svg text').filter({ hasText: /^\d{3}\.\d/ });
    await expect(labels).toHaveCount(6);
    for (const box of await labels.evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().toJSON() as DOMRect))) {
      const crosses = box.left <= (line?.x ?? 0) + (line?.width ?? 0) && box.right >= (line?.x ?? 0);
      expect(crosses, `label at ${String(box.left)}–${String(box.right)}`).toBe(false);
    }
  });
});

test.describe('phone 375 × 667', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test('filtered to 背街小巷 + 城中村, the ranked list marks every row against the full ranking', async ({ page }) => {
    await page.goto(`./?${BACK_STREETS_AND_VILLAGES}`);
    const items = page.getByRole('list', { name: /各区得分与排名/ }).getByRole('listitem');
    await expect(items).toHaveCount(6);
    for (const [i, [district, symbol, words]] of FILTER_CHANGES.entries()) {
      await expect(items.nth(i).locator('.ranked-name')).toHaveText(district);
      await expect(items.nth(i).locator('.ranked-change')).toHaveText(symbol + words);
    }
    await expect(page.locator('.rankings-headline')).toContainText('杏花岭区由全部点位的第 1 位降至第 4 位');
  });
});
