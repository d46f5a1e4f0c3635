// The what-if view's rank ranges, computed in a worker (src/model/rankRanges.worker.ts) and shown as they arrive: a
// weight moved re-ranks at once, and the ranges for the new weights replace the old ones batch by batch.

import { useEffect, useRef, useState } from 'react';
import type { RangesMessage, RangesRequest } from '../model/rankRanges.worker';
import { deliverRankRanges, type RankRange, type StabilityInput } from '../model/weights';

export interface RankRangesState {
  /** The ranges found so far for the current weights, by district. */
  ranges: ReadonlyMap<string, RankRange>;
  /** Every district's range is in. */
  done: boolean;
}

const EMPTY: RankRangesState = { ranges: new Map(), done: false };

/** A worker for the ranges, or undefined where none can start (then they are computed on the page, in slices). */
function startWorker(): Worker | undefined {
  try {
    return typeof Worker === 'undefined'
      ? undefined
      : new Worker(new URL('../model/rankRanges.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}

export function useRankRanges(input: StabilityInput | undefined): RankRangesState {
  const [state, setState] = useState<{ input: StabilityInput | undefined; ranges: RankRangesState }>({ input, ranges: EMPTY });
  const worker = useRef<{ worker: Worker | undefined; id: number } | undefined>(undefined);
  useEffect(
    () => () => {
      worker.current?.worker?.terminate();
      worker.current = undefined;
    },
    [],
  );
  useEffect(() => {
    if (!input) return;
    worker.current ??= { worker: startWorker(), id: 0 };
    const runner = worker.current;
    const id = ++runner.id;
    // Each batch joins those before it for the same weights (until the first, the hook shows none: see its return);
    // a batch for weights since moved is dropped.
    const take = (ranges: readonly RankRange[], done: boolean) => {
      if (runner.id !== id) return;
      setState((previous) => {
        const map = new Map(previous.input === input ? previous.ranges.ranges : []);
        for (const range of ranges) map.set(range.district, range);
        return { input, ranges: { ranges: map, done } };
      });
    };
    if (runner.worker) {
      const onMessage = (event: MessageEvent<RangesMessage>) => {
        if (event.data.id === id) take(event.data.ranges, event.data.done);
      };
      // A worker that fails (its script could not load) leaves the ranges to the page.
      const onError = () => {
        runner.worker?.terminate();
        runner.worker = undefined;
        void deliverRankRanges(input, take, () => runner.id === id);
      };
      runner.worker.addEventListener('message', onMessage);
      runner.worker.addEventListener('error', onError);
      runner.worker.postMessage({ id, input } satisfies RangesRequest);
      return () => {
        runner.worker?.removeEventListener('message', onMessage);
        runner.worker?.removeEventListener('error', onError);
      };
    }
    void deliverRankRanges(input, take, () => runner.id === id);
    return undefined;
  }, [input]);
  return state.input === input ? state.ranges : EMPTY;
}
