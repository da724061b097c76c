import type { ComponentType } from 'react';
import { LIMITS } from '@trailmap/domain';
import type { CapabilityTarget, Roadmap, TargetRole, TextItem } from '@trailmap/domain';
import { newItemId } from '../../../ui/new-id.ts';
import { emptyRole } from './roadmap-items.ts';
import { addCapabilityTarget, linkRoleToOccupation } from './role-occupation.ts';
import type { RoleOccupationProps } from './role-occupation.ts';
import { TargetRoleCard } from './target-role-card.tsx';

/**
 * The medium term of the roadmap: one or two target-role cards, each with
 * the occupation panel when occupational data plugs in.
 */
export function TargetRolesSection({
  roles,
  visionProblems,
  visionHref,
  change,
  onTargetsChange,
  onRemove,
  roleOccupation: RoleOccupation,
}: {
  roles: readonly TargetRole[];
  visionProblems: readonly TextItem[];
  visionHref: string;
  change: (recipe: (current: Roadmap) => Roadmap) => void;
  /** Kept with the step: a removed target unlinks actions, which the step announces. */
  onTargetsChange: (role: TargetRole, targets: CapabilityTarget[]) => void;
  onRemove: (role: TargetRole) => void;
  roleOccupation?: ComponentType<RoleOccupationProps>;
}) {
  const updateRole = (role: TargetRole) =>
    change((current) => ({
      ...current,
      targetRoles: current.targetRoles.map((item) => (item.id === role.id ? role : item)),
    }));
  const full = roles.length >= LIMITS.maxTargetRoles;
  return (
    <section className="step-section" aria-labelledby="roles-title">
      <h2 id="roles-title">Medium term: 3–5 years</h2>
      <p className="field-hint">
        One or two roles that would let you work on the problems of your vision. A role is a means,
        not the goal.
      </p>
      <div className="role-grid">
        {roles.map((role, index) => (
          <TargetRoleCard
            key={role.id}
            role={role}
            index={index}
            visionProblems={visionProblems}
            visionHref={visionHref}
            onChange={updateRole}
            onTargetsChange={(targets) => onTargetsChange(role, targets)}
            onRemove={() => onRemove(role)}
            occupation={
              RoleOccupation && (
                <RoleOccupation
                  role={role}
                  onLink={(occupation) =>
                    change((current) => linkRoleToOccupation(current, role.id, occupation))
                  }
                  onAddTarget={(text) => {
                    const target = { id: newItemId(), text: text.trim() };
                    change((current) => addCapabilityTarget(current, role.id, target));
                  }}
                />
              )
            }
          />
        ))}
      </div>
      <button
        type="button"
        className="secondary-button"
        disabled={full}
        onClick={() =>
          change((current) => ({ ...current, targetRoles: [...current.targetRoles, emptyRole()] }))
        }
      >
        + Add a target role
      </button>
      {full && (
        <p className="field-hint">
          {LIMITS.maxTargetRoles} roles is the most: a roadmap with more loses its focus.
        </p>
      )}
    </section>
  );
}
