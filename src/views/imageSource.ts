// Reads an image of a table with the OCR worker (src/data/sources/ocr/ocr.worker.ts): progress by stage, cancel at
// any point. One worker serves every image while the page lives, so the models load once; cancel ends it.

import type { OcrMessage, OcrRequest, OcrStage } from '../data/sources/ocr/ocr.worker';
import type { OcrDoubt } from '../data/sources/ocr/ocrReading';

/** A doubt of the OCR with the image crop it was read from (a PNG data URL). */
export interface CheckedOcrDoubt extends OcrDoubt {
  crop: string;
}

export type ImageReading =
  | { ok: true; text: string; doubts: CheckedOcrDoubt[]; milliseconds: Record<OcrStage, number> }
  | { ok: false; reason: 'unreadable' | 'models' | 'no-text' | 'cancelled' | 'not-loaded'; detail: string };

export interface ImageJob {
  promise: Promise<ImageReading>;
  cancel: () => void;
}

export interface OcrProgress {
  stage: OcrStage;
  done: number;
  total: number;
}

let worker: Worker | undefined;

/** Reads the image's table; the runtime and models come from the app's own `ocr/` folder. */
export function readImage(bytes: Uint8Array, knownNames: readonly string[], onProgress: (progress: OcrProgress) => void): ImageJob {
  worker ??= new Worker(new URL('../data/sources/ocr/ocr.worker.ts', import.meta.url), { type: 'module' });
  const current = worker;
  let finish: (reading: ImageReading) => void = () => undefined;
  const promise = new Promise<ImageReading>((resolve) => {
    finish = resolve;
  });
  current.onmessage = (event: MessageEvent<OcrMessage>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message);
    else if (message.type === 'failed') finish({ ok: false, reason: message.reason, detail: message.detail });
    else
      finish({
        ok: true,
        text: message.reading.text,
        doubts: message.reading.doubts.map((doubt, i) => ({ ...doubt, crop: message.crops[i] ?? '' })),
        milliseconds: message.milliseconds,
      });
  };
  // The worker's code could not be fetched (offline, or the site updated since), or it failed: not the image's fault.
  // The next image starts a new worker, so trying again can work.
  current.onerror = (event) => {
    current.terminate();
    if (worker === current) worker = undefined;
    finish({ ok: false, reason: 'not-loaded', detail: event.message || 'OCR worker' });
  };
  const buffer = bytes.slice().buffer;
  const request: OcrRequest = { bytes: buffer, assets: new URL('ocr/', document.baseURI).href, knownNames: [...knownNames] };
  current.postMessage(request, [buffer]);
  return {
    promise,
    cancel: () => {
      current.terminate();
      if (worker === current) worker = undefined;
      finish({ ok: false, reason: 'cancelled', detail: '' });
    },
  };
}
