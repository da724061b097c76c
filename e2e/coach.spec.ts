import { expect, test } from '@playwright/test';
import { CoachPage } from './pages/coach-page.ts';
import { QuickStartPage } from './pages/quick-start-page.ts';
import { StrategyPage } from './pages/strategy-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const TITLE_TEXT = 'one day I hope to work as a pharmacist';
const onetDir = process.env.TRAILMAP_ONET_DIR;

test('the coach flags a noun value, and accepting its verb rewrites the value for good', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const planId = await WorkspacePage.createPlan(page, 'Coach values');
  const workspace = new WorkspacePage(page);
  const strategy = new StrategyPage(page);
  const coach = new CoachPage(page);
  await workspace.open(planId, 'strategy');
  await expect(coach.summary).toHaveText('Coach: Nothing to change on this step.');

  await strategy.addValuePhrase('builds trust');
  await strategy.addValuePhrase('Loyalty');
  await expect(coach.summary).toHaveText('Coach: 1 suggestion on this step.');
  await expect(coach.panel).toContainText("'Loyalty' is not a present-tense verb");
  await expect(coach.panel.getByText('Suggestion', { exact: true })).toBeVisible();

  // Accepting rewrites the value in place and gives the keyboard back to it; undo takes it back.
  await coach.valueSuggestion('Loyalty', 'stays loyal').click();
  await expect(strategy.value(2, 2)).toHaveValue('stays loyal');
  await expect(strategy.value(2, 2)).toBeFocused();
  await expect(coach.valueSuggestion('Loyalty', 'stays loyal')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo last change' }).click();
  await expect(strategy.value(2, 2)).toHaveValue('Loyalty');
  await coach.panel.getByRole('button', { name: 'Use “stays loyal” instead of “Loyalty”' }).click();
  await expect(strategy.value(2, 2)).toHaveValue('stays loyal');
  await expect(coach.summary).toHaveText('Coach: Nothing to change on this step.');
  await workspace.expectSaved();

  await page.reload();
  await expect(strategy.value(2, 2)).toHaveValue('stays loyal');
  await expect(coach.summary).toHaveText('Coach: Nothing to change on this step.');

  if (!onetDir) {
    // Without the occupation data every other rule still runs, and the panel says how to add it.
    await expect(coach.panel).toContainText('Job-title checks are off');
    await expect(coach.panel).toContainText('npm run data:onet');
    await expect(coach.panel).toContainText('TRAILMAP_ONET_DIR');
    await coach.expectNoAxeViolationsInBothThemes();
    await page.emulateMedia({ colorScheme: 'dark' });
    await workspace.screenshot('coach-titles-off-dark');
  }
});

test('an unreachable coach keeps its last findings, says so quietly, and autosave carries on', async ({
  page,
}) => {
  const planId = await WorkspacePage.createPlan(page, 'Coach offline');
  const workspace = new WorkspacePage(page);
  const strategy = new StrategyPage(page);
  const coach = new CoachPage(page);
  await workspace.open(planId, 'strategy');
  await strategy.addValuePhrase('Loyalty');
  await expect(coach.summary).toHaveText('Coach: 1 suggestion on this step.');

  await page.route('**/api/coach/**', (route) => route.abort('internetdisconnected'));
  await strategy.gratifyingWork.fill('Untangling processes that slow teams down.');
  await expect(coach.panel).toContainText('Offline: showing what the coach said last');
  await expect(coach.summary).toHaveText('Coach: 1 suggestion on this step.');
  await workspace.expectSaved();
  await page.unroute('**/api/coach/**');
});

