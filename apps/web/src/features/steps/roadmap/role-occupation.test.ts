import { describe, expect, it } from 'vitest';
import { LIMITS } from '@trailmap/domain';
import type { Roadmap, TargetRole } from '@trailmap/domain';
import {
  addCapabilityTarget,
  hasCapabilityTarget,
  linkRoleToOccupation,
} from './role-occupation.ts';

const role = (id: string, title: string, targets: string[] = []): TargetRole => ({
  id,
  title,
  occupationCode: null,
  problems: '',
  success: '',
  visionProblemIds: [],
  capabilityTargets: targets.map((text, i) => ({ id: `${id}-t${i}`, text })),
});
const roadmap = (...targetRoles: TargetRole[]): Roadmap => ({ targetRoles, actions: [] });
const scientists = { code: '15-2051.00', title: 'Data Scientists' };

describe('linking a target role to an occupation', () => {
  it('keeps the title the person wrote', () => {
    const next = linkRoleToOccupation(roadmap(role('r', 'Head of analytics')), 'r', scientists);
    expect(next.targetRoles[0]).toMatchObject({
      title: 'Head of analytics',
      occupationCode: '15-2051.00',
    });
  });

  it('gives an untitled role the occupation’s title', () => {
    const next = linkRoleToOccupation(roadmap(role('r', '  ')), 'r', scientists);
    expect(next.targetRoles[0]?.title).toBe('Data Scientists');
  });

  it('unlinks with null and keeps every word, touching no other role', () => {
    const linked = linkRoleToOccupation(
      roadmap(role('r', ''), role('s', 'Other')),
      'r',
      scientists,
    );
    const next = linkRoleToOccupation(linked, 'r', null);
    expect(next.targetRoles[0]).toMatchObject({ title: 'Data Scientists', occupationCode: null });
    expect(next.targetRoles[1]).toBe(linked.targetRoles[1]);
  });
});

describe('adding a capability target from a gap', () => {
  it('appends it to the role', () => {
    const next = addCapabilityTarget(roadmap(role('r', 'Lead')), 'r', { id: 'n', text: 'Python' });
    expect(next.targetRoles[0]?.capabilityTargets).toEqual([{ id: 'n', text: 'Python' }]);
  });

  it('adds nothing when the role already has it in the same words', () => {
    const before = roadmap(role('r', 'Lead', ['Negotiation: reach level 4.5 of 7']));
    const next = addCapabilityTarget(before, 'r', {
      id: 'n',
      text: ' negotiation:  reach level 4.5 of 7',
    });
    expect(next.targetRoles[0]?.capabilityTargets).toHaveLength(1);
    expect(hasCapabilityTarget(next.targetRoles[0]!, 'NEGOTIATION: reach level 4.5 of 7')).toBe(
      true,
    );
  });

  it('adds nothing to a full role', () => {
    const full = Array.from({ length: LIMITS.maxCapabilityTargetsPerRole }, (_, i) => `T${i}`);
    const next = addCapabilityTarget(roadmap(role('r', 'Lead', full)), 'r', {
      id: 'n',
      text: 'New',
    });
    expect(next.targetRoles[0]?.capabilityTargets).toHaveLength(full.length);
  });
});
