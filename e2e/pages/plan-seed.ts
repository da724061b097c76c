import { expect, type Page } from '@playwright/test';

interface StoredPlan {
  title: string;
  version: number;
  content: {
    steps: Record<string, Record<string, unknown>>;
  };
}

/**
 * Writes earlier steps of a plan through the API, so a spec about later
 * steps starts from a plan that already has vision problems and skills
 * (each of those screens has its own spec).
 */
export async function seedSteps(
  page: Page,
  planId: string,
  steps: Record<string, Record<string, unknown>>,
): Promise<void> {
  const current = (await (await page.request.get(`/api/plans/${planId}`)).json()) as StoredPlan;
  const content = { ...current.content, steps: { ...current.content.steps } };
  for (const [key, value] of Object.entries(steps))
    content.steps[key] = { ...content.steps[key], ...value };
  const response = await page.request.put(`/api/plans/${planId}`, {
    data: { title: current.title, content },
    headers: { 'If-Match': `"${current.version}"` },
  });
  expect(response.status(), await response.text()).toBe(200);
}

export const VISION_PROBLEMS = [
  { id: 'vp-owner', text: 'Processes that nobody owns end to end' },
  { id: 'vp-data', text: 'Numbers that leaders do not trust' },
];

export const CRITICAL_SKILLS = [
  { id: 'sk-redesign', name: 'Process redesign', source: { kind: 'free' } },
  { id: 'sk-influence', name: 'Stakeholder influence', source: { kind: 'free' } },
  { id: 'sk-story', name: 'Data storytelling', source: { kind: 'free' } },
];
