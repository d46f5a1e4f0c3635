// Documents the tests make themselves, imported through the dialog in Chromium: a PDF with the table beside an
// article column, a PDF whose Chinese font is not embedded (read with the self-hosted CJK character maps), and
// screenshots of a table read by OCR, clean and degraded, with every doubtful cell marked beside its image crop.
import type { Browser } from '@playwright/test';
import { CATEGORIES, rankingBesideArticleHtml, rankingImageHtml, scoreAt, STREETS, type Misprint } from '../support/rankingWorkbook';
import { unembeddedFontPdf } from '../support/unembeddedFontPdf';
import { expect, openImportDialog, previewTable, test, waitForApp } from './fixtures';
import { expectEveryNameAndScore } from './inventedRanking';

test('a PDF with the table beside an article column imports the table alone, every name and score', async ({ page, browser, watched }) => {
  const printer = await browser.newPage();
  await printer.setContent(rankingBesideArticleHtml());
  const pdf = await printer.pdf({ format: 'A4', landscape: true });
  await printer.close();
  await page.goto('./');
  const dialog = await openImportDialog(page);
  await dialog.getByLabel('选择文件').setInputFiles({ name: '日报.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(dialog.getByLabel('粘贴文本')).toHaveValue(/## 各街道城市管理考核得分/);
  // No line of the article is in the text the table was read into.
  expect(await dialog.getByLabel('粘贴文本').inputValue()).not.toContain('立行立改');
  await expectEveryNameAndScore(dialog);
  expect(watched.consoleErrors).toEqual([]);
});

test('a PDF whose Chinese font is not embedded is read with the CJK character maps the app serves itself', async ({ page, watched }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('./');
  const dialog = await openImportDialog(page);
  await dialog.getByLabel('选择文件').setInputFiles({ name: '通报.pdf', mimeType: 'application/pdf', buffer: unembeddedFontPdf() });
  await expect(dialog.getByLabel('粘贴文本')).toHaveValue(/## 各街道城市管理考核得分/);
  await expectEveryNameAndScore(dialog);
  const origin = new URL(page.url()).origin;
  expect(requests.some((url) => /pdfjs-cmaps\/UniGB-UCS2-H\.bcmap$/.test(url))).toBe(true);
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
});

/** A screenshot of the bordered 8 × 6 table; degraded: 70 % size, blurred, saved as JPEG at quality 60. */
async function tableImage(browser: Browser, degraded: boolean, misprint?: Misprint): Promise<Buffer> {
  const shooter = await browser.newPage({ viewport: { width: 640, height: 420 } });
  await shooter.setContent(rankingImageHtml(misprint));
  const png = await shooter.screenshot({ type: 'png' });
  if (!degraded) {
    await shooter.close();
    return png;
  }
  const jpeg = await shooter.evaluate(async (base64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const canvas = new OffscreenCanvas(Math.round(bitmap.width * 0.7), Math.round(bitmap.height * 0.7));
    const context = canvas.getContext('2d');
    if (!context) return '';
    context.filter = 'blur(0.6px)';
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.6 })).arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  }, png.toString('base64'));
  await shooter.close();
  return Buffer.from(jpeg, 'base64');
}

test('a screenshot of a table imports by OCR with every name and score, its models fetched from the app only', async ({
  page,
  browser,
  watched,
}) => {
  test.setTimeout(120_000);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('./');
  // Nothing of the OCR is fetched before an image is chosen.
  expect(requests.filter((url) => /\/ocr\/|ocr\.worker/.test(url))).toEqual([]);
  const dialog = await openImportDialog(page);
  await dialog.getByLabel('选择文件').setInputFiles({ name: '截图.png', mimeType: 'image/png', buffer: await tableImage(browser, false) });
  await expect(dialog.getByLabel('粘贴文本')).toHaveValue(/各街道城市管理考核得分/, { timeout: 60_000 });
  await expect(dialog.getByText(/由图片识别（OCR）/)).toBeVisible();
  await expectEveryNameAndScore(dialog);
  const origin = new URL(page.url()).origin;
  expect(requests.some((url) => url.endsWith('/ocr/ch_PP-OCRv4_det_infer.onnx'))).toBe(true);
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
});

