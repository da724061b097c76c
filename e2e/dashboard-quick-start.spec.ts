import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DashboardPage } from './pages/dashboard-page.ts';
import { QuickStartPage } from './pages/quick-start-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

const QUESTIONS = [
  'Do I use it in my current role?',
  'Am I confident with it when the stakes are high?',
  'Do others trust me with it?',
  'Could I teach it or lead with it tomorrow?',
];

/** What the person types in the quick start, stage by stage. */
const WORDS = {
  problem: 'Shipments stall between warehouse and customer service',
  who: 'operations teams',
  problems: 'handoffs nobody owns',
  result: 'keep their promises to customers',
  visionProblem: 'Redesign how work flows across departments',
  statement: 'In five years I lead changes that span departments and stick after I leave.',
  skills: ['Process redesign', 'Leading change', 'Presenting to executives'],
  // Yes-answers per skill, in question order: levels 4, 2 and 0.
  answers: [
    ['Yes', 'Yes', 'Yes', 'Yes'],
    ['Yes', 'No', 'Yes', 'No'],
    ['No', 'No', 'No', 'No'],
  ] as const,
  role: 'Head of operational excellence',
  capability: 'Run a redesign that spans two departments',
  action: 'Lead the returns process redesign',
  due: '2027-03-31',
  tasks: [
    {
      name: 'Weekly status report',
      hours: '3',
      value: 'Low',
      decision: 'Automate: let a tool do it',
    },
    {
      name: 'Stock reconciliation',
      hours: '4.5',
      value: 'Medium',
      decision: 'Delegate: hand it to someone better placed',
    },
    {
      name: 'Coaching shift leads',
      hours: '2',
      value: 'High',
      decision: 'Keep: it is worth my time',
    },
  ],
};

async function fillQuickStart(quick: QuickStartPage, workspace: WorkspacePage): Promise<void> {
  const { page } = quick;
  await quick.expectStage(1, 'Your career product');
  await quick.field('A problem you solve').fill(WORDS.problem);
  await quick.field('I help … (who)').fill(WORDS.who);
  await quick.field('solve … (which problems)').fill(WORDS.problems);
  await quick.field('so they can … (what result)').fill(WORDS.result);
  await expect(quick.stage.locator('.proposition-preview')).toContainText(
    `I help ${WORDS.who} solve ${WORDS.problems} so they can ${WORDS.result}.`,
  );
  await quick.next();

  await quick.expectStage(2, 'A vision that fits your values');
  await quick.field('A problem you want to be solving in five years').fill(WORDS.visionProblem);
  await quick.field('Your vision statement').fill(WORDS.statement);
  await quick.next();

  await quick.expectStage(3, 'Three skills, audited');
  for (const [index, skill] of WORDS.skills.entries()) {
    // Typed key by key: the first letter creates the skill, and focus must stay in the field.
    await quick.field(`Skill ${index + 1}`).click();
    await page.keyboard.type(skill);
    await expect(quick.field(`Skill ${index + 1}`)).toHaveValue(skill);
    for (const [q, question] of QUESTIONS.entries())
      await quick.auditAnswer(index, question, WORDS.answers[index]![q]!).check();
  }
  await expect(quick.skillLevel(0)).toHaveText('Level 4 of 4');
  await expect(quick.skillLevel(1)).toHaveText('Level 2 of 4');
  await expect(quick.skillLevel(2)).toHaveText('Level 0 of 4');
  await quick.next();

  await quick.expectStage(4, 'A role-backed roadmap');
  await quick.field('Target role').fill(WORDS.role);
  await quick.stage.getByRole('checkbox', { name: WORDS.visionProblem }).check();
  await quick.field(/A capability that role demands/).fill(WORDS.capability);
  await quick.field(/One action this year that builds it/).fill(WORDS.action);
  await quick.field('Done by').fill(WORDS.due);
  await quick.next();

  await quick.expectStage(5, 'Restructure today’s week');
  for (const [index, task] of WORDS.tasks.entries()) {
    const n = index + 1;
    await quick.field(`Task ${n}`).fill(task.name);
    await quick.field(`Hours a week, task ${n}`).fill(task.hours);
    await quick.field(`Value, task ${n}`).selectOption({ label: task.value });
    await quick.field(`Decision, task ${n}`).selectOption({ label: task.decision });
  }
  // Automated 3 h + delegated 4.5 h are freed; the coaching is kept.
  await expect(quick.stage.locator('.quick-freed')).toContainText('Hours freed each week: 7.5');
  await workspace.expectSaved();
}

