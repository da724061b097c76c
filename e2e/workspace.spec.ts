import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { WorkspacePage } from './pages/workspace-page.ts';

test('the keyboard moves along the method and undoes the last change on a step', async ({
  page,
}) => {
  const planId = await WorkspacePage.createPlan(page, 'Keyboard check');
  const workspace = new WorkspacePage(page);
  await workspace.open(planId, 'product');
  await expect(page.getByRole('heading', { level: 1, name: '1 · Career product' })).toBeFocused();

  const who = page.getByLabel('I help … (who)');
  await who.fill('product teams');
  await workspace.expectSaved();
  await who.press('Alt+Shift+Z');
  await expect(who).toHaveValue('');
  await workspace.expectSaved();

  await who.fill('operations leads');
  await page.getByRole('button', { name: 'Undo last change' }).click();
  await expect(who).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Undo last change' })).toBeDisabled();

  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect(page).toHaveURL(new RegExp(`/plans/${planId}/vision$`));
  await expect(page.getByRole('heading', { level: 1, name: '2 · Vision' })).toBeFocused();
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`/plans/${planId}/product$`));

  // The step navigation marks where the person is.
  await expect(
    page
      .getByRole('navigation', { name: 'Plan screens' })
      .getByRole('link', { name: /Career product/ }),
  ).toHaveAttribute('aria-current', 'page');
});

test('an unknown plan says so and leads back to the plans', async ({ page }) => {
  await page.goto('/plans/no-such-plan');
  await expect(page.getByRole('heading', { level: 1, name: 'No such plan' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to your plans' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your plans' })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the career product step has no accessibility violations in the ${colorScheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    const planId = await WorkspacePage.createPlan(page, `Product ${colorScheme}`);
    const workspace = new WorkspacePage(page);
    await workspace.open(planId, 'product');
    await page.getByRole('button', { name: '+ Add a problem' }).click();
    await page.keyboard.type('Audits that stall launches');
    await page.getByRole('radio', { name: '3' }).first().check();
    await page.getByText('Show examples').click();
    await workspace.expectSaved();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    await workspace.screenshot(`product-${colorScheme}`);
    await page.setViewportSize({ width: 360, height: 800 });
    await workspace.screenshot(`product-${colorScheme}-360`);
  });
}
