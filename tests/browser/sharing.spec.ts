// Sharing what a reader sees: two tabs of one browser sharing the imports kept in it; links that carry their
// period, highlight and data; published months.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, openTools, test } from './fixtures';
import { importText } from '../../src/data/importText';
import { encodeFragment } from '../../src/data/share/fragment';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** Imports the February fixture under another period, through the dialog. */
async function importAs(page: Page, period: string): Promise<void> {
  await page.getByRole('button', { name: '导入数据' }).click();
  const dialog = page.getByRole('dialog', { name: '导入一期数据' });
  await dialog.getByLabel('选择文件').setInputFiles(fixture('another-month-2025-02.txt'));
  await expect(dialog.getByLabel('粘贴文本')).not.toHaveValue('');
  await dialog.getByRole('button', { name: '预览', exact: true }).click();
  await dialog.getByLabel('期次（年月）').fill(period);
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect(dialog).toBeHidden();
}

const periods = (page: Page) => page.getByLabel('期次').locator('option');
/** The first row of the rankings table: the leader of the period shown. */
const leaderRow = (page: Page) =>
  page
    .getByRole('table', { name: /各区得分与排名/ })
    .locator('tbody tr')
    .first();

/** Imports a month as 2025-03, then shows the dot plot with 小店区 picked out. */
async function importAndHighlight(page: Page): Promise<void> {
  await page.goto('./');
  await importAs(page, '2025-03');
  await page.getByRole('tab', { name: '分类对比' }).click();
  await page.getByLabel('突出显示').selectOption('小店区');
}

test('two tabs importing 2025-03 and 2025-04 both keep theirs; a delete in one is not undone by the other; undo is a stack', async ({
  page,
  context,
}) => {
  await page.goto('./');
  const other = await context.newPage();
  await other.goto('./');
  await importAs(page, '2025-03');
  await importAs(other, '2025-04');
  // Each tab lists both (the first by the storage event), and so does a new tab.
  await expect(periods(page)).toHaveText(['2025年1月初见报', '2025年3月', '2025年4月']);
  await expect(periods(other)).toHaveText(['2025年1月初见报', '2025年3月', '2025年4月']);
  const third = await context.newPage();
  await third.goto('./');
  await expect(periods(third)).toHaveText(['2025年1月初见报', '2025年3月', '2025年4月']);
  await third.close();

  // Deleted in the first tab: gone from the second, and the second's next import does not bring it back.
  await page.getByRole('button', { name: '导入数据' }).click();
  await page.getByRole('button', { name: '删除 2025年3月' }).click();
  await page.getByRole('button', { name: '取消', exact: true }).click();
  await expect(periods(other)).toHaveText(['2025年1月初见报', '2025年4月']);
  await importAs(other, '2025-05');
  await page.reload();
  await expect(periods(page)).toHaveText(['2025年1月初见报', '2025年4月', '2025年5月']);

  // Two deletes, undone in the reverse order.
  await page.getByRole('button', { name: '导入数据' }).click();
  await page.getByRole('button', { name: '删除 2025年4月' }).click();
  await page.getByRole('button', { name: '删除 2025年5月' }).click();
  await page.getByRole('button', { name: '取消', exact: true }).click();
  await expect(periods(page)).toHaveText(['2025年1月初见报']);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(periods(page)).toHaveText(['2025年1月初见报', '2025年5月']);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(periods(page)).toHaveText(['2025年1月初见报', '2025年4月', '2025年5月']);
  await expect(periods(other)).toHaveText(['2025年1月初见报', '2025年4月', '2025年5月']);
});

test('a copied link carries an imported month, its view and highlight; a fresh browser shows it unsaved, then saves it', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await importAndHighlight(page);
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.getByText(/链接已复制（\d+ 个字符，含这一期的数据/)).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\?period=2025-03&view=bars&lang=zh&hl=.+#data=1\./);
  expect(link.length).toBeLessThan(2000);

  // A friend whose browser prefers English sees the Chinese the sender saw: the link names its language.
  const fresh = await browser.newContext({ locale: 'en-US', ...(baseURL ? { baseURL } : {}) });
  const reader = await fresh.newPage();
  await reader.goto(link);
  await expect(reader.getByText('这份数据来自链接（未保存）')).toBeVisible();
  await expect(reader.getByLabel('期次')).toHaveValue('2025-03');
  await expect(reader.getByLabel('突出显示')).toHaveValue('小店区');
  expect(await reader.evaluate(() => window.localStorage.getItem('taiyuan-sanitation-dashboard:inspections'))).toBeNull();
  await reader.getByRole('tab', { name: '排名', exact: true }).click();
  const first = leaderRow(reader);
  await expect(first).toContainText('迎泽区');
  await reader.getByRole('button', { name: '保存到本机' }).click();
  await expect(reader.getByText('这份数据来自链接（未保存）')).toBeHidden();
  await reader.goto('./?period=2025-03&lang=zh');
  await expect(reader.getByLabel('期次')).toHaveValue('2025-03');
  await expect(leaderRow(reader)).toContainText('迎泽区');
  await fresh.close();
});

test('the embed code carries the month and the highlight to a fresh browser', async ({ page, browser, baseURL }) => {
  await importAndHighlight(page);
  await page.getByRole('button', { name: '嵌入' }).click();
  const dialog = page.getByRole('dialog', { name: '嵌入到其他网页' });
  await expect(dialog.getByText(/嵌入地址长 \d+ 个字符。/)).toBeVisible();
  await expect(dialog.getByText('地址中含这一期的数据（这一期只在本机导入过，其他读者没有）。')).toBeVisible();
  const code = await dialog.getByLabel('嵌入代码').inputValue();
  const src = /<iframe src="([^"]+)"/.exec(code)?.[1]?.replace(/&amp;/g, '&') ?? '';
  expect(src).toMatch(/\?period=2025-03&view=bars&lang=zh&hl=.+&embed=1#data=1\./);
  const fresh = await browser.newContext({ locale: 'zh-CN', ...(baseURL ? { baseURL } : {}) });
  const reader = await fresh.newPage();
  await reader.goto(src);
  await expect(reader.locator('.dot-plot .dot.is-highlighted')).toHaveCount(10);
  await expect(reader.getByText('2025年3月').first()).toBeVisible();
  await fresh.close();
});

