import { expect, test } from '@playwright/test';
import { StrategyPage } from './pages/strategy-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const FIRST_WORK =
  'Untangling a process that slows a whole team down and leaving something simpler behind.';
const SECOND_WORK =
  'Untangling a process that slows several teams down, with the people who run it, and leaving something simpler behind.';

test('a new user writes a strategy, saves two iterations, compares them and finds every word after a reload', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const planId = await WorkspacePage.createPlan(page, 'Strategy studio');
  const workspace = new WorkspacePage(page);
  const strategy = new StrategyPage(page);
  await workspace.open(planId, 'strategy');
  await expect(page.getByText('Add at least two values above')).toBeVisible();

  await strategy.gratifyingWork.fill(FIRST_WORK);
  await strategy.addValuePhrase('builds trust');
  await strategy.addValuePhrase('simplifies');
  await strategy.addValuePhrase('teaches');
  await expect(strategy.diagram).toBeVisible();
  await expect(
    strategy.diagram.locator('ellipse:not(clipPath ellipse):not(mask ellipse)'),
  ).toHaveCount(3);

  // Three values meet in four regions; writing in one lights it up in the diagram.
  const lines = [
    'promises people can check',
    'plain explanations',
    'learning by doing',
    'teams that run it themselves',
  ];
  for (const [index, line] of lines.entries()) await strategy.overlap(index + 1).fill(line);
  await strategy.overlap(1).focus();
  await expect(strategy.marker('01')).toHaveAttribute('data-active', 'true');
  await expect(strategy.diagram.locator('.venn-active-region')).toHaveCount(1);
  // Clicking a marker takes the keyboard to its line.
  await strategy.marker('012').click();
  await expect(strategy.overlap(4)).toBeFocused();
  await workspace.expectSaved();
  await strategy.saveIterationNamed('First draft');
  await expect(page.getByText('Save one more iteration to compare them')).toBeVisible();

  // The second draft: a rewrite, a reworded value, a new value, a changed line.
  await strategy.gratifyingWork.fill(SECOND_WORK);
  await strategy.value(2, 3).fill('simplifies the complicated');
  await strategy.addValuePhrase('listens first');
  await expect(strategy.diagram.locator('.venn-marker')).toHaveCount(11);
  await strategy.overlap(1).fill('promises anyone can check');
  await strategy.overlap(11).fill('a team that needs me less each month');
  await strategy.saveIterationNamed('Second draft');

  await strategy.compare('First draft', 'Second draft');
  await expect(page).toHaveURL(/\?a=[^&]+&b=[^&]+/);
  const comparison = strategy.comparison;
  await expect(comparison.getByRole('status')).toContainText('The gratifying work was rewritten');
  await expect(comparison.getByRole('status')).toContainText('1 value added');
  await expect(comparison.getByRole('status')).toContainText('1 value reworded');
  await expect(comparison.locator('ins', { hasText: 'several teams' })).toBeVisible();
  await expect(comparison.locator('del', { hasText: 'a whole team' })).toBeVisible();
  await expect(comparison.locator('ins', { hasText: 'listens first' })).toBeVisible();
  await expect(comparison.locator('ins', { hasText: 'the complicated' })).toBeVisible();
  await expect(comparison.locator('del', { hasText: 'check' })).toHaveCount(0);
  await expect(comparison.locator('ins', { hasText: 'anyone' })).toBeVisible();
  await expect(comparison.locator('del', { hasText: 'people' }).first()).toBeVisible();
  await expect(comparison.getByText('New', { exact: true }).first()).toBeVisible();
  await expect(comparison.getByText('Reworded', { exact: true }).first()).toBeVisible();
  await workspace.screenshot('strategy-compare-desktop');
  for (const colorScheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme });
    await strategy.expectNoAxeViolations();
  }
  await page.setViewportSize({ width: 360, height: 800 });
  await workspace.screenshot('strategy-compare-360');
  await page.setViewportSize({ width: 1280, height: 800 });

  // A reload finds every word and the same comparison (the pair is in the address).
  await page.reload();
  await expect(strategy.gratifyingWork).toHaveValue(SECOND_WORK);
  await expect(strategy.value(1, 4)).toHaveValue('builds trust');
  await expect(strategy.value(2, 4)).toHaveValue('simplifies the complicated');
  await expect(strategy.value(3, 4)).toHaveValue('teaches');
  await expect(strategy.value(4, 4)).toHaveValue('listens first');
  await expect(strategy.overlap(1)).toHaveValue('promises anyone can check');
  await expect(strategy.overlap(11)).toHaveValue('a team that needs me less each month');
  for (const [index, line] of lines.slice(1).entries()) {
    // With four values the regions are renumbered: pairs 1–6, triples 7–10, all four 11.
    const number = [2, 4, 7][index] ?? 0;
    await expect(strategy.overlap(number)).toHaveValue(line);
  }
  await expect(page.getByRole('listitem').filter({ hasText: 'First draft' })).toBeVisible();
  await expect(strategy.comparison.locator('ins', { hasText: 'several teams' })).toBeVisible();
});

