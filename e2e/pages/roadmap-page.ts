import { type Locator, type Page } from '@playwright/test';

/** Step 5: target-role cards, action cards and the timeline. */
export class RoadmapPage {
  readonly addRoleButton: Locator;
  readonly addActionButton: Locator;
  readonly timeline: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.addRoleButton = page.getByRole('button', { name: '+ Add a target role' });
    this.addActionButton = page.getByRole('button', { name: '+ Add an action' });
    this.timeline = page.getByRole('img', { name: /Timeline of your short-term actions/ });
    this.notice = page.locator('.roadmap-notice');
  }

  role(index: number): Locator {
    return this.page.locator('.role-grid > section').nth(index);
  }

  action(index: number): Locator {
    return this.page.locator('[data-action-id]').nth(index);
  }

  async fillAction(
    index: number,
    action: {
      title: string;
      kind: string;
      status: string;
      due?: string;
      target?: string;
      notes: string;
    },
  ): Promise<void> {
    const card = this.action(index);
    await card.getByLabel('What you will do').fill(action.title);
    await card.getByLabel('Kind').selectOption({ label: action.kind });
    await card.getByLabel('Status').selectOption({ label: action.status });
    if (action.due) await card.getByLabel('Due date').fill(action.due);
    if (action.target)
      await card.getByLabel('Capability target it builds').selectOption({ label: action.target });
    await card.getByLabel('Notes').fill(action.notes);
  }
}
