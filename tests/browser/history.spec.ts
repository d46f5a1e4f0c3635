// Another month: import from a file, persistence across reloads, rank arrows, trends, downloads and links.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, rankingRows, test } from './fixtures';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

async function importFile(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: '导入数据' }).click();
  const dialog = page.getByRole('dialog', { name: '导入一期数据' });
  await dialog.getByLabel('选择文件').setInputFiles(fixture(name));
  await expect(dialog.getByLabel('粘贴文本')).not.toHaveValue('');
  await dialog.getByRole('button', { name: '预览', exact: true }).click();
}

/** Makes the stored February look accepted under an older rule: 迎泽区's total read as 728.8 rather than 729.8. */
async function storeOlderReading(page: Page): Promise<void> {
  // The months are in IndexedDB (src/store/indexedMonths.ts): changed there with the bare API.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('taiyuan-sanitation-dashboard');
        open.onerror = () => {
          reject(open.error ?? new Error('not opened'));
        };
        open.onsuccess = () => {
          const tx = open.result.transaction('months', 'readwrite');
          const months = tx.objectStore('months');
          const all = months.getAll();
          all.onsuccess = () => {
            for (const item of all.result as {
              accepted: { keptOver?: string; inspection: { publishedTotals: { district: string; value: number }[] } };
            }[]) {
              delete item.accepted.keptOver;
              for (const total of item.accepted.inspection.publishedTotals) if (total.district === '迎泽区') total.value = 728.8;
              months.put(item);
            }
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
  );
}

/** The text of a PDF, by poppler's pdftotext (installed by .ci/run). */
function pdfText(pdf: Buffer): string {
  const folder = mkdtempSync(join(tmpdir(), 'print-'));
  const file = join(folder, 'page.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a stored month shows the figures its reader accepted; a rule that now reads it otherwise is said, and the reader chooses', async ({
  page,
  watched,
}) => {
  await page.goto('./');
  await importFile(page, 'another-month-2025-02.txt');
  await page.getByRole('dialog', { name: '导入一期数据' }).getByRole('button', { name: '导入', exact: true }).click();
  await storeOlderReading(page);
  await page.reload();
  const banner = page.getByRole('status').filter({ hasText: '读取规则已更新' });
  await expect(banner).toContainText('2025年2月现在读取有 1 处与当初接受的读取不同（如 迎泽区: 728.8 → 729.8）');
  expect((await rankingRows(page)).find((r) => r[1] === '迎泽区')?.join(' ')).toContain('728.8');
  await banner.getByRole('button', { name: '保留原读取' }).click();
  await expect(banner).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('期次')).toHaveValue('2025-02');
  await expect(page.getByRole('status').filter({ hasText: '读取规则已更新' })).toHaveCount(0);
  expect((await rankingRows(page)).find((r) => r[1] === '迎泽区')?.join(' ')).toContain('728.8');

  await storeOlderReading(page);
  await page.reload();
  await page.getByRole('status').getByRole('button', { name: '采用新读取' }).click();
  await expect(page.getByRole('status').filter({ hasText: '读取规则已更新' })).toHaveCount(0);
  expect((await rankingRows(page)).find((r) => r[1] === '迎泽区')?.join(' ')).toContain('729.8');
  await page.reload();
  expect((await rankingRows(page)).find((r) => r[1] === '迎泽区')?.join(' ')).toContain('729.8');
  expect(watched.consoleErrors).toEqual([]);
});

test('another city’s ranking is its own series: its own title, no rank change against Taiyuan, its own trend', async ({
  page,
  watched,
}) => {
  await page.goto('./');
  const paste = async (text: string, period: string) => {
    await page.getByRole('button', { name: '导入数据' }).click();
    const dialog = page.getByRole('dialog', { name: '导入一期数据' });
    await dialog.getByLabel('粘贴文本').fill(text);
    await dialog.getByRole('button', { name: '预览', exact: true }).click();
    await dialog.getByLabel('期次（年月）').fill(period);
    await dialog.getByRole('button', { name: '导入', exact: true }).click();
    await expect(dialog).toBeHidden();
  };
  await paste('街道\t得分\n乐坪街道\t90\n黄泥塘街道\t89\n长青街道\t88\n', '2025-03');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('乐坪街道、黄泥塘街道、长青街道等 3 个街道的排名');
  await expect(page).toHaveTitle(/乐坪街道/);
  await expect(page.getByRole('columnheader', { name: '较上期' })).toHaveCount(0);
  await expect(page.getByLabel('期次').locator('optgroup')).toHaveCount(2);
  await page.getByRole('tab', { name: '趋势' }).click();
  await expect(page.getByText('至少需要两期数据')).toBeVisible();

  await paste('街道\t得分\n长青街道\t91\n乐坪街道\t90\n涟滨街道\t85\n', '2025-04');
  await page.getByRole('tab', { name: '排名', exact: true }).click();
  const rows = await rankingRows(page);
  expect(rows.map((r) => [r[1], r[r.length - 1]])).toEqual([
    ['长青街道', '↑2较上期升 2 位'],
    ['乐坪街道', '↓1较上期降 1 位'],
    ['涟滨街道', '新'],
  ]);

  // Taiyuan's January: its own title and no change against another city's months.
  await page.getByLabel('期次').selectOption('taiyuan-2025-01');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('太原市城六区创卫月督查得分看板');
  await expect(page.getByRole('columnheader', { name: '较上期' })).toHaveCount(0);
  expect(watched.consoleErrors).toEqual([]);
});

test('importing a second month from a file: preview, period selector, rank arrows, still there after reload', async ({ page, watched }) => {
  await page.goto('./');
  await importFile(page, 'another-month-2025-02.txt');
  const dialog = page.getByRole('dialog', { name: '导入一期数据' });
  await expect(dialog).toContainText('找到 6 个区、10 个类别、60 个得分（报纸表格）');
  await expect(dialog.getByLabel('期次（年月）')).toHaveValue('2025-02');
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '已导入' })).toContainText('已导入 2025年2月');

  const period = page.getByLabel('期次');
  await expect(period.locator('option')).toHaveText(['2025年1月初见报', '2025年2月']);
  await expect(period).toHaveValue('2025-02');
  const rows = await rankingRows(page);
  expect(rows.map((r) => [r[1], r[r.length - 1]])).toEqual([
    ['迎泽区', '↑1较上期升 1 位'],
    ['小店区', '↑1较上期升 1 位'],
    ['杏花岭区', '↓2较上期降 2 位'],
    ['晋源区', '↑1较上期升 1 位'],
    ['尖草坪区', '↑1较上期升 1 位'],
    ['万柏林区', '↓2较上期降 2 位'],
  ]);

  await page.reload();
  await expect(page.getByLabel('期次').locator('option')).toHaveText(['2025年1月初见报', '2025年2月']);
  expect((await rankingRows(page))[0]?.[1]).toBe('迎泽区');

  // The trend view draws both periods.
  await page.getByRole('tab', { name: '趋势' }).click();
  const values = page.getByRole('figure', { name: '总分：各期得分' });
  await expect(values.locator('.trend-line')).toHaveCount(6);
  await values.getByRole('button', { name: '以表格显示数据' }).click();
  await expect(values.getByRole('row', { name: /迎泽区/ })).toContainText('669.9');
  await expect(values.getByRole('row', { name: /迎泽区/ })).toContainText('729.8');
  expect(await axeViolations(page)).toEqual([]);

  // Going back to January shows January's ranking, without arrows (no earlier period).
  await page.getByLabel('期次').selectOption('taiyuan-2025-01');
  await page.getByRole('tab', { name: '排名', exact: true }).click();
  expect((await rankingRows(page))[0]?.[1]).toBe('杏花岭区');
  await expect(page.getByRole('columnheader', { name: '较上期' })).toHaveCount(0);
  expect(watched.consoleErrors).toEqual([]);
});