test('the diagram exports as SVG and PNG, removing a value takes its lines along, and the screen passes axe in both themes', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const planId = await WorkspacePage.createPlan(page, 'Strategy export');
  const workspace = new WorkspacePage(page);
  const strategy = new StrategyPage(page);
  await workspace.open(planId, 'strategy');
  await strategy.gratifyingWork.fill(FIRST_WORK);
  const phrases = ['builds trust', 'simplifies', 'teaches', 'listens first'];
  for (const phrase of phrases) await strategy.addValuePhrase(phrase);
  await strategy.overlap(1).fill('promises people can check');
  await strategy.overlap(11).fill('teams that run it themselves');
  await workspace.expectSaved();

  const svg = await strategy.download('Download diagram as SVG');
  expect(svg.name).toBe('trailmap-strategy.svg');
  const text = svg.bytes.toString('utf8');
  // The browser's XML parser reads the file as a standalone SVG document.
  const parsed = await page.evaluate((source) => {
    const document = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      error: document.querySelector('parsererror')?.textContent ?? null,
      root: document.documentElement.localName,
      text: document.documentElement.textContent ?? '',
      ellipses: document.querySelectorAll('svg > ellipse').length,
    };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.ellipses).toBe(4);
  for (const phrase of phrases) expect(parsed.text).toContain(phrase);
  expect(parsed.text).toContain('teams that run it themselves');
  expect(text).not.toContain('var(--');

  const png = await strategy.download('Download diagram as PNG');
  expect(png.name).toBe('trailmap-strategy.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.length).toBeGreaterThan(5_000);

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await strategy.overlap(1).focus();
    await strategy.expectNoAxeViolations();
    await workspace.screenshot(`strategy-desktop-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 360, height: 800 });
  await strategy.overlap(11).focus();
  await workspace.screenshot('strategy-360');
  await strategy.diagram.screenshot({ path: 'e2e/screenshots/strategy-venn-360.png' });
  await strategy.expectNoAxeViolations();
  await page.setViewportSize({ width: 1280, height: 800 });

  // Removing a value removes the lines that name it in the same edit: the save goes through.
  await page.getByRole('button', { name: 'Remove item 1: builds trust' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed' })).toContainText(
    'and 2 lines where it met other values',
  );
  await workspace.expectSaved();
  await expect(strategy.value(1, 3)).toHaveValue('simplifies');
  await expect(strategy.diagram.locator('.venn-marker')).toHaveCount(4);
  await page.reload();
  await expect(strategy.value(3, 3)).toHaveValue('listens first');
  // The line where all four met is gone with the value; the others have no line yet.
  for (const number of [1, 2, 3, 4]) await expect(strategy.overlap(number)).toHaveValue('');
});
