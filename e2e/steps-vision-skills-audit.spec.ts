import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { StepsPage } from './pages/steps-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const PROPOSITION = {
  who: 'operations leads',
  problems: 'messy hand-offs',
  result: 'ship on time',
};
const VISION = {
  problems: ['Teams that cannot see their bottlenecks', 'Change that never sticks'],
  teams: ['A chief operating officer in a scaling company'],
  impact: 'Departments deciding on numbers everyone trusts',
  statement: 'I help whole organisations change how they work, and make the change last.',
};
const SKILLS = ['Process redesign', 'Executive communication', 'Data storytelling'];

async function fillProduct(page: Page): Promise<void> {
  await page.getByLabel('I help … (who)').fill(PROPOSITION.who);
  await page.getByLabel('solve … (which problems)').fill(PROPOSITION.problems);
  await page.getByLabel('so they can … (what result)').fill(PROPOSITION.result);
  await page.getByRole('button', { name: '+ Add a problem' }).click();
  await page.keyboard.type('Forecasts nobody believes');
}

test('a person writes the vision, names the skills and audits them, and finds every word after a reload', async ({
  page,
}) => {
  // A long walk through three screens; the shared test machine can be slow.
  test.setTimeout(90_000);
  const planId = await WorkspacePage.createPlan(page, 'Vision, skills and audit');
  const workspace = new WorkspacePage(page);
  const steps = new StepsPage(page);

  await workspace.open(planId, 'product');
  await fillProduct(page);
  await workspace.expectSaved();

  // Step 2: the vision, with today's proposition beside it.
  await page.getByRole('link', { name: '2 · Vision →' }).click();
  await expect(steps.todayPanel).toContainText(
    `I help ${PROPOSITION.who} solve ${PROPOSITION.problems} so they can ${PROPOSITION.result}.`,
  );
  await expect(steps.todayPanel).toContainText('Forecasts nobody believes');
  await steps.addToList('Add a problem to solve', VISION.problems[0] ?? '');
  await page.keyboard.press('Enter');
  await page.keyboard.type(VISION.problems[1] ?? '');
  await steps.addToList('Add a team or leader', VISION.teams[0] ?? '');
  await page.getByLabel('The impact that would fulfil you').fill(VISION.impact);
  await page.getByRole('textbox', { name: 'Vision statement' }).fill(VISION.statement);
  await workspace.expectSaved();

  // Step 3: three skills typed freely (Enter adds the next), one extra removed.
  await page.getByRole('link', { name: '3 · Critical skills →' }).click();
  await expect(steps.visionPanel).toContainText(VISION.statement);
  await page.getByRole('button', { name: '+ Add a skill' }).click();
  await page.keyboard.type(SKILLS[0] ?? '');
  for (const name of [...SKILLS.slice(1), 'Budgeting']) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(name);
  }
  await page.getByRole('button', { name: 'Remove skill 4: Budgeting' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'removed' })).toHaveText(
    "'Budgeting' removed.",
  );
  await expect(page.getByText('3 skills named.')).toBeVisible();
  await workspace.expectSaved();

  // Step 4: the audit, the chart and the choice.
  await page.getByRole('link', { name: '4 · Skill audit →' }).click();
  await steps.answerAll('Process redesign', [true, true, true, true]);
  await steps.answerAll('Executive communication', [true, false, true, false]);
  await steps.answerAll('Data storytelling', [false, false, false, false]);
  await expect(steps.skillCard('Process redesign')).toContainText('Level 4 of 4 · Leading');
  await expect(steps.skillCard('Executive communication')).toContainText('Level 2 of 4 · Capable');
  await expect(steps.chart).toBeVisible();
  await expect(page.locator('.level-chart table')).toContainText('Data storytelling');
  await expect(page.locator('.audit-suggestion')).toContainText(
    '“Process redesign” is already trusted or leading',
  );
  // A choice the answers contradict is explained in plain words.
  await steps.strengths.getByRole('checkbox', { name: /Executive communication/ }).check();
  await steps.mustBuild.getByRole('radio', { name: /Process redesign/ }).check();
  await expect(page.getByRole('heading', { name: 'Check your choice' })).toBeVisible();
  await expect(page.locator('.audit-issues')).toContainText('rates');
  await page.getByRole('button', { name: 'Use the suggestion' }).click();
  await expect(page.getByRole('heading', { name: 'Check your choice' })).toBeHidden();
  await steps.strengths.getByRole('checkbox', { name: /Executive communication/ }).check();
  await workspace.expectSaved();

  await page.reload();
  await expect(steps.strengths.getByRole('checkbox', { name: /Process redesign/ })).toBeChecked();
  await expect(
    steps.strengths.getByRole('checkbox', { name: /Executive communication/ }),
  ).toBeChecked();
  await expect(steps.mustBuild.getByRole('radio', { name: /Data storytelling/ })).toBeChecked();
  await expect(
    steps
      .skillCard('Executive communication')
      .getByRole('group', { name: /stakes are high/ })
      .getByRole('radio', { name: 'No' }),
  ).toBeChecked();
  await expect(steps.skillCard('Data storytelling')).toContainText('Level 0 of 4 · Not yet');

  await page.goto(`/plans/${planId}/skills`);
  for (const [index, name] of SKILLS.entries()) {
    await expect(steps.skillInput(index + 1, SKILLS.length)).toHaveValue(name);
  }
  await page.goto(`/plans/${planId}/vision`);
  await expect(steps.listItem('Problems you want to solve', 1, 2)).toHaveValue(
    VISION.problems[0] ?? '',
  );
  await expect(steps.listItem('Problems you want to solve', 2, 2)).toHaveValue(
    VISION.problems[1] ?? '',
  );
  await expect(steps.listItem('Teams or leaders you want to support', 1, 1)).toHaveValue(
    VISION.teams[0] ?? '',
  );
  await expect(page.getByLabel('The impact that would fulfil you')).toHaveValue(VISION.impact);
  await expect(page.getByRole('textbox', { name: 'Vision statement' })).toHaveValue(
    VISION.statement,
  );
});

