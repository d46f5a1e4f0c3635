// The shapes a ranking's map is drawn with: the index of every prefecture's units (public/geo/index.json), the
// prefecture its entities match, and that prefecture's file, each fetched from the app's own files once and kept.

import { useEffect, useState } from 'react';
import { matchPrefecture, type GeoIndex, type PrefectureMatch, type PrefectureShapes } from '../model/mapShapes';

export type MapShapes =
  | { state: 'loading' }
  | { state: 'failed'; retry: () => void }
  | { state: 'none' }
  | { state: 'ready'; match: PrefectureMatch; shapes: PrefectureShapes };

const fetched = new Map<string, Promise<unknown>>();

/** A file of geo/, fetched once; a failed fetch is forgotten, so that trying again fetches again. */
function geoFile(file: string): Promise<unknown> {
  let pending = fetched.get(file);
  if (!pending) {
    pending = fetch(`geo/${file}`).then((response) => {
      if (!response.ok) throw new Error(`geo/${file}: ${String(response.status)}`);
      return response.json() as Promise<unknown>;
    });
    pending.catch(() => fetched.delete(file));
    fetched.set(file, pending);
  }
  return pending;
}

/** The shapes of the prefecture whose units the entities are; 'none' when no prefecture holds them. */
export function useMapShapes(entities: readonly string[]): MapShapes {
  const [attempt, setAttempt] = useState(0);
  // The answer kept with the request it answers: another request shows 'loading' until its own answer comes.
  const request = `${entities.join('\u0000')}\u0001${String(attempt)}`;
  const [answer, setAnswer] = useState<{ request: string; shapes: MapShapes }>();
  useEffect(() => {
    let current = true;
    const names = request.split('\u0001')[0]?.split('\u0000') ?? [];
    const settle = (shapes: MapShapes) => {
      if (current) setAnswer({ request, shapes });
    };
    geoFile('index.json')
      .then(async (index): Promise<MapShapes> => {
        const match = matchPrefecture(index as GeoIndex, names);
        if (!match) return { state: 'none' };
        return { state: 'ready', match, shapes: (await geoFile(match.file)) as PrefectureShapes };
      })
      .then(settle, () => {
        settle({
          state: 'failed',
          retry: () => {
            setAttempt((n) => n + 1);
          },
        });
      });
    return () => {
      current = false;
    };
  }, [request]);
  return answer?.request === request ? answer.shapes : { state: 'loading' };
}
