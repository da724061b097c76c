import { expect, test } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page.ts';

test('edits save as the person types and every word is there after a reload', async ({ page }) => {
  const planId = await WorkspacePage.createPlan(page, 'Autosave check');
  const workspace = new WorkspacePage(page);
  await workspace.open(planId, 'product');

  await page.getByRole('button', { name: '+ Add a problem' }).click();
  await page.keyboard.type('Forecasts the board does not believe');
  await page.getByLabel('I help … (who)').fill('finance teams');
  await expect(page.locator('.proposition-preview')).toContainText('I help finance teams solve');
  await workspace.expectSaved();

  await page.reload();
  await expect(page.getByLabel('Problems you solve, item 1 of 1')).toHaveValue(
    'Forecasts the board does not believe',
  );
  await expect(page.getByLabel('I help … (who)')).toHaveValue('finance teams');
});

test('offline edits are kept, survive a reload, and arrive when the server is back', async ({
  page,
}) => {
  const planId = await WorkspacePage.createPlan(page, 'Offline check');
  const workspace = new WorkspacePage(page);
  await workspace.open(planId, 'product');
  await workspace.expectSaved();

  await workspace.goOffline();
  await page.getByLabel('so they can … (what result)').fill('ship on the promised date');
  await workspace.expectStatus('offline');
  await expect(workspace.saveStatus).toContainText('Offline');
  await workspace.screenshot('autosave-offline');

  // Even a reload while offline opens the unsent words from this device.
  await page.reload();
  await expect(page.getByLabel('so they can … (what result)')).toHaveValue(
    'ship on the promised date',
  );
  await workspace.expectStatus('offline');

  await workspace.goOnline();
  await page.getByRole('button', { name: 'Retry now' }).click();
  await workspace.expectSaved();

  const stored = await page.request.get(`/api/plans/${planId}`);
  const plan = (await stored.json()) as {
    content: { steps: { product: { proposition: { result: string } } } };
  };
  expect(plan.content.steps.product.proposition.result).toBe('ship on the promised date');
});

test('two tabs editing the same plan combine their edits without losing either side', async ({
  context,
}) => {
  const first = await context.newPage();
  const second = await context.newPage();
  const planId = await WorkspacePage.createPlan(first, 'Two tabs');
  const tabA = new WorkspacePage(first);
  const tabB = new WorkspacePage(second);
  await tabA.open(planId, 'product');
  await tabB.open(planId, 'product');

  await first.getByLabel('I help … (who)').fill('written in tab A');
  await tabA.expectSaved();

  // Tab B still holds the older version: its save meets tab A's.
  await second.getByLabel('so they can … (what result)').fill('written in tab B');
  const dialog = second.getByRole('dialog', { name: 'This plan was changed in another tab' });
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  await tabB.screenshot('autosave-conflict-combine');
  await dialog.getByRole('button', { name: 'Combine both and save' }).click();
  await tabB.expectSaved();
  await expect(second.getByLabel('I help … (who)')).toHaveValue('written in tab A');
  await expect(second.getByLabel('so they can … (what result)')).toHaveValue('written in tab B');

  // Now both tabs change the same field: tab A chooses, field by field.
  await second.getByLabel('solve … (which problems)').fill('B’s problems');
  await tabB.expectSaved();
  await first.getByLabel('solve … (which problems)').fill('A’s problems');
  const clash = first.getByRole('dialog', { name: 'This plan was changed in another tab' });
  await expect(clash).toBeVisible({ timeout: 15_000 });
  await expect(clash.getByRole('group', { name: /Value proposition › Problems/ })).toBeVisible();
  await tabA.screenshot('autosave-conflict-choose');
  await clash.getByRole('radio', { name: /Take the other tab’s/ }).check();
  await clash.getByRole('button', { name: 'Save with these choices' }).click();
  await tabA.expectSaved();
  // The other tab's who/result arrived too.
  await expect(first.getByLabel('solve … (which problems)')).toHaveValue('B’s problems');
  await expect(first.getByLabel('so they can … (what result)')).toHaveValue('written in tab B');
});
