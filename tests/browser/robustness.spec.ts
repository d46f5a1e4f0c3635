// Recovery and safety in Chromium: the CSP holds on every path, bad storage and bad links fall back, big pastes run in a worker.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { write } from '@e965/xlsx';
import { rankingWorkbook } from '../support/rankingWorkbook';
import { expect, openImportDialog, rankingRows, test } from './fixtures';

const page2025 = readFileSync(fileURLToPath(new URL('../fixtures/taiyuan-news-page-2025-01.txt', import.meta.url)), 'utf8');
const STORAGE_KEY = 'taiyuan-sanitation-dashboard:inspections';
const BACKUP_KEY = 'taiyuan-sanitation-dashboard:unreadable-backup';

async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** Opens the import dialog on the start page and pastes the seed page repeated to 10 MB into it. */
async function openDialogWithBigPaste(page: Page) {
  await page.goto('./');
  const big = page2025.repeat(Math.ceil(10_000_000 / page2025.length));
  await page.getByRole('button', { name: '导入数据' }).click();
  const dialog = page.getByRole('dialog', { name: '导入一期数据' });
  await paste(page, '粘贴文本', big);
  return dialog;
}

/** Sets a textarea's value the way a paste would, so that React sees it. */
async function paste(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label).evaluate((element, value) => {
    // The prototype's setter, called on the element: React's own value tracker then sees a real change.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setter?.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

test('the Content-Security-Policy is in force and nothing the app does violates it', async ({ page, watched }) => {
  await recordCspViolations(page);
  await page.goto('./');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  // Its own files, the first-paint script by its hash, and WebAssembly for the OCR: nothing else loosens it.
  expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval';/);
  // An inline script is refused: the policy is really applied.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
  });
  expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
  expect((await cspViolations(page)).some((v) => v.startsWith('script-src'))).toBe(true);
  // That refusal is logged as an error on purpose; from here on nothing may be.
  watched.consoleErrors.length = 0;
  await page.reload();

  for (const tab of ['分类对比', '雷达图', '单项排名', '区报告', '权重模拟', '趋势', '数据说明', '排名']) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await expect(page.getByRole('tabpanel')).toBeVisible();
  }
  expect((await rankingRows(page))[0]?.[1]).toBe('杏花岭区');
  await page.getByRole('tab', { name: '分类对比' }).click();
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('figure', { name: '总分排名' }).getByRole('button', { name: '下载 PNG 图片' }).click(),
  ]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  expect(await cspViolations(page)).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
});

test('a 10 MB paste is read in a worker with progress, can be cancelled, and the page keeps painting', async ({ page, watched }) => {
  await recordCspViolations(page);
  const dialog = await openDialogWithBigPaste(page);

  // First run: cancel it.
  await dialog.getByRole('button', { name: '预览', exact: true }).click();
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  await dialog.getByRole('button', { name: '取消读取' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('已取消读取，未添加任何数据。');

  // Second run: let it finish while counting animation frames on the main thread.
  await page.evaluate(() => {
    const w = window as unknown as { frames: number };
    w.frames = 0;
    const tick = () => {
      w.frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await dialog.getByRole('button', { name: '预览', exact: true }).click();
  await expect(dialog).toContainText('找到 6 个区、10 个类别、60 个得分', { timeout: 30_000 });
  expect(await page.evaluate(() => (window as unknown as { frames: number }).frames)).toBeGreaterThan(5);
  await expect(dialog).toContainText('另有');
  expect(await cspViolations(page)).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
});

test('closing the import dialog while a big paste is being read terminates its worker at once', async ({ page }) => {
  // Record each worker's terminate() call: a read left running would go on for seconds after the dialog closed.
  await page.addInitScript(() => {
    const Native = window.Worker;
    const records: { terminated: boolean }[] = [];
    (window as unknown as { workerRecords: typeof records }).workerRecords = records;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        const record = { terminated: false };
        records.push(record);
        const terminate = this.terminate.bind(this);
        this.terminate = () => {
          record.terminated = true;
          terminate();
        };
      }
    };
  });
  const dialog = await openDialogWithBigPaste(page);
  await dialog.getByRole('button', { name: '预览', exact: true }).click();
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  const records = () => page.evaluate(() => (window as unknown as { workerRecords: { terminated: boolean }[] }).workerRecords);
  expect(await records()).toEqual([{ terminated: false }]);
  await dialog.getByRole('button', { name: '取消', exact: true }).click();
  await expect(dialog).toBeHidden();
  // At once: a full read of 10 MB takes several seconds here, so a worker left running would still be unterminated.
  expect(await records()).toEqual([{ terminated: true }]);
});

test('corrupted storage: the app starts on the embedded data, says what it could not read and keeps a copy', async ({ page, watched }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"schemaVersion":2,"inspections":[{"id":1}');
      sessionStorage.setItem('seeded', '1');
    }
  }, STORAGE_KEY);
  await page.goto('./');
  await expect(page.getByRole('alert').filter({ hasText: '无法读取' })).toContainText('本浏览器中保存的数据无法读取');
  expect((await rankingRows(page))[0]?.[1]).toBe('杏花岭区');
  expect(await page.evaluate((key) => localStorage.getItem(key), BACKUP_KEY)).toBe('{"schemaVersion":2,"inspections":[{"id":1}');
  // The reader can take the copy away, as kept: no devtools needed.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载无法读取的数据副本' }).click();
  const file = await download;
  const saved = JSON.parse(readFileSync(await file.path(), 'utf8')) as { backups: string[] };
  expect(saved.backups).toEqual(['{"schemaVersion":2,"inspections":[{"id":1}']);
  expect(watched.consoleErrors).toEqual([]);
});

test('storage from the first schema is migrated and its period offered', async ({ page }) => {
  const february = readFileSync(fileURLToPath(new URL('../fixtures/another-month-2025-02.txt', import.meta.url)), 'utf8');
  await page.addInitScript(
    ([key, text]) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, JSON.stringify({ version: 1, items: [{ name: '2025年2月', text }] }));
    },
    [STORAGE_KEY, february] as const,
  );
  await page.goto('./');
  await expect(page.getByLabel('期次').locator('option')).toHaveText(['2025年1月初见报', '2025年2月']);
  expect((await rankingRows(page))[0]?.[1]).toBe('迎泽区');
});

