import { LIMITS } from '@trailmap/domain';
import type { CapabilityTarget, ItemId, Roadmap, TargetRole } from '@trailmap/domain';

/** An occupation as a role links to it: its O*NET-SOC code and title. */
export interface LinkedOccupation {
  readonly code: string;
  readonly title: string;
}

/**
 * What a target-role card hands the occupational-data seam: the role, a way
 * to link it to an occupation (null unlinks) and a way to add a capability
 * target to it.
 */
export interface RoleOccupationProps {
  readonly role: TargetRole;
  readonly onLink: (occupation: LinkedOccupation | null) => void;
  readonly onAddTarget: (text: string) => void;
}

/**
 * The roadmap with one role linked to an occupation (or unlinked, with null).
 * The title the person wrote is kept; an empty one takes the occupation's.
 */
export function linkRoleToOccupation(
  roadmap: Roadmap,
  roleId: ItemId,
  occupation: LinkedOccupation | null,
): Roadmap {
  return {
    ...roadmap,
    targetRoles: roadmap.targetRoles.map((role) =>
      role.id !== roleId
        ? role
        : {
            ...role,
            occupationCode: occupation?.code ?? null,
            title: role.title.trim() === '' && occupation ? occupation.title : role.title,
          },
    ),
  };
}

const wordsOf = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** True when the role already has a capability target with these words (case and spacing aside). */
export const hasCapabilityTarget = (role: TargetRole, text: string): boolean =>
  role.capabilityTargets.some((target) => wordsOf(target.text) === wordsOf(text));

/**
 * The roadmap with one more capability target on a role, unless the role
 * already has one in the same words or is full: a second click adds nothing.
 */
export function addCapabilityTarget(
  roadmap: Roadmap,
  roleId: ItemId,
  target: CapabilityTarget,
): Roadmap {
  return {
    ...roadmap,
    targetRoles: roadmap.targetRoles.map((role) =>
      role.id !== roleId ||
      target.text.trim() === '' ||
      hasCapabilityTarget(role, target.text) ||
      role.capabilityTargets.length >= LIMITS.maxCapabilityTargetsPerRole
        ? role
        : { ...role, capabilityTargets: [...role.capabilityTargets, target] },
    ),
  };
}
