// A PDF's text items by page, read with pdf.js (loaded only when a PDF is chosen, its worker and CJK character maps
// served from the app's own files, no eval), handed to the data layer's reader of positions (src/data/sources/pdfText.ts).

import type { PdfTextItem } from '../data/sources/pdfText';

/** Pages at most: a ranking is a page or two; a long report is read up to this many. */
const MAX_PAGES = 50;

/** pdf.js and its worker's address, loaded once asked for; throws when the app's own files cannot be fetched. */
export function loadPdfReader() {
  return Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
}

/**
 * The text items of each page read (the first MAX_PAGES) with their positions, and how many pages the file has;
 * throws when pdf.js cannot open the file.
 */
export async function pdfTextItems(bytes: Uint8Array): Promise<{ pages: PdfTextItem[][]; total: number }> {
  const [pdfjs, worker] = await loadPdfReader();
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const document = await pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    // The CJK character maps, served with the app (fetched only for a PDF whose font needs one).
    cMapUrl: new URL('pdfjs-cmaps/', window.document.baseURI).href,
    cMapPacked: true,
  }).promise;
  const pages: PdfTextItem[][] = [];
  try {
    for (let number = 1; number <= Math.min(document.numPages, MAX_PAGES); number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [, , , scaleY = 0, x = 0, y = 0] = item.transform as number[];
        items.push({ text: item.str, x, y, width: item.width, height: item.height || Math.abs(scaleY) });
      }
      pages.push(items);
    }
  } finally {
    await document.destroy();
  }
  return { pages, total: document.numPages };
}
