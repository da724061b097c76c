import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { PlansPage } from './pages/plans-page.ts';

test('a new user opens Trailmap, creates a plan and sees its progress per step', async ({
  page,
}) => {
  const plans = new PlansPage(page);
  // Other specs share this server's database: start from none, as a new user does.
  await plans.deleteAllPlans();
  await plans.open();
  await expect(page.getByText('No plans yet')).toBeVisible();

  await plans.createPlan('Move into operations strategy');
  const card = plans.planCard('Move into operations strategy');
  await expect(card).toBeVisible();
  // Keyboard and screen-reader users hear what happened and land on the new plan.
  await expect(plans.statusLine).toHaveText('Plan “Move into operations strategy” created.');
  await expect(plans.planHeading('Move into operations strategy')).toBeFocused();
  await expect(card.getByRole('progressbar', { name: /overall progress/ })).toHaveAttribute(
    'aria-valuenow',
    '0',
  );
  await expect(
    card.getByRole('list', { name: /progress per step/ }).getByRole('listitem'),
  ).toHaveCount(8);
  await expect(card.getByText('7 · Restructure today')).toBeVisible();

  await page.reload();
  await expect(plans.planCard('Move into operations strategy')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/plans-shell.png', fullPage: true });
});

test('an empty title is explained, not sent', async ({ page }) => {
  const plans = new PlansPage(page);
  await plans.open();
  await plans.createButton.click();
  await expect(page.getByRole('alert')).toContainText('Give the plan a title');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the plans screen has no accessibility violations in the ${colorScheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    const plans = new PlansPage(page);
    await plans.open();
    await plans.createPlan(`Accessibility check (${colorScheme})`);
    await expect(plans.planCard(`Accessibility check (${colorScheme})`)).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}
