// What a chosen file or a paste gives the import: text, or a refusal worded by what it was. A PDF is read here, by
// the positions of its text (pdf.js, loaded only then, in its own worker); every other file, and a pasted web
// table, by src/data/sources/fileText.ts, in a worker past a small size, so that no file freezes the page.

import { OFF_THREAD_SIZE } from '../data/offThread';
import { binaryKind } from '../data/sources/fileBytes';
import type { FileReadRequest } from '../data/sources/file.worker';
import { htmlTablesAsText } from '../data/sources/htmlTables';
import { readerNotLoaded, reasonOf, textOfBytes, textOfHtml, type SourceText } from '../data/sources/fileText';

export type { SourceText } from '../data/sources/fileText';
export { readerNotLoaded };

/** A PDF's tables from the positions of its text (pdf.js, loaded only now), or its refusal with its reason. */
async function textOfPdf(bytes: Uint8Array): Promise<SourceText> {
  let modules;
  try {
    const [source, reader] = await Promise.all([import('./pdfSource'), import('../data/sources/pdfText')]);
    await source.loadPdfReader();
    modules = { ...source, ...reader };
  } catch (cause) {
    return readerNotLoaded('PDF', cause);
  }
  try {
    const { pages, total } = await modules.pdfTextItems(bytes);
    const tables = modules.pdfPagesToTables(pages);
    const read = total > pages.length ? { pages: { read: pages.length, total } } : {};
    if (tables.length > 0) return { ok: true, text: htmlTablesAsText(tables), encoding: 'utf-8', ...read };
    // No text at all, or none in rows: a scan (an image of a page) or a page with no table.
    return { ok: false, problem: 'importPdfNoTable', params: {} };
  } catch (cause) {
    return { ok: false, problem: 'importPdfUnreadable', params: { detail: reasonOf(cause) } };
  }
}

/** A read that can be cancelled (the dialog closed, another file chosen). */
export interface SourceJob {
  promise: Promise<SourceText | undefined>;
  cancel: () => void;
}

/** Reads bytes in the file worker; cancel ends it at once. `reader` names what reads them, should the worker fail. */
function inWorker(request: FileReadRequest, reader: string): SourceJob {
  const worker = new Worker(new URL('../data/sources/file.worker.ts', import.meta.url), { type: 'module' });
  let settle: (source: SourceText | undefined) => void = () => undefined;
  const promise = new Promise<SourceText | undefined>((resolve) => {
    settle = resolve;
  });
  worker.onmessage = (event: MessageEvent<SourceText | null>) => {
    settle(event.data ?? undefined);
    worker.terminate();
  };
  // The worker's code could not be fetched, or failed: the reader's fault, not the file's; trying again may work.
  worker.onerror = (event) => {
    settle(readerNotLoaded(reader, event.message || 'worker'));
    worker.terminate();
  };
  worker.postMessage(request, [request.bytes.buffer]);
  return {
    promise,
    cancel: () => {
      worker.terminate();
      settle(undefined);
    },
  };
}

/** A file's text by its bytes, not its name: a PDF here, anything else by fileText.ts (off the main thread when big). */
export function textOfFile(bytes: Uint8Array, name: string): SourceJob {
  const kind = binaryKind(bytes);
  if (kind === 'pdf') return { promise: textOfPdf(bytes), cancel: () => undefined };
  // A zip (.xlsx, .ods, .docx) is read in the worker whatever its size: a small one can unpack to a great deal.
  const zip = kind === 'xlsx' || kind === 'ods' || kind === 'docx';
  if (bytes.length <= OFF_THREAD_SIZE && !zip) return { promise: textOfBytes(bytes, name), cancel: () => undefined };
  return inWorker({ kind: 'file', bytes: bytes.slice(), name }, kind === undefined ? name : kind.toUpperCase());
}

/** A pasted web page's tables as text (undefined: none), off the main thread when big. */
export function textOfPastedHtml(html: string): SourceJob {
  if (html.length <= OFF_THREAD_SIZE) return { promise: Promise.resolve(textOfHtml(html)), cancel: () => undefined };
  return inWorker({ kind: 'html', bytes: new TextEncoder().encode(html), name: '' }, 'HTML');
}