test('a degraded screenshot: at least 46 of 48 scores right before any correction, and no wrong cell unmarked', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await page.goto('./');
  const dialog = await openImportDialog(page);
  await dialog.getByLabel('选择文件').setInputFiles({ name: '截图.jpg', mimeType: 'image/jpeg', buffer: await tableImage(browser, true) });
  await expect(dialog.getByLabel('粘贴文本')).toHaveValue(/街道/, { timeout: 60_000 });
  await dialog.getByRole('button', { name: '预览', exact: true }).click();
  const grid = dialog.getByRole('table', { name: /读取结果/ });
  await expect(grid).toBeVisible();
  // Every cell of the grid as read: its text (the correcting field's value where it is marked) and whether it is marked.
  const cells = await grid.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) =>
      [...row.querySelectorAll('td:not(.row-status)')].map((cell) => ({
        text: cell.querySelector('input')?.value ?? cell.textContent.trim(),
        marked: cell.classList.contains('ocr-check'),
        crop: cell.querySelector('img')?.getAttribute('src')?.startsWith('data:image/png') ?? false,
      })),
    ),
  );
  let right = 0;
  const unmarkedWrong: string[] = [];
  for (const [s, street] of STREETS.entries()) {
    const row = cells.find((r) => r[0]?.text === street) ?? cells[s + 1];
    CATEGORIES.forEach((_, c) => {
      const cell = row?.[c + 1];
      const expected = scoreAt(s, c).toFixed(2);
      if (cell?.text === expected) right += 1;
      else if (!cell?.marked) unmarkedWrong.push(`${street} ${CATEGORIES[c] ?? ''}: ${cell?.text ?? '(none)'}`);
    });
  }
  expect(right).toBeGreaterThanOrEqual(46);
  expect(unmarkedWrong).toEqual([]);
  // Each marked cell shows the image it was read from.
  expect(cells.flat().filter((cell) => cell.marked && !cell.crop)).toEqual([]);
  // The doubts hold the import until confirmed or corrected.
  const marked = cells.flat().filter((cell) => cell.marked).length;
  if (marked > 0) {
    await expect(dialog.getByText(/导入前请核对 \d+ 处疑点/)).toBeVisible();
    await dialog.getByLabel('期次（年月）').fill('2025-03');
    await dialog.getByRole('button', { name: '导入', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText(/还有 \d+ 处疑点未核对/);
  }
  const rows = await previewTable(dialog);
  expect(rows.length).toBe(STREETS.length);
});

test('a cell out of its column’s format is marked with its crop, holds the import, and is corrected in the grid', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // 城东街道's 公厕 printed with a comma for the decimal point.
  const image = await tableImage(browser, false, { street: 4, category: 2, text: '83,26' });
  await page.goto('./');
  const dialog = await openImportDialog(page);
  await dialog.getByLabel('选择文件').setInputFiles({ name: '截图.png', mimeType: 'image/png', buffer: image });
  await expect(dialog.getByLabel('粘贴文本')).toHaveValue(/83,26/, { timeout: 60_000 });
  await dialog.getByRole('button', { name: '预览', exact: true }).click();
  const field = dialog.getByLabel('更正第 8 行第 4 列（识别为“83,26”）');
  await expect(field).toHaveValue('83,26');
  await expect(dialog.getByRole('img', { name: '图片中第 8 行第 4 列的原样' })).toBeVisible();
  await expect(dialog.getByText('第 8 行“83,26”（图片识别）：与本列的数字格式不符：请对照图像核对').first()).toBeVisible();
  // Not importable while the cell holds what is no figure.
  await expect(dialog.getByRole('button', { name: '导入', exact: true })).toBeDisabled();
  // Corrected in the grid: the doubt is gone, the figure read as corrected, and the import goes through.
  await field.fill('83.26');
  await field.press('Enter');
  await expect(dialog.locator('.ocr-check')).toHaveCount(0);
  await expect(dialog.getByLabel('粘贴文本')).toHaveValue(/城东街道\t85\.60\t84\.43\t83\.26\t/);
  const rows = await previewTable(dialog);
  expect(rows.find((r) => r[0] === '城东街道')?.slice(3)).toEqual(CATEGORIES.map((_, c) => scoreAt(4, c).toFixed(2)));
  await dialog.getByLabel('期次（年月）').fill('2025-03');
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect(dialog).toBeHidden();
});

