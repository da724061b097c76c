import { expect, type Locator, type Page } from '@playwright/test';

/** The quick start, as a person sees it: the stage indicator, one stage, back and next. */
export class QuickStartPage {
  readonly indicator: Locator;
  readonly stage: Locator;

  constructor(readonly page: Page) {
    this.indicator = page.getByRole('navigation', { name: 'Quick start progress' });
    this.stage = page.locator('.quick-stage');
  }

  async open(planId: string, stage?: number): Promise<void> {
    await this.page.goto(`/plans/${planId}/quick-start${stage ? `?stage=${stage}` : ''}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Quick start' })).toBeVisible();
  }

  /** The stage marked "you are here". */
  currentStage(): Locator {
    return this.indicator.locator('[aria-current="step"]');
  }

  async expectStage(number: number, title: string): Promise<void> {
    await expect(this.currentStage()).toContainText(`Stage ${number}: ${title}`);
    // The first stage may also be the bare address, with no ?stage at all.
    const query = number === 1 ? '(\\?stage=1)?' : `\\?stage=${number}`;
    await expect(this.page).toHaveURL(new RegExp(`/quick-start${query}$`));
    await expect(
      this.page.getByRole('heading', { level: 2, name: new RegExp(title) }),
    ).toBeVisible();
  }

  async next(): Promise<void> {
    await this.page.getByRole('link', { name: /^Next:/ }).click();
  }

  async back(): Promise<void> {
    await this.page.getByRole('link', { name: /^← Back:/ }).click();
  }

  async goToStage(number: number): Promise<void> {
    await this.indicator.getByRole('link', { name: new RegExp(`Stage ${number}:`) }).click();
  }

  field(label: string | RegExp): Locator {
    return this.stage.getByLabel(label, { exact: typeof label === 'string' });
  }

  /** The yes/no radio for one audit question of the skill in slot `index` (0-based). */
  auditAnswer(index: number, question: string, answer: 'Yes' | 'No'): Locator {
    return this.stage
      .locator('.quick-skill')
      .nth(index)
      .getByRole('group', { name: new RegExp(question.replace(/[?]/g, '\\?')) })
      .getByRole('radio', { name: answer });
  }

  skillLevel(index: number): Locator {
    return this.stage.locator('.quick-skill').nth(index).locator('.quick-skill-level');
  }
}
