import { expect, type Locator, type Page } from '@playwright/test';

/** The steps 2–4 of an open plan (vision, critical skills, skill audit), as a person sees them. */
export class StepsPage {
  constructor(readonly page: Page) {}

  /** Writes straight into a plan through the API, to open a screen with content already there. */
  static async seed(
    page: Page,
    planId: string,
    edit: (content: Record<string, unknown>) => Record<string, unknown>,
  ): Promise<void> {
    const current = await page.request.get(`/api/plans/${planId}`);
    const plan = (await current.json()) as {
      title: string;
      version: number;
      content: Record<string, unknown>;
    };
    const saved = await page.request.put(`/api/plans/${planId}`, {
      data: { title: plan.title, version: plan.version, content: edit(plan.content) },
    });
    expect(saved.status()).toBe(200);
  }

  // Vision
  listItem(list: string, index: number, count: number): Locator {
    return this.page.getByLabel(`${list}, item ${index} of ${count}`);
  }

  async addToList(addButton: string, text: string): Promise<void> {
    await this.page.getByRole('button', { name: `+ ${addButton}` }).click();
    await this.page.keyboard.type(text);
  }

  get todayPanel(): Locator {
    return this.page.getByRole('region', { name: 'Today’s value proposition', exact: true });
  }

  // Critical skills
  skillInput(index: number, count: number): Locator {
    return this.page.getByLabel(`Critical skill ${index} of ${count}`);
  }

  get visionPanel(): Locator {
    return this.page.getByRole('region', { name: 'Your vision', exact: true });
  }

  // Audit
  skillCard(name: string): Locator {
    return this.page.getByRole('group', { name, exact: true });
  }

  async answer(skill: string, question: RegExp, yes: boolean): Promise<void> {
    await this.skillCard(skill)
      .getByRole('group', { name: question })
      .getByRole('radio', { name: yes ? 'Yes' : 'No' })
      .check();
  }

  /** Answers the four questions of a skill: `pattern` like [true, true, false, false]. */
  async answerAll(skill: string, pattern: readonly boolean[]): Promise<void> {
    const questions = [/use it in my work now/, /stakes are high/, /others trust me/, /teach it/];
    for (const [index, question] of questions.entries()) {
      await this.answer(skill, question, pattern[index] ?? false);
    }
  }

  get strengths(): Locator {
    return this.page.getByRole('group', { name: 'Strengths to make world-class' });
  }

  get mustBuild(): Locator {
    return this.page.getByRole('group', { name: 'The one skill you must build' });
  }

  get chart(): Locator {
    return this.page.getByRole('img', { name: /Skill levels from your audit/ });
  }
}
