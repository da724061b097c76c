import { expect, test } from '@playwright/test';
import { CRITICAL_SKILLS, VISION_PROBLEMS, seedSteps } from './pages/plan-seed.ts';
import { PortfolioPage } from './pages/portfolio-page.ts';
import { RestructurePage } from './pages/restructure-page.ts';
import { RoadmapPage } from './pages/roadmap-page.ts';
import { expectNoAxeViolations, screenshotBothWidths } from './pages/step-checks.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

test.describe.configure({ timeout: 90_000 });

test('roadmap: roles, capability targets, actions and their timeline survive a reload', async ({
  page,
}) => {
  const planId = await WorkspacePage.createPlan(page, 'Roadmap check');
  await seedSteps(page, planId, { vision: { problems: VISION_PROBLEMS } });
  const workspace = new WorkspacePage(page);
  const roadmap = new RoadmapPage(page);
  await workspace.open(planId, 'roadmap');

  await roadmap.addRoleButton.click();
  const role = roadmap.role(0);
  await role.getByLabel('Role title').fill('Head of operational excellence');
  await role.getByLabel('The problems this role solves').fill('Hand-offs that lose work');
  await role.getByLabel('What success in it looks like').fill('Three processes redesigned');
  await role.getByLabel('Processes that nobody owns end to end').check();
  await role.getByRole('button', { name: '+ Add a capability target' }).click();
  await page.keyboard.type('Win an executive sponsor');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Present a business case');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Run a two-department redesign');
  await roadmap.addRoleButton.click();
  await roadmap.role(1).getByLabel('Role title').fill('Transformation manager');
  await expect(roadmap.addRoleButton).toBeDisabled();

  await roadmap.addActionButton.click();
  // The new action's first field takes focus.
  await expect(roadmap.action(0).getByLabel('What you will do')).toBeFocused();
  await roadmap.fillAction(0, {
    title: 'Lead the returns redesign',
    kind: 'Project',
    status: 'In progress',
    due: '2027-03-31',
    target: 'Run a two-department redesign',
    notes: 'Start with a mapping workshop',
  });
  await roadmap.addActionButton.click();
  await roadmap.fillAction(1, {
    title: 'Coffee with the finance director',
    kind: 'Relationship',
    status: 'Planned',
    notes: 'Monthly',
  });
  await expect(roadmap.action(1)).toContainText('Serves nothing in your strategy yet.');
  await roadmap.addActionButton.click();
  await roadmap.fillAction(2, {
    title: 'Write a one-page case for the board',
    kind: 'Habit',
    status: 'Planned',
    due: '2026-10-15',
    target: 'Present a business case',
    notes: 'After every change',
  });
  await expect(roadmap.action(0)).not.toContainText('Serves nothing');

  // Removing a capability target unlinks the action that built it, in the same edit.
  await role.getByRole('button', { name: 'Remove item 2: Present a business case' }).click();
  await expect(roadmap.notice).toContainText('1 action built the removed capability target');
  await expect(roadmap.action(2).getByLabel('Capability target it builds')).toHaveValue('');
  await expect(roadmap.action(2)).toContainText('Serves nothing in your strategy yet.');

  await expect(roadmap.timeline).toBeVisible();
  await expect(roadmap.timeline).toContainText('Lead the returns redesign');
  await expect(roadmap.timeline).toContainText('Today');
  // Due in October 2026, today is later: overdue, said in words.
  await expect(roadmap.timeline).toContainText('15 Oct 2026 · Overdue');
  await expect(page.getByRole('heading', { name: 'Without a due date' })).toBeVisible();
  await workspace.expectSaved();

  await page.reload();
  await expect(role.getByLabel('Role title')).toHaveValue('Head of operational excellence');
  await expect(role.getByLabel('The problems this role solves')).toHaveValue(
    'Hand-offs that lose work',
  );
  await expect(role.getByLabel('What success in it looks like')).toHaveValue(
    'Three processes redesigned',
  );
  await expect(role.getByLabel('Processes that nobody owns end to end')).toBeChecked();
  await expect(role.getByLabel('Numbers that leaders do not trust')).not.toBeChecked();
  await expect(role.getByRole('textbox', { name: /item 1 of 2/ })).toHaveValue(
    'Win an executive sponsor',
  );
  await expect(role.getByRole('textbox', { name: /item 2 of 2/ })).toHaveValue(
    'Run a two-department redesign',
  );
  await expect(roadmap.role(1).getByLabel('Role title')).toHaveValue('Transformation manager');
  const first = roadmap.action(0);
  await expect(first.getByLabel('What you will do')).toHaveValue('Lead the returns redesign');
  await expect(first.getByLabel('Kind')).toHaveValue('project');
  await expect(first.getByLabel('Status')).toHaveValue('in_progress');
  await expect(first.getByLabel('Due date')).toHaveValue('2027-03-31');
  await expect(first.getByLabel('Capability target it builds')).toContainText(
    'Run a two-department redesign',
  );
  await expect(first.getByLabel('Notes')).toHaveValue('Start with a mapping workshop');
  await expect(roadmap.action(1).getByLabel('Kind')).toHaveValue('relationship');
  await expect(roadmap.action(1).getByLabel('Notes')).toHaveValue('Monthly');
  await expect(roadmap.action(2).getByLabel('Kind')).toHaveValue('habit');
  await expect(roadmap.action(2).getByLabel('Due date')).toHaveValue('2026-10-15');
  await expect(roadmap.action(2).getByLabel('Notes')).toHaveValue('After every change');

  // Removing a role cascades too; undo brings role and link back.
  await roadmap
    .role(0)
    .getByRole('button', { name: /Remove role/ })
    .click();
  await expect(roadmap.notice).toContainText('a capability target of the removed role');
  await expect(roadmap.action(0).getByLabel('Capability target it builds')).toHaveValue('');
  await page.getByRole('button', { name: 'Undo last change' }).click();
  await expect(roadmap.role(0).getByLabel('Role title')).toHaveValue(
    'Head of operational excellence',
  );
  // The link came back with the undo, so the notice about it goes.
  await expect(roadmap.action(0).getByLabel('Capability target it builds')).not.toHaveValue('');
  await expect(roadmap.notice).toBeEmpty();
  await workspace.expectSaved();

  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'step-roadmap');
});

