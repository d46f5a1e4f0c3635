// The dashboard in Chromium: published figures, sorting, filtering, charts, links, no foreign requests.
import AxeBuilder from '@axe-core/playwright';
import { expect, rankingRows, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screenshotFolder } from './screenshots';

test.describe('rankings', () => {
  test('default order is by rank with the printed totals and the city row', async ({ page, watched }) => {
    await page.goto('./');
    const rows = await rankingRows(page);
    expect(rows.map((r) => r[1])).toEqual(['杏花岭区', '迎泽区', '小店区', '万柏林区', '晋源区', '尖草坪区']);
    expect(rows.map((r) => r[r.length - 1]?.replace(/\*.*$/, ''))).toEqual(['676.6', '669.9', '659.8', '651.2', '650.6', '643.3']);
    await expect(page.getByRole('row', { name: /太原市/ })).toContainText('658.6');
    expect(watched.consoleErrors).toEqual([]);
  });

  test('clicking the 铁路沿线 header sorts 小店区 80.7 first and aria-sort says descending', async ({ page }) => {
    await page.goto('./');
    const header = page.getByRole('columnheader', { name: /铁路沿线/ });
    await expect(header).toHaveAttribute('aria-sort', 'none');
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    const rows = await rankingRows(page);
    expect(rows[0]?.[1]).toBe('小店区');
    expect(rows[0]).toContain('80.7');
    await expect(page).toHaveURL(/sort=type%3A%E9%93%81%E8%B7%AF%E6%B2%BF%E7%BA%BF&order=desc/);
  });

  test('unchecking all but 公厕 re-ranks to 杏花岭区 78.8, 小店区 77.8, 万柏林区 76.5, 迎泽区 74.3, 尖草坪区 69.8, 晋源区 66.4', async ({
    page,
  }) => {
    await page.goto('./');
    const checkboxes = page.getByRole('group', { name: /点位类型/ }).getByRole('checkbox');
    const count = await checkboxes.count();
    for (let i = 0; i < count; i++) {
      const box = checkboxes.nth(i);
      if ((await box.getAttribute('id')) && (await page.locator(`label[for="${await box.getAttribute('id')}"]`).textContent()) !== '公厕') {
        await box.uncheck();
      }
    }
    const rows = await rankingRows(page);
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      ['杏花岭区', '78.8'],
      ['小店区', '77.8'],
      ['万柏林区', '76.5'],
      ['迎泽区', '74.3'],
      ['尖草坪区', '69.8'],
      ['晋源区', '66.4'],
    ]);
  });

  test('clearing every site type shows a message instead of a table', async ({ page, watched }) => {
    await page.goto('./');
    await page.getByRole('button', { name: '清空' }).click();
    await expect(page.getByText('未选择任何点位类型')).toBeVisible();
    await page.getByRole('tab', { name: '雷达图' }).click();
    await expect(page.getByText('未选择任何点位类型')).toBeVisible();
    expect(watched.consoleErrors).toEqual([]);
  });
});

