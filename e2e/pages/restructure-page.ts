import { type Locator, type Page } from '@playwright/test';

/** Step 7: the EDA ledger, the reinvestment and the chart. */
export class RestructurePage {
  readonly addTaskButton: Locator;
  readonly summary: Locator;
  readonly chart: Locator;
  readonly balance: Locator;

  constructor(readonly page: Page) {
    this.addTaskButton = page.getByRole('button', { name: '+ Add a task' });
    this.summary = page.locator('.hours-summary');
    this.chart = page.getByRole('img', { name: /Hours a week freed and reinvested/ });
    this.balance = page.locator('.balance');
  }

  task(index: number): Locator {
    return this.page.locator('[data-task-id]').nth(index);
  }

  async addTask(task: { name: string; hours: string; value: string; decision: string }) {
    await this.addTaskButton.click();
    const row = this.page.locator('[data-task-id]').last();
    await this.page.keyboard.type(task.name);
    await row.getByLabel('Hours a week').fill(task.hours);
    await row.getByLabel('Value').selectOption({ label: task.value });
    await row.getByLabel('Decision').selectOption({ label: task.decision });
  }

  summaryFigure(term: string): Locator {
    return this.summary.locator('div').filter({ hasText: term }).locator('dd');
  }
}