test('portfolio: entries in four lanes, moved by keyboard, survive a reload', async ({ page }) => {
  const planId = await WorkspacePage.createPlan(page, 'Portfolio check');
  await seedSteps(page, planId, { skills: { skills: CRITICAL_SKILLS } });
  const workspace = new WorkspacePage(page);
  const portfolio = new PortfolioPage(page);
  await workspace.open(planId, 'portfolio');

  const entries = [
    {
      lane: 'Next step',
      title: 'Senior operations analyst',
      notes: 'Ask Priya',
      skill: 'Process redesign',
    },
    {
      lane: 'Ideal role',
      title: 'Head of operational excellence',
      notes: 'Three years',
      skill: 'Stakeholder influence',
    },
    {
      lane: 'Adjacent moves',
      title: 'Supply-chain improvement lead',
      notes: 'Retail',
      skill: 'Data storytelling',
    },
    {
      lane: 'Cross-functional moves',
      title: 'Product manager, internal tools',
      notes: 'Try a rotation',
      skill: 'Stakeholder influence',
    },
  ];
  for (const entry of entries) {
    await portfolio.addTo(entry.lane).click();
    // The new entry's Role field takes focus.
    await page.keyboard.type(entry.title);
    const card = portfolio.card(entry.title);
    await card.getByLabel('Notes').fill(entry.notes);
    await card.getByLabel(entry.skill).check();
    await expect(portfolio.lane(entry.lane)).toContainText(entry.title);
  }

  // Keyboard move with the arrow button: focus follows the card to its new lane.
  const moving = portfolio.card('Senior operations analyst');
  await moving
    .getByRole('button', { name: 'Move Senior operations analyst to Ideal role' })
    .press('Enter');
  await expect(portfolio.lane('Ideal role')).toContainText('Senior operations analyst');
  await expect(portfolio.lane('Next step')).not.toContainText('Senior operations analyst');
  await expect(
    moving.getByRole('button', { name: 'Move Senior operations analyst to Adjacent moves' }),
  ).toBeFocused();
  // And back with the lane list.
  await moving.getByLabel('Lane', { exact: true }).selectOption({ label: 'Next step' });
  await expect(portfolio.lane('Next step')).toContainText('Senior operations analyst');
  await expect(moving.getByLabel('Lane', { exact: true })).toBeFocused();
  await workspace.expectSaved();

  await page.reload();
  for (const entry of entries) {
    const card = portfolio.card(entry.title);
    await expect(portfolio.lane(entry.lane)).toContainText(entry.title);
    await expect(card.getByLabel('Role', { exact: true })).toHaveValue(entry.title);
    await expect(card.getByLabel('Notes')).toHaveValue(entry.notes);
    await expect(card.getByLabel(entry.skill)).toBeChecked();
  }
  await expect(
    portfolio.card('Senior operations analyst').getByLabel('Data storytelling'),
  ).not.toBeChecked();

  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'step-portfolio');
});

