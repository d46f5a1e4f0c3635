// Layouts other cities publish, imported through the real dialog from a file and from a paste (plain text
// and a web page's HTML): the preview's ranking, a column role changed by hand, and the rankings after import.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, openImportDialog, openTools, previewRanking, rankingRows, test } from './fixtures';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/layouts/${name}`, import.meta.url));

const openDialog = openImportDialog;

async function importAs(page: Page, dialog: Locator, period: string): Promise<void> {
  await dialog.getByLabel('期次（年月）').fill(period);
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('期次')).toHaveValue(period);
}

/** The same four districts' two categories, whichever layout prints them. */
const FOUR = [
  ['西区', '1', '188.70'],
  ['东区', '2', '188.35'],
  ['南区', '3', '180.50'],
  ['北区', '4', '179.75'],
];

const layouts: { file: string; found: string; ranking: string[][] }[] = [
  {
    file: 'entity-streets.txt',
    found: '找到 4 个街道、1 个类别、4 个得分（按名称排列的表格）',
    ranking: [
      ['东关街道', '1', '96.76'],
      ['西关街道', '2', '94.20'],
      ['南关街道', '2', '94.20'],
      ['北关街道', '4', '90.15'],
    ],
  },
  {
    file: 'wide-weighted.txt',
    found: '找到 3 个街道、2 个类别、6 个得分（按名称排列的表格）',
    ranking: [
      ['东关街道', '1', '95.75'],
      ['西关街道', '2', '94.32'],
      ['南关街道', '3', '91.49'],
    ],
  },
  { file: 'transposed.txt', found: '找到 4 个区、2 个类别、8 个得分（按名次排列的分类表）', ranking: FOUR },
  { file: 'prose-lists.txt', found: '找到 4 个区、2 个类别、8 个得分（分类名单）', ranking: FOUR },
  { file: 'category-tables.txt', found: '找到 4 个区、2 个类别、8 个得分（每类一张表）', ranking: FOUR },
  {
    file: 'run-together.txt',
    found: '找到 3 个街道、2 个类别、6 个得分',
    ranking: [
      ['西关街道', '1', '184.30'],
      ['东关街道', '2', '179.00'],
      ['北关街道', '3', '178.20'],
    ],
  },
  {
    file: 'prose-ranked.txt',
    found: '找到 4 个区、2 个类别、8 个得分（分类名单）',
    ranking: [
      ['西区', '1', '177.60'],
      ['东区', '2', '174.88'],
      ['北区', '3', '174.00'],
      ['南区', '4', '167.50'],
    ],
  },
  {
    file: 'entity-split-header.txt',
    found: '找到 3 个区、1 个类别、3 个得分（按名称排列的表格）',
    ranking: [
      ['南城区', '1', '90.10'],
      ['北城区', '2', '88.28'],
      ['东城区', '3', '85.55'],
    ],
  },
  {
    file: 'one-cell-per-line.txt',
    found: '找到 3 个街道、1 个类别、3 个得分（按名称排列的表格）',
    ranking: [
      ['东关街道', '1', '96.76'],
      ['西关街道', '2', '94.20'],
      ['北关街道', '3', '90.15'],
    ],
  },
  {
    file: 'long.csv',
    found: '找到 2 个街道、2 个类别、4 个得分（CSV/TSV）',
    ranking: [
      ['西关街道', '1', '184.55'],
      ['东关街道', '2', '182.55'],
    ],
  },
  {
    file: 'rank-column.csv',
    found: '找到 2 个区、1 个类别、2 个得分（CSV/TSV）',
    ranking: [
      ['甲区', '1', '80.0'],
      ['乙区', '2', '79.5'],
    ],
  },
];

