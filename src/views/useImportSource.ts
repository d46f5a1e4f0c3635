// What the import dialog is given to read: a chosen or dropped file (by its bytes: text, HTML, a spreadsheet, a
// Word document, a PDF, or an image read by OCR with progress and cancel), or a paste (a copied web table by its
// cells, an image from the clipboard by OCR). The OCR's doubts are kept with the text they point into.

import { useEffect, useRef, useState, type ClipboardEvent } from 'react';
import { binaryKind } from '../data/sources/fileBytes';
import { holdsHtmlTable } from '../data/sources/htmlTables';
import { cellIndexAt } from '../data/sources/ocr/ocrCorrections';
import type { ViewMessageKey } from '../i18n/viewMessages';
import { readImage, type CheckedOcrDoubt, type ImageJob, type OcrProgress } from './imageSource';
import { textOfFile, textOfHtml } from './importSource';

/** An OCR doubt with the index of its cell in its line (a correction elsewhere on the line does not move it). */
export interface PlacedOcrDoubt extends CheckedOcrDoubt {
  cell: number;
}

export interface ImportSourceHandlers {
  /** The text read, and a note on where it came from (file name, encoding, or OCR). */
  onText: (text: string, note: { name: string; encoding?: string; ocr?: boolean }) => void;
  onProblem: (key: ViewMessageKey, params?: Readonly<Record<string, string | number>>) => void;
  /** Names of the periods already loaded: a doubtful OCR name is snapped only to one of them (and said). */
  knownNames: () => readonly string[];
}

const OCR_PROBLEMS = { unreadable: 'importImageUnreadable', models: 'importImageModels', 'no-text': 'importImageNoTable' } as const;

export function useImportSource({ onText, onProblem, knownNames }: ImportSourceHandlers) {
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
        onProblem(reading.reason === 'cancelled' ? 'importCancelled' : OCR_PROBLEMS[reading.reason]);
        return;
      }
      setOcrDoubts(reading.doubts.map((doubt) => ({ ...doubt, cell: cellIndexAt(reading.text, doubt.line, doubt.column) })));
      onText(reading.text, { name, ocr: true });
    });
  };

  const readFile = (file: File | undefined) => {
    if (!file) return;
    file.arrayBuffer().then(
      (buffer) => {
        const bytes = new Uint8Array(buffer);
        const kind = binaryKind(bytes);
        if (kind === 'png' || kind === 'jpeg' || kind === 'webp' || kind === 'gif') {
          readImageBytes(bytes, file.name);
          return;
        }
        void textOfFile(bytes, file.name).then((source) => {
          if (!source.ok) {
            onProblem(source.problem, source.params);
            return;
          }
          setOcrDoubts([]);
          onText(source.text, { name: file.name, ...(source.encoding === 'utf-8' ? {} : { encoding: source.encoding }) });
        });
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
    // A copied web table carries its cells as HTML: read them as rows instead of the flattened text.
    const html = event.clipboardData.getData('text/html');
    const source = holdsHtmlTable(html) ? textOfHtml(html) : undefined;
    if (!source) return;
    event.preventDefault();
    if (!source.ok) {
      onProblem(source.problem, source.params);
      return;
    }
    setOcrDoubts([]);
    onText(source.text, { name: '' });
  };

  const cancelOcr = () => {
    job.current?.cancel();
  };
  return { readFile, onPaste, ocrProgress, ocrDoubts, cancelOcr };
}
