import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createSamplePlanContent } from '@trailmap/domain';
import type { Plan, ProofEntry } from '@trailmap/domain';
import { createTestApp } from '../../testing/test-app.ts';
import { enginesUnderTest, type TestStore } from '../../testing/test-stores.ts';

for (const { engine, open } of enginesUnderTest()) {
  describe(`proof log API on ${engine}`, () => {
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

    const base = () => `/api/plans/${plan.id}/proof`;
    const entry = (over: Partial<Record<string, unknown>> = {}) => ({
      occurredOn: '2026-10-02',
      title: 'Ran the supplier review with finance and ops',
      evidence: 'Cut the approval cycle from nine days to four; the CFO asked for the template.',
      skillIds: [plan.content.steps.skills.skills[0]!.id],
      actionIds: [plan.content.steps.roadmap.actions[0]!.id],
      ...over,
    });

    it('logs a win linked to skills and actions, and reads it back', async () => {
      const created = await app.inject({ method: 'POST', url: base(), payload: entry() });
      expect(created.statusCode).toBe(201);
      expect(created.headers.etag).toBe('"1"');
      const read = await app.inject(`${base()}/${created.json().id}`);
      expect(read.json()).toEqual(created.json());
      expect(read.json().skillIds).toEqual(entry().skillIds);
    });

    it('lists the log newest first', async () => {
      await app.inject({
        method: 'POST',
        url: base(),
        payload: entry({ occurredOn: '2026-01-15', title: 'Older win' }),
      });
      await app.inject({
        method: 'POST',
        url: base(),
        payload: entry({ occurredOn: '2026-11-20', title: 'Newest win' }),
      });
      const list = await app.inject(base());
      const dates = list.json().entries.map((e: ProofEntry) => e.occurredOn);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(list.json().entries[0].title).toBe('Newest win');
    });

    it('refuses links to skills or actions the plan does not have, naming the field', async () => {
      const response = await app.inject({
        method: 'POST',
        url: base(),
        payload: entry({ skillIds: ['ghost'] }),
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().error.code).toBe('proof.invalid');
      expect(response.json().error.details.problems[0].path).toEqual(['skillIds', 0]);
    });

    it('refuses dates that do not exist and empty titles', async () => {
      const badDate = await app.inject({
        method: 'POST',
        url: base(),
        payload: entry({ occurredOn: '2026-02-30' }),
      });
      expect(badDate.statusCode).toBe(400);
      expect(badDate.json().error.details.problems[0].path).toEqual(['occurredOn']);
      const noTitle = await app.inject({
        method: 'POST',
        url: base(),
        payload: entry({ title: ' ' }),
      });
      expect(noTitle.statusCode).toBe(400);
      expect(noTitle.json().error.details.problems[0].path).toEqual(['title']);
    });

    it('updates with a version guard and refuses a stale one', async () => {
      const created = (
        await app.inject({ method: 'POST', url: base(), payload: entry({ title: 'To edit' }) })
      ).json<ProofEntry>();
      const updated = await app.inject({
        method: 'PUT',
        url: `${base()}/${created.id}`,
        payload: { ...created, title: 'Edited' },
        headers: { 'if-match': '"1"' },
      });
      expect(updated.statusCode).toBe(200);
      expect(updated.json().version).toBe(2);
      const stale = await app.inject({
        method: 'PUT',
        url: `${base()}/${created.id}`,
        payload: { ...entry(), title: 'Stale' },
        headers: { 'if-match': '"1"' },
      });
      expect(stale.statusCode).toBe(412);
      expect(stale.json().error.code).toBe('proof.version_conflict');
      expect((await app.inject(`${base()}/${created.id}`)).json().title).toBe('Edited');
      const moved = await app.inject({
        method: 'PUT',
        url: `${base()}/${created.id}`,
        payload: { ...updated.json<ProofEntry>(), planId: 'other' },
      });
      expect(moved.statusCode).toBe(400);
      expect(moved.json().error.code).toBe('proof.readonly_field');
    });

    it('deletes an entry, then answers 404 for it', async () => {
      const created = (
        await app.inject({ method: 'POST', url: base(), payload: entry({ title: 'Doomed' }) })
      ).json<ProofEntry>();
      expect(
        (await app.inject({ method: 'DELETE', url: `${base()}/${created.id}` })).statusCode,
      ).toBe(204);
      const gone = await app.inject(`${base()}/${created.id}`);
      expect(gone.statusCode).toBe(404);
      expect(gone.json().error.code).toBe('proof.not_found');
      expect(
        (await app.inject({ method: 'DELETE', url: `${base()}/${created.id}` })).statusCode,
      ).toBe(404);
    });

    it('refuses a stale delete with 412 and keeps the entry', async () => {
      const created = (
        await app.inject({ method: 'POST', url: base(), payload: entry({ title: 'Guarded' }) })
      ).json<ProofEntry>();
      await app.inject({
        method: 'PUT',
        url: `${base()}/${created.id}`,
        payload: { ...created, title: 'Guarded v2' },
      });
      const stale = await app.inject({
        method: 'DELETE',
        url: `${base()}/${created.id}`,
        headers: { 'if-match': '"1"' },
      });
      expect(stale.statusCode).toBe(412);
      expect(stale.json().error.details.current.title).toBe('Guarded v2');
      expect((await app.inject(`${base()}/${created.id}`)).statusCode).toBe(200);
      const current = await app.inject({
        method: 'DELETE',
        url: `${base()}/${created.id}`,
        headers: { 'if-match': '"2"' },
      });
      expect(current.statusCode).toBe(204);
    });

    it('asks for a version to guard a save (428), and tells a stale copy it is stale', async () => {
      const created = (
        await app.inject({
          method: 'POST',
          url: base(),
          payload: entry({ title: 'Needs a version' }),
        })
      ).json<ProofEntry>();
      const { version: _v, ...unversioned } = created;
      const none = await app.inject({
        method: 'PUT',
        url: `${base()}/${created.id}`,
        payload: unversioned,
      });
      expect(none.statusCode).toBe(428);
      expect(none.json().error.code).toBe('proof.precondition_required');
      await app.inject({
        method: 'PUT',
        url: `${base()}/${created.id}`,
        payload: { ...created, title: 'Changed elsewhere' },
      });
      // The first client sends its whole (now stale) copy back.
      const stale = await app.inject({
        method: 'PUT',
        url: `${base()}/${created.id}`,
        payload: { ...created, title: 'Mine' },
        headers: { 'if-match': '"1"' },
      });
      expect(stale.statusCode).toBe(412);
      expect(stale.json().error.code).toBe('proof.version_conflict');
      const huge = await app.inject({
        method: 'PUT',
        url: `${base()}/${created.id}`,
        payload: unversioned,
        headers: { 'if-match': '"99999999999"' },
      });
      expect(huge.statusCode).toBe(412);
    });
  });
}