async function expectEveryWord(quick: QuickStartPage): Promise<void> {
  await quick.goToStage(1);
  await expect(quick.field('A problem you solve')).toHaveValue(WORDS.problem);
  await expect(quick.field('I help … (who)')).toHaveValue(WORDS.who);
  await expect(quick.field('solve … (which problems)')).toHaveValue(WORDS.problems);
  await expect(quick.field('so they can … (what result)')).toHaveValue(WORDS.result);
  await quick.goToStage(2);
  await expect(quick.field('A problem you want to be solving in five years')).toHaveValue(
    WORDS.visionProblem,
  );
  await expect(quick.field('Your vision statement')).toHaveValue(WORDS.statement);
  await quick.goToStage(3);
  for (const [index, skill] of WORDS.skills.entries()) {
    await expect(quick.field(`Skill ${index + 1}`)).toHaveValue(skill);
    for (const [q, question] of QUESTIONS.entries())
      await expect(quick.auditAnswer(index, question, WORDS.answers[index]![q]!)).toBeChecked();
  }
  await quick.goToStage(4);
  await expect(quick.field('Target role')).toHaveValue(WORDS.role);
  await expect(quick.stage.getByRole('checkbox', { name: WORDS.visionProblem })).toBeChecked();
  await expect(quick.field(/A capability that role demands/)).toHaveValue(WORDS.capability);
  await expect(quick.field(/One action this year that builds it/)).toHaveValue(WORDS.action);
  await expect(quick.field('Done by')).toHaveValue(WORDS.due);
  await quick.goToStage(5);
  for (const [index, task] of WORDS.tasks.entries()) {
    const n = index + 1;
    await expect(quick.field(`Task ${n}`)).toHaveValue(task.name);
    await expect(quick.field(`Hours a week, task ${n}`)).toHaveValue(task.hours);
    await expect(quick.field(`Value, task ${n}`).locator('option:checked')).toHaveText(task.value);
    await expect(quick.field(`Decision, task ${n}`).locator('option:checked')).toHaveText(
      task.decision,
    );
  }
}

test('a new user goes through the quick start, reloads, finds every word, and the dashboard follows', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const planId = await WorkspacePage.createPlan(page, 'First sitting');
  const workspace = new WorkspacePage(page);
  const quick = new QuickStartPage(page);
  await quick.open(planId);
  await fillQuickStart(quick, workspace);

  // The stage is in the address: a reload comes back to stage 5 with every word.
  await page.reload();
  await quick.expectStage(5, 'Restructure today’s week');
  await expectEveryWord(quick);
  await quick.back();
  await quick.expectStage(4, 'A role-backed roadmap');

  await quick.goToStage(5);
  await page.getByRole('link', { name: 'Finish: see your dashboard →' }).click();
  const dashboard = new DashboardPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  // Quick start covers the essentials: two of five product checks, two of four vision checks …
  await dashboard.expectPartPercent('1 · Career product', 40);
  await expect(dashboard.part('1 · Career product')).toContainText('2 of 5 done');
  await dashboard.expectPartPercent('2 · Vision', 50);
  await dashboard.expectPartPercent('3 · Critical skills', 100);
  await expect(dashboard.part('3 · Critical skills')).toContainText('Complete.');
  await dashboard.expectPartPercent('4 · Skill audit', 33);
  await expect(dashboard.part('4 · Skill audit')).toContainText(
    'Choose 1 or 2 strengths to make world-class.',
  );
  await dashboard.expectPartPercent('5 · Roadmap', 67);
  await dashboard.expectPartPercent('7 · Restructure today', 67);
  await dashboard.expectPartPercent('Strategy studio', 0);
  // … and the strategy, first in the method, is the next step.
  await expect(dashboard.nextStep).toContainText('Strategy studio');
  await expect(
    dashboard.nextStep.getByRole('link', { name: 'Go to Strategy studio' }),
  ).toHaveAttribute('href', `/plans/${planId}/strategy`);
  // The one action builds the capability of a role that serves the vision: no action warning.
  await expect(dashboard.trace).not.toContainText('Actions that serve nothing in your strategy');

  await dashboard.knownFor.fill('Making cross-department change land and last');
  await workspace.expectSaved();
  await page.reload();
  await expect(dashboard.knownFor).toHaveValue('Making cross-department change land and last');
});

