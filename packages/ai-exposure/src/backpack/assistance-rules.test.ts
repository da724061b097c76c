import { describe, expect, it } from 'vitest';
import { suggestAssistance, type ActivityEvidence } from './assistance-rules.ts';

const activity = (id: string, title: string, score = 0.5): ActivityEvidence => ({
  kind: 'dwa',
  id,
  title,
  iwaTitle: null,
  score,
});
const kinds = (activities: ActivityEvidence[], forSkill = false) =>
  suggestAssistance(activities, { forSkill }).map((s) => s.kind);

describe('AI assistance from the wording of work activities', () => {
  it('reads the kind of help from the verbs and objects O*NET uses', () => {
    expect(kinds([activity('4.A.3.b.6.I01.D01', 'Prepare financial reports.')])).toEqual([
      'drafting',
      'data_analysis',
    ]);
    expect(kinds([activity('4.A.3.b.1.I01.D01', 'Write computer programs.')])).toContain(
      'coding_assistance',
    );
    expect(
      kinds([
        activity('4.A.4.a.2.I01.D01', 'Confer with coworkers to coordinate work activities.'),
      ]),
    ).toEqual(['meeting_notes']);
    expect(kinds([activity('4.A.4.b.3.I01.D01', 'Train personnel on new procedures.')])).toEqual([
      'tutoring',
    ]);
  });

  it('falls back on the family of work activities when no wording rule fits', () => {
    const [only] = suggestAssistance([activity('4.A.2.a.4.I09.D01', 'Appraise property values.')], {
      forSkill: false,
    });
    expect(only).toMatchObject({ kind: 'data_analysis', weight: 0.25 });
    expect(only?.because[0]?.why).toMatch(/family of work activities/);
    expect(kinds([activity('4.A.3.a.1.I01.D01', 'Lift heavy objects.')])).toEqual([]);
  });

  it('puts the best-supported kind first and offers a practice partner for every skill', () => {
    const ranked = kinds([
      activity('a', 'Analyze sales data.', 0.9),
      activity('b', 'Discuss budgets with managers.', 0.3),
    ]);
    expect(ranked[0]).toBe('data_analysis');
    expect(kinds([], true)).toEqual(['tutoring']);
  });
});
