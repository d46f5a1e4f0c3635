// What the import dialog is given to read: a chosen or dropped file (by its bytes: text, HTML, a spreadsheet, a
// Word document, a PDF, or an image read by OCR with progress and cancel), or a paste (a copied web table by its
// cells, an image from the clipboard by OCR). The OCR's doubts are kept with the text they point into.

import { useEffect, useRef, useState, type ClipboardEvent } from 'react';
import { binaryKind } from '../data/sources/fileBytes';
import { holdsHtmlTable } from '../data/sources/htmlTables';
import { cellIndexAt, linesOf } from '../data/sources/ocr/ocrCorrections';
import type { ViewMessageKey } from '../i18n/viewMessages';
import { readImage, type CheckedOcrDoubt, type ImageJob, type OcrProgress } from './imageSource';
import { readerNotLoaded, textOfFile, textOfPastedHtml, type SourceJob, type SourceText } from './importSource';

/** An OCR doubt with the index of its cell in its line (a correction elsewhere on the line does not move it). */
export interface PlacedOcrDoubt extends CheckedOcrDoubt {
  cell: number;
}

export interface ImportSourceHandlers {
  /** The text read, and a note on where it came from (file name, encoding, or OCR). */
  onText: (text: string, note: { name: string; encoding?: string; ocr?: boolean; pages?: { read: number; total: number } }) => void;
  onProblem: (key: ViewMessageKey, params?: Readonly<Record<string, string | number>>) => void;
  /** Names of the periods already loaded: a doubtful OCR name is snapped only to one of them (and said). */
  knownNames: () => readonly string[];
}

const OCR_PROBLEMS = { unreadable: 'importImageUnreadable', models: 'importImageModels', 'no-text': 'importImageNoTable' } as const;

/** An image read by OCR (imageSource.ts): its progress and the doubts of its reading, one image at a time. */
function useImageReading({ onText, onProblem, knownNames }: ImportSourceHandlers) {
  const [ocrProgress, setOcrProgress] = useState<OcrProgress | undefined>();
  const [ocrDoubts, setOcrDoubts] = useState<readonly PlacedOcrDoubt[]>([]);
  const job = useRef<ImageJob | undefined>(undefined);
  useEffect(
    () => () => {
      job.current?.cancel();
    },
    [],
  );
  const readImageBytes = (bytes: Uint8Array, name: string) => {
    job.current?.cancel();
    setOcrProgress({ stage: 'models', done: 0, total: 1 });
    const started = readImage(bytes, knownNames(), setOcrProgress);
    job.current = started;
    void started.promise.then((reading) => {
      if (job.current !== started) return;
      job.current = undefined;
      setOcrProgress(undefined);
      if (!reading.ok) {
        if (reading.reason === 'not-loaded') onProblem('importReaderLoadFailed', { reader: 'OCR', detail: reading.detail });
        else onProblem(reading.reason === 'cancelled' ? 'importCancelled' : OCR_PROBLEMS[reading.reason]);
        return;
      }
      const lines = linesOf(reading.text);
      setOcrDoubts(reading.doubts.map((doubt) => ({ ...doubt, cell: cellIndexAt(lines, doubt.line, doubt.column) })));
      onText(reading.text, { name, ocr: true });
    });
  };
  const clearDoubts = () => {
    setOcrDoubts([]);
  };
  const cancel = () => {
    job.current?.cancel();
  };
  return { ocrProgress, ocrDoubts, clearDoubts, readImageBytes, cancel };
}

export function useImportSource(handlers: ImportSourceHandlers) {
  const { onText, onProblem } = handlers;
  const image = useImageReading(handlers);
  // A file or a pasted page being read (in a worker when big): one at a time, cancelled when the dialog closes.
  const reading = useRef<SourceJob | undefined>(undefined);
  useEffect(
    () => () => {
      reading.current?.cancel();
    },
    [],
  );

  /** Runs a read; its text (or refusal) arrives unless another read has started since, or it was cancelled. */
  const run = (started: SourceJob, name: string, onNone?: () => void) => {
    reading.current?.cancel();
    reading.current = started;
    void started.promise
      .catch((cause: unknown) => readerNotLoaded(name, cause))
      .then((source: SourceText | undefined) => {
        if (reading.current !== started) return;
        reading.current = undefined;
        if (!source) {
          onNone?.();
          return;
        }
        if (!source.ok) {
          onProblem(source.problem, source.params);
          return;
        }
        image.clearDoubts();
        onText(source.text, {
          name,
          ...(source.encoding === 'utf-8' ? {} : { encoding: source.encoding }),
          ...(source.pages ? { pages: source.pages } : {}),
        });
      });
  };

  const readFile = (file: File | undefined) => {
    if (!file) return;
    file.arrayBuffer().then(
      (buffer) => {
        const bytes = new Uint8Array(buffer);
        const kind = binaryKind(bytes);
        if (kind === 'png' || kind === 'jpeg' || kind === 'webp' || kind === 'gif') {
          image.readImageBytes(bytes, file.name);
          return;
        }
        run(textOfFile(bytes, file.name), file.name);
      },
      (cause: unknown) => {
        onProblem('importReadFailed', { detail: String(cause) });
      },
    );
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    // An image on the clipboard (a screenshot of a table) is read by OCR.
    const image = [...event.clipboardData.files].find((file) => file.type.startsWith('image/'));
    if (image && event.clipboardData.getData('text/plain') === '') {
      event.preventDefault();
      readFile(image);
      return;
    }
    // A copied web table carries its cells as HTML: read them as rows instead of the flattened text (the plain
    // text when, read, it holds no table after all).
    const html = event.clipboardData.getData('text/html');
    if (!holdsHtmlTable(html)) return;
    event.preventDefault();
    const plain = event.clipboardData.getData('text/plain');
    run(textOfPastedHtml(html), '', () => {
      onText(plain, { name: '' });
    });
  };

  const cancelOcr = () => {
    image.cancel();
    reading.current?.cancel();
  };
  return { readFile, onPaste, ocrProgress: image.ocrProgress, ocrDoubts: image.ocrDoubts, cancelOcr };
}