test('the coach flags a job title in the gratifying work, shows it in the text, and sums up on the dashboard', async ({
  page,
}) => {
  test.skip(
    !onetDir,
    'Job-title detection needs the O*NET titles: set TRAILMAP_ONET_DIR (e.g. ../shared/data/onet) to run this test.',
  );
  test.setTimeout(120_000);
  const planId = await WorkspacePage.createPlan(page, 'Coach titles');
  const workspace = new WorkspacePage(page);
  const strategy = new StrategyPage(page);
  const coach = new CoachPage(page);
  await workspace.open(planId, 'strategy');

  await strategy.gratifyingWork.fill(TITLE_TEXT);
  await strategy.addValuePhrase('Loyalty');
  // The titles may still be loading when the server has just started.
  await expect(coach.flags.locator('mark')).toHaveText('pharmacist', { timeout: 60_000 });
  await expect(coach.summary).toHaveText('Coach: 1 warning and 1 suggestion on this step.');
  await expect(coach.panel).toContainText("names a job title ('pharmacist')");
  await expect(coach.flags).toContainText('Rewrite it without');

  await coach.flags.getByRole('button', { name: /Show me/ }).click();
  await expect(strategy.gratifyingWork).toBeFocused();
  expect(await coach.selectedText(strategy.gratifyingWork)).toBe('pharmacist');

  await workspace.expectSaved();
  await coach.expectNoAxeViolationsInBothThemes();
  await page.emulateMedia({ colorScheme: 'light' });
  await workspace.screenshot('coach-strategy-desktop');
  await page.setViewportSize({ width: 360, height: 800 });
  await expect(coach.flags).toBeVisible();
  await workspace.screenshot('coach-strategy-360');
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.goto(`/plans/${planId}`);
  await expect(coach.card).toContainText('Strategy studio: 1 warning and 1 suggestion');
  await coach.expectNoAxeViolationsInBothThemes();
  await page.emulateMedia({ colorScheme: 'light' });
  await workspace.screenshot('coach-dashboard-desktop');
  await page.setViewportSize({ width: 360, height: 800 });
  await workspace.screenshot('coach-dashboard-360');
  await page.setViewportSize({ width: 1280, height: 800 });
  await coach.card.getByRole('link', { name: 'Strategy studio' }).click();
  await expect(page).toHaveURL(new RegExp(`/plans/${planId}/strategy$`));

  // Rewriting without the title clears the flag.
  await strategy.gratifyingWork.fill(
    'Helping people take their medicines safely and understand them.',
  );
  await expect(coach.flags).toHaveCount(0);
  await expect(coach.summary).toHaveText('Coach: 1 suggestion on this step.');
});

test('the quick start coaches each stage: a title in the vision, then the audit stage’s skills', async ({
  page,
}) => {
  test.skip(
    !onetDir,
    'Job-title detection needs the O*NET titles: set TRAILMAP_ONET_DIR (e.g. ../shared/data/onet) to run this test.',
  );
  test.setTimeout(120_000);
  const planId = await WorkspacePage.createPlan(page, 'Coach quick start');
  const quick = new QuickStartPage(page);
  const coach = new CoachPage(page);
  await quick.open(planId, 2);
  await expect(coach.summary).toHaveText('Coach: Nothing to change on this stage.');

  const statement = quick.field('Your vision statement');
  await statement.fill('In five years I want to be a chief financial officer.');
  await expect(coach.flags.locator('mark')).toHaveText('chief financial officer', {
    timeout: 60_000,
  });
  await expect(coach.summary).toHaveText('Coach: 1 warning on this stage.');
  await expect(coach.panel).toContainText(
    "Your vision statement names a job title ('chief financial officer')",
  );
  await coach.flags.getByRole('button', { name: /Show me/ }).click();
  await expect(statement).toBeFocused();
  expect(await coach.selectedText(statement)).toBe('chief financial officer');
  await statement.fill('In five years I steer how a whole company funds its growth.');
  await expect(coach.flags).toHaveCount(0);
  await expect(coach.summary).toHaveText('Coach: Nothing to change on this stage.');

  // Stage 3 writes skills and their audit: the coach reads both steps there.
  await quick.goToStage(3);
  await quick.field('Skill 1').fill('Financial modelling');
  await expect(coach.summary).toHaveText('Coach: 1 suggestion on this stage.');
  await expect(coach.panel).toContainText('You have 1 critical skill; your vision needs three');
  await coach.expectNoAxeViolationsInBothThemes();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