test.describe('charts', () => {
  test('the bar view draws one bar series per district and the total ranking with the city line', async ({ page, watched }) => {
    await page.goto('./');
    await page.getByRole('tab', { name: '分类对比' }).click();
    // The dot plot is the default; the grouped bars are one switch away.
    await page.getByRole('button', { name: '分组柱状图' }).click();
    await expect(page.getByRole('button', { name: '分组柱状图' })).toHaveAttribute('aria-pressed', 'true');
    const grouped = page.getByRole('figure', { name: '各点位类型得分对比' });
    await expect(grouped.locator('.recharts-bar')).toHaveCount(6);
    // Ten groups × six districts.
    await expect(grouped.locator('.recharts-bar-rectangle')).toHaveCount(60);
    const totals = page.getByRole('figure', { name: '总分排名' });
    await expect(totals.locator('.total-bar rect')).toHaveCount(6);
    await expect(totals.locator('.city-line line')).toHaveCount(1);
    await expect(totals.locator('svg').getByText('全市平均 658.6', { exact: true })).toBeVisible();
    // A legend chip highlights its district: its total bar stands out, the others fade; pressed again, it lets go.
    const chip = grouped.getByRole('button', { name: '小店区' });
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await expect(totals.locator('.total-bar.is-highlighted')).toHaveAttribute('data-district', '小店区');
    await expect(totals.locator('.total-bar.is-dimmed')).toHaveCount(5);
    await expect(grouped.locator('.recharts-bar')).toHaveCount(6);
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'false');
    await expect(totals.locator('.total-bar.is-dimmed')).toHaveCount(0);
    // Hiding is its own control, under the legend: a checkbox per district.
    await grouped.locator('summary', { hasText: '显示哪些（6/6）' }).click();
    await grouped.getByRole('checkbox', { name: '小店区' }).uncheck();
    await expect(grouped.locator('.recharts-bar')).toHaveCount(5);
    await expect(grouped.locator('summary', { hasText: '显示哪些（5/6）' })).toBeVisible();
    await grouped.getByRole('checkbox', { name: '小店区' }).check();
    await expect(grouped.locator('.recharts-bar')).toHaveCount(6);
    // The data table behind the chart.
    await grouped.getByRole('button', { name: '以表格显示数据' }).click();
    const table = grouped.getByRole('table');
    await expect(table.getByRole('row', { name: /铁路沿线/ })).toContainText('80.7');
    expect(watched.consoleErrors).toEqual([]);
  });

  test('the dot plot: 60 dots with a city tick per row; choosing 小店区 highlights its dots, 铁路沿线 at 80.7', async ({
    page,
    watched,
  }) => {
    await page.goto('./?view=bars');
    const figure = page.getByRole('figure', { name: '各点位类型得分分布' });
    await expect(figure.locator('.dot-row[data-site-type]')).toHaveCount(10);
    await expect(figure.locator('.dot')).toHaveCount(60);
    await expect(figure.locator('.dot-city')).toHaveCount(10);
    // Rows by city average, highest first: 公厕 (73.9) leads, 废品回收站 (49.6) closes.
    await expect(figure.locator('.dot-row[data-site-type]').first()).toHaveAttribute('data-site-type', '公厕');
    await expect(figure.locator('.dot-row[data-site-type]').last()).toHaveAttribute('data-site-type', '废品回收站');
    await page.getByLabel('突出显示').selectOption('小店区');
    await expect(figure.locator('.dot.is-highlighted')).toHaveCount(10);
    const railway = figure.locator('.dot-row[data-site-type="铁路沿线"]');
    await expect(railway.locator('.dot.is-highlighted')).toHaveAttribute('data-value', '80.7');
    await expect(railway.locator('.dot-value')).toHaveText('80.7');
    // Pointing at another district's dot highlights it while the pointer stays; the choice comes back after.
    await figure.locator('.dot-row[data-site-type="公厕"] .dot[data-district="杏花岭区"]').hover();
    await expect(railway.locator('.dot.is-highlighted')).toHaveAttribute('data-district', '杏花岭区');
    await page.getByRole('heading', { name: '各点位类型得分分布' }).hover();
    await expect(railway.locator('.dot.is-highlighted')).toHaveAttribute('data-district', '小店区');
    // The others are dimmed, in every row.
    const dimmed = await figure.locator('.dot:not(.is-highlighted)').evaluateAll((dots) => dots.map((d) => getComputedStyle(d).opacity));
    expect(dimmed).toHaveLength(50);
    expect(new Set(dimmed)).toEqual(new Set(['0.2']));
    // By spread: 铁路沿线 (31.2 between 小店区 and the lowest) comes first.
    await page.getByLabel('行排序').selectOption('spread');
    await expect(figure.locator('.dot-row[data-site-type]').first()).toHaveAttribute('data-site-type', '铁路沿线');
    await figure.getByRole('button', { name: '以表格显示数据' }).click();
    await expect(figure.getByRole('table').getByRole('row').nth(1)).toContainText('80.7');
    expect(watched.consoleErrors).toEqual([]);
  });

  test('the radar view draws one polygon per chosen district plus the city, and says when none is chosen', async ({ page, watched }) => {
    await page.goto('./?view=radar');
    // One district filled, the other chosen ones as outlines, the city dashed: seven polygons.
    const figure = page.getByRole('figure', { name: '杏花岭区与全市平均' });
    await expect(figure.locator('.radar-shape')).toHaveCount(7);
    const picker = page.getByRole('group', { name: '雷达图显示的区' });
    await picker.getByRole('checkbox', { name: '小店区' }).uncheck();
    await expect(figure.locator('.radar-shape')).toHaveCount(6);
    for (const name of ['杏花岭区', '迎泽区', '万柏林区', '晋源区', '尖草坪区']) await picker.getByRole('checkbox', { name }).uncheck();
    await expect(page.getByText('未选择任何区')).toBeVisible();
    expect(watched.consoleErrors).toEqual([]);
  });
});

