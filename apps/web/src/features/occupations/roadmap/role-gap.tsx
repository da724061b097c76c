import { useMemo, useRef } from 'react';
import { LIMITS } from '@trailmap/domain';
import type { TargetRole } from '@trailmap/domain';
import type { GapResponse } from '@trailmap/contracts';
import { api } from '../../../api/client.ts';
import { Link } from '../../../app/router.tsx';
import { occupationPath, planPath } from '../../../app/routes.ts';
import { usePlanWorkspace } from '../../workspace/plan-workspace.tsx';
import { kindWord } from '../comparison-words.ts';
import { OccupationDataNotice } from '../onet-notices.tsx';
import { personRequest } from '../person-request.ts';
import { gapWords } from '../portfolio/lane-suggestions.ts';
import { useDebounced, useResource } from '../use-resource.ts';
import type { Resource } from '../use-resource.ts';
import { capabilityTargetText, gapItemName, isTargetFor } from './gap-targets.ts';

const GAP_ITEMS = 6;

/**
 * What the linked occupation asks for that the person does not have yet,
 * biggest first (importance × shortfall), named in the plan's own critical
 * skills where they map. Each item can become a capability target in one click.
 */
export function RoleGap({
  role,
  code,
  onAddTarget,
}: {
  role: TargetRole;
  code: string;
  onAddTarget: (text: string) => void;
}) {
  const { draft, saved } = usePlanWorkspace();
  const person = useMemo(() => personRequest(draft.content), [draft.content]);
  const key = useDebounced(JSON.stringify({ code, person }), 300);
  const fresh = useResource(key, () => api.gap(code, { ...person, limit: GAP_ITEMS }));
  // While an edit elsewhere in the plan is re-measured, the last gap of the
  // same occupation stays on screen, so the card does not jump.
  const last = useRef<Resource<GapResponse>>({ status: 'idle' });
  if (fresh.status === 'ready') last.current = fresh;
  const gap =
    fresh.status === 'loading' && last.current.status === 'ready' && last.current.data.code === code
      ? last.current
      : fresh;
  const full = role.capabilityTargets.length >= LIMITS.maxCapabilityTargetsPerRole;

  if (gap.status === 'error') return <OccupationDataNotice error={gap.error} />;
  if (gap.status !== 'ready') {
    return (
      <div className="role-gap role-gap-loading" role="status">
        <p className="muted">Measuring the gap to this occupation…</p>
      </div>
    );
  }
  const { title, overlapPercent, items, unmappedSkills } = gap.data;
  return (
    <div className="role-gap">
      <p className="role-gap-linked">
        Linked to <Link href={occupationPath(code)}>{title}</Link>{' '}
        <span className="muted">({code})</span> · you meet {overlapPercent}% of what it asks
      </p>
      {items.length === 0 ? (
        <p className="muted">No gap found: you meet every level this occupation asks for.</p>
      ) : (
        <>
          <p className="field-hint">
            Your biggest gaps, by how much the role needs each × how far you are from its level:
          </p>
          <ol className="role-gap-list">
            {items.map((item) => {
              const added = isTargetFor(role, item);
              const name = gapItemName(item);
              return (
                <li key={`${item.kind}:${item.elementId}`} className="role-gap-item">
                  <span>
                    {gapWords(item)}{' '}
                    <span className="muted">
                      ({kindWord(item.kind)}, importance {item.importance.toFixed(1)} of 5)
                    </span>
                  </span>
                  <button
                    type="button"
                    className="secondary-button small-button"
                    aria-disabled={added || full}
                    onClick={() => {
                      if (!added && !full) onAddTarget(capabilityTargetText(item));
                    }}
                  >
                    {added ? '✓ Added as capability target' : '+ Add as capability target'}
                    <span className="visually-hidden">: {name}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        </>
      )}
      {person.currentOccupationCode === null && (
        <p className="muted">
          Where you have not audited a skill, your level counts as 0. Pick your current occupation
          in <Link href={planPath(saved.id, 'portfolio')}>step 6</Link> and audit your skills in{' '}
          <Link href={planPath(saved.id, 'audit')}>step 4</Link> for a truer gap.
        </p>
      )}
      {unmappedSkills.length > 0 && (
        <p className="muted">
          Not found in O*NET, so not in the gap: {unmappedSkills.map((s) => s.name).join(', ')}.
        </p>
      )}
    </div>
  );
}