test('a malformed file: every error with its line, nothing added, and after reload the data is exactly what it was', async ({
  page,
  watched,
}) => {
  await page.goto('./');
  const before = await rankingRows(page);
  await importFile(page, 'malformed-month.txt');
  const dialog = page.getByRole('dialog', { name: '导入一期数据' });
  await expect(dialog.getByRole('alert')).toContainText('无法导入：共 2 处错误，未添加任何数据。');
  await expect(dialog).toContainText('第 5 行第 30 列');
  await expect(dialog).toContainText('“7O.4”不是数字');
  await expect(dialog).toContainText('第 6 行');
  await expect(dialog.getByRole('button', { name: '导入', exact: true })).toBeDisabled();
  await dialog.getByRole('button', { name: '取消' }).click();
  await page.reload();
  await expect(page.getByLabel('期次').locator('option')).toHaveCount(1);
  expect(await rankingRows(page)).toEqual(before);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
});

test('deleting an import can be undone', async ({ page }) => {
  await page.goto('./');
  await importFile(page, 'another-month-2025-02.txt');
  const dialog = page.getByRole('dialog', { name: '导入一期数据' });
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await page.getByRole('button', { name: '导入数据' }).click();
  await dialog.getByRole('button', { name: '删除 2025年2月' }).click();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(page.getByLabel('期次').locator('option')).toHaveCount(1);
  // The banners replace each other: the deletion's banner, with its undo, stands alone (已导入 was said before it).
  const status = page.locator('.status-messages [role="status"]');
  await expect(status).toContainText('已删除 2025年2月');
  await expect(status).not.toContainText('已导入');
  await status.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByLabel('期次').locator('option')).toHaveCount(2);
  await page.reload();
  await expect(page.getByLabel('期次').locator('option')).toHaveCount(2);
});

