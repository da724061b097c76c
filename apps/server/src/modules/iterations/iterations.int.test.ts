import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createSamplePlanContent } from '@trailmap/domain';
import type { Plan } from '@trailmap/domain';
import { createTestApp } from '../../testing/test-app.ts';
import { enginesUnderTest, type TestStore } from '../../testing/test-stores.ts';

for (const { engine, open } of enginesUnderTest()) {
  describe(`strategy iterations API on ${engine}`, () => {
    let opened: TestStore;
    let app: FastifyInstance;
    let plan: Plan;

    beforeAll(async () => {
      opened = await open();
      app = await createTestApp(opened);
      plan = (
        await app.inject({
          method: 'POST',
          url: '/api/plans',
          payload: { title: 'Plan', content: createSamplePlanContent() },
        })
      ).json();
    });
    afterAll(async () => {
      await app.close();
      await opened.dispose();
    });

    const base = () => `/api/plans/${plan.id}/iterations`;
    const saveStrategy = async (mutate: (p: Plan) => Plan) => {
      const current = (await app.inject(`/api/plans/${plan.id}`)).json<Plan>();
      const response = await app.inject({
        method: 'PUT',
        url: `/api/plans/${plan.id}`,
        payload: mutate(current),
      });
      expect(response.statusCode).toBe(200);
    };

    it('keeps named snapshots of the strategy and compares any two', async () => {
      const first = await app.inject({
        method: 'POST',
        url: base(),
        payload: { name: 'First draft' },
      });
      expect(first.statusCode).toBe(201);
      expect(first.json().strategy).toEqual(plan.content.strategy);
      expect(first.json().planVersion).toBe(1);

      await saveStrategy((p) => ({
        ...p,
        content: {
          ...p.content,
          strategy: {
            ...p.content.strategy,
            gratifyingWork: `${p.content.strategy.gratifyingWork} And I teach others to do it.`,
            values: p.content.strategy.values.slice(1),
            overlaps: [],
          },
        },
      }));
      const second = await app.inject({
        method: 'POST',
        url: base(),
        payload: { name: 'Second draft' },
      });
      expect(second.statusCode).toBe(201);

      const list = await app.inject(base());
      expect(list.json().iterations.map((i: { name: string }) => i.name)).toEqual([
        'First draft',
        'Second draft',
      ]);

      const read = await app.inject(`${base()}/${first.json().id}`);
      expect(read.json()).toEqual(first.json());

      const compare = await app.inject(
        `${base()}/compare?a=${first.json().id}&b=${second.json().id}`,
      );
      expect(compare.statusCode).toBe(200);
      const changes = compare.json().changes;
      expect(changes.changed).toBe(true);
      expect(changes.gratifyingWork.changed).toBe(true);
      expect(
        changes.gratifyingWork.diff
          .filter((d: { op: string }) => d.op === 'added')
          .map((d: { text: string }) => d.text)
          .join(''),
      ).toContain('teach');
      expect(changes.values.removed).toEqual([plan.content.strategy.values[0]]);
      expect(changes.overlaps.removed.length).toBe(plan.content.strategy.overlaps.length);
    });

    it('refuses a name already used in the plan with 409', async () => {
      const response = await app.inject({
        method: 'POST',
        url: base(),
        payload: { name: 'First draft' },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('iteration.name_taken');
    });

    it('asks for a name', async () => {
      const response = await app.inject({ method: 'POST', url: base(), payload: { name: '   ' } });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details.problems[0].path).toEqual(['name']);
    });

    it('answers 404 for an unknown iteration and 400 for a comparison missing a side', async () => {
      const unknown = await app.inject(`${base()}/nope`);
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().error.code).toBe('iteration.not_found');
      const list = (await app.inject(base())).json().iterations;
      const comparedWithUnknown = await app.inject(`${base()}/compare?a=${list[0].id}&b=nope`);
      expect(comparedWithUnknown.statusCode).toBe(404);
      const missing = await app.inject(`${base()}/compare?a=${list[0].id}`);
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error.code).toBe('request.invalid_query');
      expect(missing.json().error.details.problems[0].path).toEqual(['b']);
    });
  });
}
