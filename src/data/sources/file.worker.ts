// A Web Worker that reads a big file or pasted web page (fileText.ts) off the main thread: however its cells span or
// nest, the page that asked stays responsive and can cancel by ending the worker.

import { readerNotLoaded, textOfBytes, textOfHtml, type SourceText } from './fileText';

export interface FileReadRequest {
  kind: 'file' | 'html';
  bytes: Uint8Array<ArrayBuffer>;
  name: string;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<FileReadRequest>) => void) | null;
  postMessage: (message: SourceText | null) => void;
};

scope.onmessage = (event) => {
  const { kind, bytes, name } = event.data;
  // null: a pasted page with no table (the paste goes on as plain text).
  const read: Promise<SourceText | undefined> =
    kind === 'html' ? Promise.resolve(textOfHtml(new TextDecoder().decode(bytes))) : textOfBytes(bytes, name);
  // A failure is said too: a worker that never answers leaves the reader waiting for ever.
  read.then(
    (source) => {
      scope.postMessage(source ?? null);
    },
    (cause: unknown) => {
      scope.postMessage(readerNotLoaded(kind === 'html' ? 'HTML' : name, cause));
    },
  );
};