test('a link to a period this browser does not have says so, shows what it has, and keeps asking for it', async ({ page }) => {
  await page.goto('./?period=2031-07&view=bars');
  await expect(page.getByText('链接要显示的期次“2031-07”在本机没有数据，现在显示的是 2025年1月初见报。')).toBeVisible();
  await expect(page.getByRole('tabpanel')).toBeVisible();
  expect(new URL(page.url()).searchParams.get('period')).toBe('2031-07');
  // Choosing a period ends the notice.
  await page.getByLabel('期次').selectOption('taiyuan-2025-01');
  await expect(page.getByText(/链接要显示的期次/)).toBeHidden();
  expect(new URL(page.url()).searchParams.get('period')).toBe('taiyuan-2025-01');
});

test('a damaged link fragment is refused with a clear message, and the embedded data is shown', async ({ page }) => {
  await page.goto('./?period=2025-03#data=1.00000000.AAAAAAAA');
  await expect(page.getByText('链接中的数据已损坏，无法读取；显示的是本机已有的数据。')).toBeVisible();
  await expect(leaderRow(page)).toContainText('杏花岭区');
});

test('a link whose month lacks a score is refused, saying which, never shown with a 0 in its place', async ({ page }) => {
  const read = importText(readFileSync(fixture('another-month-2025-02.txt'), 'utf8'));
  if (!read.result.ok) throw new Error('February does not read');
  const inspection = { ...read.result.inspection, scores: read.result.inspection.scores.slice(1) };
  const missing = read.result.inspection.scores[0];
  const fragment = await encodeFragment({ period: '2025-02', label: '', inspection });
  await page.goto(`./?period=2025-02${fragment}`);
  await expect(page.getByRole('alert')).toContainText(
    `链接中的数据有 1 处错误，未显示：缺少一格：${missing?.siteType ?? ''}${missing?.district ?? ''}。`,
  );
  await expect(leaderRow(page)).toContainText('杏花岭区');
});

test.describe('published months', () => {
  test('npm run data:add publishes the seed and another month; a fresh browser lists both and a link to either works', async ({
    browser,
    baseURL,
  }) => {
    const out = mkdtempSync(join(tmpdir(), 'published-'));
    const add = (file: string, ...args: string[]) =>
      execFileSync('node', ['scripts/data-add.mjs', file, ...args, '--out', out], { encoding: 'utf8', stdio: 'pipe' });
    add('src/data/embedded/taiyuan-2025-01-tables.txt', '--period', '2025-01', '--id', 'taiyuan-2025-01', '--label', '2025年1月初见报');
    expect(add(fixture('another-month-2025-02.txt'), '--period', '2025-02')).toContain('added 2025-02 (6 × 10)');
    // A text with an error is refused, saying where, and writes nothing.
    let refusal = '';
    try {
      add(fixture('malformed-month.txt'), '--period', '2025-03');
    } catch (error) {
      refusal = String((error as { stderr?: unknown }).stderr) + String((error as { stdout?: unknown }).stdout);
    }
    expect(refusal).toMatch(/第 5 行第 \d+ 列 \[error\]/);
    expect(refusal).toContain('refused: 2 error(s); nothing was written');
    expect(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'))).toMatchObject({
      months: [{ id: 'taiyuan-2025-01' }, { id: '2025-02', period: '2025-02', file: '2025-02.json' }],
    });

    // The site serves the files (as the build copies public/data/ into dist/data/).
    const context = await browser.newContext({ locale: 'zh-CN', ...(baseURL ? { baseURL } : {}) });
    await context.route('**/data/*.json', (route) =>
      route.fulfill({ path: join(out, new URL(route.request().url()).pathname.split('/').pop() ?? '') }),
    );
    const reader = await context.newPage();
    await reader.goto('./');
    await expect(periods(reader)).toHaveText(['2025年1月初见报', '2025年2月']);
    await expect(reader.getByLabel('期次')).toHaveValue('2025-02');
    const first = leaderRow(reader);
    await expect(first).toContainText('迎泽区');
    expect(await reader.evaluate(() => window.localStorage.getItem('taiyuan-sanitation-dashboard:inspections'))).toBeNull();
    const other = await context.newPage();
    await other.goto('./?period=taiyuan-2025-01');
    await expect(leaderRow(other)).toContainText('杏花岭区');
    await other.goto('./?period=2025-02&view=bars');
    await expect(other.getByLabel('期次')).toHaveValue('2025-02');
    await expect(other.getByText(/链接要显示的期次/)).toHaveCount(0);
    await context.close();
  });
});

for (const width of [375, 1280]) {
  test(`at ${String(width)} px, "链接已复制" appearing moves none of the header's buttons`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    await openTools(page);
    const copy = page.getByRole('button', { name: '复制链接' });
    const places = () =>
      page.locator('header').evaluate((header) =>
        [...header.querySelectorAll('button, select, a')].map((control) => {
          const box = control.getBoundingClientRect();
          return `${control.textContent.trim()} ${String(Math.round(box.x))},${String(Math.round(box.y))}`;
        }),
      );
    const before = await places();
    await copy.click();
    await expect(page.getByText('链接已复制')).toBeVisible();
    expect(await places()).toEqual(before);
  });
}