test('removing an audited, chosen skill also clears its answers and picks, and the plan still saves', async ({
  page,
}) => {
  const planId = await WorkspacePage.createPlan(page, 'Removing a skill');
  await StepsPage.seed(page, planId, (content) => withAuditedSkills(content));
  const workspace = new WorkspacePage(page);
  const steps = new StepsPage(page);
  await workspace.open(planId, 'skills');

  await page.getByRole('button', { name: 'Remove skill 1: Process redesign' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'removed' })).toContainText(
    "'Process redesign' removed, with its audit answers, its place among your strengths and its link to 1 portfolio role.",
  );
  await expect(steps.skillInput(1, 2)).toBeFocused();
  await workspace.expectSaved();

  const stored = (await (await page.request.get(`/api/plans/${planId}`)).json()) as {
    content: { steps: { audit: { answers: { skillId: string }[]; strengthIds: string[] } } };
  };
  expect(stored.content.steps.audit.answers.map((row) => row.skillId)).toEqual(['sk-2']);
  expect(stored.content.steps.audit.strengthIds).toEqual([]);
});

/** Three skills, two audited, one chosen as a strength and linked from a portfolio role. */
function withAuditedSkills(content: Record<string, unknown>): Record<string, unknown> {
  const steps = content.steps as Record<string, unknown>;
  const yes = {
    usesNow: true,
    confidentUnderPressure: true,
    trustedByOthers: true,
    couldTeach: false,
  };
  return {
    ...content,
    steps: {
      ...steps,
      product: { ...(steps.product as object), proposition: PROPOSITION },
      vision: {
        problems: [{ id: 'vp-1', text: VISION.problems[0] }],
        teams: [],
        impact: VISION.impact,
        statement: VISION.statement,
      },
      skills: {
        skills: SKILLS.map((name, index) => ({
          id: `sk-${index + 1}`,
          name,
          source: { kind: 'free' },
        })),
      },
      audit: {
        answers: [
          { skillId: 'sk-1', ...yes },
          { skillId: 'sk-2', ...yes, trustedByOthers: false, couldTeach: null },
        ],
        strengthIds: ['sk-1'],
        mustBuildId: 'sk-2',
      },
      portfolio: {
        entries: [
          {
            id: 'pf-1',
            lane: 'next',
            title: 'Improvement lead',
            occupationCode: null,
            notes: '',
            skillIds: ['sk-1', 'sk-3'],
          },
        ],
      },
    },
  };
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const screen of ['vision', 'skills', 'audit'] as const) {
    test(`the ${screen} step has no accessibility violations in the ${colorScheme} theme, on desktop and at 360 px`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      const planId = await WorkspacePage.createPlan(page, `Steps 2–4 (${colorScheme})`);
      await StepsPage.seed(page, planId, (content) => withAuditedSkills(content));
      const workspace = new WorkspacePage(page);
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 900 });
        await workspace.open(planId, screen);
        await workspace.expectSaved();
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(results.violations.map((v) => `${width}px: ${v.id}: ${v.help}`)).toEqual([]);
        if (colorScheme === 'light' || width === 1280) {
          const theme = colorScheme === 'dark' ? '-dark' : '';
          await workspace.screenshot(`step-${screen}${theme}${width === 360 ? '-360' : ''}`);
        }
      }
    });
  }
}
