import { expect, test, type Request } from '@playwright/test';
import { AiBackpackPage } from './pages/ai-backpack-page.ts';
import { OccupationsPage } from './pages/occupations-page.ts';
import { CRITICAL_SKILLS, seedSteps } from './pages/plan-seed.ts';
import { RestructurePage } from './pages/restructure-page.ts';
import { expectNoAxeViolations, screenshotBothWidths } from './pages/step-checks.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

test.describe.configure({ timeout: 120_000 });

test.describe('EDA meets AI and the AI backpack on the real studies', () => {
  test.skip(
    !process.env.TRAILMAP_AI_EXPOSURE_DIR || !process.env.TRAILMAP_ONET_DIR,
    'Set TRAILMAP_AI_EXPOSURE_DIR (e.g. ../shared/data/ai-exposure) and TRAILMAP_ONET_DIR (../shared/data/onet), as CI does, to run the AI backpack tests on real data.',
  );
  test.beforeEach(async ({ page }) => {
    await OccupationsPage.waitForData(page);
    await AiBackpackPage.waitForStudies(page);
  });

  test('tasks matched, Automate accepted, backpack recorded, everything kept across a reload', async ({
    page,
  }) => {
    const workspace = new WorkspacePage(page);
    const restructure = new RestructurePage(page);
    const ai = new AiBackpackPage(page);
    const occupations = new OccupationsPage(page);
    const planId = await WorkspacePage.createPlan(page, 'AI backpack check');
    await seedSteps(page, planId, { skills: { skills: CRITICAL_SKILLS } });

    // No current occupation yet: the step says so and links to where it is set.
    await workspace.open(planId, 'restructure');
    await expect(ai.edaAi).toContainText('No current occupation yet.');
    await ai.edaAi.getByRole('link', { name: 'Set it in step 6, Role portfolio' }).click();
    await occupations.pick(
      'Your current occupation',
      'executive assistant',
      /^Executive Secretaries/,
    );
    await expect(page.getByText('Current occupation: Executive Secretaries')).toBeVisible();
    await workspace.expectSaved();
    await workspace.open(planId, 'restructure');

    const matchRequests: Request[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/ai-exposure/tasks/match')) matchRequests.push(request);
    });
    await restructure.addTask({
      name: 'answer customer emails',
      hours: '4',
      value: 'Low',
      decision: 'Not decided yet',
    });
    await restructure.addTask({
      name: 'schedule meetings',
      hours: '2',
      value: 'Low',
      decision: 'Not decided yet',
    });
    await restructure.addTask({
      name: 'one-to-ones with my team',
      hours: '2',
      value: 'High',
      decision: 'Keep — it is worth your time',
    });

    const emails = ai.match('answer customer emails');
    await expect(emails).toContainText('High exposure', { timeout: 15_000 });
    await expect(emails).toContainText('Closest O*NET tasks');
    await expect(emails).toContainText('Prepare responses to correspondence');
    await expect(emails).toContainText('Human raters:');
    await expect(ai.suggestion('answer customer emails')).toContainText('Suggestion: Automate.');
    await expect(ai.suggestion('answer customer emails')).toContainText('low value');
    // One request per pause in typing, each with every task: far fewer than the keystrokes.
    await expect(ai.match('one-to-ones with my team')).not.toContainText('Matching', {
      timeout: 15_000,
    });
    const typed = 'answer customer emails'.length + 'schedule meetings'.length + 24;
    expect(matchRequests.length).toBeGreaterThan(0);
    expect(matchRequests.length).toBeLessThan(typed / 4);
    const lastBody = matchRequests.at(-1)!.postDataJSON() as { tasks: { name: string }[] };
    expect(lastBody.tasks.map((t) => t.name)).toEqual([
      'answer customer emails',
      'schedule meetings',
      'one-to-ones with my team',
    ]);
    // Each figure names its study, says exposure is not job loss, with the licence attribution.
    await expect(ai.edaAi).toContainText('GPTs are GPTs');
    await expect(ai.edaAi).toContainText('Exposure is not job loss');
    await expect(ai.edaAi).toContainText('data © 2024 OpenAI, MIT License.');
    await expect(ai.edaAi).toContainText('O*NET 29.3 Database');

    // Accept: the decision becomes Automate, as an undo step of its own.
    await ai
      .suggestion('answer customer emails')
      .getByRole('button', { name: /^Mark Automate/ })
      .click();
    await expect(restructure.task(0).getByLabel('Decision')).toHaveValue('automate');
    await expect(ai.suggestion('answer customer emails')).toHaveCount(0);
    await expect(emails).toContainText('Marked Automate.');
    await page.getByRole('button', { name: 'Undo last change' }).click();
    await expect(restructure.task(0).getByLabel('Decision')).toHaveValue('');
    await expect(restructure.task(0).getByLabel('Task 1')).toHaveValue('answer customer emails');
    await ai
      .suggestion('answer customer emails')
      .getByRole('button', { name: /^Mark Automate/ })
      .click();
    await expect(restructure.task(0).getByLabel('Decision')).toHaveValue('automate');

    // Dismiss the other suggestion: the decision stays the person's.
    await expect(ai.suggestion('schedule meetings')).toBeVisible();
    await ai
      .suggestion('schedule meetings')
      .getByRole('button', { name: /^Dismiss/ })
      .click();
    await expect(ai.suggestion('schedule meetings')).toHaveCount(0);
    await expect(restructure.task(1).getByLabel('Decision')).toHaveValue('');

    // The backpack: suggestions for the Automate task and for a critical skill.
    const emailItem = ai.item('answer customer emails');
    await expect(emailItem).toContainText('Drafting', { timeout: 15_000 });
    await expect(emailItem).toContainText('Why:');
    const storytelling = ai.item('Data storytelling');
    await expect(storytelling).toContainText('Data analysis');
    await expect(ai.item('Stakeholder influence')).toContainText('practice partner');

    await emailItem
      .getByRole('button', { name: 'Use drafting for answer customer emails' })
      .click();
    await ai.record(ai.entries(emailItem).first(), {
      tool: 'Copilot in Outlook',
      outcome: 'It helped',
      notes: 'Drafts routine replies; I still check tone before sending.',
    });
    await storytelling
      .getByRole('button', { name: 'Use data analysis for Data storytelling' })
      .click();
    await ai.record(ai.entries(storytelling).first(), {
      tool: 'ChatGPT with a spreadsheet',
      outcome: 'Mixed',
      notes: 'Good first charts, wrong totals twice.',
    });
    await workspace.expectSaved();

    await page.reload();
    await expect(restructure.task(0).getByLabel('Decision')).toHaveValue('automate');
    const emailEntry = ai.entries(ai.item('answer customer emails')).first();
    await expect(emailEntry.getByLabel('Kind of assistance')).toHaveValue('drafting');
    await expect(emailEntry.getByLabel('Tool you chose')).toHaveValue('Copilot in Outlook');
    await expect(emailEntry.getByLabel('How it went')).toHaveValue('helped');
    await expect(emailEntry.getByLabel('Notes')).toHaveValue(
      'Drafts routine replies; I still check tone before sending.',
    );
    const skillEntry = ai.entries(ai.item('Data storytelling')).first();
    await expect(skillEntry.getByLabel('Tool you chose')).toHaveValue('ChatGPT with a spreadsheet');
    await expect(skillEntry.getByLabel('How it went')).toHaveValue('mixed');
    await expect(ai.match('answer customer emails')).toContainText('Marked Automate.', {
      timeout: 15_000,
    });
    // The dismissal is remembered on this device.
    await expect(ai.match('schedule meetings')).toContainText('High exposure');
    await expect(ai.suggestion('schedule meetings')).toHaveCount(0);

    await expectNoAxeViolations(page);
    await screenshotBothWidths(page, 'step-restructure-ai');

    // Removing the task keeps the record and its words, detached, until linked again.
    await restructure
      .task(0)
      .getByRole('button', { name: /Remove task/ })
      .click();
    await expect(ai.backpack).toContainText('Records whose task or skill was removed');
    const detached = ai.backpack.locator('[data-backpack-entry]').filter({
      has: page.getByRole('combobox', { name: 'Link it to' }),
    });
    await expect(detached.getByLabel('Tool you chose')).toHaveValue('Copilot in Outlook');
    await expect(detached.getByLabel('Notes')).toHaveValue(
      'Drafts routine replies; I still check tone before sending.',
    );
    await workspace.expectSaved();
    await page.reload();
    await expect(detached.getByLabel('Tool you chose')).toHaveValue('Copilot in Outlook');
    await detached.getByLabel('Link it to').selectOption({ label: 'Skill: Stakeholder influence' });
    const relinked = ai.entries(ai.item('Stakeholder influence')).first();
    await expect(relinked.getByLabel('Tool you chose')).toHaveValue('Copilot in Outlook');
    await expect(ai.backpack).not.toContainText('Records whose task or skill was removed');
    await workspace.expectSaved();
  });

  test('the last matches stay when the server cannot be reached; missing studies say how to add them', async ({
    page,
  }) => {
    const workspace = new WorkspacePage(page);
    const restructure = new RestructurePage(page);
    const ai = new AiBackpackPage(page);
    const planId = await WorkspacePage.createPlan(page, 'AI offline check');
    await seedSteps(page, planId, {
      portfolio: {
        currentOccupation: {
          code: '43-6011.00',
          title: 'Executive Secretaries and Executive Administrative Assistants',
        },
      },
    });
    await workspace.open(planId, 'restructure');
    await restructure.addTask({
      name: 'answer customer emails',
      hours: '4',
      value: 'Low',
      decision: 'Not decided yet',
    });
    await expect(ai.match('answer customer emails')).toContainText('High exposure', {
      timeout: 15_000,
    });
    await workspace.expectSaved();

    await page.route('**/api/ai-exposure/**', (route) => route.abort('internetdisconnected'));
    await restructure.task(0).getByLabel('Task 1').fill('answer customer emails daily');
    await expect(ai.edaAi).toContainText('Trailmap’s server cannot be reached.', {
      timeout: 15_000,
    });
    await expect(ai.match('answer customer emails daily')).toContainText('High exposure');
    await expect(ai.match('answer customer emails daily')).toContainText(
      'Matched before your last change.',
    );

    await page.unroute('**/api/ai-exposure/**');
    await page.route('**/api/ai-exposure/**', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({
          error: {
            code: 'ai_exposure.data_missing',
            message: 'AI-exposure data is not installed (looked in ./data/ai-exposure).',
          },
        }),
      }),
    );
    await page.reload();
    await expect(ai.edaAi).toContainText(
      'The AI-exposure studies are not installed on this server.',
    );
    await expect(ai.edaAi.getByText('TRAILMAP_AI_EXPOSURE_DIR')).toBeVisible();
    // The rest of step 7 works as before.
    await restructure.task(0).getByLabel('Hours a week').fill('3');
    await expect(restructure.summaryFigure('Total')).toContainText('3 of 168 h');
    await workspace.expectSaved();
    await expectNoAxeViolations(page);
  });
});
