import { useEffect, useRef, useState } from 'react';
import type { AboutResponse, CoachPlanResponse } from '@trailmap/contracts';
import type { PlanContent } from '@trailmap/domain';
import { api, ApiError } from '../../api/client.ts';

/** How long typing must pause before the coach reads the draft. */
export const COACH_DEBOUNCE_MS = 600;
/** While the occupation data loads, ask again this often so title checks switch on by themselves. */
const TITLES_RETRY_MS = 5000;

export type CoachStatus =
  /** Nothing asked yet. */
  | 'idle'
  /** The coach is reading the latest draft. */
  | 'checking'
  | 'ready'
  /** The server could not be reached; the last findings stay. */
  | 'unreachable'
  /** The server would not read this draft (e.g. a field over its limit); the last findings stay. */
  | 'refused';

export type TitleData = AboutResponse['occupationData']['status'] | 'unknown';

export interface CoachState {
  readonly status: CoachStatus;
  /** The last findings, and the content they are about. */
  readonly coaching: CoachPlanResponse | null;
  readonly read: PlanContent | null;
  /** Why titles were not checked, when they were not. */
  readonly titleData: TitleData;
}

/**
 * Asks the server's coach about the draft once typing pauses. A newer draft
 * cancels the request for the older one; failures keep the last findings.
 * Runs beside autosave, never through it: nothing here touches the save.
 */
export function useCoachRequests(content: PlanContent): CoachState {
  const [state, setState] = useState<CoachState>({
    status: 'idle',
    coaching: null,
    read: null,
    titleData: 'unknown',
  });
  const [retry, setRetry] = useState(0);
  const asked = useRef(false);

  useEffect(() => {
    const controller = new AbortController();
    const delay = asked.current ? COACH_DEBOUNCE_MS : 0;
    const timer = window.setTimeout(() => {
      asked.current = true;
      setState((current) => ({ ...current, status: 'checking' }));
      api.coachPlan(content, controller.signal).then(
        (coaching) => {
          setState((current) => ({ ...current, status: 'ready', coaching, read: content }));
          if (!coaching.jobTitlesChecked) void learnTitleData(controller.signal);
          else setState((current) => ({ ...current, titleData: 'ready' }));
        },
        (caught: unknown) => {
          if (controller.signal.aborted) return;
          const unreachable = !(caught instanceof ApiError) || caught.unreachable;
          setState((current) => ({ ...current, status: unreachable ? 'unreachable' : 'refused' }));
        },
      );
    }, delay);

    const learnTitleData = async (signal: AbortSignal) => {
      const titleData = await api.about().then(
        (about) => about.occupationData.status,
        () => 'unknown' as const,
      );
      if (signal.aborted) return;
      setState((current) => ({ ...current, titleData }));
      if (titleData === 'loading')
        window.setTimeout(() => !signal.aborted && setRetry((n) => n + 1), TITLES_RETRY_MS);
    };

    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [content, retry]);

  return state;
}
