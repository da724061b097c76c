import { expect, type Locator, type Page } from '@playwright/test';

/** The AI-exposure figures wherever they are shown: profile, current role, cards, About. */
export class AiExposurePage {
  constructor(readonly page: Page) {}

  /** Waits until the server has loaded the studies (they load after start-up). */
  static async waitForStudies(page: Page): Promise<void> {
    await expect
      .poll(
        async () => {
          const about = (await (await page.request.get('/api/about')).json()) as {
            aiExposureData: { status: string };
          };
          return about.aiExposureData.status;
        },
        { timeout: 30_000 },
      )
      .toBe('ready');
  }

  /** The full figures section, by its heading ("AI exposure", "AI exposure of …"). */
  figure(heading: string): Locator {
    return this.page.getByRole('region', { name: heading, exact: true });
  }

  /** A card's compact figures. */
  compact(name: string): Locator {
    return this.page.getByRole('group', { name: `AI exposure of ${name}`, exact: true });
  }

  /** The table of task labels inside `scope`. */
  taskRows(scope: Locator): Locator {
    return scope.locator('.ai-task-table tbody tr');
  }

  /** Every POST of the batch endpoint this page makes from now on. */
  countBatchRequests(): () => number {
    let count = 0;
    this.page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/ai-exposure/occupations'))
        count += 1;
    });
    return () => count;
  }

  /** Opens every closed disclosure, so checks see what it holds. */
  async openDisclosures(): Promise<void> {
    await this.page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    });
  }

  async fitsAt360(): Promise<boolean> {
    await this.page.setViewportSize({ width: 360, height: 800 });
    return this.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  }
}
