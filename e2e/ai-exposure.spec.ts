import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AiExposurePage } from './pages/ai-exposure-page.ts';
import { OccupationsPage } from './pages/occupations-page.ts';
import { seedSteps } from './pages/plan-seed.ts';
import { PortfolioPage } from './pages/portfolio-page.ts';
import { RoadmapPage } from './pages/roadmap-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const GPTS_ATTRIBUTION = /AI-exposure scores from Eloundou, Manning, Mishkin & Rock \(2024\)/;
const WWAI_ATTRIBUTION =
  /AI applicability scores from Tomlinson et al\. \(2025\), 'Working with AI'/;

async function expectNoAxeViolationsInBothThemes(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(
      results.violations.map((v) => `${colorScheme} ${v.id}: ${v.help} (${v.nodes.length})`),
    ).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const SOFTWARE = { code: '15-1252.00', title: 'Software Developers' };

/** A plan whose current role, target role and portfolio cards are linked to occupations. */
async function seedLinkedPlan(page: Page, title: string): Promise<string> {
  const planId = await WorkspacePage.createPlan(page, title);
  const entry = (id: string, lane: string, title: string, occupationCode: string | null) => ({
    id,
    lane,
    title,
    occupationCode,
    notes: '',
    skillIds: [],
  });
  await seedSteps(page, planId, {
    roadmap: {
      targetRoles: [
        {
          id: 'tr-data',
          title: 'Data scientist',
          occupationCode: '15-2051.00',
          problems: '',
          success: '',
          visionProblemIds: [],
          capabilityTargets: [],
        },
      ],
      actions: [],
    },
    portfolio: {
      currentOccupation: SOFTWARE,
      entries: [
        entry('pe-next', 'next', 'Computer Systems Analysts', '15-1211.00'),
        entry('pe-ideal', 'ideal', 'Data Scientists', '15-2051.00'),
        entry('pe-adjacent', 'adjacent', 'Business Intelligence Analysts', '15-2051.01'),
        entry('pe-cross', 'cross_functional', 'Product owner in a start-up', null),
      ],
    },
  });
  return planId;
}

test.describe('AI exposure on the real studies', () => {
  test.skip(
    !process.env.TRAILMAP_AI_EXPOSURE_DIR || !process.env.TRAILMAP_ONET_DIR,
    'Set TRAILMAP_AI_EXPOSURE_DIR (e.g. ../shared/data/ai-exposure) and TRAILMAP_ONET_DIR (../shared/data/onet), as CI does, to run the AI-exposure tests on real data.',
  );
  test.beforeEach(async ({ page }) => {
    await OccupationsPage.waitForData(page);
    await AiExposurePage.waitForStudies(page);
  });

  test('an occupation profile shows both studies, their notes and attribution, and its task labels', async ({
    page,
  }) => {
    const ai = new AiExposurePage(page);
    await page.goto(`/occupations/${SOFTWARE.code}`);
    await expect(page.getByRole('heading', { level: 1, name: SOFTWARE.title })).toBeVisible();
    const figure = ai.figure('AI exposure');
    await expect(figure).toContainText('Exposure is not job loss');
    // "GPTs are GPTs": human annotators and GPT-4 side by side, α β γ explained.
    const shares = figure.locator('.ai-share-table');
    await expect(shares.getByRole('columnheader')).toHaveText([
      'Share of tasks',
      'Human annotators',
      'GPT-4',
    ]);
    await expect(shares.getByRole('rowheader')).toHaveCount(3);
    await expect(shares.getByRole('rowheader').nth(1)).toContainText('Headline measure (β)');
    // β of 15-1252.00 in occ_level.csv: human 0.4474, GPT-4 0.8684.
    await expect(shares.locator('tbody tr').nth(1).getByRole('cell')).toHaveText(['45%', '87%']);
    await expect(figure).toContainText('The two ratings differ by 42 percentage points');
    // "Working with AI": the score read against the study's spread.
    await expect(figure).toContainText('0.28 on a 0–1 scale, above the study’s average of 0.17');
    await expect(figure.getByText(GPTS_ATTRIBUTION).first()).toBeVisible();
    await expect(figure.getByText(WWAI_ATTRIBUTION).first()).toBeVisible();
    await figure
      .getByText('What “Working with AI” (Tomlinson et al., 2025) measures, and what it does not')
      .click();
    await expect(figure.getByText(/Applicability is not job loss/)).toBeVisible();

    // Task labels: the scale in words, then a table sortable and filterable by label.
    const tasks = page.getByRole('region', {
      name: 'Exposure of each task of Software Developers',
    });
    await expect(tasks).toContainText('E1 Direct exposure');
    await expect(tasks).toContainText('E2 Exposed through software');
    const rows = ai.taskRows(tasks);
    const total = await rows.count();
    expect(total).toBeGreaterThan(10);
    await expect(tasks.getByRole('status')).toHaveText(`Showing ${total} of ${total} tasks.`);
    await tasks.getByLabel('Show').selectOption({ label: 'Human annotators: E0 (no exposure)' });
    const e0 = await rows.count();
    expect(e0).toBeGreaterThan(0);
    expect(e0).toBeLessThan(total);
    for (const cell of await rows.locator('td:nth-child(2)').allTextContents())
      expect(cell).toBe('E0 No exposure');
    await tasks.getByLabel('Show').selectOption('all');
    await tasks.getByLabel('Order').selectOption({ label: 'Most exposed first' });
    await expect(rows.first().locator('td').first()).toHaveText('E1 Direct exposure');
    await tasks.getByLabel('Order').selectOption({ label: 'Least exposed first' });
    await expect(rows.first().locator('td').first()).toHaveText('E0 No exposure');

    await ai.openDisclosures();
    await figure.screenshot({ path: 'e2e/screenshots/ai-exposure-profile-desktop.png' });
    await expectNoAxeViolationsInBothThemes(page);
    expect(await ai.fitsAt360()).toBe(true);
    await figure.screenshot({ path: 'e2e/screenshots/ai-exposure-profile-360.png' });
  });

  test('a detailed occupation says its applicability is inherited from the broader SOC code', async ({
    page,
  }) => {
    const ai = new AiExposurePage(page);
    await page.goto('/occupations/15-2051.01');
    const figure = ai.figure('AI exposure');
    await expect(figure.getByText('Inherited from a broader code.')).toBeVisible();
    await expect(figure).toContainText('part of SOC 15-2051 (Data Scientists)');
  });

  test('the current role, target role and portfolio cards show their figures from one batch request', async ({
    page,
  }) => {
    const ai = new AiExposurePage(page);
    const workspace = new WorkspacePage(page);
    const portfolio = new PortfolioPage(page);
    const planId = await seedLinkedPlan(page, 'AI exposure e2e');
    const batches = ai.countBatchRequests();
    await workspace.open(planId, 'portfolio');

    const current = ai.figure(`AI exposure of ${SOFTWARE.title}`);
    await expect(current.locator('.ai-share-table')).toBeVisible({ timeout: 15_000 });
    await expect(current).toContainText('Exposure is not job loss');
    for (const name of [
      'Computer Systems Analysts',
      'Data Scientists',
      'Business Intelligence Analysts',
    ]) {
      const card = ai.compact(name);
      await expect(card).toContainText('Exposure, “GPTs are GPTs”');
      await expect(card).toContainText(/human \d+% · GPT-4 \d+% of tasks \(β\)/);
      await expect(card).toContainText(/Applicability, “Working with AI”\d\.\d\d of 1/);
    }
    await expect(ai.compact('Business Intelligence Analysts')).toContainText('(from SOC 15-2051)');
    // A card the person wrote without an occupation has no figures.
    await expect(portfolio.card('Product owner in a start-up').locator('.ai-compact')).toHaveCount(
      0,
    );
    await expect(page.locator('.ai-attributions').getByText(GPTS_ATTRIBUTION)).toBeVisible();
    await expect(page.locator('.ai-attributions').getByText(WWAI_ATTRIBUTION)).toBeVisible();
    expect(batches()).toBe(1);

    // The current role's task labels, one click away.
    await current.getByText('Exposure of each of its O*NET tasks').click();
    const tasks = page.getByRole('region', { name: `Exposure of each task of ${SOFTWARE.title}` });
    await expect(ai.taskRows(tasks).first()).toBeVisible();

    await page.locator('.portfolio-board').screenshot({
      path: 'e2e/screenshots/ai-exposure-portfolio-desktop.png',
    });
    await ai.openDisclosures();
    await current.screenshot({ path: 'e2e/screenshots/ai-exposure-current-role-desktop.png' });
    await expectNoAxeViolationsInBothThemes(page);
    expect(batches()).toBe(1);
    expect(await ai.fitsAt360()).toBe(true);
    await portfolio.card('Data Scientists').screenshot({
      path: 'e2e/screenshots/ai-exposure-card-360.png',
    });

    // Step 5: the target role linked to an occupation; its figures are already known.
    await page.setViewportSize({ width: 1280, height: 800 });
    const roadmap = new RoadmapPage(page);
    await workspace.open(planId, 'roadmap');
    const target = roadmap.role(0).getByRole('group', { name: 'AI exposure of Data scientist' });
    await expect(target).toContainText(/human \d+% · GPT-4 \d+% of tasks \(β\)/);
    await expect(page.locator('.ai-attributions').getByText(GPTS_ATTRIBUTION)).toBeVisible();
    await ai.openDisclosures();
    await expectNoAxeViolationsInBothThemes(page);
  });

  test('About lists both studies with their licence and attribution', async ({ page }) => {
    await page.goto('/about');
    await expect(page.getByRole('heading', { name: 'AI-exposure studies' })).toBeVisible();
    await expect(
      page.getByRole('heading', { name: /^GPTs are GPTs: labor market impact potential/ }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Working with AI: measuring/ })).toBeVisible();
    await expect(page.getByText(GPTS_ATTRIBUTION)).toBeVisible();
    await expect(page.getByText(WWAI_ATTRIBUTION)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Licence (MIT)' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Licence (CC BY 4.0)' }).first()).toBeVisible();
    await expect(page.getByText('On this server: installed.')).toHaveCount(2);
    await expectNoAxeViolationsInBothThemes(page);
  });
});

