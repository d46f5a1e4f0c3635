// A Web Worker that reads big imports off the main thread, so that a 10 MB paste never freezes the page.

import { previewImport, type ImportPreview } from './importText';

export interface ParseRequest {
  text: string;
}

export type ParseMessage = { type: 'progress'; fraction: number } | { type: 'done'; preview: ImportPreview };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage: (message: ParseMessage) => void;
};

scope.onmessage = (event) => {
  const { text } = event.data;
  const preview = previewImport(text, (fraction) => {
    scope.postMessage({ type: 'progress', fraction });
  });
  scope.postMessage({ type: 'done', preview });
};
