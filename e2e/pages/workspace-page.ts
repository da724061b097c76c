import { expect, type Locator, type Page } from '@playwright/test';

/** An open plan: the save status, the step navigation, and helpers to reach a screen. */
export class WorkspacePage {
  readonly saveStatus: Locator;

  constructor(readonly page: Page) {
    this.saveStatus = page.locator('.save-status');
  }

  /** Creates a plan through the API (the plans screen has its own test) and returns its id. */
  static async createPlan(page: Page, title: string): Promise<string> {
    const response = await page.request.post('/api/plans', { data: { title } });
    expect(response.status()).toBe(201);
    const plan = (await response.json()) as { id: string };
    return plan.id;
  }

  async open(planId: string, screen = ''): Promise<void> {
    await this.page.goto(`/plans/${planId}${screen ? `/${screen}` : ''}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
  }

  async expectStatus(status: string): Promise<void> {
    await expect(this.saveStatus).toHaveAttribute('data-status', status, { timeout: 15_000 });
  }

  /** Makes the server unreachable for this page (as if the network dropped). */
  async goOffline(): Promise<void> {
    await this.page.route('**/api/**', (route) => route.abort('internetdisconnected'));
  }

  async goOnline(): Promise<void> {
    await this.page.unroute('**/api/**');
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
  }
}
