// The benchmark's file readers: how long the built app takes, in Chromium, from a file chosen in the import dialog
// to its table's text in the box: a PDF (the invented 8 × 6 table printed by Chromium), an image of the same table
// read by OCR (the first use in a fresh browser, which loads the models, and a later image, which does not), and,
// as the same run's baseline, the same table as a Word document (the lightest file reader).

import { createServer as createViteServer } from 'vite';

/**
 * `contextOptions` is the benchmark's browser (run.mjs); `serveDist` serves the build; `short` makes one run of each
 * instead of three. Returns milliseconds (medians) and
 * each reader's ratio to the Word baseline.
 */
export async function benchReaders({ browser, contextOptions, root, serveDist, short, median, round }) {
  const vite = await createViteServer({ root, server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
  let support;
  try {
    support = await vite.ssrLoadModule('/tests/support/rankingWorkbook.ts');
  } finally {
    await vite.close();
  }
  const { zipSync, strToU8 } = await import('fflate');
  const docx = Buffer.from(
    zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(support.rankingDocumentXml()) }),
  );
  const printer = await browser.newPage();
  await printer.setContent(support.rankingPageHtml());
  const pdf = await printer.pdf({ format: 'A4' });
  await printer.setViewportSize({ width: 640, height: 420 });
  await printer.setContent(support.rankingImageHtml());
  const png = await printer.screenshot({ type: 'png' });
  await printer.close();

  const server = await serveDist({});
  /** Chooses each file in turn in one page's import dialog; the time from choosing to the text in the box. */
  const readAll = async (files) => {
    const context = await browser.newContext(contextOptions);
    const page = await context.newPage();
    try {
      await page.goto(`${server.origin}/`);
      await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
      await page.getByRole('button', { name: '导入数据' }).click();
      const dialog = page.getByRole('dialog', { name: '导入一期数据' });
      const box = dialog.getByLabel('粘贴文本');
      const times = [];
      for (const file of files) {
        await box.fill('');
        const started = performance.now();
        await dialog.getByLabel('选择文件').setInputFiles(file);
        await page.waitForFunction((element) => element.value.includes('城北街道'), await box.elementHandle(), { timeout: 120_000 });
        times.push(performance.now() - started);
      }
      return times;
    } finally {
      await context.close();
    }
  };
  const runs = short ? 1 : 3;
  const word = [];
  const pdfs = [];
  const firstImage = [];
  const laterImage = [];
  try {
    for (let i = 0; i < runs; i++) {
      const [w, p] = await readAll([
        { name: 'ranking.docx', mimeType: 'application/octet-stream', buffer: docx },
        { name: 'ranking.pdf', mimeType: 'application/pdf', buffer: pdf },
      ]);
      word.push(w);
      pdfs.push(p);
      // A fresh browser context: the first image loads the runtime and models, the second finds them loaded.
      const [first, later] = await readAll([
        { name: 'table.png', mimeType: 'image/png', buffer: png },
        { name: 'table.png', mimeType: 'image/png', buffer: png },
      ]);
      firstImage.push(first);
      laterImage.push(later);
    }
  } finally {
    await server.close();
  }
  const wordMs = median(word);
  const imageMs = median(laterImage);
  return {
    runs,
    wordMs: round(wordMs),
    pdfMs: round(median(pdfs)),
    pdfRatioToWord: round(median(pdfs) / wordMs),
    imageMs: round(imageMs),
    imageRatioToWord: round(imageMs / wordMs),
    imageFirstUseMs: round(median(firstImage)),
    // What the first use adds: fetching and compiling the runtime and models.
    modelLoadMs: round(median(firstImage) - imageMs),
  };
}