test('downloads: the table as CSV with a BOM in screen order, the data as JSON, charts as PNG and SVG', async ({ page }) => {
  await page.goto(`./?sort=${encodeURIComponent('type:铁路沿线')}&order=desc`);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载表格 CSV' }).click()]);
  expect(csv.suggestedFilename()).toBe('taiyuan-inspection-taiyuan-2025-01-rankings.csv');
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(csvText.startsWith('\ufeff排名,区,农贸市场、便民市场,')).toBe(true);
  const lines = csvText.slice(1).split('\r\n');
  expect(lines[1]).toBe('3,小店区,69.3,66.0,62.5,73.7,66.6,77.8,54.6,54.0,80.7,54.8,660.0,659.8');
  expect(lines[7]).toBe(',太原市,73.6,66.7,71.2,73.6,70.8,73.9,58.1,49.6,56.7,64.5,658.6,658.6');

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载数据 JSON' }).click()]);
  expect(json.suggestedFilename()).toBe('taiyuan-inspection-taiyuan-2025-01.json');
  const data = JSON.parse(readFileSync(await json.path(), 'utf8')) as {
    inspection: { publishedTotals: { value: number }[] };
    findings: unknown[];
  };
  expect(data.inspection.publishedTotals.map((t) => t.value)).toEqual([676.6, 669.9, 659.8, 651.2, 650.6, 643.3]);
  expect(data.findings.length).toBe(5);

  await page.getByRole('tab', { name: '分类对比', exact: true }).click();
  const totals = page.getByRole('figure', { name: '总分排名' });
  await expect(totals.locator('.total-bar rect')).toHaveCount(6);
  const [svg] = await Promise.all([page.waitForEvent('download'), totals.getByRole('button', { name: '下载 SVG 图片' }).click()]);
  expect(svg.suggestedFilename()).toBe('taiyuan-inspection-taiyuan-2025-01-totals.svg');
  const svgText = readFileSync(await svg.path(), 'utf8');
  // The image says what it shows when passed on: view, title, the site types covered and the period.
  expect(svgText).toContain('>分类对比 · 总分排名（全部 10 项点位类型，2025年1月初见报）</tspan>');
  expect(svgText).toContain('来源：太原市报纸版面');
  expect(svgText).toContain('676.6');
  const [png] = await Promise.all([page.waitForEvent('download'), totals.getByRole('button', { name: '下载 PNG 图片' }).click()]);
  expect(png.suggestedFilename()).toBe('taiyuan-inspection-taiyuan-2025-01-totals.png');
  const bytes = readFileSync(await png.path());
  expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  expect(bytes.length).toBeGreaterThan(5000);
});