test('EDA ledger: hours are checked, summed, reinvested and charted, and survive a reload', async ({
  page,
}) => {
  const planId = await WorkspacePage.createPlan(page, 'EDA check');
  const workspace = new WorkspacePage(page);
  const eda = new RestructurePage(page);
  await workspace.open(planId, 'restructure');

  await eda.addTask({
    name: 'Weekly status report',
    hours: '3.5',
    value: 'Low',
    decision: 'Eliminate — stop doing it',
  });
  await eda.addTask({
    name: 'Supplier questions',
    hours: '2',
    value: 'Medium',
    decision: 'Delegate — hand it to someone better placed',
  });
  await eda.addTask({
    name: 'Monthly data pull',
    hours: '1.3',
    value: 'Low',
    decision: 'Automate — let a tool or template do it',
  });
  await eda.addTask({
    name: 'One-to-ones',
    hours: '10',
    value: 'High',
    decision: 'Keep — it is worth your time',
  });
  await eda.addTask({
    name: 'Inbox triage',
    hours: '1.25',
    value: 'Medium',
    decision: 'Not decided yet',
  });

  // 1.3 is kept as a quarter hour, and the field shows it once left.
  await eda.task(3).getByLabel('Hours a week').focus();
  await expect(eda.task(2).getByLabel('Hours a week')).toHaveValue('1.25');

  // A task cannot take more than a week: said at the field, never sent.
  const hours = eda.task(3).getByLabel('Hours a week');
  await hours.fill('200');
  await expect(eda.task(3)).toContainText('A week has 168 hours: enter 168 or fewer.');
  await expect(hours).toHaveAttribute('aria-invalid', 'true');
  // Each task fits, but together they overflow the week: the screen says what to change.
  await hours.fill('165');
  await expect(page.getByRole('alert').filter({ hasText: 'add up to' })).toContainText(
    'Your recurring tasks add up to 173 hours a week, but a week has 168. Lower the hours of some tasks.',
  );
  await hours.fill('10');
  await expect(page.getByRole('alert').filter({ hasText: 'add up to' })).toHaveCount(0);

  await expect(eda.summaryFigure('Freed')).toHaveText('6.75 h');
  await expect(eda.summaryFigure('Kept')).toHaveText('10 h');
  await expect(eda.summaryFigure('Undecided')).toHaveText('1.25 h');
  await expect(eda.summaryFigure('Total')).toHaveText('18 of 168 h');

  await page.getByLabel('High-impact projects').fill('3');
  await page.getByLabel('Cross-team collaboration').fill('1.5');
  await page.getByLabel('Skill practice').fill('1');
  await expect(eda.balance).toContainText('1.25 freed hours a week still wait for a purpose');
  await page.getByLabel('Visibility').fill('1.25');
  await expect(eda.balance).toContainText('Balanced: every freed hour has a purpose.');

  await expect(eda.chart).toBeVisible();
  await expect(eda.chart).toHaveAccessibleDescription(
    /Freed: 6\.75 h a week \(Eliminate 3\.5 h, Delegate 2 h, Automate 1\.25 h\)/,
  );
  await expect(page.locator('.chart-legend')).toContainText('Visibility: 1.25 h');
  await workspace.expectSaved();

  await page.reload();
  const expected = [
    ['Weekly status report', '3.5', 'low', 'eliminate'],
    ['Supplier questions', '2', 'medium', 'delegate'],
    ['Monthly data pull', '1.25', 'low', 'automate'],
    ['One-to-ones', '10', 'high', 'keep'],
    ['Inbox triage', '1.25', 'medium', ''],
  ] as const;
  for (const [index, [name, h, value, decision]] of expected.entries()) {
    const row = eda.task(index);
    await expect(row.getByLabel(`Task ${index + 1}`)).toHaveValue(name);
    await expect(row.getByLabel('Hours a week')).toHaveValue(h);
    await expect(row.getByLabel('Value')).toHaveValue(value);
    await expect(row.getByLabel('Decision')).toHaveValue(decision);
  }
  await expect(page.getByLabel('High-impact projects')).toHaveValue('3');
  await expect(page.getByLabel('Cross-team collaboration')).toHaveValue('1.5');
  await expect(page.getByLabel('Skill practice')).toHaveValue('1');
  await expect(page.getByLabel('Visibility')).toHaveValue('1.25');

  await expectNoAxeViolations(page);
  await screenshotBothWidths(page, 'step-restructure');
});