test('recognition shows its stage and can be cancelled, leaving the data loaded as it was; once used it works offline', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ locale: 'zh-CN' });
  await context.addInitScript(() => {
    window.localStorage.setItem('taiyuan-sanitation-dashboard:service-worker', 'on');
  });
  const page = await context.newPage();
  await page.goto('./');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const image = await tableImage(browser, false);
  const dialog = await openImportDialog(page);
  await dialog.getByLabel('选择文件').setInputFiles({ name: '截图.png', mimeType: 'image/png', buffer: image });
  await expect(dialog.getByText(/正在加载文字识别模型|正在查找图片中的文字|正在识别文字/).first()).toBeVisible();
  await dialog.getByRole('button', { name: '取消识别' }).click();
  await expect(dialog.getByRole('alert')).toContainText('已取消读取，未添加任何数据');
  await expect(dialog.getByLabel('粘贴文本')).toHaveValue('');
  // Read through once online: the models are kept by the service worker.
  await dialog.getByLabel('选择文件').setInputFiles({ name: '截图.png', mimeType: 'image/png', buffer: image });
  await expect(dialog.getByLabel('粘贴文本')).toHaveValue(/各街道城市管理考核得分/, { timeout: 60_000 });
  await context.setOffline(true);
  await page.reload();
  await waitForApp(page);
  const offline = await openImportDialog(page);
  await offline.getByLabel('选择文件').setInputFiles({ name: '截图.png', mimeType: 'image/png', buffer: image });
  await expect(offline.getByLabel('粘贴文本')).toHaveValue(/各街道城市管理考核得分/, { timeout: 60_000 });
  await expectEveryNameAndScore(offline);
  await context.close();
});

test('an image pasted from the clipboard is read by OCR', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const image = await tableImage(browser, false);
  await page.goto('./');
  const dialog = await openImportDialog(page);
  await dialog.getByLabel('粘贴文本').evaluate((textarea, base64) => {
    const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
    textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, image.toString('base64'));
  await expect(dialog.getByLabel('粘贴文本')).toHaveValue(/各街道城市管理考核得分/, { timeout: 60_000 });
  await expectEveryNameAndScore(dialog);
});

test('a PDF that cannot be opened, a PDF reader that cannot be loaded, and a long PDF each say what happened', async ({
  page,
  browser,
}) => {
  await page.goto('./');
  let dialog = await openImportDialog(page);
  // Damaged: the header of a PDF and nothing a reader can open.
  await dialog
    .getByLabel('选择文件')
    .setInputFiles({ name: '坏.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%garbage') });
  await expect(dialog).toContainText(/这个 PDF 打不开（.+）：它可能已损坏或加了密码/);
  await dialog.getByRole('button', { name: '取消' }).click();

  // Long: the table on the first page, then 59 more pages; the first 50 are read, and that is said.
  const printer = await browser.newPage();
  const filler = Array.from({ length: 59 }, (_, i) => `<p style="break-before: page">附页 ${String(i + 2)}</p>`).join('');
  await printer.setContent(rankingImageHtml().replace('</body>', `${filler}</body>`));
  const pdf = await printer.pdf({ format: 'A4', landscape: true });
  await printer.close();
  dialog = await openImportDialog(page);
  await dialog.getByLabel('选择文件').setInputFiles({ name: '长.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(dialog).toContainText('共 60 页，只读取了前 50 页');
  await expectEveryNameAndScore(dialog);
  await dialog.getByRole('button', { name: '取消' }).click();

  // The reader's code cannot be fetched (offline, or the site updated since): said so, not blamed on the file.
  await page.route(/assets\/pdf.*\.js$/, (route) => route.abort());
  await page.reload();
  dialog = await openImportDialog(page);
  await dialog.getByLabel('选择文件').setInputFiles({ name: '通报.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(dialog).toContainText(/读取 PDF 所需的程序没能载入（.+）：请检查网络后重试/);
});
