// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createEmptyPlanContent } from '@trailmap/domain';
import type { Plan } from '@trailmap/domain';
import { createDraftStore, resumeAutosave } from './local-drafts.ts';
import type { Draft } from './autosave-machine.ts';

const planAt = (version: number, knownFor = ''): Plan => ({
  id: 'p1',
  ownerId: 'local',
  title: 'Main',
  version,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  content: { ...createEmptyPlanContent(), knownFor },
});
const draft = (knownFor: string, title = 'Main'): Draft => ({
  title,
  content: { ...createEmptyPlanContent(), knownFor },
});

describe('local drafts', () => {
  beforeEach(() => window.localStorage.clear());

  it('keeps a draft across a new store (a reload) and forgets it when cleared', () => {
    createDraftStore(window.localStorage).write('p1', { server: planAt(1), draft: draft('kept') });
    const again = createDraftStore(window.localStorage);
    expect(again.read('p1')?.draft).toEqual(draft('kept'));
    again.write('p1', null);
    expect(createDraftStore(window.localStorage).read('p1')).toBeNull();
  });

  it('ignores what is not a draft instead of failing', () => {
    window.localStorage.setItem('trailmap:unsent:p1', '{not json');
    expect(createDraftStore(window.localStorage).read('p1')).toBeNull();
    window.localStorage.setItem('trailmap:unsent:p1', '{"server":1}');
    expect(createDraftStore(window.localStorage).read('p1')).toBeNull();
  });

  it('resumes unsent edits made on the current version', () => {
    const state = resumeAutosave(planAt(2), { server: planAt(2), draft: draft('unsent') });
    expect(state.status).toBe('pending');
    expect(state.draft).toEqual(draft('unsent'));
  });

  it('merges unsent edits into a newer version when they touch other parts', () => {
    const state = resumeAutosave(planAt(3, 'from another tab'), {
      server: planAt(2),
      draft: draft('', 'Renamed here'),
    });
    expect(state.status).toBe('pending');
    expect(state.server.version).toBe(3);
    expect(state.draft).toEqual(draft('from another tab', 'Renamed here'));
  });

  it('asks the person when unsent edits and a newer version changed the same part', () => {
    const state = resumeAutosave(planAt(3, 'theirs'), { server: planAt(2), draft: draft('mine') });
    expect(state.status).toBe('conflict');
    expect(state.theirs?.version).toBe(3);
    expect(state.draft).toEqual(draft('mine'));
  });
});
