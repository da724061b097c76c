// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmptyPlanContent } from '@trailmap/domain';
import type { Plan } from '@trailmap/domain';
import { api, ApiError } from '../../api/client.ts';
import { SAVE_DEBOUNCE_MS, startAutosave } from './autosave-machine.ts';
import type { Draft } from './autosave-machine.ts';
import { createDraftStore } from './local-drafts.ts';
import type { DraftStore } from './local-drafts.ts';
import { LOCAL_COPY_EVERY_MS, useAutosave } from './use-autosave.ts';

vi.mock('../../api/client.ts', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  api: { savePlan: vi.fn() },
}));
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const planAt = (version: number, knownFor = ''): Plan => ({
  id: 'p1',
  ownerId: 'local',
  title: 'Main',
  version,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  content: { ...createEmptyPlanContent(), knownFor },
});
const draft = (knownFor: string): Draft => ({
  title: 'Main',
  content: { ...createEmptyPlanContent(), knownFor },
});

type Autosave = ReturnType<typeof useAutosave>;

describe('useAutosave', () => {
  let container: HTMLElement;
  let root: Root;
  let latest: Autosave;
  const savePlan = vi.mocked(api.savePlan);
  const localStore = createDraftStore(window.localStorage);
  let writes = 0;
  const store: DraftStore = {
    read: (planId) => localStore.read(planId),
    write: (planId, stored) => {
      if (stored) writes += 1;
      localStore.write(planId, stored);
    },
  };

  function Probe() {
    latest = useAutosave(startAutosave(planAt(1)), store);
    return null;
  }
  const advance = async (ms: number) => {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(ms);
    });
  };

  beforeEach(() => {
    vi.useFakeTimers();
    window.localStorage.clear();
    writes = 0;
    container = document.createElement('div');
    root = createRoot(container);
    act(() => root.render(<Probe />));
  });
  afterEach(() => {
    act(() => root.unmount());
    vi.useRealTimers();
    vi.resetAllMocks();
  });

  it('saves once after typing pauses, on top of the version the edit was made on', async () => {
    savePlan.mockResolvedValue(planAt(2, 'abc'));
    act(() => latest.edit(draft('a')));
    await advance(SAVE_DEBOUNCE_MS / 2);
    act(() => latest.edit(draft('abc')));
    await advance(SAVE_DEBOUNCE_MS / 2);
    expect(savePlan).not.toHaveBeenCalled();
    expect(store.read('p1')?.draft).toEqual(draft('abc'));
    await advance(SAVE_DEBOUNCE_MS);
    expect(savePlan).toHaveBeenCalledTimes(1);
    expect(savePlan).toHaveBeenCalledWith('p1', draft('abc'), 1);
    expect(latest.state.status).toBe('saved');
    // Confirmed by the server: the local copy is no longer needed.
    expect(store.read('p1')).toBeNull();
  });

  it('retries an unreachable server with back-off and keeps the local copy meanwhile', async () => {
    savePlan
      .mockRejectedValueOnce(new ApiError(0, 'network.unreachable', 'down'))
      .mockRejectedValueOnce(new ApiError(0, 'network.unreachable', 'down'))
      .mockResolvedValueOnce(planAt(2, 'kept'));
    act(() => latest.edit(draft('kept')));
    await advance(SAVE_DEBOUNCE_MS);
    expect(latest.state.status).toBe('offline');
    expect(store.read('p1')?.draft).toEqual(draft('kept'));
    await advance(999);
    expect(savePlan).toHaveBeenCalledTimes(1);
    await advance(1);
    expect(savePlan).toHaveBeenCalledTimes(2);
    expect(latest.state.retryInMs).toBe(2000);
    await advance(2000);
    expect(savePlan).toHaveBeenCalledTimes(3);
    expect(latest.state.status).toBe('saved');
    expect(store.read('p1')).toBeNull();
  });

  it('stops sending on a conflict and keeps the edit for the person to settle', async () => {
    const theirs = planAt(5, 'theirs');
    savePlan.mockRejectedValue(
      new ApiError(412, 'plan.version_mismatch', 'changed', { current: theirs }),
    );
    act(() => latest.edit(draft('mine')));
    await advance(SAVE_DEBOUNCE_MS);
    expect(latest.state.status).toBe('conflict');
    expect(latest.state.theirs?.version).toBe(5);
    await advance(60_000);
    expect(savePlan).toHaveBeenCalledTimes(1);
    expect(store.read('p1')?.draft).toEqual(draft('mine'));
  });

  it('saveNow sends at once and answers whether the server holds everything', async () => {
    savePlan.mockResolvedValue(planAt(2, 'now'));
    act(() => latest.edit(draft('now')));
    let saving: Promise<boolean> | undefined;
    act(() => {
      saving = latest.saveNow();
    });
    // No debounce: the save went out at once.
    await advance(0);
    expect(await saving).toBe(true);
    expect(savePlan).toHaveBeenCalledTimes(1);
  });

  it('writes the local copy before a save is sent', async () => {
    let heldWhenSent: Draft | undefined;
    savePlan.mockImplementation(() => {
      heldWhenSent = store.read('p1')?.draft;
      return Promise.resolve(planAt(2, 'sent'));
    });
    act(() => latest.edit(draft('sent')));
    // Sent at once, before the local copy's own timer came due.
    act(() => void latest.saveNow());
    await advance(0);
    expect(savePlan).toHaveBeenCalledTimes(1);
    expect(heldWhenSent).toEqual(draft('sent'));
  });

  it('writes the local copy a moment after typing, not on every keystroke', async () => {
    const typed = 'every word';
    for (let i = 1; i <= typed.length; i += 1) {
      act(() => latest.edit(draft(typed.slice(0, i))));
      await advance(30);
    }
    // Ten keys in 300 ms: one write, of the newest words once the last key is in.
    expect(writes).toBeLessThanOrEqual(2);
    await advance(LOCAL_COPY_EVERY_MS);
    expect(store.read('p1')?.draft).toEqual(draft(typed));
    expect(savePlan).not.toHaveBeenCalled();
  });

  it('writes the local copy at once when the page is hidden or left', () => {
    // Hiding the page also sends; that save stays on its way here.
    savePlan.mockReturnValue(new Promise(() => undefined));
    act(() => latest.edit(draft('before a reload')));
    expect(store.read('p1')).toBeNull();
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(store.read('p1')?.draft).toEqual(draft('before a reload'));

    act(() => latest.edit(draft('before the tab is hidden')));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    expect(store.read('p1')?.draft).toEqual(draft('before the tab is hidden'));

    act(() => latest.edit(draft('before leaving the plan')));
    act(() => root.unmount());
    expect(store.read('p1')?.draft).toEqual(draft('before leaving the plan'));
    // afterEach unmounts again: give it a root to unmount.
    root = createRoot(container);
  });
});
