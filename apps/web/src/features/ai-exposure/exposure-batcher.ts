import type { AiExposureBatchResponse, OccupationAiExposure } from '@trailmap/contracts';
import { ApiError } from '../../api/client.ts';

/** What the client knows about one occupation's AI-exposure figures. */
export type ExposureState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly data: OccupationAiExposure }
  | { readonly status: 'error'; readonly error: ApiError };

/** The server's cap on codes per batch (MAX_EXPOSURE_CODES in the contracts). */
export const MAX_CODES_PER_BATCH = 50;
/** While the studies load (503 ai_exposure.loading), ask again this often at most this many times. */
export const LOADING_RETRIES = 30;
const DEFAULT_RETRY_SECONDS = 2;

export interface ExposureBatcherOptions {
  /** One POST /api/ai-exposure/occupations. */
  readonly fetchBatch: (codes: string[]) => Promise<AiExposureBatchResponse>;
  /**
   * How long codes wait for company before the request goes: every card of a
   * screen that mounts within this window shares one request.
   */
  readonly windowMs?: number;
}

interface Entry {
  state: ExposureState;
  /** Components showing this code now. */
  holders: number;
  loadingRetries: number;
}

const LOADING: ExposureState = { status: 'loading' };

const asApiError = (error: unknown): ApiError =>
  error instanceof ApiError
    ? error
    : new ApiError(0, 'client.error', error instanceof Error ? error.message : String(error));

const unknownCodesOf = (error: ApiError): readonly string[] => {
  const codes = (error.details as { unknownCodes?: unknown } | undefined)?.unknownCodes;
  return Array.isArray(codes) ? codes.filter((c): c is string => typeof c === 'string') : [];
};

/**
 * Collects the occupation codes a screen's components ask for and fetches
 * them together: many cards, one request. Figures are kept for the session
 * (the studies do not change while the server runs); a failure is kept only
 * while something shows it, so the next screen asks again. While the studies
 * are still loading, it asks again after the server's Retry-After.
 */
export class ExposureBatcher {
  private readonly entries = new Map<string, Entry>();
  private readonly queued = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private version = 0;
  private readonly windowMs: number;

  constructor(private readonly options: ExposureBatcherOptions) {
    this.windowMs = options.windowMs ?? 16;
  }

  /** The state of one code, or undefined when nothing has asked for it. */
  get(code: string): ExposureState | undefined {
    return this.entries.get(code)?.state;
  }

  /** Changes whenever any state changes (for useSyncExternalStore). */
  readonly snapshot = (): number => this.version;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Marks the codes as shown and fetches those not known yet; the returned
   * function says they are no longer shown.
   */
  hold(codes: readonly string[]): () => void {
    const unique = [...new Set(codes)];
    for (const code of unique) {
      const entry = this.entries.get(code);
      if (entry) entry.holders += 1;
      else {
        this.entries.set(code, { state: LOADING, holders: 1, loadingRetries: 0 });
        this.enqueue(code);
      }
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      for (const code of unique) {
        const entry = this.entries.get(code);
        if (!entry) continue;
        entry.holders -= 1;
        // Failures are forgotten once nobody shows them: the next screen asks again.
        if (entry.holders <= 0 && entry.state.status === 'error') this.entries.delete(code);
      }
    };
  }

  /** Asks again for every code that failed (a Retry button). */
  retry(): void {
    let changed = false;
    for (const [code, entry] of this.entries) {
      if (entry.state.status !== 'error') continue;
      entry.state = LOADING;
      entry.loadingRetries = 0;
      this.enqueue(code);
      changed = true;
    }
    if (changed) this.emit();
  }

  private enqueue(code: string, delayMs = this.windowMs): void {
    this.queued.add(code);
    if (this.timer === null) this.timer = setTimeout(() => this.flush(), delayMs);
  }

  private emit(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }

  private set(code: string, state: ExposureState): void {
    const entry = this.entries.get(code);
    if (!entry) return;
    entry.state = state;
    if (entry.holders <= 0 && state.status === 'error') this.entries.delete(code);
  }

  private flush(): void {
    this.timer = null;
    const codes = [...this.queued].filter((code) => this.entries.has(code));
    this.queued.clear();
    for (let start = 0; start < codes.length; start += MAX_CODES_PER_BATCH) {
      void this.send(codes.slice(start, start + MAX_CODES_PER_BATCH));
    }
  }

  private async send(codes: string[]): Promise<void> {
    if (codes.length === 0) return;
    try {
      const { occupations } = await this.options.fetchBatch(codes);
      const byCode = new Map(occupations.map((o) => [o.code as string, o]));
      for (const code of codes) {
        const data = byCode.get(code);
        this.set(
          code,
          data
            ? { status: 'ready', data }
            : {
                status: 'error',
                error: new ApiError(
                  404,
                  'ai_exposure.occupation_not_found',
                  `The server sent no figures for ${code}.`,
                ),
              },
        );
      }
    } catch (caught) {
      const error = asApiError(caught);
      const unknown = error.status === 404 ? unknownCodesOf(error) : [];
      if (unknown.length > 0) {
        // One stale code must not cost the others their figures: mark it, ask again for the rest.
        for (const code of unknown) {
          this.set(code, {
            status: 'error',
            error: new ApiError(
              404,
              error.code,
              `Neither O*NET nor the AI-exposure studies know the occupation ${code}.`,
            ),
          });
        }
        const rest = codes.filter((code) => !unknown.includes(code) && this.entries.has(code));
        for (const code of rest) this.enqueue(code, 0);
      } else {
        for (const code of codes) this.set(code, { status: 'error', error });
        if (error.code === 'ai_exposure.loading') this.retryWhileLoading(codes, error);
      }
    }
    this.emit();
  }

  private retryWhileLoading(codes: readonly string[], error: ApiError): void {
    const delayMs = error.retryAfterMs ?? DEFAULT_RETRY_SECONDS * 1000;
    for (const code of codes) {
      const entry = this.entries.get(code);
      if (!entry || entry.loadingRetries >= LOADING_RETRIES) continue;
      entry.loadingRetries += 1;
      this.queued.add(code);
    }
    if (this.queued.size > 0 && this.timer === null) {
      this.timer = setTimeout(() => this.flush(), delayMs);
    }
  }
}
