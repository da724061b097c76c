import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** The coach: its panel beside a step, flagged titles under a field, and the dashboard card. */
export class CoachPage {
  readonly panel: Locator;
  readonly summary: Locator;
  readonly flags: Locator;
  readonly card: Locator;

  constructor(readonly page: Page) {
    this.panel = page.locator('aside .coach-panel');
    this.summary = this.panel.locator('.coach-summary');
    this.flags = page.locator('.coach-flags');
    this.card = page.locator('.coach-card');
  }

  /** The verb phrases offered under a value of the strategy studio. */
  valueSuggestion(phrase: string, suggestion: string): Locator {
    return this.page
      .locator('.text-list-item .coach-value')
      .getByRole('button', { name: `Use “${suggestion}” instead of “${phrase}”` });
  }

  /** Where the caret or selection is in a field: the selected words. */
  async selectedText(field: Locator): Promise<string> {
    return field.evaluate((element) => {
      const input = element as HTMLTextAreaElement;
      return input.value.slice(input.selectionStart, input.selectionEnd);
    });
  }

  async expectNoAxeViolations(): Promise<void> {
    const results = await new AxeBuilder({ page: this.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target})`)).toEqual([]);
  }

  async expectNoAxeViolationsInBothThemes(): Promise<void> {
    for (const colorScheme of ['dark', 'light'] as const) {
      await this.page.emulateMedia({ colorScheme });
      await this.expectNoAxeViolations();
    }
  }
}
