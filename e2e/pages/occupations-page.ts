import { expect, type Page } from '@playwright/test';

/** Occupation search boxes (comboboxes) and the O*NET-backed screens. */
export class OccupationsPage {
  constructor(readonly page: Page) {}

  /** Waits until the server has loaded the O*NET data (it loads after start-up). */
  static async waitForData(page: Page): Promise<void> {
    await expect
      .poll(
        async () => {
          const about = (await (await page.request.get('/api/about')).json()) as {
            occupationData: { status: string };
          };
          return about.occupationData.status;
        },
        { timeout: 30_000 },
      )
      .toBe('ready');
  }

  /** Types into a combobox, waits for an option, and picks it with the keyboard. */
  async pick(label: string | RegExp, text: string, option: string | RegExp): Promise<void> {
    const box = this.page.getByRole('combobox', { name: label });
    await box.fill(text);
    const wanted = this.page.getByRole('option', { name: option }).first();
    await expect(wanted).toBeVisible({ timeout: 10_000 });
    const options = this.page.getByRole('option');
    const count = await options.count();
    for (let i = 0; i < count; i++) {
      await box.press('ArrowDown');
      if ((await wanted.getAttribute('aria-selected')) === 'true') break;
    }
    await expect(wanted).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
  }
}
