import type {
  AboutResponse,
  BackpackRequest,
  BackpackResponse,
  AiExposureBatchRequest,
  AiExposureBatchResponse,
  OccupationAiExposure,
  AssistantCheckResponse,
  AssistantDraftEvent,
  AssistantDraftRequest,
  AssistantSettingsRequest,
  AssistantSettingsResponse,
  CoachPlanResponse,
  CreatePlanRequest,
  ElementSearchResponse,
  ErrorResponse,
  GapRequest,
  GapResponse,
  OccupationProfile,
  OccupationSearchResponse,
  PathwaysResponse,
  PortfolioRequest,
  PortfolioResponse,
  RecommendationsRequest,
  RecommendationsResponse,
  SimilarOccupationsResponse,
  IterationComparisonResponse,
  IterationListResponse,
  PlanListResponse,
  TaskMatchRequest,
  TaskMatchResponse,
  UpdatePlanRequest,
} from '@trailmap/contracts';
import type { Plan, PlanContent, StrategyIteration } from '@trailmap/domain';

/** An error answered by the API, with its stable code and a message for people. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** When the server says when to ask again (Retry-After on a 503 while data loads), in ms. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }

  /** True when the server could not be reached at all (offline, server down). */
  get unreachable(): boolean {
    return this.status === 0;
  }
}

