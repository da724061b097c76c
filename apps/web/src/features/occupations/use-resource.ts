import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client.ts';

/** What a screen knows about data it asked the server for. */
export type Resource<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly data: T }
  | { readonly status: 'error'; readonly error: ApiError };

const asApiError = (error: unknown): ApiError =>
  error instanceof ApiError
    ? error
    : new ApiError(0, 'client.error', error instanceof Error ? error.message : String(error));

/**
 * Loads `load()` whenever `key` changes; null means "nothing to load". A
 * stale answer (the key moved on while it was in flight) is ignored.
 */
export function useResource<T>(key: string | null, load: () => Promise<T>): Resource<T> {
  const [state, setState] = useState<{ key: string | null; resource: Resource<T> }>({
    key: null,
    resource: { status: 'idle' },
  });
  useEffect(() => {
    if (key === null) return;
    let current = true;
    setState({ key, resource: { status: 'loading' } });
    load().then(
      (data) => current && setState({ key, resource: { status: 'ready', data } }),
      (error: unknown) =>
        current && setState({ key, resource: { status: 'error', error: asApiError(error) } }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; the key says when it asks for something new.
  }, [key]);
  if (key === null) return { status: 'idle' };
  return state.key === key ? state.resource : { status: 'loading' };
}

/** `value`, once it has stopped changing for `delay` ms. */
export function useDebounced<T>(value: T, delay = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
