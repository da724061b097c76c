import { expect, test } from '@playwright/test';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../scripts/fake-openai-server.ts';
import { LanguageModelPage } from './pages/language-model-page.ts';
import { StrategyPage } from './pages/strategy-page.ts';
import { seedSteps } from './pages/plan-seed.ts';
import { expectNoAxeViolations, screenshotBothWidths } from './pages/step-checks.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const KEY = 'sk-e2e-trailmap-4f2b';
const PRODUCT = {
  problemsSolved: [{ id: 'ps-close', text: 'Month-end closes that take a week' }],
  proposition: { who: 'people', problems: 'attend meetings', result: 'be happy' },
};

let fake: FakeOpenAiServer;

test.beforeAll(async () => {
  // The language model the browser configures: an OpenAI-compatible server in this process.
  fake = await startFakeOpenAiServer({ apiKey: KEY, models: ['fake-model'] });
});
test.afterAll(async () => {
  await fake.close();
});
test.afterEach(async ({ page }) => {
  // Settings are the local person's, shared by every test: leave them off.
  await page.request.delete('/api/assistant/settings');
});

test('configure a model, stream a draft, stop one, accept one, and find it after reload', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const settings = new LanguageModelPage(page);
  const workspace = new WorkspacePage(page);
  const planId = await WorkspacePage.createPlan(page, 'Model drafts');
  await seedSteps(page, planId, { product: PRODUCT });

  // Off by default: the coach offers no drafts and nothing is sent.
  await workspace.open(planId, 'product');
  await expect(page.locator('.coach-panel')).toBeVisible();
  await expect(settings.draftSection).toHaveCount(0);

  await settings.openFromAbout();
  await expect(settings.state).toHaveText('Off: no language model is configured.');
  await expect(
    page.getByText('Nothing is sent anywhere until you save a server here'),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // A bad address is refused with what to fix, before anything is saved.
  await settings.baseUrl.fill('ftp://models.example/v1');
  await settings.model.fill('fake-model');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('The base URL must start with http:// or https://')).toBeVisible();
  await expect(settings.state).toHaveText('Off: no language model is configured.');

  await settings.configure(fake.baseUrl, 'fake-model', KEY);
  await expect(settings.state).toContainText('with an API key ending in 4f2b');
  await expect(settings.apiKey).toHaveValue('');
  await page.getByRole('button', { name: 'Check connection' }).click();
  await expect(page.getByText('Connected: the server answers and has fake-model.')).toBeVisible();
  await expectNoAxeViolations(page);
  // Nothing sticks out sideways at 360 px.
  await screenshotBothWidths(page, 'language-model');
  expect(fake.requests.map((r) => r.path)).toEqual(['/v1/models']);

  // A draft streams in; Stop ends it mid-answer and the model server sees the request go.
  await workspace.open(planId, 'product');
  fake.behave({
    kind: 'stream',
    chunks: [
      'Who: finance teams\n',
      'Problems: month-end closes that take a week\n',
      'Result: decide on fresh numbers',
    ],
    holdAfter: 1,
  });
  await settings.draftButton('a value proposition').click();
  await expect(settings.draftText).toHaveText('Who: finance teams');
  await expect(settings.draftSection.getByRole('status')).toHaveText('Drafting with your model…');
  const aborted = fake.nextAbort();
  await settings.button('Stop').click();
  expect((await aborted).path).toBe('/v1/chat/completions');
  await expect(settings.draftSection.getByRole('status')).toHaveText(
    'Stopped. Nothing in your plan has changed.',
  );
  await expect(page.getByLabel('I help … (who)')).toHaveValue('people');

  // Drafted again to the end: shown beside the current one, written only on "Use this".
  fake.behave({
    kind: 'stream',
    chunks: [
      'Who: finance teams\n',
      'Problems: month-end closes that take a week\n',
      'Result: decide on fresh numbers',
    ],
    delayMs: 30,
  });
  await settings.button('Draft again').click();
  await expect(settings.draftSection).toContainText(
    'I help people solve attend meetings so they can be happy.',
  );
  await expect(settings.draftSection).toContainText(
    'I help finance teams solve month-end closes that take a week so they can decide on fresh numbers.',
  );
  await expect(page.getByLabel('I help … (who)')).toHaveValue('people');
  await workspace.screenshot('assistant-draft-beside-current');
  await settings.button('Use this').click();
  await expect(page.getByLabel('I help … (who)')).toHaveValue('finance teams');
  await expect(page.getByLabel('solve … (which problems)')).toHaveValue(
    'month-end closes that take a week',
  );
  await workspace.expectSaved();

  await page.reload();
  await expect(page.getByLabel('I help … (who)')).toHaveValue('finance teams');
  await expect(page.getByLabel('so they can … (what result)')).toHaveValue(
    'decide on fresh numbers',
  );
  const sent = fake.requests.filter((r) => r.path === '/v1/chat/completions');
  expect(sent).toHaveLength(2);
  expect(JSON.stringify(sent[0]?.body)).toContain('Month-end closes that take a week');
});