test('invalid link parameters fall back to the defaults; a period this browser lacks is said and kept', async ({ page, watched }) => {
  await page.goto(
    './?view=pie&t=%E6%B8%B8%E6%B3%B3%E6%B1%A0&sort=bogus&order=sideways&lang=fr&period=1999-01&w=%E5%85%AC%E5%8E%95%3A99&district=x&st=y',
  );
  await expect(page.getByRole('tab', { name: '排名', exact: true })).toHaveAttribute('aria-selected', 'true');
  const rows = await rankingRows(page);
  expect(rows.map((r) => r[1])).toEqual(['杏花岭区', '迎泽区', '小店区', '万柏林区', '晋源区', '尖草坪区']);
  await expect(page.getByRole('checkbox', { name: '公厕' })).toBeChecked();
  await expect(page.getByRole('columnheader', { name: /排名/ }).first()).toHaveAttribute('aria-sort', 'ascending');
  // The URL is rewritten to the state actually shown, but for the period asked for, which the page says it lacks.
  await expect(page).toHaveURL(/\/\?period=1999-01$/);
  await expect(page.getByText('链接要显示的期次“1999-01”在本机没有数据，现在显示的是 2025年1月初见报。')).toBeVisible();
  expect(watched.consoleErrors).toEqual([]);
});

/** The file names of the scripts a page requests, from now on. */
function scriptRequests(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') names.push(new URL(request.url()).pathname.split('/').pop() ?? '');
  });
  return names;
}
const loaded = (names: string[], prefix: string) => names.some((name) => name.startsWith(prefix));

test('the first screen loads only what it shows: English, the CSV reader and the CSV writer come when asked for', async ({
  page,
  watched,
}) => {
  const scripts = scriptRequests(page);
  await page.goto('./');
  expect((await rankingRows(page)).map((r) => r[1])).toEqual(['杏花岭区', '迎泽区', '小店区', '万柏林区', '晋源区', '尖草坪区']);
  expect(loaded(scripts, 'messages.en')).toBe(false);
  expect(loaded(scripts, 'importText')).toBe(false);
  expect(loaded(scripts, 'papaparse')).toBe(false);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: /^Public toilets/ })).toBeVisible();
  expect(loaded(scripts, 'messages.en')).toBe(true);
  expect((await rankingRows(page))[0]?.[1]).toBe('Xinghualing');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download table (CSV)' }).click();
  expect((await download).suggestedFilename()).toBe('taiyuan-inspection-taiyuan-2025-01-rankings.csv');
  expect(loaded(scripts, 'papaparse')).toBe(true);
  expect(watched.consoleErrors).toEqual([]);
});

