import { expect, type Locator, type Page } from '@playwright/test';

/** The dashboard: the five-year question, the next step, progress per step, trace warnings. */
export class DashboardPage {
  readonly knownFor: Locator;
  readonly nextStep: Locator;
  readonly progress: Locator;
  readonly trace: Locator;

  constructor(readonly page: Page) {
    this.knownFor = page.getByLabel('Your answer');
    this.nextStep = page.getByRole('region', { name: 'Next suggested step' });
    this.progress = page.getByRole('region', { name: 'Progress per step' });
    this.trace = page.getByRole('region', { name: 'Does everything lead back to your strategy?' });
  }

  async open(planId: string): Promise<void> {
    await this.page.goto(`/plans/${planId}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  }

  /** The progress entry of one part, e.g. "3 · Critical skills". */
  part(label: string): Locator {
    return this.progress.getByRole('listitem').filter({
      has: this.page.getByRole('link', { name: label, exact: true }),
    });
  }

  async expectPartPercent(label: string, percent: number): Promise<void> {
    await expect(
      this.progress.getByRole('progressbar', { name: `${label} progress` }),
    ).toHaveAttribute('aria-valuenow', String(percent));
  }
}
