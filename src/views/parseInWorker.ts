// Runs an import's parse in a Web Worker with progress and cancel; small texts are parsed in place.

import type { ParseMessage } from '../data/parse.worker';
import type { ImportPreview } from '../data/importText';
import { previewAssembler } from '../data/previewTransfer';

/** Above this size a text is not shown in the import box: Chrome lays a huge textarea out again on every change. */
export const DISPLAY_LIMIT = 1_000_000;

export interface ParseJob {
  promise: Promise<ImportPreview>;
  cancel: () => void;
}

export function parseInWorker(text: string, onProgress: (fraction: number) => void): ParseJob {
  const worker = new Worker(new URL('../data/parse.worker.ts', import.meta.url), { type: 'module' });
  let settle: { reject: (reason: Error) => void } | undefined;
  const assembler = previewAssembler();
  const promise = new Promise<ImportPreview>((resolve, reject) => {
    settle = { reject };
    worker.onmessage = (event: MessageEvent<ParseMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.fraction);
      else if (message.type === 'piece') {
        const preview = assembler.add(message.piece);
        if (!preview) return;
        resolve(preview);
        worker.terminate();
      }
    };
    worker.onerror = (event) => {
      reject(new Error(event.message));
      worker.terminate();
    };
  });
  worker.postMessage({ kind: 'preview', text });
  return {
    promise,
    cancel: () => {
      worker.terminate();
      settle?.reject(new Error('cancelled'));
    },
  };
}
