import { emptyRole } from '../steps/roadmap/roadmap-items.ts';
import type {
  Answer,
  CriticalSkills,
  ItemId,
  RecurringTask,
  Roadmap,
  SkillAudit,
  SkillAuditAnswers,
  TargetRole,
  TextItem,
} from '@trailmap/domain';

/**
 * Edits the quick start makes to the plan, as pure functions. The quick start
 * shows only the first few items of each list; typing into an empty slot
 * creates the item (with a fresh id from `newId`), so nothing half-made is
 * saved before the person writes something. Items are never removed here:
 * that is the full steps' job, where the links pointing at an item are
 * cleared in the same edit.
 */
export type NewId = () => ItemId;

/** Sets the text of item `index`, creating it at the end of the list if that slot is empty. */
export function withItemText(
  items: readonly TextItem[],
  index: number,
  text: string,
  newId: NewId,
): readonly TextItem[] {
  if (items[index]) return items.map((item, i) => (i === index ? { ...item, text } : item));
  if (text.trim() === '') return items;
  return [...items, { id: newId(), text }];
}

/** Names critical skill `index`, creating a free-text skill if that slot is empty. */
export function withSkillName(
  skills: CriticalSkills,
  index: number,
  name: string,
  newId: NewId,
): CriticalSkills {
  if (skills.skills[index]) {
    return {
      skills: skills.skills.map((skill, i) => (i === index ? { ...skill, name } : skill)),
    };
  }
  if (name.trim() === '') return skills;
  return { skills: [...skills.skills, { id: newId(), name, source: { kind: 'free' } }] };
}

export type AuditQuestion = Exclude<keyof SkillAuditAnswers, 'skillId'>;

/** Answers one audit question for a skill, starting its row of answers if it has none. */
export function withAuditAnswer(
  audit: SkillAudit,
  skillId: ItemId,
  question: AuditQuestion,
  answer: Answer,
): SkillAudit {
  const existing = audit.answers.some((row) => row.skillId === skillId);
  const rows: readonly SkillAuditAnswers[] = existing
    ? audit.answers
    : [
        ...audit.answers,
        {
          skillId,
          usesNow: null,
          confidentUnderPressure: null,
          trustedByOthers: null,
          couldTeach: null,
        },
      ];
  return {
    ...audit,
    answers: rows.map((row) => (row.skillId === skillId ? { ...row, [question]: answer } : row)),
  };
}

/**
 * Changes the first target role, creating it when there is none, then ties
 * the roadmap's first action to the role's first capability target if that
 * action is not linked yet: in the quick start the one action is there to
 * build the one capability, so the chain from action to vision is whole.
 */
export function withFirstRole(
  roadmap: Roadmap,
  change: (role: TargetRole) => TargetRole,
  newId: NewId,
): Roadmap {
  const [first, ...others] = roadmap.targetRoles;
  const role = change(first ?? emptyRole(newId()));
  return linkFirstAction({ ...roadmap, targetRoles: [role, ...others] });
}

/** Titles the first target role, creating it once something is typed. */
export function withRoleTitle(roadmap: Roadmap, title: string, newId: NewId): Roadmap {
  if (roadmap.targetRoles.length === 0 && title.trim() === '') return roadmap;
  return withFirstRole(roadmap, (role) => ({ ...role, title }), newId);
}

/** Sets the text of the first role's first capability target, creating either as needed. */
export function withFirstCapability(roadmap: Roadmap, text: string, newId: NewId): Roadmap {
  const current = roadmap.targetRoles[0]?.capabilityTargets[0];
  if (!current && text.trim() === '') return roadmap;
  return withFirstRole(
    roadmap,
    (role) => {
      const [target, ...rest] = role.capabilityTargets;
      return {
        ...role,
        capabilityTargets: [target ? { ...target, text } : { id: newId(), text }, ...rest],
      };
    },
    newId,
  );
}

/** Changes the roadmap's first action, creating it (a project, planned) when there is none. */
export function withFirstAction(
  roadmap: Roadmap,
  change: { title?: string; dueDate?: string | null },
  newId: NewId,
): Roadmap {
  const [first, ...rest] = roadmap.actions;
  if (!first && (change.title ?? '').trim() === '' && !change.dueDate) return roadmap;
  const action = first ?? {
    id: newId(),
    title: '',
    kind: 'project' as const,
    capabilityTargetId: null,
    dueDate: null,
    status: 'planned' as const,
    notes: '',
  };
  return linkFirstAction({ ...roadmap, actions: [{ ...action, ...change }, ...rest] });
}

function linkFirstAction(roadmap: Roadmap): Roadmap {
  const [action, ...rest] = roadmap.actions;
  const target = roadmap.targetRoles[0]?.capabilityTargets[0];
  if (!action || !target || action.capabilityTargetId !== null) return roadmap;
  return { ...roadmap, actions: [{ ...action, capabilityTargetId: target.id }, ...rest] };
}

/** Toggles whether a role lets the person work on a problem of their vision. */
export function withVisionProblem(role: TargetRole, problemId: ItemId, on: boolean): TargetRole {
  const others = role.visionProblemIds.filter((id) => id !== problemId);
  return { ...role, visionProblemIds: on ? [...others, problemId] : others };
}

/**
 * Changes recurring task `index`, creating it when the slot is empty and the
 * change names it. A new task starts at 0 hours, medium value, undecided.
 */
export function withTask(
  tasks: readonly RecurringTask[],
  index: number,
  change: Partial<Omit<RecurringTask, 'id'>>,
  newId: NewId,
): readonly RecurringTask[] {
  if (tasks[index]) return tasks.map((task, i) => (i === index ? { ...task, ...change } : task));
  if ((change.name ?? '').trim() === '') return tasks;
  const created: RecurringTask = {
    id: newId(),
    name: '',
    hoursPerWeek: 0,
    value: 'medium',
    decision: null,
    ...change,
  };
  return [...tasks, created];
}
