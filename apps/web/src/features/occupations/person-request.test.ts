import { describe, expect, it } from 'vitest';
import { createEmptyPlanContent } from '@trailmap/domain';
import type { PlanContent } from '@trailmap/domain';
import { currentOccupationOf, personRequest } from './person-request.ts';

describe('the person as the occupation API reads them', () => {
  it('reads a plan saved before the current occupation existed as having none', () => {
    const empty = createEmptyPlanContent();
    const old: PlanContent = { ...empty, steps: { ...empty.steps, portfolio: { entries: [] } } };
    expect(currentOccupationOf(old)).toBeNull();
    expect(personRequest(old).currentOccupationCode).toBeNull();
  });

  it('sends the current occupation and the named skills with their audit only', () => {
    const empty = createEmptyPlanContent();
    const content: PlanContent = {
      ...empty,
      steps: {
        ...empty.steps,
        portfolio: {
          entries: [],
          currentOccupation: { code: '15-1252.00', title: 'Software Developers' },
        },
        skills: {
          skills: [
            { id: 'a', name: 'Negotiation', source: { kind: 'free' } },
            { id: 'b', name: '  ', source: { kind: 'free' } },
          ],
        },
        audit: {
          answers: [
            {
              skillId: 'a',
              usesNow: true,
              confidentUnderPressure: null,
              trustedByOthers: null,
              couldTeach: null,
            },
            {
              skillId: 'b',
              usesNow: true,
              confidentUnderPressure: null,
              trustedByOthers: null,
              couldTeach: null,
            },
          ],
          strengthIds: ['b'],
          mustBuildId: 'b',
        },
      },
    };
    const request = personRequest(content);
    expect(request.currentOccupationCode).toBe('15-1252.00');
    expect(request.skills.map((s) => s.id)).toEqual(['a']);
    expect(request.audit).toEqual({
      answers: [content.steps.audit.answers[0]],
      strengthIds: [],
      mustBuildId: null,
    });
  });
});