test.describe('links and language', () => {
  test('a link carrying view state reproduces the view in a new context', async ({ browser, baseURL }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const query = `?t=${encodeURIComponent('公厕')}&t=${encodeURIComponent('铁路沿线')}&sort=${encodeURIComponent('type:公厕')}&order=asc&lang=en`;
    await page.goto(`${baseURL ?? ''}${query}`);
    const rows = await rankingRows(page);
    expect(rows[0]?.[1]).toBe('Jinyuan');
    await expect(page.getByRole('columnheader', { name: /Public toilets/ })).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.getByRole('checkbox', { name: 'Public toilets' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Urban villages' })).not.toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await context.close();
  });

  test('the notes view explains the recovered header, the rounding drifts and the tie', async ({ page }) => {
    await page.goto('./?view=notes');
    // Listed by kind (a list of kinds, each with its list): the outer list holds them all.
    const notes = page.getByRole('list').filter({ hasText: '舍入' }).first();
    await expect(notes).toContainText('杏花岭区公布总分 676.6，分项得分之和为 676.7');
    await expect(notes).toContainText('小店区公布总分 659.8，分项得分之和为 660.0');
    await expect(notes).toContainText('杏花岭区、迎泽区和尖草坪区同为 49.5 分，并列第 4 名');
    await expect(notes).toContainText('恢复为：杏花岭区、迎泽区、小店区、万柏林区、晋源区和尖草坪区');
    await expect(page.getByRole('table', { name: '原文表格' }).getByRole('row', { name: /^30 / })).toContainText('676.6');
  });
});

const TAB_NAMES = {
  zh: ['排名', '分类对比', '雷达图', '单项排名', '区报告', '权重模拟', '趋势', '数据说明'],
  en: ['Rankings', 'Compare', 'Radar', 'By site type', 'District report', 'What-if weights', 'Trends', 'About the data'],
} as const;

test.describe('every view, in both languages, light and dark, at 375 px', () => {
  for (const language of ['zh', 'en'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${language} ${scheme}: no console error, no foreign request, no axe violation, no horizontal overflow`, async ({
        page,
        watched,
      }) => {
        test.setTimeout(120_000);
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width: 375, height: 800 });
        await page.goto(language === 'en' ? './?lang=en' : './');
        for (const [index, tab] of TAB_NAMES[language].entries()) {
          await page.getByRole('tab', { name: tab, exact: true }).click();
          await expect(page.getByRole('tabpanel')).toBeVisible();
          if (index === 1 || index === 2) await expect(page.locator('.chart-area svg').first()).toBeVisible();
          else await expect(page.getByRole('tabpanel').locator('h2, table, p').first()).toBeVisible();
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${tab} overflows`).toBeLessThanOrEqual(0);
          const results = await new AxeBuilder({ page }).analyze();
          expect(results.violations.map((v) => `${tab} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        }
        // States the tabs do not open by themselves: the header's menu, the full table, the radar's small multiples.
        const en = language === 'en';
        const states: [string, () => Promise<void>][] = [
          ['menu', () => page.getByRole('button', { name: en ? 'Menu' : '菜单' }).click()],
          [
            'full table',
            async () => {
              await page.getByRole('tab', { name: TAB_NAMES[language][0], exact: true }).click();
              await page.getByRole('button', { name: en ? 'Show the full table' : '查看完整表格' }).click();
            },
          ],
          [
            'small multiples',
            async () => {
              await page.getByRole('tab', { name: TAB_NAMES[language][2], exact: true }).click();
              await page.getByRole('button', { name: en ? 'Small multiples' : '分区小图' }).click();
              await expect(page.locator('.radar-multiple svg.chart-surface')).toHaveCount(6);
            },
          ],
        ];
        for (const [state, open] of states) {
          await open();
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${state} overflows`).toBeLessThanOrEqual(0);
          const results = await new AxeBuilder({ page }).analyze();
          expect(results.violations.map((v) => `${state} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        }
        expect(watched.consoleErrors).toEqual([]);
        expect(watched.foreignRequests).toEqual([]);
      });
    }
  }

  test('dark heat map: the worst scores are the least bright cells, and no cell brighter than the page text has light text', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByLabel('配色').selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const cells = await page.locator('.rankings-table td[style]').evaluateAll((tds) => {
      const luminance = (css: string) => {
        const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
        const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
      };
      const pageText = luminance(getComputedStyle(document.body).color);
      return tds.map((td) => ({
        text: td.textContent.trim(),
        background: luminance(getComputedStyle(td).backgroundColor),
        colour: luminance(getComputedStyle(td).color),
        pageText,
      }));
    });
    expect(cells.length).toBeGreaterThan(50);
    for (const cell of cells) if (cell.background > cell.pageText) expect(cell.colour, cell.text).toBeLessThan(0.05);
    // 铁路沿线's 49.5 (the seed's lowest band, 0–50 %) is darker than 小店区's 80.7 there (the highest, 80–100 %).
    const low = cells.find((c) => c.text === '49.5');
    const high = cells.find((c) => c.text === '80.7');
    expect(low?.background ?? 1).toBeLessThan(high?.background ?? 0);
    expect(low?.background ?? 1).toBeLessThan(0.05);
  });

  test('the dark theme can be chosen by hand and is remembered', async ({ page }) => {
    await page.goto('./');
    await page.getByLabel('配色').selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(18, 20, 23)');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 20, 23)');
  });

  test('on a phone the site-type filter starts folded and opens as a panel', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('./');
    await expect(page.getByRole('checkbox', { name: '公厕' })).toBeHidden();
    await page.locator('.filter-panel > summary').click();
    await expect(page.getByRole('checkbox', { name: '公厕' })).toBeVisible();
    // The district column stays in view while the full table (one tap away) scrolls sideways.
    await page.getByRole('button', { name: '查看完整表格' }).click();
    const region = page.getByRole('region', { name: /各区得分与排名/ });
    await region.evaluate((el) => {
      el.scrollLeft = 400;
    });
    const box = await page.getByRole('rowheader', { name: '小店区' }).boundingBox();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect(box?.x ?? 999).toBeLessThan(20);
  });
});

test('keyboard only: sort a column, change the filter, switch views with arrows, open a report card', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('table', { name: /各区得分与排名/ })).toBeVisible();
  // The skip link is the first stop and leads to the main content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到主要内容' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Tab to the 公厕 checkbox, untick it with Space.
  const toilets = page.getByRole('checkbox', { name: '公厕' });
  for (let i = 0; i < 40 && !(await toilets.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(toilets).toBeFocused();
  await page.keyboard.press('Space');
  await expect(toilets).not.toBeChecked();
  await page.keyboard.press('Space');
  await expect(toilets).toBeChecked();

  // On to the tabs: arrow keys move between views, Home goes back to the first.
  const rankingsTab = page.getByRole('tab', { name: '排名', exact: true });
  for (let i = 0; i < 20 && !(await rankingsTab.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(rankingsTab).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: '分类对比' })).toBeFocused();
  await expect(page.getByRole('tab', { name: '分类对比' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(rankingsTab).toHaveAttribute('aria-selected', 'true');

  // Into the table: the 铁路沿线 header sorts with Enter, and again with Space.
  const railway = page.getByRole('columnheader', { name: /铁路沿线/ });
  const railwayButton = railway.getByRole('button');
  for (let i = 0; i < 40 && !(await railwayButton.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(railwayButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(railway).toHaveAttribute('aria-sort', 'descending');
  await page.keyboard.press('Space');
  await expect(railway).toHaveAttribute('aria-sort', 'ascending');
  // Focus is visible: the focused button has an outline.
  expect(await railwayButton.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');

  // A district's name opens its report card.
  const link = page.getByRole('link', { name: '迎泽区' });
  for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '迎泽区报告' })).toBeVisible();
});

test('screenshot of the dashboard, into a temporary folder (npm run screenshot copies it into docs/)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./');
  await expect(page.getByRole('table', { name: /各区得分与排名/ })).toBeVisible();
  const path = join(screenshotFolder(), 'dashboard.png');
  await page.screenshot({ path, fullPage: true });
  // A PNG of a full page at 1280 px: its header says PNG and it is 1280 px wide.
  const bytes = readFileSync(path);
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  expect(bytes.readUInt32BE(16)).toBe(1280);
});
