// Code loaded on demand without React.lazy: a module fetched once and kept, and a hook that draws with it once
// it is here. React holds a Suspense boundary's content back until 300 ms after its fallback showed, so a lazy
// component took at least that long to appear however fast its code arrived; a plain state update does not wait.

import { useEffect, useState } from 'react';

export interface ModuleLoader<T> {
  /** What the module gave, when it has arrived. */
  current: () => T | undefined;
  /** What the module gives, fetched once however often it is asked for; a failed fetch is tried again next time. */
  load: () => Promise<T>;
}

export function moduleLoader<T>(fetchModule: () => Promise<T>): ModuleLoader<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    current: () => value,
    load: () => {
      if (value !== undefined) return Promise.resolve(value);
      pending ??= fetchModule().then(
        (arrived) => {
          value = arrived;
          return arrived;
        },
        (error: unknown) => {
          // Forgotten, so that a retry fetches again (React.lazy keeps a failure: its retry could never succeed).
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
  };
}

/**
 * What the loader's module gives, or undefined while it is on its way (the caller shows a loading note) or when
 * there is no loader (nothing needs the module yet). A failed
 * fetch is thrown where it is drawn, for the nearest error boundary to say; mounting anew (its retry) fetches again.
 */
export function useLoadedModule<T>(loader: ModuleLoader<T> | undefined): T | undefined {
  // The loader last heard from: its arrival draws again; its failure, with the error, is thrown below.
  const [heard, setHeard] = useState<{ loader: ModuleLoader<T>; error?: unknown }>();
  const value = loader?.current();
  const here = value !== undefined;
  useEffect(() => {
    if (!loader || here) return;
    let current = true;
    loader.load().then(
      () => {
        if (current) setHeard({ loader });
      },
      (error: unknown) => {
        if (current) setHeard({ loader, error });
      },
    );
    return () => {
      current = false;
    };
  }, [loader, here]);
  if (loader && heard?.loader === loader && 'error' in heard) throw heard.error;
  return value;
}
