import { describe, expect, it } from 'vitest';
import type { PortfolioResponse } from '@trailmap/contracts';
import type { CriticalSkill, PortfolioEntry } from '@trailmap/domain';
import { gapWords, laneSuggestions, toSuggestion } from './lane-suggestions.ts';

type Suggestion = PortfolioResponse['next'][number];

const gap = (name: string, planSkill: { skillId: string; name: string } | null = null) => ({
  kind: 'skill' as const,
  elementId: '2.B.1.d',
  name,
  importance: 4,
  targetLevel: 4.5,
  yourLevel: 2,
  yourLevelBasis: 'audit' as const,
  shortfall: 0.36,
  priority: 0.29,
  planSkill,
});

const suggestion = (code: string, over: Partial<Suggestion> = {}): Suggestion => ({
  lane: 'next',
  code,
  title: `Role ${code}`,
  jobZone: 4,
  reason: '70% similar to your current role.',
  similarity: 0.7,
  overlapPercent: 88,
  criticalSkillOverlapPercent: 50,
  gap: [gap('Negotiation', { skillId: 's1', name: 'Negotiating budgets' }), gap('Leadership')],
  buildsSkillIds: ['s1', 'gone'],
  capabilityTargets: [
    { targetRoleId: 'r1', capabilityTargetId: 'c1', text: 'Lead a team', because: 'Leadership' },
  ],
  ...over,
});

const skills: CriticalSkill[] = [
  { id: 's1', name: 'Negotiating budgets', source: { kind: 'free' } },
];

describe('portfolio suggestions from occupation data', () => {
  it('says the gap in the plan’s own skill names where they map', () => {
    expect(gapWords(gap('Negotiation', { skillId: 's1', name: 'Negotiating budgets' }))).toBe(
      'Negotiating budgets (your skill): level 2.0 → 4.5',
    );
    expect(gapWords(gap('Leadership'))).toBe('Leadership: level 2.0 → 4.5');
  });

  it('carries overlap, gap, what it builds and only the skills that still exist', () => {
    expect(toSuggestion(suggestion('15-1241.00'), skills)).toEqual({
      title: 'Role 15-1241.00',
      occupationCode: '15-1241.00',
      reason: '70% similar to your current role.',
      overlapPercent: 88,
      gap: ['Negotiating budgets (your skill): level 2.0 → 4.5', 'Leadership: level 2.0 → 4.5'],
      builds: ['Lead a team (target)', 'Negotiating budgets'],
      skillIds: ['s1'],
    });
  });

  it('files suggestions in their lanes and leaves out roles already on the board', () => {
    const response: PortfolioResponse = {
      next: [suggestion('15-1241.00'), suggestion('15-1212.00')],
      ideal: [suggestion('11-3021.00', { lane: 'ideal' })],
      adjacent: [],
      crossFunctional: [suggestion('13-1111.00', { lane: 'cross_functional' })],
      mappedSkills: [],
      unmappedSkills: [],
    };
    const entries: PortfolioEntry[] = [
      {
        id: 'e1',
        lane: 'adjacent',
        title: 'x',
        occupationCode: '15-1212.00',
        notes: '',
        skillIds: [],
      },
    ];
    const lanes = laneSuggestions(response, skills, entries);
    expect(lanes.next.map((s) => s.occupationCode)).toEqual(['15-1241.00']);
    expect(lanes.ideal.map((s) => s.occupationCode)).toEqual(['11-3021.00']);
    expect(lanes.adjacent).toEqual([]);
    expect(lanes.cross_functional.map((s) => s.occupationCode)).toEqual(['13-1111.00']);
  });
});
