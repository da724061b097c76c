import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { OccupationAiExposure } from '@trailmap/contracts';
import { api } from '../../api/client.ts';
import { useResource, type Resource } from '../occupations/use-resource.ts';
import { ExposureBatcher, LOADING_RETRIES, type ExposureState } from './exposure-batcher.ts';

/** One batcher for the app: figures fetched on one screen are there on the next. */
const appBatcher = new ExposureBatcher({
  fetchBatch: (codes) => api.occupationsAiExposure({ codes }),
});

/** Tests (and nothing else) give a screen a batcher of its own. */
export const ExposureBatcherContext = createContext<ExposureBatcher>(appBatcher);

const LOADING: ExposureState = { status: 'loading' };

/** The distinct codes, in a stable order; empty and missing ones left out. */
export const codesOf = (codes: readonly (string | null | undefined)[]): string[] =>
  [...new Set(codes.filter((c): c is string => typeof c === 'string' && c.trim() !== ''))].sort();

/**
 * AI-exposure figures for several occupations. Every component of a screen
 * that asks in the same moment shares one batch request; codes already known
 * are not asked for again.
 */
export function useAiExposures(
  codes: readonly (string | null | undefined)[],
): ReadonlyMap<string, ExposureState> {
  const batcher = useContext(ExposureBatcherContext);
  const unique = codesOf(codes);
  const key = unique.join(',');
  const version = useSyncExternalStore(batcher.subscribe, batcher.snapshot);
  // `key` stands for `unique`: the same codes hold the same entries.
  useEffect(() => batcher.hold(key === '' ? [] : key.split(',')), [batcher, key]);
  return useMemo(
    () => new Map(unique.map((code) => [code, batcher.get(code) ?? LOADING])),
    // The batcher's version says when any state changed.
    [batcher, key, version],
  );
}

/** One occupation's figures (batched with every other figure on the screen). */
export function useAiExposure(code: string): ExposureState {
  return useAiExposures([code]).get(code) ?? LOADING;
}

/** Asks again for every figure that failed (the notices' Retry button). */
export function useRetryAiExposure(): () => void {
  const batcher = useContext(ExposureBatcherContext);
  return () => batcher.retry();
}

/**
 * One occupation's figures with its task labels (GET), for the profile and the
 * current role's task list. While the studies are still loading it asks again
 * after the server's Retry-After, as the batcher does.
 */
export function useOccupationAiExposureDetail(code: string): Resource<OccupationAiExposure> {
  const [attempt, setAttempt] = useState(0);
  const resource = useResource(`ai:${code}:${attempt}`, () => api.getOccupationAiExposure(code));
  const loading = resource.status === 'error' && resource.error.code === 'ai_exposure.loading';
  const waitMs = resource.status === 'error' ? (resource.error.retryAfterMs ?? 2000) : 2000;
  useEffect(() => {
    if (!loading || attempt >= LOADING_RETRIES) return;
    const timer = window.setTimeout(() => setAttempt((n) => n + 1), waitMs);
    return () => window.clearTimeout(timer);
  }, [loading, attempt, waitMs]);
  // While it asks again, the "still loading" notice stays rather than flashing "Loading…".
  const last = useRef(resource);
  if (resource.status !== 'loading') last.current = resource;
  return resource.status === 'loading' && attempt > 0 ? last.current : resource;
}
