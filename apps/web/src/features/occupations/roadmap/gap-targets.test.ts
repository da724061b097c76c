import { describe, expect, it } from 'vitest';
import type { GapResponse } from '@trailmap/contracts';
import type { TargetRole } from '@trailmap/domain';
import { capabilityTargetText, gapItemName, isTargetFor } from './gap-targets.ts';

type GapItem = GapResponse['items'][number];

const item = (name: string, planSkill: string | null = null): GapItem => ({
  kind: 'skill',
  elementId: '2.B.1.d',
  name,
  importance: 4,
  targetLevel: 4.5,
  yourLevel: 2,
  yourLevelBasis: 'audit',
  shortfall: 0.36,
  priority: 0.27,
  planSkill: planSkill === null ? null : { skillId: 's1', name: planSkill },
});
const role = (...targets: string[]): TargetRole => ({
  id: 'r',
  title: 'Lead',
  occupationCode: '15-2051.00',
  problems: '',
  success: '',
  visionProblemIds: [],
  capabilityTargets: targets.map((text, i) => ({ id: `t${i}`, text })),
});

describe('gap items as capability targets', () => {
  it('use the plan’s own skill name where one maps', () => {
    expect(gapItemName(item('Negotiation', 'Closing deals'))).toBe('Closing deals');
    expect(capabilityTargetText(item('Negotiation', 'Closing deals'))).toBe(
      'Closing deals: reach level 4.5 of 7',
    );
  });

  it('use O*NET’s name with its kind otherwise, so a skill and a knowledge area of one name differ', () => {
    expect(capabilityTargetText(item('Mathematics'))).toBe(
      'Mathematics (skill): reach level 4.5 of 7',
    );
    const knowledge = { ...item('Mathematics'), kind: 'knowledge' as const };
    expect(isTargetFor(role('Mathematics (skill): reach level 4.5 of 7'), knowledge)).toBe(false);
  });

  it('count as added when a target starts with the name, whatever level it says now', () => {
    const negotiation = item('Negotiation', 'Negotiation');
    expect(isTargetFor(role('negotiation: reach level 5 of 7'), negotiation)).toBe(true);
    expect(isTargetFor(role('Negotiation'), negotiation)).toBe(true);
    expect(isTargetFor(role('Negotiation skills workshop'), negotiation)).toBe(false);
  });
});
