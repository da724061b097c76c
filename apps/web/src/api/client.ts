import type { CreatePlanRequest, ErrorResponse, PlanListResponse } from '@trailmap/contracts';
import type { Plan } from '@trailmap/domain';

/** An error answered by the API, with its stable code and a message for people. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

async function request<T>(
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(
      0,
      'network.unreachable',
      'Trailmap’s server cannot be reached. Check that it is running, then try again.',
    );
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (payload as ErrorResponse | null)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'http.error',
      error?.message ?? `The server answered ${response.status}.`,
      error?.details,
    );
  }
  return payload as T;
}

/** Typed calls to the Trailmap API; shapes come from @trailmap/contracts. */
export const api = {
  listPlans: () => request<PlanListResponse>('GET', '/api/plans'),
  createPlan: (input: CreatePlanRequest) => request<Plan>('POST', '/api/plans', input),
  getPlan: (planId: string) => request<Plan>('GET', `/api/plans/${encodeURIComponent(planId)}`),
};