test('without the studies, figures say how to add them once and the rest of the screen works', async ({
  page,
}) => {
  const missing = {
    error: {
      code: 'ai_exposure.data_missing',
      message: 'AI-exposure data is not installed (looked in ./data/ai-exposure).',
    },
  };
  await page.route('**/api/ai-exposure/**', (route) =>
    route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify(missing) }),
  );
  const ai = new AiExposurePage(page);
  const workspace = new WorkspacePage(page);
  const portfolio = new PortfolioPage(page);
  const planId = await seedLinkedPlan(page, 'AI exposure without studies');
  await workspace.open(planId, 'portfolio');
  const current = ai.figure(`AI exposure of ${SOFTWARE.title}`);
  await expect(current).toContainText('AI-exposure studies are not installed on this server.');
  await expect(current).toContainText('TRAILMAP_AI_EXPOSURE_DIR');
  await expect(ai.compact('Data Scientists')).toHaveText(
    'AI-exposure studies are not installed on this server.',
  );
  // The board still edits and saves.
  await portfolio.card('Data Scientists').getByLabel('Notes').fill('Ask Sam about the team');
  await workspace.expectSaved();
  await expectNoAxeViolationsInBothThemes(page);

  // About says the same, with the steps to add the studies.
  await page.route('**/api/about', async (route) => {
    const about = (await (await route.fetch()).json()) as {
      aiExposureData: { studies: { installed: boolean | null }[] };
    };
    const aiExposureData = {
      ...about.aiExposureData,
      status: 'missing',
      message: 'AI-exposure data is not installed (looked in ./data/ai-exposure).',
      studies: about.aiExposureData.studies.map((s) => ({ ...s, installed: false })),
      rejectedRows: null,
    };
    await route.fulfill({ json: { ...about, aiExposureData } });
  });
  await page.goto('/about');
  await expect(page.getByText('On this server: not installed.')).toHaveCount(2);
  await expect(page.getByText('TRAILMAP_AI_EXPOSURE_DIR')).toBeVisible();
  await expect(page.getByText(GPTS_ATTRIBUTION)).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page);
});