async function send(
  method: string,
  url: string,
  body: unknown,
  headers: Record<string, string>,
  signal: AbortSignal | undefined,
): Promise<Response> {
  try {
    return await fetch(url, {
      method,
      headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (caught) {
    // A request the caller cancelled is not a network failure: let the abort through.
    if (signal?.aborted) throw caught;
    throw new ApiError(
      0,
      'network.unreachable',
      'Trailmap’s server cannot be reached. Check that it is running, then try again.',
    );
  }
}

/** The ApiError an answer that is not ok carries. */
function errorOf(response: Response, payload: unknown): ApiError {
  const error = (payload as ErrorResponse | null)?.error;
  // A gateway that answers for a server that is down is as good as unreachable.
  const status = error === undefined && response.status >= 502 ? 0 : response.status;
  const retryAfter = Number(response.headers.get('Retry-After') ?? Number.NaN);
  return new ApiError(
    status,
    error?.code ?? 'http.error',
    error?.message ?? `The server answered ${response.status}.`,
    error?.details,
    Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : null,
  );
}

async function request<T>(
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
  signal?: AbortSignal,
): Promise<T> {
  const response = await send(method, url, body, headers, signal);
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  // Cancelled while the body was read: the caller asked for no answer, not for an empty one.
  if (signal?.aborted) throw signal.reason;
  if (!response.ok) throw errorOf(response, payload);
  return payload as T;
}

/**
 * A draft from the configured language model, event by event as the server
 * streams it (NDJSON). Refusals before the stream (not configured, bad key …)
 * throw an ApiError; a failure mid-stream arrives as the last event.
 * Aborting `signal` stops the draft, and the server stops the model.
 */
async function streamDraft(
  input: AssistantDraftRequest,
  onEvent: (event: AssistantDraftEvent) => void,
  signal: AbortSignal,
): Promise<void> {
  const response = await send('POST', '/api/assistant/drafts', input, {}, signal);
  if (!response.ok || response.body === null) {
    throw errorOf(response, await response.json().catch(() => null));
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  const flush = (final: boolean) => {
    const lines = buffered.split('\n');
    buffered = final ? '' : (lines.pop() ?? '');
    for (const line of lines)
      if (line.trim() !== '') onEvent(JSON.parse(line) as AssistantDraftEvent);
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffered += decoder.decode(value, { stream: true });
      flush(false);
    }
  } catch (caught) {
    if (signal.aborted) throw caught;
    throw new ApiError(
      0,
      'network.unreachable',
      'The draft broke off: Trailmap’s server cannot be reached.',
    );
  }
  buffered += decoder.decode();
  flush(true);
}

const occupationUrl = (code: string) => `/api/occupations/${encodeURIComponent(code)}`;
const query = (params: Record<string, string | number | undefined>) =>
  new URLSearchParams(
    Object.entries(params).flatMap(([key, value]) =>
      value === undefined ? [] : [[key, String(value)]],
    ),
  ).toString();

const planUrl = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;

/** Typed calls to the Trailmap API; shapes come from @trailmap/contracts. */
export const api = {
  listPlans: () => request<PlanListResponse>('GET', '/api/plans'),
  createPlan: (input: CreatePlanRequest) => request<Plan>('POST', '/api/plans', input),
  getPlan: (planId: string) => request<Plan>('GET', planUrl(planId)),
  /** Saves on top of `basedOnVersion`; a newer version on the server answers 412. */
  savePlan: (
    planId: string,
    input: Pick<UpdatePlanRequest, 'title'> & { content: PlanContent },
    basedOnVersion: number,
  ) => request<Plan>('PUT', planUrl(planId), input, { 'If-Match': `"${basedOnVersion}"` }),
  listIterations: (planId: string) =>
    request<IterationListResponse>('GET', `${planUrl(planId)}/iterations`),
  createIteration: (planId: string, name: string) =>
    request<StrategyIteration>('POST', `${planUrl(planId)}/iterations`, { name }),
  compareIterations: (planId: string, a: string, b: string) =>
    request<IterationComparisonResponse>(
      'GET',
      `${planUrl(planId)}/iterations/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`,
    ),
  about: () => request<AboutResponse>('GET', '/api/about'),
  searchOccupations: (q: string, limit = 8) =>
    request<OccupationSearchResponse>('GET', `/api/occupations/search?${query({ q, limit })}`),
  getOccupation: (code: string) => request<OccupationProfile>('GET', occupationUrl(code)),
  similarOccupations: (code: string, limit = 8) =>
    request<SimilarOccupationsResponse>(
      'GET',
      `${occupationUrl(code)}/similar?${query({ limit })}`,
    ),
  pathways: (from: string, to: string, k = 3) =>
    request<PathwaysResponse>('GET', `${occupationUrl(from)}/pathways?${query({ to, k })}`),
  recommendations: (input: RecommendationsRequest) =>
    request<RecommendationsResponse>('POST', '/api/occupations/recommendations', input),
  gap: (code: string, input: GapRequest) =>
    request<GapResponse>('POST', `${occupationUrl(code)}/gap`, input),
  portfolioSuggestions: (input: PortfolioRequest) =>
    request<PortfolioResponse>('POST', '/api/occupations/portfolio', input),
  searchElements: (q: string, taxonomy?: string, limit = 8) =>
    request<ElementSearchResponse>(
      'GET',
      `/api/taxonomy/elements?${query({ q, taxonomy, limit })}`,
    ),
  /** Every rule of the offline coach over a draft; cancel a stale request with `signal`. */
  coachPlan: (content: PlanContent, signal?: AbortSignal) =>
    request<CoachPlanResponse>('POST', '/api/coach/plan', content, {}, signal),

  // --- AI exposure: EDA matching and backpack -------------------------------
  /** EDA meets AI: every recurring task matched to the occupation's O*NET tasks, in one request. */
  matchEdaTasks: (input: TaskMatchRequest, signal?: AbortSignal) =>
    request<TaskMatchResponse>('POST', '/api/ai-exposure/tasks/match', input, {}, signal),
  /** The AI backpack: kinds of AI assistance for tasks marked Automate and for critical skills. */
  aiBackpack: (input: BackpackRequest, signal?: AbortSignal) =>
    request<BackpackResponse>('POST', '/api/ai-exposure/backpack', input, {}, signal),
  // --- end of AI exposure: EDA matching and backpack ------------------------
  // --- AI exposure (published studies; features/ai-exposure) ---------------------------
  /** One occupation's figures with its task-level labels. */
  getOccupationAiExposure: (code: string) =>
    request<OccupationAiExposure>(
      'GET',
      `/api/ai-exposure/occupations/${encodeURIComponent(code)}`,
    ),
  /** Several occupations' figures in one request (features/ai-exposure batches them). */
  occupationsAiExposure: (input: AiExposureBatchRequest) =>
    request<AiExposureBatchResponse>('POST', '/api/ai-exposure/occupations', input),

  // --- Optional language model (features/assistant) ------------------------------------
  assistantSettings: () => request<AssistantSettingsResponse>('GET', '/api/assistant/settings'),
  saveAssistantSettings: (input: AssistantSettingsRequest) =>
    request<AssistantSettingsResponse>('PUT', '/api/assistant/settings', input),
  deleteAssistantSettings: () => request<void>('DELETE', '/api/assistant/settings'),
  checkAssistant: () => request<AssistantCheckResponse>('POST', '/api/assistant/settings/check'),
  streamDraft,
};

/** The plan another tab saved, carried by a 409/412 answer to a save. */
export function currentPlanOf(error: ApiError): Plan | null {
  if (error.status !== 409 && error.status !== 412) return null;
  const current = (error.details as { current?: Plan } | undefined)?.current;
  return current && typeof current.version === 'number' ? current : null;
}