for (const layout of layouts) {
  test(`${layout.file} imports from a file with its entities, scores and ranking`, async ({ page, watched }) => {
    await page.goto('./');
    const dialog = await openDialog(page);
    await dialog.getByLabel('选择文件').setInputFiles(fixture(layout.file));
    await expect(dialog.getByLabel('粘贴文本')).not.toHaveValue('');
    await dialog.getByRole('button', { name: '预览', exact: true }).click();
    await expect(dialog).toContainText(layout.found);
    const ranking = await previewRanking(dialog);
    expect(ranking.slice(0, layout.ranking.length)).toEqual(layout.ranking);
    await importAs(page, dialog, '2025-06');
    const rows = await rankingRows(page);
    expect(rows.map((r) => r[1]).slice(0, layout.ranking.length)).toEqual(layout.ranking.map((r) => r[0]));
    // Figures as the source prints them: 96.76 stays 96.76 on the dashboard, never rounded to 96.8.
    expect(rows[0]?.join(' ')).toContain(layout.ranking[0]?.[2] ?? '');
    expect(watched.consoleErrors).toEqual([]);
  });
}

for (const layout of layouts) {
  test(`${layout.file} pasted reads the same as from the file`, async ({ page }) => {
    await page.goto('./');
    const dialog = await openDialog(page);
    await dialog.getByLabel('粘贴文本').fill(readFileSync(fixture(layout.file), 'utf8'));
    await dialog.getByRole('button', { name: '预览', exact: true }).click();
    await expect(dialog).toContainText(layout.found);
    expect((await previewRanking(dialog)).slice(0, layout.ranking.length)).toEqual(layout.ranking);
  });
}

test('thousands of findings: grouped by kind with counts, the first 20 listed, the rest behind 显示全部', async ({ page }) => {
  await page.goto('./');
  const dialog = await openDialog(page);
  const rows = Array.from({ length: 2000 }, (_, i) => `区${String(i)},${i % 4 === 0 ? 'n/a' : '50'}`);
  await dialog.getByLabel('粘贴文本').fill(['区,得分', ...rows].join('\n'));
  await dialog.getByRole('button', { name: '预览', exact: true }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: '无法导入' })).toContainText('共 500 处错误');
  await expect(dialog.locator('.finding-groups')).toContainText('错误 500 条');
  await expect(dialog.locator('.finding-list li')).toHaveCount(20);
  await dialog.getByRole('button', { name: /显示全部 \d+ 条/ }).click();
  expect(await dialog.locator('.finding-list li').count()).toBeGreaterThan(500);
  await expect(dialog.getByRole('button', { name: '导入', exact: true })).toBeDisabled();
});

