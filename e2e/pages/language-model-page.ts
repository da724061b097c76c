import { expect, type Locator, type Page } from '@playwright/test';

/** The "Language model (optional)" settings screen and the model drafts in the coach panel. */
export class LanguageModelPage {
  readonly heading: Locator;
  readonly baseUrl: Locator;
  readonly model: Locator;
  readonly apiKey: Locator;
  readonly state: Locator;
  readonly draftSection: Locator;
  readonly critiqueSection: Locator;
  readonly draftText: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Language model (optional)' });
    this.baseUrl = page.getByLabel('Base URL');
    this.model = page.getByLabel('Model', { exact: true });
    this.apiKey = page.getByLabel('API key (optional for local servers)');
    this.state = page.locator('.language-model-state');
    this.draftSection = page.getByRole('region', { name: 'Draft with your model' });
    this.critiqueSection = page.getByRole('region', { name: 'Critique by your model' });
    this.draftText = page.getByTestId('model-draft-text');
  }

  /** Reaches the screen the way a person would: from About. */
  async openFromAbout(): Promise<void> {
    await this.page.goto('/about');
    await this.page.getByRole('link', { name: 'language model settings' }).click();
    await expect(this.heading).toBeVisible();
  }

  async configure(baseUrl: string, model: string, apiKey: string): Promise<void> {
    await this.baseUrl.fill(baseUrl);
    await this.model.fill(model);
    await this.apiKey.fill(apiKey);
    await this.page.getByRole('button', { name: 'Save' }).click();
    await expect(this.state).toHaveText(new RegExp(`^On: ${model} at `));
  }

  draftButton(what: string): Locator {
    return this.draftSection.getByRole('button', { name: `Draft ${what} with your model` });
  }

  critiqueButton(what: string): Locator {
    return this.critiqueSection.getByRole('button', {
      name: `Ask your model to critique ${what}`,
    });
  }

  button(name: string): Locator {
    return this.draftSection.getByRole('button', { name, exact: true });
  }
}
