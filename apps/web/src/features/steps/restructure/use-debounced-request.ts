import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../api/client.ts';

/** How long typing must pause before the ledger is matched again (as the coach, 600 ms). */
export const AI_REQUEST_DEBOUNCE_MS = 600;
/** When the server says the data is loading without saying when to ask again. */
const DEFAULT_RETRY_MS = 2_000;

export type RequestStatus =
  /** Nothing to ask (no occupation, no named task). */
  | 'idle'
  /** A request is waiting for typing to pause, or on its way. */
  | 'checking'
  | 'ready'
  /** The data is still loading on the server; asked again after Retry-After. */
  | 'data_loading'
  /** The data is not installed or unreadable (503): the notice says how to add it. */
  | 'data_unavailable'
  /** The server could not be reached; the last answer stays. */
  | 'unreachable'
  /** The server refused the request (e.g. an unknown occupation); the last answer stays. */
  | 'refused';

export interface RequestState<Held> {
  readonly status: RequestStatus;
  /** Every answer so far, folded together; kept whatever happens to later requests. */
  readonly held: Held | null;
  readonly error: ApiError | null;
}

const asApiError = (caught: unknown) =>
  caught instanceof ApiError
    ? caught
    : new ApiError(0, 'client.error', caught instanceof Error ? caught.message : String(caught));

const isLoading = (error: ApiError) => error.code.endsWith('.loading');

function statusOf(error: ApiError): RequestStatus {
  if (error.unreachable) return 'unreachable';
  if (isLoading(error)) return 'data_loading';
  if (error.status === 503) return 'data_unavailable';
  return 'refused';
}

/**
 * Sends `request` once it has stood still for `delay` ms (the first one at
 * once), one request at a time: a newer request aborts the older one. Each
 * answer is folded into what is held by `merge`; a failure keeps what is held
 * and says why. While the server's data loads, asks again after Retry-After.
 * `request` is compared by its JSON, so a re-render with equal content sends
 * nothing.
 */
export function useDebouncedRequest<Req, Res, Held>(
  request: Req | null,
  send: (request: Req, signal: AbortSignal) => Promise<Res>,
  merge: (held: Held | null, response: Res) => Held,
  delay = AI_REQUEST_DEBOUNCE_MS,
): RequestState<Held> & { readonly retry: () => void } {
  const key = request === null ? null : JSON.stringify(request);
  const [state, setState] = useState<RequestState<Held>>({
    status: 'idle',
    held: null,
    error: null,
  });
  const [attempt, setAttempt] = useState(0);
  const asked = useRef(false);
  const latest = useRef({ request, send, merge });
  latest.current = { request, send, merge };

  useEffect(() => {
    const { request: body, send: post } = latest.current;
    if (key === null || body === null) {
      setState((current) =>
        current.status === 'idle' ? current : { ...current, status: 'idle', error: null },
      );
      return;
    }
    const controller = new AbortController();
    let retryTimer: number | undefined;
    setState((current) =>
      current.status === 'checking' ? current : { ...current, status: 'checking' },
    );
    const timer = window.setTimeout(
      () => {
        asked.current = true;
        post(body, controller.signal).then(
          (response) => {
            // An answer whose body was cut short by the abort is no answer.
            if (controller.signal.aborted) return;
            setState((current) => ({
              status: 'ready',
              held: latest.current.merge(current.held, response),
              error: null,
            }));
          },
          (caught: unknown) => {
            if (controller.signal.aborted) return;
            const error = asApiError(caught);
            const status = statusOf(error);
            setState((current) => ({ ...current, status, error }));
            if (status === 'data_loading')
              retryTimer = window.setTimeout(
                () => setAttempt((n) => n + 1),
                error.retryAfterMs ?? DEFAULT_RETRY_MS,
              );
          },
        );
      },
      asked.current ? delay : 0,
    );
    return () => {
      window.clearTimeout(timer);
      window.clearTimeout(retryTimer);
      controller.abort();
    };
  }, [key, attempt, delay]);

  return { ...state, retry: () => setAttempt((n) => n + 1) };
}