test('a refused key is said plainly beside the draft, and turning off hides drafting', async ({
  page,
}) => {
  const settings = new LanguageModelPage(page);
  const workspace = new WorkspacePage(page);
  const planId = await WorkspacePage.createPlan(page, 'Model bad key');
  await seedSteps(page, planId, { product: PRODUCT });

  await settings.openFromAbout();
  await settings.configure(fake.baseUrl, 'fake-model', 'sk-wrong-key-0000');
  await page.getByRole('button', { name: 'Check connection' }).click();
  await expect(page.getByRole('alert')).toContainText('refused the API key (401)');

  await workspace.open(planId, 'product');
  await settings.draftButton('a value proposition').click();
  await expect(settings.draftSection.getByRole('alert')).toContainText('refused the API key (401)');
  await expect(settings.draftSection.getByRole('alert')).toContainText('Check the key');
  await expect(page.getByLabel('I help … (who)')).toHaveValue('people');

  await settings.openFromAbout();
  await page.getByRole('button', { name: 'Turn off' }).click();
  await expect(settings.state).toHaveText('Off: no language model is configured.');
  await workspace.open(planId, 'product');
  await expect(page.locator('.coach-panel')).toBeVisible();
  await expect(settings.draftSection).toHaveCount(0);
});

test('verb phrasings replace the values as one undo step, the vision stretches, the proof is summed up', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const settings = new LanguageModelPage(page);
  const workspace = new WorkspacePage(page);
  const strategy = new StrategyPage(page);
  const planId = await WorkspacePage.createPlan(page, 'Model values');
  const configured = await page.request.put('/api/assistant/settings', {
    data: { baseUrl: fake.baseUrl, model: 'fake-model', apiKey: KEY },
  });
  expect(configured.status()).toBe(200);

  await workspace.open(planId, 'strategy');
  await strategy.addValuePhrase('Loyalty');
  await strategy.addValuePhrase('creative');
  await workspace.expectSaved();
  fake.behave({ kind: 'stream', chunks: ['1. stays loyal\n', '2. Creative → creates'] });
  await settings.draftButton('verb phrasings of your values').click();
  await expect(settings.button('Use this')).toBeVisible();
  await expect(strategy.value(1, 2)).toHaveValue('Loyalty');
  await settings.button('Use this').click();
  await expect(strategy.value(1, 2)).toHaveValue('stays loyal');
  await expect(strategy.value(2, 2)).toHaveValue('creates');
  // One press of undo takes the whole draft back.
  await page.getByRole('button', { name: 'Undo last change' }).click();
  await expect(strategy.value(1, 2)).toHaveValue('Loyalty');
  await expect(strategy.value(2, 2)).toHaveValue('creative');
  await workspace.expectSaved();

  // The vision is stretched beside the statement it replaces, and only on "Use this".
  await workspace.open(planId, 'vision');
  const statement = page.getByRole('textbox', { name: 'Vision statement' });
  await statement.fill('I make month-end closes calmer for finance teams.');
  await workspace.expectSaved();
  fake.behave({
    kind: 'stream',
    chunks: ['"I help whole organisations ', 'trust their numbers, every day."'],
  });
  await settings.draftButton('a stretched vision').click();
  await expect(settings.draftSection).toContainText(
    'I help whole organisations trust their numbers, every day.',
  );
  await expect(statement).toHaveValue('I make month-end closes calmer for finance teams.');
  await settings.button('Use this').click();
  await expect(statement).toHaveValue('I help whole organisations trust their numbers, every day.');
  await workspace.expectSaved();

  // A critique comments on the vision by the method's rules and writes nothing.
  fake.behave({
    kind: 'stream',
    chunks: [
      '- Works: "whole organisations" widens your reach.\n',
      '- Change: say what trusting the numbers lets them do.',
    ],
  });
  await settings.critiqueButton('your vision').click();
  await expect(settings.critiqueSection).toContainText(
    '- Change: say what trusting the numbers lets them do.',
  );
  await expect(settings.critiqueSection).toContainText('It changes nothing in your plan');
  await expect(settings.critiqueSection.getByRole('button', { name: 'Use this' })).toHaveCount(0);
  await expect(statement).toHaveValue('I help whole organisations trust their numbers, every day.');
  expect(JSON.stringify(fake.requests.at(-1)?.body)).toContain('Critique my five-year vision');
  await expectNoAxeViolations(page);

  const proof = await page.request.post(`/api/plans/${planId}/proof`, {
    data: {
      occurredOn: '2026-10-02',
      title: 'Ran the supplier review',
      evidence: 'Cut the approval cycle from nine days to four',
      skillIds: [],
      actionIds: [],
    },
  });
  expect(proof.status()).toBe(201);
  fake.behave({
    kind: 'stream',
    chunks: ['- 2026-10-02: cut approvals ', 'from nine days to four.'],
  });
  await workspace.open(planId);
  await settings.draftButton('a summary of your proof for a review').click();
  await expect(settings.draftSection).toContainText(
    '- 2026-10-02: cut approvals from nine days to four.',
  );
  await expect(settings.button('Copy')).toBeVisible();
  const last = fake.requests.at(-1)?.body;
  expect(JSON.stringify(last)).toContain('Ran the supplier review');
});
