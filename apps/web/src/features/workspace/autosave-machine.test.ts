import { describe, expect, it } from 'vitest';
import { createEmptyPlanContent, createSamplePlanContent } from '@trailmap/domain';
import type { Plan } from '@trailmap/domain';
import {
  autosaveReducer,
  draftOf,
  retryDelayMs,
  startAutosave,
  visibleDraft,
} from './autosave-machine.ts';
import type { AutosaveEvent, AutosaveState, Draft } from './autosave-machine.ts';

const planAt = (
  version: number,
  draft: Draft = { title: 'Main', content: createEmptyPlanContent() },
): Plan => ({
  id: 'p1',
  ownerId: 'local',
  version,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  ...draft,
});

const edit = (knownFor: string): Draft => ({
  title: 'Main',
  content: { ...createEmptyPlanContent(), knownFor },
});

const run = (state: AutosaveState, ...events: AutosaveEvent[]) =>
  events.reduce(autosaveReducer, state);

describe('autosave state machine', () => {
  it('waits after an edit, sends on flush, and is saved when the server confirms', () => {
    const start = startAutosave(planAt(1));
    expect(start.status).toBe('saved');
    const pending = run(start, { type: 'edited', draft: edit('a') });
    expect(pending.status).toBe('pending');
    const saving = run(pending, { type: 'flush' });
    expect(saving.status).toBe('saving');
    expect(saving.sending).toEqual(edit('a'));
    const saved = run(saving, { type: 'saved', plan: planAt(2, edit('a')) });
    expect(saved.status).toBe('saved');
    expect(saved.draft).toBeNull();
    expect(saved.server.version).toBe(2);
  });

  it('keeps edits typed during a save and sends them next', () => {
    const state = run(
      startAutosave(planAt(1)),
      { type: 'edited', draft: edit('a') },
      { type: 'flush' },
      { type: 'edited', draft: edit('ab') },
    );
    expect(state.status).toBe('saving');
    expect(run(state, { type: 'flush' }).sending).toEqual(edit('a'));
    const after = run(state, { type: 'saved', plan: planAt(2, edit('a')) });
    expect(after.status).toBe('pending');
    expect(visibleDraft(after)).toEqual(edit('ab'));
  });

  it('goes offline when the server cannot be reached, backs off, and keeps every edit', () => {
    let state = run(
      startAutosave(planAt(1)),
      { type: 'edited', draft: edit('a') },
      { type: 'flush' },
    );
    state = run(state, { type: 'unreachable' });
    expect(state).toMatchObject({ status: 'offline', failures: 1, retryInMs: 1000, sending: null });
    state = run(state, { type: 'edited', draft: edit('abc') });
    expect(state.status).toBe('offline');
    state = run(state, { type: 'flush' }, { type: 'unreachable' });
    expect(state.retryInMs).toBe(2000);
    state = run(state, { type: 'flush' });
    expect(state.sending).toEqual(edit('abc'));
    state = run(state, { type: 'saved', plan: planAt(2, edit('abc')) });
    expect(state).toMatchObject({ status: 'saved', failures: 0, draft: null });
  });

  it('caps the back-off at thirty seconds', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(retryDelayMs)).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
  });

  it('stops on a conflict, keeps the draft, and restarts from their version once resolved', () => {
    const theirs = planAt(3, { title: 'Main', content: createSamplePlanContent() });
    let state = run(
      startAutosave(planAt(1)),
      { type: 'edited', draft: edit('mine') },
      { type: 'flush' },
      { type: 'conflicted', theirs },
    );
    expect(state.status).toBe('conflict');
    expect(state.draft).toEqual(edit('mine'));
    // Nothing is sent while the person decides, and edits still land in the draft.
    state = run(state, { type: 'edited', draft: edit('mine 2') }, { type: 'flush' });
    expect(state.sending).toBeNull();
    expect(state.draft).toEqual(edit('mine 2'));
    const merged: Draft = { title: 'Main', content: { ...theirs.content, knownFor: 'mine 2' } };
    state = run(state, { type: 'resolved', draft: merged });
    expect(state).toMatchObject({ status: 'pending', theirs: null, draft: merged });
    expect(state.server.version).toBe(3);
  });

  it('is saved at once when the person takes their version unchanged', () => {
    const theirs = planAt(3, edit('theirs'));
    const state = run(
      startAutosave(planAt(1)),
      { type: 'edited', draft: edit('mine') },
      { type: 'flush' },
      { type: 'conflicted', theirs },
      { type: 'resolved', draft: draftOf(theirs) },
    );
    expect(state).toMatchObject({ status: 'saved', draft: null });
  });

  it('holds a refused draft with the server’s message until the next edit', () => {
    let state = run(
      startAutosave(planAt(1)),
      { type: 'edited', draft: edit('x') },
      { type: 'flush' },
      { type: 'rejected', message: 'A week has 168 hours.' },
    );
    expect(state).toMatchObject({
      status: 'rejected',
      problem: { message: 'A week has 168 hours.' },
    });
    expect(state.draft).toEqual(edit('x'));
    state = run(state, { type: 'edited', draft: edit('y') });
    expect(state).toMatchObject({ status: 'pending', problem: null });
  });

  it('is saved again when an edit returns to what the server holds', () => {
    const state = run(
      startAutosave(planAt(1)),
      { type: 'edited', draft: edit('x') },
      { type: 'edited', draft: draftOf(planAt(1)) },
    );
    expect(state).toMatchObject({ status: 'saved', draft: null });
  });

  it('starts pending when a stored draft differs from the server', () => {
    expect(startAutosave(planAt(1), edit('kept')).status).toBe('pending');
    expect(startAutosave(planAt(1), draftOf(planAt(1))).status).toBe('saved');
  });

  it('keeps its own objects for what the server confirmed, so unchanged parts keep their identity', () => {
    const sample = createSamplePlanContent();
    const server = planAt(1, { title: 'Main', content: sample });
    const typed: Draft = { title: 'Main', content: { ...sample, knownFor: 'typed' } };
    let state = run(startAutosave(server), { type: 'edited', draft: typed }, { type: 'flush' });
    // The server answers with a copy of what it stored (new objects, same JSON).
    const answer = JSON.parse(JSON.stringify(planAt(2, typed))) as Plan;
    state = run(state, { type: 'saved', plan: answer });
    expect(state.status).toBe('saved');
    expect(state.server.version).toBe(2);
    expect(state.server).toEqual(answer);
    expect(visibleDraft(state).content).toBe(typed.content);
    // An edit typed while the save was on its way still shares every other part.
    const more: Draft = { title: 'Main', content: { ...typed.content, knownFor: 'typed more' } };
    state = run(
      startAutosave(server),
      { type: 'edited', draft: typed },
      { type: 'flush' },
      { type: 'edited', draft: more },
      { type: 'saved', plan: answer },
    );
    expect(state.status).toBe('pending');
    expect(state.draft).toBe(more);
    expect(state.server.content.steps).toBe(more.content.steps);
  });

  it('gives a stored draft the server’s objects for the parts it did not change', () => {
    const sample = createSamplePlanContent();
    const stored = JSON.parse(
      JSON.stringify({ title: 'Main', content: { ...sample, knownFor: 'kept' } }),
    ) as Draft;
    const state = startAutosave(planAt(1, { title: 'Main', content: sample }), stored);
    expect(state.draft).toEqual(stored);
    expect(state.draft?.content.steps).toBe(sample.steps);
    expect(state.draft?.content.strategy).toBe(sample.strategy);
  });
});
