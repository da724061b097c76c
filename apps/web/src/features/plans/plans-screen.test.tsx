// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlanListResponse, PlanSummary } from '@trailmap/contracts';
import type { Plan } from '@trailmap/domain';
import { api } from '../../api/client.ts';
import { PlansScreen } from './plans-screen.tsx';

// Only the calls are replaced; ApiError stays the real class the screen checks against.
vi.mock('../../api/client.ts', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  api: { listPlans: vi.fn(), createPlan: vi.fn(), getPlan: vi.fn() },
}));

// Tells React the updates below are wrapped in act(), as a test renderer would.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
}
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const summary = (id: string, title: string): PlanSummary => ({
  id,
  title,
  version: 1,
  createdAt: '2026-11-21T09:00:00.000Z',
  updatedAt: '2026-11-21T09:00:00.000Z',
  completeness: { overall: 0, steps: [] },
});

describe('PlansScreen', () => {
  let container: HTMLElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    vi.resetAllMocks();
  });

  const statusLine = () => container.querySelector('[role="status"]')?.textContent;
  const cardTitles = () =>
    [...container.querySelectorAll('article h3')].map((heading) => heading.textContent);

  async function createPlan(title: string): Promise<void> {
    const input = container.querySelector('input[name="title"]') as HTMLInputElement;
    // React listens for input events and reads the value through the native setter.
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    await act(async () => {
      setValue?.call(input, title);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      (container.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    });
  }

  it('ignores a plan list that arrives after a newer one, so a plan just created stays on screen', async () => {
    const firstLoad = deferred<PlanListResponse>();
    const afterCreate = deferred<PlanListResponse>();
    vi.mocked(api.listPlans)
      .mockReturnValueOnce(firstLoad.promise)
      .mockReturnValueOnce(afterCreate.promise);
    vi.mocked(api.createPlan).mockResolvedValue({ id: 'p1', title: 'Main plan' } as Plan);

    await act(async () => root.render(<PlansScreen />));
    expect(statusLine()).toBe('Loading your plans…');

    await createPlan('Main plan');
    await act(async () => afterCreate.resolve({ plans: [summary('p1', 'Main plan')] }));
    expect(cardTitles()).toEqual(['Main plan']);

    // The first request, sent before the plan existed, answers last.
    await act(async () => firstLoad.resolve({ plans: [] }));
    expect(cardTitles()).toEqual(['Main plan']);
  });

  it('announces a created plan and moves focus to its card heading once the card appears', async () => {
    vi.mocked(api.listPlans)
      .mockResolvedValueOnce({ plans: [summary('p0', 'Old plan')] })
      .mockResolvedValueOnce({ plans: [summary('p1', 'New plan'), summary('p0', 'Old plan')] });
    vi.mocked(api.createPlan).mockResolvedValue({ id: 'p1', title: 'New plan' } as Plan);

    await act(async () => root.render(<PlansScreen />));
    expect(cardTitles()).toEqual(['Old plan']);
    expect(statusLine()).toBe('');

    await createPlan('New plan');
    expect(statusLine()).toBe('Plan “New plan” created.');
    const heading = container.querySelector('#plan-p1');
    expect(heading?.textContent).toBe('New plan');
    expect(document.activeElement).toBe(heading);
  });
});
