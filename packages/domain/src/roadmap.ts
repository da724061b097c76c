import type { CapabilityTarget, ItemId, Roadmap, ShortTermAction } from './model.ts';

/**
 * Edits of the roadmap that keep its links whole. An action names the
 * capability target it builds; when that target (or the role holding it)
 * goes, the action must let go of it in the same edit, or the save is
 * refused for pointing at nothing (see validate-plan.ts). The action itself
 * stays: the person decides whether it still belongs in the plan, and the
 * traceability warnings tell them it now serves nothing.
 */

/** Ids of every capability target of every target role. */
export function capabilityTargetIdsOf(roadmap: Roadmap): Set<ItemId> {
  const ids = new Set<ItemId>();
  for (const role of roadmap.targetRoles)
    for (const target of role.capabilityTargets) ids.add(target.id);
  return ids;
}

/**
 * Clears the capability target of every action whose target is no longer in
 * the roadmap. Returns the same roadmap when nothing pointed nowhere, so an
 * edit that changes nothing is recognised as such.
 */
export function unlinkDanglingActions(roadmap: Roadmap): Roadmap {
  const known = capabilityTargetIdsOf(roadmap);
  let changed = false;
  const actions = roadmap.actions.map((action): ShortTermAction => {
    if (action.capabilityTargetId === null || known.has(action.capabilityTargetId)) return action;
    changed = true;
    return { ...action, capabilityTargetId: null };
  });
  return changed ? { ...roadmap, actions } : roadmap;
}

/** Removes a target role, unlinking the actions that built its capability targets. */
export function removeTargetRole(roadmap: Roadmap, roleId: ItemId): Roadmap {
  const targetRoles = roadmap.targetRoles.filter((role) => role.id !== roleId);
  if (targetRoles.length === roadmap.targetRoles.length) return roadmap;
  return unlinkDanglingActions({ ...roadmap, targetRoles });
}

/**
 * Replaces the capability targets of one role (an edit of the list: add,
 * rename, reorder, remove); actions linked to a removed target are unlinked.
 */
export function setCapabilityTargets(
  roadmap: Roadmap,
  roleId: ItemId,
  capabilityTargets: readonly CapabilityTarget[],
): Roadmap {
  const targetRoles = roadmap.targetRoles.map((role) =>
    role.id === roleId ? { ...role, capabilityTargets } : role,
  );
  return unlinkDanglingActions({ ...roadmap, targetRoles });
}

/** The actions that build one of these capability targets: the ones a removal would unlink. */
export function actionsLinkedTo(
  roadmap: Roadmap,
  targetIds: ReadonlySet<ItemId>,
): ShortTermAction[] {
  return roadmap.actions.filter(
    (action) => action.capabilityTargetId !== null && targetIds.has(action.capabilityTargetId),
  );
}
