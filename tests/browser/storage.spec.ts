// The months a reader keeps, in IndexedDB: kept across the upgrade from localStorage, kept when two tabs import at
// once, told to every tab, and read back at a reload of many months without freezing the page.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { expect, expectTiming, openImportDialog, rankingRows, test } from './fixtures';

const STORAGE_KEY = 'taiyuan-sanitation-dashboard:inspections';
const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');

/** The months in the page's IndexedDB, in their order, read with the bare API. */
function monthsInDatabase(page: Page): Promise<{ ids: string[]; labels: string[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('taiyuan-sanitation-dashboard');
        open.onerror = () => {
          reject(open.error ?? new Error('not opened'));
        };
        open.onsuccess = () => {
          const tx = open.result.transaction(['months', 'meta'], 'readonly');
          const all = tx.objectStore('months').getAll();
          const order = tx.objectStore('meta').get('order');
          tx.oncomplete = () => {
            open.result.close();
            const ids = order.result as string[];
            const months = all.result as { id: string; label: string }[];
            resolve({ ids, labels: ids.map((id) => months.find((m) => m.id === id)?.label ?? '?') });
          };
        };
      }),
  );
}

/** Pastes a text into the import dialog and previews it, ready to import under `period`. */
async function previewed(page: Page, text: string, period: string): Promise<Locator> {
  const dialog = await openImportDialog(page);
  await dialog.getByLabel('粘贴文本').fill(text);
  await dialog.getByRole('button', { name: '预览', exact: true }).click();
  await expect(dialog.getByRole('table', { name: '导入后的排名' })).toBeVisible();
  await dialog.getByLabel('期次（年月）').fill(period);
  await dialog.getByLabel('名称（可选）').fill(period === '2025-04' ? '甲' : '乙');
  return dialog;
}

test('months kept by the version before IndexedDB are all there after the upgrade, and stay after a reload', async ({ page, watched }) => {
  // tests/fixtures/stored-months-v2.json: localStorage as the version before (9627a4e) wrote it, two months.
  const before = fixture('stored-months-v2.json');
  await page.addInitScript(
    ([key, stored]) => {
      // Once: a reload must find what the upgrade made of it, not the old copy again.
      if (sessionStorage.getItem('seeded') === null) {
        localStorage.setItem(key, stored);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [STORAGE_KEY, before] as const,
  );
  await page.goto('./');
  const period = page.getByLabel('期次');
  await expect(period.locator('option')).toHaveText(['2025年1月初见报', '二月', '三月']);
  expect(await monthsInDatabase(page)).toEqual({ ids: ['2025-02', '2025-03'], labels: ['二月', '三月'] });
  // localStorage keeps only the marker now; the months' texts are not in it.
  const marker = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? '{}') as Record<string, unknown>;
  expect(marker).toMatchObject({ schemaVersion: 3, store: 'indexedDB', count: 2 });
  await page.reload();
  await expect(period.locator('option')).toHaveText(['2025年1月初见报', '二月', '三月']);
  await period.selectOption('2025-02');
  // The figures as accepted then: February's leader and total.
  const first = (await rankingRows(page))[0] ?? [];
  expect(first[1]).toBe('迎泽区');
  expect(first).toContain('729.8');
  expect(watched.consoleErrors).toEqual([]);
});

test('two tabs importing at the same moment both keep theirs, and each tab is told of the other’s', async ({ page, watched }) => {
  const other = await page.context().newPage();
  await page.goto('./');
  await other.goto('./');
  const text = fixture('another-month-2025-02.txt');
  const [here, there] = [await previewed(page, text, '2025-04'), await previewed(other, text, '2025-05')];
  await Promise.all([
    here.getByRole('button', { name: '导入', exact: true }).click(),
    there.getByRole('button', { name: '导入', exact: true }).click(),
  ]);
  await expect(here).toBeHidden();
  await expect(there).toBeHidden();
  for (const tab of [page, other]) await expect(tab.getByLabel('期次').locator('option')).toHaveText(['2025年1月初见报', '甲', '乙']);
  // Stored in the order the two writes committed, which is either.
  expect((await monthsInDatabase(page)).labels.sort()).toEqual(['乙', '甲']);
  // A delete in one tab leaves the other too.
  const dialog = await openImportDialog(page);
  await dialog.getByRole('button', { name: '删除 甲' }).click();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(other.getByLabel('期次').locator('option')).toHaveText(['2025年1月初见报', '乙']);
  await other.reload();
  await expect(other.getByLabel('期次').locator('option')).toHaveText(['2025年1月初见报', '乙']);
  expect(watched.consoleErrors).toEqual([]);
  await other.close();
});

/** Invented figures: district d's score in site type t of month m. */
const inventedScore = (d: number, t: number, m: number) => 60 + ((d * 7 + t * 3 + m * 5) % 400) / 10;

/** A month of `count` districts in ten site types, as CSV. */
function bigMonth(count: number, month: number): string {
  const types = Array.from({ length: 10 }, (_, t) => `类型${String(t + 1)}(100)`);
  const rows = Array.from({ length: count }, (_, d) => {
    const scores = types.map((_, t) => inventedScore(d, t, month).toFixed(1));
    return `第${String(d + 1)}街道,${scores.join(',')}`;
  });
  return [`街道,${types.join(',')}`, ...rows].join('\n');
}

test('a reload with 24 months of 300 districts each shows them all, with no long freeze of the page', async ({ page }) => {
  test.setTimeout(120_000);
  const items = Array.from({ length: 24 }, (_, m) => {
    // February 2025 to January 2027: after the embedded month, the latest shown first.
    const period = `${String(2025 + Math.floor((m + 1) / 12))}-${String(((m + 1) % 12) + 1).padStart(2, '0')}`;
    return { id: period, period, label: '', text: bigMonth(300, m), importedAt: `${period}-28T00:00:00Z` };
  });
  await page.addInitScript(
    ([key, stored]) => {
      if (sessionStorage.getItem('seeded') === null) {
        localStorage.setItem(key, stored);
        sessionStorage.setItem('seeded', '1');
      }
      const record = window as unknown as { longestTask: number };
      record.longestTask = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) record.longestTask = Math.max(record.longestTask, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    },
    [STORAGE_KEY, JSON.stringify({ schemaVersion: 2, inspections: items })] as const,
  );
  // The first load moves them into IndexedDB and keeps each month's reading; the reload is what a reader sees daily.
  await page.goto('./');
  await expect(page.getByLabel('期次').locator('option')).toHaveCount(25);
  await expect.poll(async () => (await monthsInDatabase(page)).ids.length).toBe(24);
  await page.reload();
  await expect(page.getByLabel('期次').locator('option')).toHaveCount(25);
  await expect(page.getByLabel('期次')).toHaveValue('2027-01');
  // The latest month's leader, by the sum of its invented scores.
  const totals = Array.from({ length: 300 }, (_, d) =>
    Array.from({ length: 10 }, (_, t) => inventedScore(d, t, 23)).reduce((a, b) => a + b, 0),
  );
  const best = totals.indexOf(Math.max(...totals));
  expect((await rankingRows(page))[0]?.[1]).toBe(`第${String(best + 1)}街道`);
  await page.waitForTimeout(2000);
  const longest = await page.evaluate(() => (window as unknown as { longestTask: number }).longestTask);
  expectTiming(longest, 200, 'longest main-thread task at a reload of 24 months × 300 districts');
});
