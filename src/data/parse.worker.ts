// A Web Worker that reads big imports off the main thread, so that a 10 MB paste never freezes the page: a text for
// the import preview (with progress), or the imports kept in this browser, read again at start-up.

import { importText, previewImport, type ImportResult } from './importText';
import { previewPieces, type PreviewPiece } from './previewTransfer';

export type ParseRequest = { kind: 'preview'; text: string } | { kind: 'stored'; items: { text: string; reading?: unknown }[] };

export type ParseMessage =
  { type: 'progress'; fraction: number } | { type: 'piece'; piece: PreviewPiece } | { type: 'stored'; results: ImportResult[] };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage: (message: ParseMessage) => void;
};

scope.onmessage = (event) => {
  const request = event.data;
  if (request.kind === 'stored') {
    scope.postMessage({ type: 'stored', results: request.items.map((item) => importText(item.text, item.reading)) });
    return;
  }
  const preview = previewImport(request.text, (fraction) => {
    scope.postMessage({ type: 'progress', fraction });
  });
  // In pieces: copied whole, a preview of 50,000 scores held the page's main thread for a quarter of a second.
  for (const piece of previewPieces(preview)) scope.postMessage({ type: 'piece', piece });
};
