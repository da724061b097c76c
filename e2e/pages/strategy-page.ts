import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** The strategy studio: gratifying work, values, the Venn diagram, iterations. */
export class StrategyPage {
  readonly gratifyingWork: Locator;
  readonly addValue: Locator;
  readonly diagram: Locator;
  readonly iterationName: Locator;
  readonly saveIteration: Locator;
  readonly comparison: Locator;

  constructor(readonly page: Page) {
    this.gratifyingWork = page.getByLabel('Describe it in a few sentences');
    this.addValue = page.getByRole('button', { name: '+ Add a value' });
    this.diagram = page.locator('svg.venn-svg');
    this.iterationName = page.getByLabel('Name this iteration');
    this.saveIteration = page.getByRole('button', { name: 'Save as iteration' });
    this.comparison = page.locator('.iteration-compare');
  }

  value(index: number, of: number): Locator {
    return this.page.getByLabel(`Your values, as verbs, item ${index} of ${of}`, { exact: true });
  }

  /** Adds a value at the end of the list and types its phrase (the new field takes focus). */
  async addValuePhrase(phrase: string): Promise<void> {
    await this.addValue.click();
    await this.page.keyboard.type(phrase);
  }

  /** The field of the numbered region of the diagram. */
  overlap(number: number): Locator {
    return this.page.locator(`#overlap-${number}`);
  }

  marker(members: string): Locator {
    return this.diagram.locator(`.venn-marker[data-region="${members}"]`);
  }

  async saveIterationNamed(name: string): Promise<void> {
    await this.iterationName.fill(name);
    await this.saveIteration.click();
    await expect(this.page.getByText(`Saved “${name}”.`)).toBeVisible({ timeout: 15_000 });
  }

  async compare(a: string, b: string): Promise<void> {
    await this.page.getByLabel('Compare', { exact: true }).selectOption({ label: a });
    await this.page.getByLabel('with', { exact: true }).selectOption({ label: b });
    await this.page.getByRole('button', { name: 'Compare side by side' }).click();
    await expect(this.comparison).toBeVisible();
  }

  /** Clicks a download button and returns the downloaded file's bytes. */
  async download(buttonName: string): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: buttonName }).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: await readFile(path) };
  }

  async expectNoAxeViolations(): Promise<void> {
    const results = await new AxeBuilder({ page: this.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target})`)).toEqual([]);
  }
}