test('streets are named streets on screen: the rankings caption and header say 街道, not 区 (and Street in English)', async ({ page }) => {
  await page.goto('./');
  const dialog = await openDialog(page);
  await dialog.getByLabel('选择文件').setInputFiles(fixture('entity-streets.txt'));
  await expect(dialog.getByLabel('粘贴文本')).not.toHaveValue('');
  await dialog.getByRole('button', { name: '预览', exact: true }).click();
  await importAs(page, dialog, '2025-03');
  const table = page.getByRole('table', { name: /^各街道得分与排名/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader', { name: '街道' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('table', { name: /^Street scores and ranks/ })).toBeVisible();
});

test('the CSV 区,排名,得分 pasted: 排名 is a rank with its reason, never a score, and 甲区 80 ranks first', async ({ page }) => {
  await page.goto('./');
  const dialog = await openDialog(page);
  await dialog.getByLabel('粘贴文本').fill('区,排名,得分\n甲区,1,80\n乙区,2,79.5\n');
  await dialog.getByRole('button', { name: '预览', exact: true }).click();
  await expect(dialog.getByLabel('第 2 列“排名”的作用')).toHaveValue('rank');
  await expect(dialog.getByRole('table', { name: '读取结果（可更改各列和各行的作用）' })).toContainText('表头为“排名/名次”');
  expect(await previewRanking(dialog)).toEqual([
    ['甲区', '1', '80.0'],
    ['乙区', '2', '79.5'],
  ]);
});

test('a column role changed in the preview re-reads the table, and the import keeps it after a reload', async ({ page }) => {
  await page.goto('./');
  const dialog = await openDialog(page);
  await dialog
    .getByLabel('粘贴文本')
    .fill('序号\t县区\t城管(50)\t环卫(50)\n1\t清源县\t40.5\t44.0\n2\t古城区\t45.2\t41.0\n3\t新河县\t42.0\t40.0\n');
  await dialog.getByRole('button', { name: '预览', exact: true }).click();
  expect(await previewRanking(dialog)).toEqual([
    ['古城区', '1', '86.2'],
    ['清源县', '2', '84.5'],
    ['新河县', '3', '82.0'],
  ]);
  // 环卫 not read: the ranking is by 城管 alone.
  await dialog.getByLabel('第 4 列“环卫(50)”的作用').selectOption('ignored');
  await expect(dialog.getByRole('table', { name: '读取结果（可更改各列和各行的作用）' })).toContainText('已由你更改');
  expect(await previewRanking(dialog)).toEqual([
    ['古城区', '1', '45.2'],
    ['新河县', '2', '42.0'],
    ['清源县', '3', '40.5'],
  ]);
  await importAs(page, dialog, '2025-07');
  await page.reload();
  await expect(page.getByLabel('期次')).toHaveValue('2025-07');
  const rows = await rankingRows(page);
  expect(rows.map((r) => r[1])).toEqual(['古城区', '新河县', '清源县']);
});

test('a web table pasted as HTML (with rowspan and colspan) is read from its cells', async ({ page }) => {
  await page.goto('./');
  const dialog = await openDialog(page);
  const html =
    '<p>各街道考核得分</p><table><tr><th rowspan="2">街道</th><th colspan="2">得分</th></tr><tr><th>城管</th><th>环卫</th></tr>' +
    '<tr><td>东关街道</td><td>96.76</td><td>82.24</td></tr><tr><td>西关街道</td><td>94.20</td><td>90.10</td></tr></table>';
  await dialog.getByLabel('粘贴文本').evaluate((element, content) => {
    const data = new DataTransfer();
    data.setData('text/html', content);
    data.setData('text/plain', '街道 得分 城管 环卫 东关街道 96.76 82.24');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
  await expect(dialog.getByLabel('粘贴文本')).toHaveValue(/东关街道\t96\.76\t82\.24/);
  await dialog.getByRole('button', { name: '预览', exact: true }).click();
  await expect(dialog).toContainText('找到 2 个街道、2 个类别、4 个得分');
  expect(await previewRanking(dialog)).toEqual([
    ['西关街道', '1', '184.30'],
    ['东关街道', '2', '179.00'],
  ]);
});

test('the preview with its role controls passes axe and fits a phone (375 px, zh and en)', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const language of ['zh', 'en']) {
    await page.goto(language === 'en' ? './?lang=en' : './');
    await openTools(page);
    await page.getByRole('button', { name: language === 'en' ? 'Import data' : '导入数据' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[type=file]').setInputFiles(fixture('wide-weighted.txt'));
    await expect(dialog.locator('textarea')).not.toHaveValue('');
    await dialog.getByRole('button', { name: language === 'en' ? 'Preview' : '预览', exact: true }).click();
    await expect(dialog.locator('.reading-grid-roles select')).toHaveCount(6);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await dialog.evaluate((element) => element.getBoundingClientRect().right <= window.innerWidth)).toBe(true);
  }
});

test('a saved web page (.html) chosen as a file is read from its table, spans expanded', async ({ page }) => {
  await page.goto('./');
  const dialog = await openDialog(page);
  await dialog.getByLabel('选择文件').setInputFiles(fixture('web-table.html'));
  await expect(dialog.getByLabel('粘贴文本')).toHaveValue(
    /## 各街道城管环卫考核得分\n\n街道\t得分\t得分\t总分\n街道\t城管\t环卫\t总分\n东关街道\t46\.50\t44\.25\t90\.75/,
  );
  await dialog.getByRole('button', { name: '预览', exact: true }).click();
  await expect(dialog).toContainText('找到 3 个街道、2 个类别、6 个得分');
  // The spanning 得分 over 城管 and 环卫 names no category of its own.
  await expect(dialog.getByRole('table', { name: '导入后的排名' }).getByRole('columnheader')).toHaveText([
    '街道',
    '排名',
    '总分（2项）',
    '城管',
    '环卫',
  ]);
  expect(await previewRanking(dialog)).toEqual([
    ['西关街道', '1', '92.10'],
    ['东关街道', '2', '90.75'],
    ['南关街道', '3', '87.50'],
  ]);
});

test('the preview offers every table found: choosing one of the small tables imports that table alone', async ({ page }) => {
  await page.goto('./');
  const dialog = await openDialog(page);
  await dialog.getByLabel('选择文件').setInputFiles(fixture('category-tables.txt'));
  await expect(dialog.getByLabel('粘贴文本')).not.toHaveValue('');
  await dialog.getByRole('button', { name: '预览', exact: true }).click();
  const choices = dialog.getByRole('group', { name: '找到的表格和名单' }).getByRole('radio');
  await expect(choices).toHaveCount(3);
  // The merged reading (both categories) is chosen by default: it is the most complete.
  await expect(dialog.getByRole('radio', { name: /每类一张表/ })).toBeChecked();
  await dialog.getByRole('radio', { name: /^环卫工作得分情况/ }).check();
  await expect(dialog).toContainText('找到 4 个区、1 个类别、4 个得分（按名称排列的表格）');
  expect(await previewRanking(dialog)).toEqual([
    ['西区', '1', '95.50'],
    ['东区', '2', '94.00'],
    ['北区', '3', '91.25'],
    ['南区', '4', '90.50'],
  ]);
});

test('a paste or a chosen file previews at once, with no click on 预览', async ({ page }) => {
  await page.goto('./');
  // A file chosen.
  let dialog = await openDialog(page);
  await dialog.locator('input[type=file]').setInputFiles(fixture('wide-weighted.txt'));
  await expect(dialog.getByRole('table', { name: /读取/ }).first()).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  // A plain-text paste: the paste event, then the text it puts in the box.
  dialog = await openDialog(page);
  const box = dialog.getByLabel('粘贴文本');
  await box.evaluate((element) => {
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true }));
  });
  await box.fill('区\t得分\n东区\t94.35\n西区\t93.2\n南区\t90\n');
  await expect(dialog).toContainText('找到 3 个区、1 个类别、3 个得分');
  // Typing is not a paste: nothing is read until 预览.
  await box.fill('区\t得分\n甲区\t90\n乙区\t80\n');
  await expect(dialog).not.toContainText('找到');
});