test('copy link: the copied link opened in a new context shows the same view', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('tab', { name: 'Compare' }).click();
  await page.getByRole('button', { name: 'Clear' }).click();
  await page.getByRole('checkbox', { name: 'Public toilets' }).check();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(link);
  await expect(fresh.getByRole('tab', { name: 'Compare' })).toHaveAttribute('aria-selected', 'true');
  await expect(fresh.getByRole('checkbox', { name: 'Public toilets' })).toBeChecked();
  await expect(fresh.getByRole('checkbox', { name: 'Urban villages' })).not.toBeChecked();
  // One site type chosen: one row of the dot plot, a dot per district.
  await expect(fresh.getByRole('figure', { name: 'How the districts score in each site type' }).locator('.dot')).toHaveCount(6);
  await other.close();
});

test('printing: the rankings and a report card print on A4 without the controls', async ({ page }) => {
  await page.goto('./');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('table', { name: /各区得分与排名/ })).toBeVisible();
  for (const hidden of ['.filter-panel', '.view-tabs', '.toolbar', '.downloads']) await expect(page.locator(hidden).first()).toBeHidden();
  const rankings = await page.pdf({ format: 'A4' });
  expect(rankings.subarray(0, 5).toString()).toBe('%PDF-');
  // The printed page's own text (poppler's pdftotext): the six districts in rank order with their totals, no controls.
  const printedPage = pdfText(rankings);
  // The table, after the summary (which names districts in another order).
  const printed = printedPage.slice(printedPage.indexOf('各区得分与排名'));
  const order = ['杏花岭区', '迎泽区', '小店区', '万柏林区', '晋源区', '尖草坪区'].map((d) => printed.indexOf(d));
  expect(order.every((position, i) => position >= 0 && (i === 0 || position > (order[i - 1] ?? 0)))).toBe(true);
  for (const total of ['676.6', '669.9', '659.8', '651.2', '650.6', '643.3']) expect(printed).toContain(total);
  expect(printedPage).not.toContain('导入数据');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: '迎泽区' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: '迎泽区报告' })).toBeVisible();
  await expect(page.getByLabel('选择区')).toBeHidden();
  const card = await page.pdf({ format: 'A4' });
  const cardText = pdfText(card);
  expect(cardText).toContain('迎泽区报告');
  expect(cardText).toContain('669.9');
});

