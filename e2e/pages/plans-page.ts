import { expect, type Locator, type Page } from '@playwright/test';

/** The plans screen, as a person sees it: a title field, a create button, plan cards. */
export class PlansPage {
  readonly titleInput: Locator;
  readonly createButton: Locator;
  /** The visually hidden line that announces what just happened to screen readers. */
  readonly statusLine: Locator;

  constructor(readonly page: Page) {
    this.titleInput = page.getByLabel('New plan');
    this.createButton = page.getByRole('button', { name: 'Create plan' });
    this.statusLine = page.getByRole('status');
  }

  /** Deletes every plan through the API, so a test can start from an empty Trailmap. */
  async deleteAllPlans(): Promise<void> {
    const listed = await this.page.request.get('/api/plans');
    const { plans } = (await listed.json()) as { plans: Array<{ id: string; version: number }> };
    for (const plan of plans) {
      const deleted = await this.page.request.delete(`/api/plans/${plan.id}`, {
        headers: { 'If-Match': `"${plan.version}"` },
      });
      expect(deleted.status()).toBe(204);
    }
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Your plans' })).toBeVisible();
  }

  async createPlan(title: string): Promise<void> {
    await this.titleInput.fill(title);
    await this.createButton.click();
  }

  planCard(title: string): Locator {
    return this.page.getByRole('article', { name: title });
  }

  planHeading(title: string): Locator {
    return this.planCard(title).getByRole('heading', { name: title, exact: true });
  }
}