test('every control of the import dialog is a touch target of 44 px or more (a checkbox or a radio by its label)', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('./');
  await openTools(page);
  const dialog = await openDialog(page);
  await dialog.locator('input[type=file]').setInputFiles(fixture('wide-weighted.txt'));
  await expect(dialog.locator('.reading-grid-roles select').first()).toBeVisible();
  const small = await dialog.evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('button, select, input, textarea, summary')]
      .filter((control) => control.offsetParent !== null && !(control instanceof HTMLInputElement && control.type === 'file'))
      .map((control) => {
        const target =
          control instanceof HTMLInputElement && /checkbox|radio/.test(control.type) ? (control.closest('label') ?? control) : control;
        const box = target.getBoundingClientRect();
        return {
          name: `${control.tagName} ${target.textContent.trim().slice(0, 24)}`,
          height: Math.round(box.height),
          width: Math.round(box.width),
        };
      })
      .filter((c) => c.height < 44 || c.width < 44),
  );
  expect(small).toEqual([]);
});

test.describe('the import dialog on a touch screen', () => {
  test.use({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });

  test('offers no file drop where there is nothing to drag from, but still the file chooser', async ({ page }) => {
    await page.goto('./');
    await openTools(page);
    const dialog = await openDialog(page);
    await expect(dialog.locator('input[type=file]')).toBeAttached();
    await expect(dialog.getByText('或把文件拖到这里')).toBeHidden();
  });
});

