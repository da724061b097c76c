// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../api/client.ts';
import { AI_REQUEST_DEBOUNCE_MS, useDebouncedRequest } from './use-debounced-request.ts';
import type { RequestState } from './use-debounced-request.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

interface Req {
  tasks: string[];
}
type Held = string[];
const merge = (held: Held | null, response: string[]): Held => [...(held ?? []), ...response];

describe('useDebouncedRequest', () => {
  let container: HTMLElement;
  let root: Root;
  let latest: RequestState<Held> & { retry: () => void };
  const send = vi.fn<(request: Req, signal: AbortSignal) => Promise<string[]>>();

  function Probe({ request }: { request: Req | null }) {
    latest = useDebouncedRequest(request, send, merge);
    return null;
  }
  const render = async (request: Req | null) => {
    await act(async () => root.render(<Probe request={request} />));
  };
  const advance = async (ms: number) => {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(ms);
    });
  };

  beforeEach(() => {
    vi.useFakeTimers();
    send.mockReset();
    container = document.createElement('div');
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    vi.useRealTimers();
  });

  it('asks at once the first time, then once per pause in typing, with every task together', async () => {
    send.mockImplementation(async (request) => request.tasks.map((t) => `answer:${t}`));
    await render({ tasks: ['emails'] });
    await advance(0);
    expect(send).toHaveBeenCalledTimes(1);
    expect(latest.status).toBe('ready');

    // Typing a second task, keystroke by keystroke, faster than the pause.
    for (const typed of ['r', 're', 'rep', 'repo', 'report']) {
      await render({ tasks: ['emails', typed] });
      await advance(100);
    }
    expect(send).toHaveBeenCalledTimes(1);
    expect(latest.status).toBe('checking');
    await advance(AI_REQUEST_DEBOUNCE_MS);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]?.[0]).toEqual({ tasks: ['emails', 'report'] });
    expect(latest.held).toEqual(['answer:emails', 'answer:emails', 'answer:report']);
  });

  it('sends nothing again for a request with the same content', async () => {
    send.mockResolvedValue(['a']);
    await render({ tasks: ['emails'] });
    await advance(0);
    await render({ tasks: ['emails'] });
    await advance(AI_REQUEST_DEBOUNCE_MS * 2);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('aborts the older request when a newer one is sent', async () => {
    const signals: AbortSignal[] = [];
    send.mockImplementation(
      (_request, signal) =>
        new Promise((resolve) => {
          signals.push(signal);
          // An aborted fetch may still resolve, with no body (null): it must be ignored.
          setTimeout(() => resolve(signal.aborted ? (null as never) : ['late']), 5_000);
        }),
    );
    await render({ tasks: ['a'] });
    await advance(0);
    await render({ tasks: ['ab'] });
    await advance(AI_REQUEST_DEBOUNCE_MS);
    expect(signals).toHaveLength(2);
    expect(signals[0]?.aborted).toBe(true);
    expect(signals[1]?.aborted).toBe(false);
    await advance(5_000);
    expect(latest.status).toBe('ready');
    expect(latest.held).toEqual(['late']);
  });

  it('keeps the last answers when the server cannot be reached, and tries again on request', async () => {
    send.mockResolvedValueOnce(['first']);
    await render({ tasks: ['emails'] });
    await advance(0);
    send.mockRejectedValueOnce(new ApiError(0, 'network.unreachable', 'cannot be reached'));
    await render({ tasks: ['emails', 'report'] });
    await advance(AI_REQUEST_DEBOUNCE_MS);
    expect(latest.status).toBe('unreachable');
    expect(latest.held).toEqual(['first']);

    send.mockResolvedValueOnce(['second']);
    await act(async () => latest.retry());
    await advance(AI_REQUEST_DEBOUNCE_MS);
    expect(latest.status).toBe('ready');
    expect(latest.held).toEqual(['first', 'second']);
  });

  it('asks again after Retry-After while the data loads, and says when it is not installed', async () => {
    send.mockRejectedValueOnce(
      new ApiError(503, 'ai_exposure.loading', 'still loading', undefined, 3_000),
    );
    await render({ tasks: ['emails'] });
    await advance(0);
    expect(latest.status).toBe('data_loading');
    expect(send).toHaveBeenCalledTimes(1);
    send.mockRejectedValueOnce(new ApiError(503, 'ai_exposure.data_missing', 'not installed'));
    await advance(2_900);
    expect(send).toHaveBeenCalledTimes(1);
    await advance(100);
    await advance(AI_REQUEST_DEBOUNCE_MS);
    expect(send).toHaveBeenCalledTimes(2);
    expect(latest.status).toBe('data_unavailable');
    expect(latest.error?.code).toBe('ai_exposure.data_missing');
    // Not installed: no retry by itself.
    await advance(10_000);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('goes idle with nothing to ask, keeping what it holds', async () => {
    send.mockResolvedValue(['a']);
    await render({ tasks: ['emails'] });
    await advance(0);
    await render(null);
    expect(latest.status).toBe('idle');
    expect(latest.held).toEqual(['a']);
    await advance(AI_REQUEST_DEBOUNCE_MS);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
