// A Web Worker that computes the what-if view's rank ranges off the main thread, in batches as they are found, so that
// a weight moved never waits for them; a newer request stops the one before at its next batch.

import { deliverRankRanges, type RankRange, type StabilityInput } from './weights';

export interface RangesRequest {
  id: number;
  input: StabilityInput;
}

export interface RangesMessage {
  id: number;
  ranges: RankRange[];
  done: boolean;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<RangesRequest>) => void) | null;
  postMessage: (message: RangesMessage) => void;
};

let latest = 0;

scope.onmessage = (event) => {
  const { id, input } = event.data;
  latest = id;
  void deliverRankRanges(
    input,
    (ranges, done) => {
      scope.postMessage({ id, ranges, done });
    },
    () => latest === id,
  );
};