test('the import dialog on a desk offers the file drop beside the chooser', async ({ page }) => {
  await page.goto('./');
  await openTools(page);
  const dialog = await openDialog(page);
  await expect(dialog.getByText('或把文件拖到这里')).toBeVisible();
});

test('on a phone the reading grid keeps its line numbers and row statuses in view while its figures scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('./');
  await openTools(page);
  const dialog = await openDialog(page);
  await dialog.locator('input[type=file]').setInputFiles(fixture('wide-weighted.txt'));
  const region = dialog.locator('.reading-grid-scroll');
  await expect(region.locator('tbody tr').first()).toBeVisible();
  const scrollable = await region.evaluate((box) => box.scrollWidth - box.clientWidth);
  expect(scrollable).toBeGreaterThan(100);
  const placeOf = async () =>
    region.evaluate((box) => {
      const row = box.querySelector('tbody tr');
      const left = box.getBoundingClientRect().left;
      const line = row?.querySelector('th')?.getBoundingClientRect();
      const status = row?.querySelector('.row-status')?.getBoundingClientRect();
      const lastFigure = row?.querySelector('td:last-child')?.getBoundingClientRect();
      return { line: (line?.left ?? 0) - left, status: (status?.left ?? 0) - left, lastFigure: (lastFigure?.right ?? 0) - left };
    });
  const before = await placeOf();
  await region.evaluate((box) => {
    box.scrollLeft = box.scrollWidth;
  });
  const after = await placeOf();
  // The line number and the status stay where they were; the figures moved under them.
  expect(Math.abs(after.line - before.line)).toBeLessThan(2);
  expect(Math.abs(after.status - before.status)).toBeLessThan(2);
  expect(after.lastFigure).toBeLessThan(before.lastFigure - 50);
});

test('the header the reader chooses re-reads the grid at once, and the import keeps it after a reload', async ({ page }) => {
  await page.goto('./');
  const dialog = await openDialog(page);
  await dialog.getByLabel('粘贴文本').fill('区域\t市容\t环卫\n东区\t90\t85\n西区\t88\t80\n南区\t70\t95\n');
  await dialog.getByRole('button', { name: '预览', exact: true }).click();
  await expect.poll(async () => (await previewRanking(dialog)).map((row) => row[0])).toEqual(['东区', '西区', '南区']);
  const header = dialog.getByLabel('表头', { exact: true });
  await expect(header.locator('option')).toHaveText([
    '按读取结果（第 1 行）',
    '第 2 行：东区 90 85',
    '第 3 行：西区 88 80',
    '第 4 行：南区 70 95',
    '没有表头（第 1 行也是数据）',
  ]);
  // 东区's line as the header: its cells name the columns, and the ranking is of the two lines below it.
  await header.selectOption({ label: '第 2 行：东区 90 85' });
  await expect
    .poll(() => previewRanking(dialog))
    .toEqual([
      ['西区', '1', '168'],
      ['南区', '2', '165'],
    ]);
  await header.selectOption({ label: '按读取结果（第 1 行）' });
  await expect.poll(async () => (await previewRanking(dialog)).length).toBe(3);
  await header.selectOption({ label: '第 2 行：东区 90 85' });
  await dialog.getByLabel(/我已核对以上 \d+ 处疑点，仍要导入/).check();
  await importAs(page, dialog, '2025-08');
  await page.reload();
  await expect(page.getByLabel('期次')).toHaveValue('2025-08');
  expect((await rankingRows(page)).map((r) => r[1])).toEqual(['西区', '南区']);
});