test('the dashboard warns about an action linked to nothing and links to the roadmap to fix it', async ({
  page,
}) => {
  const planId = await WorkspacePage.createPlan(page, 'Loose action');
  const plan = (await (await page.request.get(`/api/plans/${planId}`)).json()) as {
    title: string;
    version: number;
    content: { steps: { roadmap: { actions: unknown[] } } };
  };
  plan.content.steps.roadmap.actions = [
    {
      id: 'act-loose',
      title: 'Reorganise the shared drive',
      kind: 'habit',
      capabilityTargetId: null,
      dueDate: '2026-12-01',
      status: 'planned',
      notes: '',
    },
  ];
  const saved = await page.request.put(`/api/plans/${planId}`, {
    data: { title: plan.title, content: plan.content },
    headers: { 'If-Match': `"${plan.version}"` },
  });
  expect(saved.status()).toBe(200);

  const dashboard = new DashboardPage(page);
  await dashboard.open(planId);
  const group = dashboard.trace.locator('.trace-group').filter({
    has: page.getByRole('heading', { name: 'Actions that serve nothing in your strategy' }),
  });
  await expect(group).toContainText("'Reorganise the shared drive' serves no capability target");
  await group.getByRole('link', { name: 'Fix in 5 · Roadmap' }).click();
  await expect(page).toHaveURL(`/plans/${planId}/roadmap`);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the dashboard and every quick-start stage have no axe violations in the ${colorScheme} theme`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    const planId = await WorkspacePage.createPlan(page, `Axe ${colorScheme}`);
    const workspace = new WorkspacePage(page);
    const quick = new QuickStartPage(page);
    await quick.open(planId);
    await fillQuickStart(quick, workspace);
    for (let stage = 1; stage <= 5; stage += 1) {
      await quick.goToStage(stage);
      await expect(quick.currentStage()).toContainText(`Stage ${stage}:`);
      await expectNoAxeViolations(page);
    }
    const dashboard = new DashboardPage(page);
    await dashboard.open(planId);
    await expect(dashboard.progress).toBeVisible();
    await expectNoAxeViolations(page);

    if (colorScheme === 'dark') return;
    // Screenshots: desktop and a 360 px phone, with the words filled in.
    await workspace.screenshot('dashboard-desktop');
    await quick.open(planId, 3);
    await workspace.screenshot('quick-start-desktop');
    await page.setViewportSize({ width: 360, height: 780 });
    await workspace.screenshot('quick-start-360');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await dashboard.open(planId);
    await workspace.screenshot('dashboard-360');
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
  });
}

test('the quick start works from the keyboard alone', async ({ page }) => {
  const planId = await WorkspacePage.createPlan(page, 'Keyboard only');
  const quick = new QuickStartPage(page);
  await quick.open(planId, 3);
  await quick.field('Skill 1').focus();
  await page.keyboard.type('Negotiation');
  // The questions appear; Tab reaches the first one and arrow keys choose.
  await page.keyboard.press('Tab');
  await expect(quick.auditAnswer(0, QUESTIONS[0]!, 'Yes')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(quick.auditAnswer(0, QUESTIONS[0]!, 'Yes')).toBeChecked();
  // The next link is reachable and moves focus to the new stage's heading.
  const next = page.getByRole('link', { name: /^Next:/ });
  await next.focus();
  await page.keyboard.press('Enter');
  await quick.expectStage(4, 'A role-backed roadmap');
  await expect(
    page.getByRole('heading', { level: 2, name: /A role-backed roadmap/ }),
  ).toBeFocused();
});
