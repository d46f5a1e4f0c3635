// The phone-first rankings and the header's one toolbar, in Chromium at 375 × 667, 375 × 800 and 1280 × 800.
import { fileURLToPath } from 'node:url';
import { expect, openImportDialog, test } from './fixtures';

const SEED_ORDER = {
  zh: ['杏花岭区', '迎泽区', '小店区', '万柏林区', '晋源区', '尖草坪区'],
  en: ['Xinghualing', 'Yingze', 'Xiaodian', 'Wanbailin', 'Jinyuan', 'Jiancaoping'],
};
const SEED_TOTALS = ['676.6', '669.9', '659.8', '651.2', '650.6', '643.3'];

for (const language of ['zh', 'en'] as const) {
  test.describe(`phone 375 × 667 (${language})`, () => {
    test.use({ viewport: { width: 375, height: 667 }, locale: language === 'zh' ? 'zh-CN' : 'en-US' });

    test('the headline and the six ranks with their published totals are inside the first viewport, without scrolling', async ({
      page,
      watched,
    }) => {
      await page.goto('./');
      const headline = page.locator('.rankings-headline');
      await expect(headline).toHaveText(
        language === 'zh'
          ? '杏花岭区以 676.6 分居首，领先迎泽区 6.7 分；尖草坪区以 643.3 分居末，落后 33.3 分，最弱一项是铁路沿线（49.5 分，低于全市平均 7.2 分）。'
          : 'Xinghualing leads with 676.6, 6.7 ahead of Yingze; Jiancaoping is last with 643.3, 33.3 behind, furthest below the city average in “Along the railway lines” (49.5, 7.2 below).',
      );
      const headlineBox = await headline.boundingBox();
      expect((headlineBox?.y ?? 0) + (headlineBox?.height ?? 0)).toBeLessThanOrEqual(667);
      const list = page.getByRole('list', { name: language === 'zh' ? /各区得分与排名/ : /District scores and ranks/ });
      const items = list.getByRole('listitem');
      await expect(items).toHaveCount(6);
      for (let i = 0; i < 6; i++) {
        const summary = items.nth(i).locator('summary');
        await expect(summary.locator('.ranked-rank')).toHaveText(String(i + 1));
        await expect(summary.locator('.ranked-name')).toHaveText(SEED_ORDER[language][i] ?? '');
        await expect(summary.locator('.ranked-total')).toContainText(SEED_TOTALS[i] ?? '');
        const box = await summary.boundingBox();
        expect(box, `rank ${String(i + 1)}`).not.toBeNull();
        // Inside the first screen as it opens: nothing was scrolled.
        expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(667);
      }
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // The table is one tap away, not on the first screen.
      await expect(page.getByRole('table', { name: /各区得分与排名|District scores and ranks/ })).toBeHidden();
      expect(watched.consoleErrors).toEqual([]);
    });
  });
}

