import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { OccupationsPage } from './pages/occupations-page.ts';
import { RoadmapPage } from './pages/roadmap-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ATTRIBUTION = /O\*NET 29\.3 Database by the U\.S\. Department of Labor/;

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

test('without occupation data, the screens say how to add it instead of failing', async ({
  page,
}) => {
  const missing = {
    error: {
      code: 'occupations.data_missing',
      message: 'The O*NET data is not installed in ./data/onet.',
    },
  };
  await page.route(/\/api\/(occupations|taxonomy)\//, (route) =>
    route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify(missing) }),
  );
  await page.goto('/occupations?q=nurse');
  await expect(page.getByText('Occupation data is not installed on this server.')).toBeVisible();
  await expect(page.getByText('npm run data:onet')).toBeVisible();
  await page.goto('/occupations/15-1252.00');
  await expect(page.getByText('TRAILMAP_ONET_DIR')).toBeVisible();
  await expectNoAxeViolations(page);

  // Step 5 still works; linking a role says how to add the data.
  const workspace = new WorkspacePage(page);
  const roadmap = new RoadmapPage(page);
  await workspace.open(await WorkspacePage.createPlan(page, 'Roadmap without data'), 'roadmap');
  await roadmap.addRoleButton.click();
  await roadmap.role(0).getByLabel('Role title').fill('Head of analytics');
  await roadmap.role(0).getByRole('combobox', { name: 'Link to an occupation' }).fill('analyst');
  await expect(roadmap.role(0).getByText('npm run data:onet')).toBeVisible();
  await workspace.expectSaved();
});

test('About without occupation data says how to add it', async ({ page }) => {
  // What the server answers before `npm run data:onet` …
  await page.route('**/api/about', async (route) => {
    const about = (await (await route.fetch()).json()) as { occupationData: object };
    const occupationData = {
      ...about.occupationData,
      status: 'missing',
      message: 'The O*NET data is not installed in ./data/onet.',
      release: null,
      occupations: null,
      ratedOccupations: null,
      rejectedRows: null,
      loadMs: null,
    };
    await route.fulfill({ json: { ...about, occupationData } });
  });
  await page.goto('/about');
  await expect(page.getByText('Not installed', { exact: true })).toBeVisible();
  await expect(page.getByText('npm run data:onet')).toBeVisible();
  await expect(page.getByText('TRAILMAP_ONET_DIR')).toBeVisible();
  await expect(page.getByText(ATTRIBUTION)).toBeVisible();
  await expectNoAxeViolations(page);

  // … and what a proxy in front of it might answer instead.
  await page.unroute('**/api/about');
  await page.route('**/api/about', (route) =>
    route.fulfill({
      status: 503,
      json: { error: { code: 'occupations.data_missing', message: 'No O*NET data.' } },
    }),
  );
  await page.reload();
  await expect(page.getByText('Occupation data is not installed on this server.')).toBeVisible();
  await expect(page.getByText('npm run data:onet')).toBeVisible();
});

