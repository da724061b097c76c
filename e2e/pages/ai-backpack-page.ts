import { expect, type Locator, type Page } from '@playwright/test';

/** Step 7's "EDA meets AI" and "AI backpack" sections. */
export class AiBackpackPage {
  readonly edaAi: Locator;
  readonly backpack: Locator;

  constructor(readonly page: Page) {
    this.edaAi = page.getByRole('region', { name: 'EDA meets AI' });
    this.backpack = page.getByRole('region', { name: 'AI backpack' });
  }

  /** Waits until the server has loaded the AI-exposure studies (they load after start-up). */
  static async waitForStudies(page: Page): Promise<void> {
    await expect
      .poll(
        async () => (await page.request.get('/api/ai-exposure/occupations/43-6011.00')).status(),
        { timeout: 60_000 },
      )
      .toBe(200);
  }

  /** The EDA meets AI card of a task, by its name. */
  match(taskName: string): Locator {
    return this.edaAi
      .locator('[data-eda-ai-task]')
      .filter({ has: this.page.getByRole('heading', { name: taskName, exact: true }) });
  }

  suggestion(taskName: string): Locator {
    return this.page.getByRole('group', { name: `Suggestion for ${taskName}` });
  }

  /** The backpack card of a task or skill, by its name. */
  item(name: string): Locator {
    return this.backpack
      .locator('[data-backpack-for]')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  entries(scope: Locator): Locator {
    return scope.locator('[data-backpack-entry]');
  }

  async record(
    entry: Locator,
    what: { tool: string; outcome: string; notes: string },
  ): Promise<void> {
    await entry.getByLabel('Tool you chose').fill(what.tool);
    await entry.getByLabel('How it went').selectOption({ label: what.outcome });
    await entry.getByLabel('Notes').fill(what.notes);
  }
}