test.describe('phone 375 × 800 (zh): the list and the table', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('a row opens to its site-type scores: 小店区 shows 铁路沿线 80.7 and links to its report card', async ({ page }) => {
    await page.goto('./');
    const row = page.getByRole('listitem').filter({ has: page.locator('.ranked-name', { hasText: '小店区' }) });
    await expect(row.getByText('铁路沿线')).toBeHidden();
    await row.locator('summary').click();
    const railway = row.locator('.ranked-scores > div', { hasText: '铁路沿线' });
    await expect(railway.locator('dd')).toHaveText('80.7');
    await expect(row.locator('.ranked-scores > div')).toHaveCount(10);
    await row.getByRole('link', { name: '区报告' }).click();
    await expect(page).toHaveURL(/view=district&district=%E5%B0%8F%E5%BA%97%E5%8C%BA/);
    await expect(page.getByRole('tab', { name: '区报告' })).toHaveAttribute('aria-selected', 'true');
  });

  test('查看完整表格 shows the whole table with its six rows; 返回排名列表 brings the list back', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: '查看完整表格' }).click();
    const table = page.getByRole('table', { name: /各区得分与排名/ });
    await expect(table).toBeVisible();
    await expect(table.locator('tbody tr')).toHaveCount(6);
    await expect(table.locator('tbody tr').first()).toContainText('676.6');
    await expect(page.getByRole('list', { name: /各区得分与排名/ })).toBeHidden();
    await page.getByRole('button', { name: '返回排名列表' }).click();
    await expect(page.getByRole('list', { name: /各区得分与排名/ })).toBeVisible();
    await expect(table).toBeHidden();
  });

  test('the city average stands under the list (658.6) and as the mark on every bar', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('.ranked-city-line')).toHaveText(/太原市（全市平均）\s*658\.6/);
    await expect(page.locator('.ranked-list .ranked-city')).toHaveCount(6);
    // The bars start at 600 (the axis's first tick) and end at 680: the leader's is 76.6 / 80 of the track, the
    // last one's 43.3 / 80. Drawn from 0 they were 100 % and 95 %: a 33.3 gap that could not be seen.
    await expect(page.locator('.ranked-axis-ticks > span')).toHaveText(['600', '620', '640', '660', '680']);
    const widths = await page
      .locator('.ranked-list .ranked-fill')
      .evaluateAll((fills) => fills.map((f) => f.getBoundingClientRect().width / (f.parentElement?.getBoundingClientRect().width ?? 1)));
    expect(widths[0]).toBeCloseTo(76.6 / 80, 2);
    expect(widths[5]).toBeCloseTo(43.3 / 80, 2);
    const drawn = await page.locator('.ranked-list .ranked-fill').evaluateAll((fills) => fills.map((f) => f.getBoundingClientRect().width));
    const [first, last] = [drawn[0] ?? 0, drawn[5] ?? 0];
    expect(first - last).toBeGreaterThanOrEqual(Math.max(first, last) / 5);
  });

  test('with an earlier period loaded, each row says its change in rank (迎泽区 ↑1, 较上期升 1 位) and the headline names the biggest', async ({
    page,
  }) => {
    await page.goto('./');
    const dialog = await openImportDialog(page);
    await dialog.getByLabel('选择文件').setInputFiles(fileURLToPath(new URL('../fixtures/another-month-2025-02.txt', import.meta.url)));
    await dialog.getByRole('button', { name: '预览', exact: true }).click();
    await dialog.getByRole('button', { name: '导入', exact: true }).click();
    await expect(dialog).toBeHidden();
    const first = page
      .getByRole('list', { name: /各区得分与排名/ })
      .getByRole('listitem')
      .first();
    await expect(first.locator('.ranked-name')).toHaveText('迎泽区');
    await expect(first.locator('.ranked-change')).toHaveText('↑1较上期升 1 位');
    // The biggest move: 杏花岭区 from 1st to 3rd (万柏林区 also fell two places, from 4th).
    await expect(page.locator('.rankings-headline')).toContainText('与上期相比，杏花岭区由第 1 位降至第 3 位。');
    // Still six ranks with their totals in the first viewport.
    const last = await page
      .getByRole('list', { name: /各区得分与排名/ })
      .getByRole('listitem')
      .last()
      .locator('summary')
      .boundingBox();
    expect((last?.y ?? 0) + (last?.height ?? 0)).toBeLessThanOrEqual(800);
  });

  test('the tools fold behind 菜单: period, import, link, language and theme appear when it is opened', async ({ page }) => {
    await page.goto('./');
    const menu = page.getByRole('button', { name: '菜单' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    const tools = page.getByRole('group', { name: '工具' });
    await expect(tools).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(tools.getByLabel('期次')).toBeVisible();
    await expect(tools.getByRole('button', { name: '导入数据' })).toBeVisible();
    await expect(tools.getByRole('button', { name: '复制链接' })).toBeVisible();
    await expect(tools.getByRole('button', { name: '嵌入', exact: true })).toBeVisible();
    await expect(tools.getByRole('button', { name: 'English' })).toBeVisible();
    await expect(tools.getByLabel('配色')).toBeVisible();
    await tools.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Taiyuan sanitary-city inspection scores');
  });

  test('Escape folds the open menu and gives its button the focus; opening the import folds it too', async ({ page }) => {
    await page.goto('./');
    const menu = page.getByRole('button', { name: '菜单' });
    const tools = page.getByRole('group', { name: '工具' });
    await menu.click();
    await tools.getByRole('button', { name: '复制链接' }).focus();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(tools).toBeHidden();
    await expect(menu).toBeFocused();
    await menu.click();
    await tools.getByRole('button', { name: '导入数据' }).click();
    await expect(page.getByRole('dialog', { name: '导入一期数据' })).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  });
});

test.describe('desk 1280 × 800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the header is the title, one source line and one row of tools; no menu button; the table shows, not the list', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('button', { name: '菜单' })).toBeHidden();
    const tools = page.getByRole('group', { name: '工具' });
    const tops = await tools.evaluate((group) => [...group.children].map((child) => Math.round(child.getBoundingClientRect().top)));
    // Period, import, link, embed, language, theme.
    expect(tops.length).toBe(6);
    await expect(tools.getByRole('button', { name: '嵌入', exact: true })).toBeVisible();
    // One row: every tool starts within a few pixels of the first.
    for (const top of tops) expect(Math.abs(top - (tops[0] ?? 0))).toBeLessThanOrEqual(4);
    await expect(page.locator('.app-header .source')).toContainText('数据来源');
    await expect(page.locator('.app-header .source')).toContainText('期次');
    await expect(page.getByRole('table', { name: /各区得分与排名/ })).toBeVisible();
    await expect(page.getByRole('list', { name: /各区得分与排名/ })).toBeHidden();
    await expect(page.getByRole('button', { name: '查看完整表格' })).toBeHidden();
  });

  test('every number is set in tabular figures (the totals, the table, the header)', async ({ page }) => {
    await page.goto('./');
    for (const selector of ['.rankings-table td.total-cell', '.app-header .source', '.summary-text', 'h1']) {
      const value = await page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).fontVariantNumeric);
      expect(value, selector).toBe('tabular-nums');
    }
  });
});

