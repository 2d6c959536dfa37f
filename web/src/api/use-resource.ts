import { useCallback, useEffect, useState } from 'react';

export type Resource<T> =
  | { state: 'loading' }
  | { state: 'ready'; data: T }
  | { state: 'failed'; error: Error };

/** Loads something when the page opens and when `key` changes; reload() loads it again. */
export function useResource<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Resource<T> & { reload: () => void } {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setResource({ state: 'loading' });
    load(controller.signal).then(
      (data) => controller.signal.aborted || setResource({ state: 'ready', data }),
      (error: unknown) => controller.signal.aborted || setResource({ state: 'failed', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; `key` names what it loads.
  }, [key, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...resource, reload };
}
