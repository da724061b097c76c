import { type Locator, type Page } from '@playwright/test';

/** Step 6: the board of four lanes. */
export class PortfolioPage {
  constructor(readonly page: Page) {}

  lane(title: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${title} \\(\\d+\\)$`) });
  }

  addTo(laneTitle: string): Locator {
    return this.page.getByRole('button', { name: `+ Add to ${laneTitle.toLowerCase()}` });
  }

  /** The card whose Role field holds `title`. */
  card(title: string): Locator {
    return this.page.locator('[data-entry-id]').filter({
      has: this.page.getByRole('heading', { name: title, exact: true }),
    });
  }
}