test.describe('a phone that reads the viewport tag (mobile emulation, 375 × 667)', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });

  test('the site-type filter is folded in every frame from the first, before the app has drawn', async ({ page }) => {
    // Each animation frame until the app is ready records whether the prerendered filter is open. A phone lays the
    // page out 980 px wide until it reads the viewport tag: the first-paint script must come after that tag.
    await page.addInitScript(() => {
      const frames: boolean[] = [];
      (window as unknown as { filterFrames: boolean[] }).filterFrames = frames;
      const watch = () => {
        const panel = document.querySelector('#root .filter-panel');
        if (panel) frames.push(panel.hasAttribute('open'));
        if (document.documentElement.dataset.ready !== 'true') requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    const frames = await page.evaluate(() => (window as unknown as { filterFrames: boolean[] }).filterFrames);
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.filter((open) => open)).toEqual([]);
    await expect(page.getByRole('checkbox', { name: '公厕' })).toBeHidden();
  });
});

test.describe('the import dialog on a phone (375 × 667, zh)', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test('the period comes first; 导入 without one puts the error beside it, on screen, announced, with the field focused', async ({
    page,
    watched,
  }) => {
    await page.goto('./');
    const dialog = await openImportDialog(page);
    // A pasted table that names no month: the period stays empty.
    await dialog.getByLabel('粘贴文本').fill('区,公厕,城中村\n甲区,81,70\n乙区,79.5,72\n丙区,60,65\n');
    await dialog.getByRole('button', { name: '预览', exact: true }).click();
    const period = dialog.getByLabel('期次（年月）');
    await expect(period).toHaveValue('');
    const periodBox = await period.boundingBox();
    const gridBox = await dialog.getByRole('table', { name: /读取结果/ }).boundingBox();
    expect(periodBox?.y ?? Infinity).toBeLessThan(gridBox?.y ?? 0);
    await dialog.getByRole('button', { name: '导入', exact: true }).click();
    const problem = dialog.getByRole('alert').filter({ hasText: '请填写期次（年月）。' });
    await expect(problem).toBeInViewport();
    await expect(period).toBeFocused();
    await expect(period).toHaveAttribute('aria-invalid', 'true');
    await expect(period).toHaveAccessibleDescription('请填写期次（年月）。');
    // Beside the field: the alert sits just below it, not at the top of the dialog.
    const problemBox = await problem.boundingBox();
    expect((problemBox?.y ?? 0) - ((periodBox?.y ?? 0) + (periodBox?.height ?? 0))).toBeLessThan(80);
    await period.fill('2025-03');
    // Typing the period answers the error: it goes.
    await expect(problem).toHaveCount(0);
    await expect(period).not.toHaveAttribute('aria-invalid', 'true');
    await dialog.getByRole('button', { name: '导入', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('甲区').first()).toBeVisible();
    expect(watched.consoleErrors).toEqual([]);
  });

  test('findings are grouped by kind, each listed once and written out (no “…” placeholders)', async ({ page }) => {
    await page.goto('./');
    const dialog = await openImportDialog(page);
    await dialog.getByLabel('粘贴文本').fill('区,得分\n甲区,n/a\n乙区,50\n丙区,50\n丁区,x\n戊区,50\n');
    await dialog.getByRole('button', { name: '预览', exact: true }).click();
    const groups = dialog.locator('.finding-groups > li');
    await expect(groups.first().locator('.finding-group-head')).toHaveText('错误 2 条');
    const texts = await dialog.locator('.finding-list li p').allTextContents();
    expect(texts.length).toBeGreaterThanOrEqual(3);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.join('')).toContain('n/a');
    await expect(dialog.locator('.grouped-findings')).not.toContainText('…');
  });
});

test.describe('a table wider than the phone becomes cards', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('the report card of 杏花岭区: each site type a card, 铁路沿线 −31.2 with its bar on screen; a table again at 1280 px', async ({
    page,
  }) => {
    await page.goto('./?view=district');
    const region = page.getByRole('region', { name: /杏花岭区各点位类型得分/ });
    await expect(region).toHaveAttribute('data-layout', 'cards');
    const railway = region.getByRole('row', { name: /铁路沿线/ });
    const gap = railway.locator('td.gap-cell').first();
    await expect(gap).toHaveText('−31.2');
    await expect(gap).toHaveAttribute('data-label', '与最高分差');
    for (const box of [await gap.boundingBox(), await gap.locator('svg').boundingBox()]) {
      expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(375);
    }
    // Nothing in the region scrolls sideways.
    expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(region).toHaveAttribute('data-layout', 'table');
    await expect(region.getByRole('columnheader', { name: '与最高分差' })).toBeVisible();
  });
});
