// The import's read as a job: in place for a small text, in a Web Worker with progress for a big one, and
// cancelled when the user asks or the dialog closes (the dialog unmounts on close, so on unmount too).

import { startTransition, useEffect, useRef, useState } from 'react';
import { previewImport, type ImportPreview } from '../data/importText';
import { OFF_THREAD_SIZE } from '../data/offThread';
import { parseInWorker, type ParseJob } from './parseInWorker';

export type ImportJobFailure = { cancelled: true } | { cancelled: false; detail: string };

export interface ImportJob {
  /** Share of a worker read done (0–1); undefined: no read running. */
  progress: number | undefined;
  /** Reads the text; `onFail` is told whether the read was cancelled, or else what went wrong. */
  start: (text: string, onDone: (preview: ImportPreview) => void, onFail: (failure: ImportJobFailure) => void) => void;
  cancel: () => void;
}

export function useImportJob(): ImportJob {
  const [progress, setProgress] = useState<number | undefined>();
  const job = useRef<ParseJob | undefined>(undefined);

  useEffect(
    () => () => {
      job.current?.cancel();
    },
    [],
  );

  const start: ImportJob['start'] = (text, onDone, onFail) => {
    if (text.length <= OFF_THREAD_SIZE) {
      onDone(previewImport(text));
      return;
    }
    setProgress(0);
    const started = parseInWorker(text, setProgress);
    job.current = started;
    started.promise.then(
      (preview) => {
        job.current = undefined;
        setProgress(undefined);
        // A big reading is drawn as a transition: React yields between its parts, so drawing it blocks no input.
        startTransition(() => {
          onDone(preview);
        });
      },
      (cause: unknown) => {
        job.current = undefined;
        setProgress(undefined);
        onFail(cause instanceof Error && cause.message === 'cancelled' ? { cancelled: true } : { cancelled: false, detail: String(cause) });
      },
    );
  };
  const cancel = () => {
    job.current?.cancel();
  };
  return { progress, start, cancel };
}