test('an import kept as CSV is read at start-up, before the link that names its period is applied', async ({ page, watched }) => {
  // Three districts' 公厕 and 铁路沿线 scores from the seed page, kept as a wide CSV import.
  const csv = '区,公厕(100),铁路沿线(100)\n杏花岭区,78.8,49.5\n小店区,77.8,80.7\n万柏林区,76.5,53.1\n';
  await page.addInitScript(
    ([key, text]) => {
      const record = { id: '2025-03', period: '2025-03', label: '', text, importedAt: '2025-03-01T00:00:00Z' };
      localStorage.setItem(key, JSON.stringify({ schemaVersion: 2, inspections: [record] }));
    },
    [STORAGE_KEY, csv] as const,
  );
  const scripts = scriptRequests(page);
  await page.goto('./?period=2025-03');
  await expect(page.getByLabel('期次')).toHaveValue('2025-03');
  expect((await rankingRows(page)).map((r) => [r[1], r[4]])).toEqual([
    ['小店区', '158.5'],
    ['万柏林区', '129.6'],
    ['杏花岭区', '128.3'],
  ]);
  expect(loaded(scripts, 'storedImports')).toBe(true);
  expect(watched.consoleErrors).toEqual([]);
});

test('the app’s code that cannot be fetched is said on the first screen, which stays readable', async ({ context, baseURL }) => {
  // A page of its own: the test's page waits for a live app, which never comes here.
  const page = await context.newPage();
  await page.route(/assets\/boot-[^/]*\.js$/, (route) => route.abort());
  await page.goto(baseURL ?? '');
  await expect(page.getByRole('alert').filter({ hasText: '看板的程序没能载入' })).toBeVisible();
  await expect(page.locator('#root tbody tr').first()).toContainText('杏花岭区');
});

test('months kept here whose reader cannot be fetched are said to be still here, not lost', async ({ page }) => {
  const text = readFileSync(fileURLToPath(new URL('../fixtures/another-month-2025-02.txt', import.meta.url)), 'utf8');
  await page.addInitScript(
    ([key, stored]) => {
      localStorage.setItem(key, stored);
    },
    [
      STORAGE_KEY,
      JSON.stringify({ schemaVersion: 2, inspections: [{ id: '2025-02', period: '2025-02', label: '', text, importedAt: '' }] }),
    ] as const,
  );
  await page.route(/assets\/storedReads-[^/]*\.js$/, (route) => route.abort());
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('本机保存的数据这次没能读取');
  expect(await page.evaluate((key) => localStorage.getItem(key)?.includes('2025-02'), STORAGE_KEY)).toBe(true);
});

test('a file reader or the OCR whose code cannot be fetched is said so in both languages, and reads once it can be fetched', async ({
  page,
}) => {
  const workbook = Buffer.from(write(rankingWorkbook(), { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  // A PNG's signature is enough: the OCR worker is refused before it looks at the image.
  const image = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
  // A .xlsx is read in the file worker whatever its size (its readers built into it), an image in the OCR worker.
  const refused = /assets\/(file|ocr)\.worker-[^/]*\.js$/;
  await page.context().route(refused, (route) => route.abort());
  await page.goto('./');
  let dialog = await openImportDialog(page);
  await dialog.getByLabel('选择文件').setInputFiles({ name: '排名.xlsx', mimeType: 'application/octet-stream', buffer: workbook });
  await expect(dialog.getByRole('alert')).toContainText(/读取 XLSX 所需的程序没能载入（.+）：请检查网络后重试/);
  await dialog.getByLabel('选择文件').setInputFiles({ name: '截图.png', mimeType: 'image/png', buffer: image });
  await expect(dialog.getByRole('alert')).toContainText(/读取 OCR 所需的程序没能载入（.+）：请检查网络后重试/);
  await dialog.getByRole('button', { name: '取消' }).click();

  await page.goto('./?lang=en');
  await page.getByRole('button', { name: 'Import data' }).click();
  dialog = page.getByRole('dialog', { name: 'Import a period' });
  await dialog.getByLabel('Choose a file').setInputFiles({ name: 'ranking.xlsx', mimeType: 'application/octet-stream', buffer: workbook });
  await expect(dialog.getByRole('alert')).toContainText(/The code that reads XLSX files could not be loaded \(.+\): check the connection/);
  // Back online: the same file is read, without reloading the page.
  await page.context().unroute(refused);
  await dialog.getByLabel('Choose a file').setInputFiles({ name: 'ranking.xlsx', mimeType: 'application/octet-stream', buffer: workbook });
  await expect(dialog.getByLabel('Paste text')).toHaveValue(/东关街道/);
});
