// Report cards, points to climb, what-if weights, the site-type view and the summary, in Chromium.
import { expect, rankingRows, test } from './fixtures';

test('clicking 迎泽区 in the rankings opens its report card: rank 2, 6.7 behind 杏花岭区', async ({ page, watched }) => {
  await page.goto('./');
  await page.getByRole('link', { name: '迎泽区' }).click();
  await expect(page.getByRole('tab', { name: '区报告' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: '迎泽区报告' })).toBeVisible();
  await expect(page.getByText('总排名：第 2 名（共 6 个区）')).toBeVisible();
  await expect(page.getByText('落后前一名杏花岭区 6.7 分')).toBeVisible();
  await expect(page).toHaveURL(/view=district&district=%E8%BF%8E%E6%B3%BD%E5%8C%BA/);
  const railway = page.getByRole('table', { name: /迎泽区各点位类型/ }).getByRole('row', { name: /铁路沿线/ });
  await expect(railway).toContainText('49.5');
  await expect(railway).toContainText('\u221231.2');
  const climb = page.getByRole('table', { name: /各区与前一名的差距/ });
  await expect(climb.getByRole('row', { name: /^2 迎泽区/ })).toContainText('6.7');
  // The table's sentence speaks of this card's district, not of the leader's margin (the rankings' headline says that).
  await expect(page.getByText('下表为各区与排在其前一名的分差；迎泽区一行已标出。')).toBeVisible();
  await expect(page.getByText('杏花岭区领先第二名迎泽区 6.7 分')).toHaveCount(0);
  expect(watched.consoleErrors).toEqual([]);
});

test('a report card has its own link that works in a new context', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseURL ?? ''}?view=district&district=${encodeURIComponent('小店区')}&lang=en`);
  await expect(page.getByRole('heading', { name: 'Xiaodian: report card' })).toBeVisible();
  await expect(page.getByText('10.1 behind Yingze')).toBeVisible();
  await context.close();
});

test('setting 铁路沿线 weight to 3 re-ranks: 小店区 first (↑2), 杏花岭区 second (↓1)', async ({ page, watched }) => {
  await page.goto('./');
  await page.getByRole('tab', { name: '权重模拟' }).click();
  const slider = page.getByRole('slider', { name: '铁路沿线 权重' });
  await slider.fill('3');
  await expect(page).toHaveURL(/w=%E9%93%81%E8%B7%AF%E6%B2%BF%E7%BA%BF%3A3/);
  const table = page.getByRole('table', { name: /加权总分与排名/ });
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim())));
  expect(rows.map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
    ['1', '小店区', '821.4', '3'],
    ['2', '杏花岭区', '775.7', '1'],
    ['3', '迎泽区', '768.9', '2'],
    ['4', '晋源区', '766.2', '5'],
    ['5', '万柏林区', '757.4', '4'],
    ['6', '尖草坪区', '742.3', '6'],
  ]);
  await expect(table.getByRole('row', { name: /小店区/ })).toContainText('↑2');
  await expect(table.getByRole('row', { name: /小店区/ })).toContainText('升 2 位');
  await expect(table.getByRole('row', { name: /杏花岭区/ })).toContainText('↓1');
  await page.getByRole('button', { name: '全部恢复为 1' }).click();
  await expect(table.locator('tbody tr').first()).toContainText('杏花岭区');
  expect(watched.consoleErrors).toEqual([]);
});

test('the rank ranges come from a worker, shown as they arrive, and follow the weights: 小店区 always 1st with 铁路沿线 ×3', async ({
  page,
  watched,
}) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('./?view=weights');
  const table = page.getByRole('table', { name: /加权总分与排名/ });
  const ranges = () =>
    table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')?.textContent, tr.lastElementChild?.textContent]));
  const atEqualWeights = [
    ['杏花岭区', '第 1–2 名'],
    ['迎泽区', '第 1–3 名'],
    ['小店区', '第 2–5 名'],
    ['万柏林区', '第 3–6 名'],
    ['晋源区', '第 3–6 名'],
    ['尖草坪区', '第 4–6 名'],
  ];
  await expect.poll(ranges).toEqual(atEqualWeights);
  expect(workers.some((url) => url.includes('rankRanges'))).toBe(true);
  await page.getByRole('slider', { name: '铁路沿线 权重' }).fill('3');
  // Rows in the new weighted order; each range for the new weights (the unit tests' rankStability gives the same).
  await expect.poll(ranges).toEqual([
    ['小店区', '始终第 1 名'],
    ['杏花岭区', '第 2–4 名'],
    ['迎泽区', '第 2–4 名'],
    ['晋源区', '第 2–5 名'],
    ['万柏林区', '第 4–5 名'],
    ['尖草坪区', '始终第 6 名'],
  ]);
  await expect(page.getByText('排名范围计算中')).toHaveCount(0);
  expect(watched.consoleErrors).toEqual([]);
});

test('with every weight at 0 the weights view says why all six share rank 1', async ({ page }) => {
  // Only 公厕 selected, its weight set to 0 by hand.
  await page.goto(`./?view=weights&t=${encodeURIComponent('公厕')}`);
  await expect(page.getByText(/所有点位类型的权重都为 0/)).toHaveCount(0);
  await page.getByRole('slider', { name: '公厕 权重' }).fill('0');
  await expect(page.getByRole('status').filter({ hasText: '所有点位类型的权重都为 0' })).toBeVisible();
  const table = page.getByRole('table', { name: /加权总分与排名/ });
  const ranks = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.querySelector('th, td')?.textContent.trim()));
  expect(ranks).toEqual(['1', '1', '1', '1', '1', '1']);
});

test('the site-type view shows 铁路沿线 with its spread of 31.2', async ({ page }) => {
  await page.goto('./?view=siteType');
  await page.getByLabel('选择点位类型').selectOption('铁路沿线');
  await expect(
    page.getByText('最高：小店区（80.7 分）；最低：杏花岭区、迎泽区和尖草坪区（49.5 分）；相差 31.2 分，全市平均 56.7 分。'),
  ).toBeVisible();
  const rows = await page
    .getByRole('table', { name: /铁路沿线各区得分排名/ })
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => tr.querySelector('th')?.textContent));
  expect(rows).toEqual(['小店区', '晋源区', '万柏林区', '杏花岭区', '迎泽区', '尖草坪区']);
});

test('the summary on the rankings names 杏花岭区 as leader by 6.7 and can be copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  const summary = page.getByRole('region', { name: '摘要' });
  await expect(summary).toContainText('杏花岭区以 676.6 分居首，领先第二名迎泽区 6.7 分');
  await expect(summary).toContainText('全市平均得分最高的点位类型是公厕（73.9 分），最低的是废品回收站（49.6 分）');
  // The summary reads before the app starts (prerendered); its button works once the app is live. A click on the
  // prerendered page before the app has started is not replayed: on a loaded CI machine the click came that early.
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
  await summary.getByRole('button', { name: '复制摘要' }).click();
  await expect(summary.getByRole('status')).toHaveText('已复制');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('杏花岭区以 676.6 分居首');
  // The summary follows the filter.
  await page.getByRole('button', { name: '清空' }).click();
  await page.getByRole('checkbox', { name: '公厕' }).check();
  expect((await rankingRows(page))[0]?.[1]).toBe('杏花岭区');
  await expect(summary).toContainText('杏花岭区以 78.8 分居首，领先第二名小店区 1.0 分');
});