test.describe('occupation intelligence on the real O*NET data', () => {
  test.skip(
    !process.env.TRAILMAP_ONET_DIR,
    'Set TRAILMAP_ONET_DIR (e.g. ../shared/data/onet, as CI does) to run the occupation tests on real data.',
  );
  test.beforeEach(async ({ page }) => OccupationsPage.waitForData(page));

  test('search with typos, read a profile, see similar roles and find three pathways', async ({
    page,
  }) => {
    const occupations = new OccupationsPage(page);
    await page.goto('/occupations');
    await occupations.pick('Job title', 'sofware enginer', /^Software Developers/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Software Developers' }),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: /^Skills/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Interests (RIASEC)' })).toBeVisible();
    await expect(page.getByText('Hot').first()).toBeVisible();
    const similar = page.locator('.similar-roles .role-card');
    await expect(similar.first()).toBeVisible({ timeout: 10_000 });
    await expect(similar.first()).toContainText('Shares:');
    await occupations.pick('Where would you like to get to?', 'data scientist', /^Data Scientists/);
    await expect(
      page.getByText('3 pathways from Software Developers to Data Scientists.'),
    ).toBeVisible({
      timeout: 15_000,
    });
    await expect(page.locator('.pathway')).toHaveCount(3);
    await expect(page.locator('.pathway').first()).toContainText('Build:');
    // The diagram: one lane per path, the start and the target drawn once each.
    const diagram = page.getByRole('img', { name: /^Diagram of 3 pathways from Software/ });
    await expect(diagram).toBeVisible();
    await expect(diagram.locator('.pathway-lane')).toHaveCount(3);
    await expect(diagram.locator('.pathway-diagram-node.start')).toHaveCount(1);
    await expect(diagram.locator('.pathway-diagram-node.start')).toContainText('Software');
    await expect(diagram.locator('.pathway-diagram-node.target')).toHaveCount(1);
    await expect(diagram.locator('.pathway-diagram-node.target')).toContainText('Data Scientists');
    // Each role once, however many paths pass through it.
    const codes = await diagram.locator('.pathway-diagram-node title').allTextContents();
    expect(new Set(codes).size).toBe(codes.length);
    // Focusing a path in the list highlights it in the diagram.
    await page.locator('.pathway').nth(1).getByRole('link').first().focus();
    await expect(diagram.locator('.pathway-lane[data-path="2"]')).toHaveClass(/is-active/);
    await expect(diagram.locator('.pathway-lane[data-path="1"]')).toHaveClass(/is-dimmed/);
    await page.locator('.pathway').nth(1).getByRole('link').first().blur();
    await expect(diagram.locator('.pathway-lane.is-active')).toHaveCount(0);
    await expect(page.getByText(ATTRIBUTION)).toBeVisible();
    await occupations.screenshot('occupation-profile-desktop');
    await page.locator('.pathway-diagram-scroll').screenshot({
      path: 'e2e/screenshots/pathway-diagram-desktop.png',
    });
    await page.setViewportSize({ width: 360, height: 800 });
    await occupations.screenshot('occupation-profile-360');
    // At 360 px the diagram scrolls sideways inside a focusable, labelled region.
    const region = page.getByRole('region', { name: /^Pathway diagram/ });
    const fits = await region.evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(fits).toBe(false);
    const pageFits = await page.evaluate(
      () => document.documentElement.scrollWidth <= window.innerWidth,
    );
    expect(pageFits).toBe(true);
    await region.screenshot({ path: 'e2e/screenshots/pathway-diagram-360.png' });
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  test('pick a taxonomy skill in step 3 and add a suggested role in step 6', async ({ page }) => {
    const occupations = new OccupationsPage(page);
    const workspace = new WorkspacePage(page);
    const planId = await WorkspacePage.createPlan(page, 'Occupations e2e');
    await workspace.open(planId, 'skills');
    await occupations.pick('Or pick from the O*NET skills list', 'negotiat', /^Negotiation/);
    await expect(page.getByRole('textbox', { name: 'Critical skill 1 of 1' })).toHaveValue(
      'Negotiation',
    );
    await expect(page.getByText('from the skills list')).toBeVisible();
    await workspace.expectSaved();

    await workspace.open(planId, 'portfolio');
    await occupations.pick('Your current occupation', 'sofware enginer', /^Software Developers/);
    await expect(page.getByText('Current occupation: Software Developers')).toBeVisible();
    const nextLane = page.locator('.portfolio-lane').filter({ hasText: 'Next step' });
    const add = nextLane.getByRole('button', { name: /^Add / }).first();
    await expect(add).toBeVisible({ timeout: 15_000 });
    await expect(nextLane.locator('.suggestion-facts').first()).toContainText('Overlap');
    const title = ((await add.textContent()) ?? '').replace(/^Add /, '');
    await add.click();
    await expect(nextLane.locator('.portfolio-cards input').first()).toHaveValue(title);
    await expect(page.getByRole('heading', { name: 'Roles for you' })).toBeVisible();
    await workspace.expectSaved();
    const plan = (await (await page.request.get(`/api/plans/${planId}`)).json()) as {
      content: {
        steps: {
          skills: { skills: { source: { kind: string; elementId?: string } }[] };
          portfolio: { currentOccupation: { code: string }; entries: { occupationCode: string }[] };
        };
      };
    };
    expect(plan.content.steps.skills.skills[0]?.source).toEqual({
      kind: 'taxonomy',
      taxonomy: 'skill',
      elementId: '2.B.1.d',
    });
    expect(plan.content.steps.portfolio.currentOccupation.code).toBe('15-1252.00');
    expect(plan.content.steps.portfolio.entries[0]?.occupationCode).toMatch(/^\d{2}-\d{4}\.\d{2}$/);
    await occupations.screenshot('portfolio-suggestions-desktop');
    await page.setViewportSize({ width: 360, height: 800 });
    await occupations.screenshot('portfolio-suggestions-360');
  });

  test('link a target role to an occupation, see the gap and add a gap item as a capability target', async ({
    page,
  }) => {
    const occupations = new OccupationsPage(page);
    const workspace = new WorkspacePage(page);
    const roadmap = new RoadmapPage(page);
    const planId = await WorkspacePage.createPlan(page, 'Roadmap occupations e2e');
    await workspace.open(planId, 'skills');
    await page.getByRole('button', { name: '+ Add a skill' }).click();
    await page.getByLabel('Critical skill 1 of 1').fill('Python');
    await workspace.expectSaved();

    await workspace.open(planId, 'roadmap');
    await roadmap.addRoleButton.click();
    const role = roadmap.role(0);
    await occupations.pick('Link to an occupation', 'data scientist', /^Data Scientists/);
    // An untitled role takes the occupation's title.
    await expect(role.getByLabel('Role title')).toHaveValue('Data Scientists');
    await expect(role.locator('.role-gap-linked')).toContainText('Linked to Data Scientists');
    const items = role.locator('.role-gap-item');
    await expect(items.first()).toBeVisible({ timeout: 15_000 });
    // The gap speaks in the plan's own skills where they map.
    await expect(role.locator('.role-gap-list')).toContainText('Python (your skill)');
    const add = items.first().getByRole('button', { name: /^\+ Add as capability target/ });
    const name = ((await add.textContent()) ?? '').replace(/^\+ Add as capability target: /, '');
    await add.focus();
    await page.keyboard.press('Enter');
    await expect(items.first().getByRole('button')).toHaveText(/✓ Added as capability target/);
    await expect(items.first().getByRole('button')).toBeFocused();
    const target = role.getByRole('textbox', {
      name: /^Capabilities to build for .*, item 1 of 1$/,
    });
    await expect(target).toHaveValue(/: reach level \d\.\d of 7$/);
    const targetText = await target.inputValue();
    expect(targetText.startsWith(`${name}: `)).toBe(true);
    await workspace.expectSaved();

    await page.reload();
    await expect(role.getByRole('textbox', { name: /item 1 of 1$/ })).toHaveValue(targetText);
    await expect(role.locator('.role-gap-linked')).toContainText('Linked to Data Scientists');
    await expect(page.getByText(ATTRIBUTION)).toBeVisible();
    const plan = (await (await page.request.get(`/api/plans/${planId}`)).json()) as {
      content: {
        steps: {
          roadmap: {
            targetRoles: { occupationCode: string; capabilityTargets: { text: string }[] }[];
          };
        };
      };
    };
    expect(plan.content.steps.roadmap.targetRoles[0]?.occupationCode).toBe('15-2051.00');
    expect(plan.content.steps.roadmap.targetRoles[0]?.capabilityTargets[0]?.text).toBe(targetText);
    await expect(role.locator('.role-gap-item').first()).toBeVisible({ timeout: 15_000 });
    await workspace.screenshot('roadmap-linked-role-desktop');
    await page.setViewportSize({ width: 360, height: 800 });
    await workspace.screenshot('roadmap-linked-role-360');

    // The linked role fills the "Ideal role" lane of step 6.
    await page.setViewportSize({ width: 1280, height: 800 });
    await workspace.open(planId, 'portfolio');
    await occupations.pick('Your current occupation', 'sofware enginer', /^Software Developers/);
    const ideal = page.locator('.portfolio-lane').filter({ hasText: 'Ideal role' });
    await expect(ideal.getByRole('button', { name: /^Add Data Scientists/ })).toBeVisible({
      timeout: 15_000,
    });
    // The pathways from the current occupation to the linked target role, drawn in the workbook.
    const pathways = page.getByRole('img', { name: /^Diagram of \d pathways? from Software/ });
    await expect(pathways).toBeVisible({ timeout: 15_000 });
    await expect(pathways.locator('.pathway-diagram-node.target')).toContainText('Data Scientists');
    await workspace.screenshot('portfolio-pathways-desktop');

    // Unlinking keeps the words and the targets.
    await workspace.open(planId, 'roadmap');
    await role.getByRole('button', { name: /^Unlink/ }).click();
    await expect(role.getByRole('combobox', { name: 'Link to an occupation' })).toBeFocused();
    await expect(role.getByLabel('Role title')).toHaveValue('Data Scientists');
    await expect(role.getByRole('textbox', { name: /item 1 of 1$/ })).toHaveValue(targetText);
    await workspace.expectSaved();
  });

  test('the taxonomy picker keeps the words when its filter changes', async ({ page }) => {
    const occupations = new OccupationsPage(page);
    const workspace = new WorkspacePage(page);
    await workspace.open(await WorkspacePage.createPlan(page, 'Picker filter'), 'skills');
    const box = page.getByRole('combobox', { name: 'Or pick from the O*NET skills list' });
    await box.fill('comput');
    await expect(page.locator('.search-option').first()).toBeVisible({ timeout: 10_000 });
    await page.getByLabel('Search in').selectOption({ label: 'Knowledge' });
    await expect(box).toHaveValue('comput');
    await box.focus();
    await expect(page.locator('.search-option').first()).toContainText('knowledge');
    await occupations.screenshot('skills-taxonomy-picker-desktop');
    await page.setViewportSize({ width: 360, height: 800 });
    await occupations.screenshot('skills-taxonomy-picker-360');
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect(page.getByText('from the knowledge list')).toBeVisible();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`occupation screens have no axe violations in the ${colorScheme} theme`, async ({
      page,
    }) => {
      // Six screens, each checked by axe once its data has arrived.
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme });
      const occupations = new OccupationsPage(page);
      await page.goto('/occupations?q=sofware%20enginer');
      await expect(page.getByRole('option').first()).toBeVisible({ timeout: 10_000 });
      await expectNoAxeViolations(page);
      await page.goto('/occupations/15-1252.00');
      await expect(page.locator('.similar-roles .role-card').first()).toBeVisible({
        timeout: 10_000,
      });
      await occupations.pick(
        'Where would you like to get to?',
        'data scientist',
        /^Data Scientists/,
      );
      await expect(page.locator('.pathway').first()).toBeVisible({ timeout: 15_000 });
      await expect(page.locator('.pathway-diagram')).toBeVisible();
      await expectNoAxeViolations(page);
      await page.locator('.pathway-diagram-scroll').screenshot({
        path: `e2e/screenshots/pathway-diagram-${colorScheme}.png`,
      });
      await page.goto('/about');
      await expect(page.getByText('O*NET 29.3 Database, May 2025 Release')).toBeVisible();
      await expect(page.getByText(ATTRIBUTION)).toBeVisible();
      await expectNoAxeViolations(page);
      await occupations.screenshot(`about-${colorScheme}`);

      const workspace = new WorkspacePage(page);
      const planId = await WorkspacePage.createPlan(page, `Occupations axe ${colorScheme}`);
      await workspace.open(planId, 'skills');
      await page.getByRole('combobox', { name: 'Or pick from the O*NET skills list' }).fill('pyth');
      await expect(page.locator('.search-option').first()).toBeVisible({ timeout: 10_000 });
      await expectNoAxeViolations(page);
      await workspace.open(planId, 'portfolio');
      await occupations.pick('Your current occupation', 'sofware enginer', /^Software Developers/);
      await expect(page.locator('.lane-suggestion').first()).toBeVisible({ timeout: 15_000 });
      await expect(page.locator('.roles-for-you .role-card').first()).toBeVisible();
      await expectNoAxeViolations(page);
      await occupations.screenshot(`portfolio-suggestions-${colorScheme}`);
    });

    test(`a target role linked to an occupation has no axe violations in the ${colorScheme} theme`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      const occupations = new OccupationsPage(page);
      const workspace = new WorkspacePage(page);
      const planId = await WorkspacePage.createPlan(page, `Roadmap axe ${colorScheme}`);
      await workspace.open(planId, 'roadmap');
      await page.getByRole('button', { name: '+ Add a target role' }).click();
      await occupations.pick('Link to an occupation', 'data scientist', /^Data Scientists/);
      await expect(page.locator('.role-gap-item').first()).toBeVisible({ timeout: 15_000 });
      await page.locator('.role-gap-item').first().getByRole('button').click();
      await page.getByRole('combobox', { name: 'Link to another occupation' }).fill('statistic');
      await expect(page.locator('.search-option').first()).toBeVisible({ timeout: 10_000 });
      await expectNoAxeViolations(page);
      await occupations.screenshot(`roadmap-linked-role-${colorScheme}`);
    });
  }
});