test('Back returns to the previous view and district instead of leaving the app; sorting does not add entries', async ({ page }) => {
  await page.goto('./');
  const origin = new URL(page.url()).origin;
  await page.getByRole('tab', { name: '分类对比', exact: true }).click();
  await expect(page).toHaveURL(/view=bars/);
  await page.getByRole('tab', { name: '排名', exact: true }).click();
  await page.getByRole('button', { name: /^铁路沿线/ }).click();
  await expect(page).toHaveURL(/sort=/);
  await page.goBack();
  await expect(page).toHaveURL(/view=bars/);
  await expect(page.getByRole('tab', { name: '分类对比', exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.goBack();
  expect(new URL(page.url()).origin).toBe(origin);
  await expect(page.getByRole('tab', { name: '排名', exact: true })).toHaveAttribute('aria-selected', 'true');
  expect(new URL(page.url()).search).toBe('');
  await page.goForward();
  await expect(page.getByRole('tab', { name: '分类对比', exact: true })).toHaveAttribute('aria-selected', 'true');
});

test('an exported chart carries its legend (every district with its colour, the city key) and the theme it was seen in', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  await page.getByRole('tab', { name: '分类对比', exact: true }).click();
  await page.getByRole('button', { name: '分组柱状图' }).click();
  const grouped = page.getByRole('figure', { name: /各点位类型得分/ });
  await expect(grouped.locator('.recharts-bar-rectangle')).toHaveCount(60);
  const [svg] = await Promise.all([page.waitForEvent('download'), grouped.getByRole('button', { name: '下载 SVG 图片' }).click()]);
  const svgText = readFileSync(await svg.path(), 'utf8');
  const legend = svgText.slice(svgText.indexOf('class="export-legend"'));
  for (const district of ['杏花岭区', '迎泽区', '小店区', '万柏林区', '晋源区', '尖草坪区'])
    expect(legend).toContain(`>${district}</text>`);
  expect(legend).toContain('>全市平均</text>');
  // Dark theme: the dark page background, and text in the theme's light text colour.
  expect(svgText).toMatch(/<rect width="100%" height="100%" fill="rgb\(18, 20, 23\)"/);
  expect(legend).toMatch(/fill="rgb\(232, 234, 237\)"/);
});

for (const width of [375, 1280]) {
  test(`at ${String(width)} px every exported chart (SVG) holds its whole title, source, axes and legend inside the image`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const outside: string[] = [];
    for (const [view, name] of [
      ['bars', '各点位类型得分分布'],
      ['bars', '总分排名'],
      ['radar', '杏花岭区与全市平均'],
      ['map', '地图：总分'],
    ] as const) {
      await page.goto(`./?view=${view}`);
      const figure = page.getByRole('figure', { name });
      const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: '下载 SVG 图片' }).click()]);
      const svgText = readFileSync(await download.path(), 'utf8');
      const image = await page.context().newPage();
      await image.setContent(svgText.replace(/^<\?xml[^>]*>\s*/, ''));
      // Every text's drawn box, inside the image's own width and height.
      outside.push(
        ...(await image
          .locator('svg')
          .first()
          .evaluate((root: SVGSVGElement, chart) => {
            const w = Number(root.getAttribute('width'));
            const h = Number(root.getAttribute('height'));
            const frame = root.getBoundingClientRect();
            return [...root.querySelectorAll('text')].flatMap((text) => {
              const box = text.getBoundingClientRect();
              const [left, top] = [box.left - frame.left, box.top - frame.top];
              return left < -0.5 || top < -0.5 || left + box.width > w + 0.5 || top + box.height > h + 0.5
                ? [`${chart}: “${text.textContent}” ${String(Math.round(left))}–${String(Math.round(left + box.width))} of ${String(w)}`]
                : [];
            });
          }, name)),
      );
      // The whole title and the source line are there, in as many lines as they take.
      const texts = await image.locator('text').allTextContents();
      expect(texts.join('')).toContain(name);
      expect(texts.join('')).toMatch(/来源：太原市报纸版面.*·\s*2025年1月初见报/);
      await image.close();
    }
    expect(outside).toEqual([]);
  });
}

test('the reader says which series a month is: February kept apart from January is compared with nothing, after a reload too', async ({
  page,
}) => {
  await page.goto('./');
  await importFile(page, 'another-month-2025-02.txt');
  const dialog = page.getByRole('dialog', { name: '导入一期数据' });
  const series = dialog.getByLabel('属于哪一组数据');
  // By its names it is Taiyuan's: the default says so.
  await expect(series.locator('option:checked')).toHaveText('按名称判断：太原市城六区创卫月督查得分看板');
  await series.selectOption({ label: '单独成组（不与其他期比较）' });
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('期次')).toHaveValue('2025-02');
  // Its own series: no rank change against January, and the period picker groups it apart.
  await expect(page.getByRole('table', { name: /各区得分与排名/ })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '较上期' })).toHaveCount(0);
  await expect(page.getByLabel('期次').locator('optgroup')).toHaveCount(2);
  await page.reload();
  await expect(page.getByLabel('期次')).toHaveValue('2025-02');
  await expect(page.getByRole('table', { name: /各区得分与排名/ })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '较上期' })).toHaveCount(0);
});
