import { memo, useId, useMemo } from 'react';
import { ASSISTANCE_KINDS, AI_TOOL_OUTCOMES, LIMITS } from '@trailmap/domain';
import type {
  AiBackpackEntry,
  AiToolOutcome,
  AssistanceKind,
  CriticalSkill,
  CurrentOccupation,
  RecurringTask,
  RoleRestructure,
} from '@trailmap/domain';
import { api } from '../../../api/client.ts';
import { newItemId } from '../../../ui/new-id.ts';
import { TextField } from '../../../ui/text-field.tsx';
import { OnetAttribution } from '../../occupations/onet-notices.tsx';
import { AiRequestNotice, NoOccupationNotice } from './ai-request-notice.tsx';
import {
  OUTCOME_LABELS,
  addBackpackEntry,
  backpackFull,
  detachedEntries,
  entriesForSkill,
  entriesForTask,
  linkToSkill,
  linkToTask,
  removeBackpackEntry,
  updateBackpackEntry,
} from './backpack-edits.ts';
import type { BackpackLink } from './backpack-edits.ts';
import { backpackOf, backpackRequestOf, mergeBackpack, quoted } from './eda-ai.ts';
import type { Answer, BackpackItem } from './eda-ai.ts';
import { useDebouncedRequest } from './use-debounced-request.ts';

type Change = (
  recipe: (r: RoleRestructure) => RoleRestructure,
  options?: { whole?: boolean },
) => void;

const KIND_LABELS = Object.fromEntries(ASSISTANCE_KINDS.map((k) => [k.kind, k.label])) as Record<
  AssistanceKind,
  string
>;
const SUGGESTIONS_SHOWN = 3;

/**
 * The AI backpack: for each task marked Automate and each critical skill,
 * the kinds of AI assistance the server derives from the matched O*NET work,
 * and the person's own record of the tool they chose and how it went (saved
 * in the plan). Recording works without the server; suggestions need it.
 */
export function AiBackpackSection({
  planId,
  occupation,
  restructure,
  skills,
  problems,
  change,
}: {
  planId: string;
  occupation: CurrentOccupation | null;
  restructure: RoleRestructure;
  skills: readonly CriticalSkill[];
  /** The plan rules' messages about the backpack, said before a save is refused. */
  problems: readonly string[];
  change: Change;
}) {
  const { tasks } = restructure;
  const entries = restructure.aiBackpack ?? [];
  const request = useMemo(
    () => backpackRequestOf(occupation, tasks, skills),
    [occupation, tasks, skills],
  );
  const state = useDebouncedRequest(request, api.aiBackpack, mergeBackpack);
  const code = occupation?.code ?? null;
  const full = backpackFull(restructure);
  // Tasks marked Automate, and any other task the person already recorded a tool for.
  const shownTasks = tasks.filter(
    (task) => task.decision === 'automate' || entriesForTask(entries, task.id).length > 0,
  );
  const detached = detachedEntries(entries);

  const add = (link: BackpackLink, kind: AssistanceKind) =>
    change((current) => addBackpackEntry(current, link, kind, newItemId()), { whole: true });
  const edit = (entry: AiBackpackEntry) => change((current) => updateBackpackEntry(current, entry));
  const relink = (entry: AiBackpackEntry, link: BackpackLink) =>
    change((current) => updateBackpackEntry(current, { ...entry, ...link }), { whole: true });
  const remove = (id: string) =>
    change((current) => removeBackpackEntry(current, id), { whole: true });
  const itemProps = { full, onAdd: add, onEdit: edit, onRemove: remove };

  return (
    <section className="step-section ai-backpack" aria-labelledby="backpack-title">
      <h2 id="backpack-title">AI backpack</h2>
      <p className="field-hint">
        For the tasks you mark Automate and for your critical skills: kinds of AI assistance that
        could add ease, and why they fit. Record the tool you chose and how it went; it is saved
        with your plan.
      </p>
      {!occupation ? (
        <NoOccupationNotice planId={planId} need="What the backpack suggests" />
      ) : (
        <AiRequestNotice
          status={state.status}
          error={state.error}
          hasAnswer={state.held !== null}
          onRetry={state.retry}
        />
      )}
      {problems.length > 0 && (
        <div className="field-problem" role="alert">
          {problems.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}

      <h3>Tasks marked Automate</h3>
      {shownTasks.length === 0 ? (
        <p className="muted">
          No task is marked Automate yet. Mark one in your list above, or accept a suggestion.
        </p>
      ) : (
        <ul className="backpack-items">
          {shownTasks.map((task) => (
            <BackpackItemCard
              key={task.id}
              kind="task"
              name={task.name.trim() || `Task ${tasks.indexOf(task) + 1}`}
              link={linkToTask(task.id)}
              note={
                task.decision === 'automate'
                  ? null
                  : 'No longer marked Automate; your record stays.'
              }
              answer={backpackOf(state.held, code, 'task', task)}
              entries={entriesForTask(entries, task.id)}
              fallbackKind="drafting"
              {...itemProps}
            />
          ))}
        </ul>
      )}

      <h3>Your critical skills</h3>
      {skills.length === 0 ? (
        <p className="muted">No critical skills yet: name them in step 3.</p>
      ) : (
        <ul className="backpack-items">
          {skills.map((skill, index) => (
            <BackpackItemCard
              key={skill.id}
              kind="skill"
              name={skill.name.trim() || `Skill ${index + 1}`}
              link={linkToSkill(skill.id)}
              note={null}
              answer={backpackOf(state.held, code, 'skill', skill)}
              entries={entriesForSkill(entries, skill.id)}
              fallbackKind="tutoring"
              {...itemProps}
            />
          ))}
        </ul>
      )}

      {detached.length > 0 && (
        <>
          <h3>Records whose task or skill was removed</h3>
          <p className="field-hint">
            Your words are kept. Link each to a task or a skill, or remove it.
          </p>
          <ul className="backpack-items">
            {detached.map((entry) => (
              <li key={entry.id} className="step-card backpack-item">
                <BackpackEntryEditor
                  entry={entry}
                  onEdit={edit}
                  onRemove={remove}
                  relinkTo={{ tasks, skills, onRelink: relink }}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      {state.held && (
        <details className="ai-rule">
          <summary>How the backpack chooses</summary>
          <p>{state.held.rule}</p>
        </details>
      )}
      {state.held && <OnetAttribution />}
    </section>
  );
}

const BackpackItemCard = memo(function BackpackItemCard({
  kind,
  name,
  link,
  note,
  answer,
  entries,
  fallbackKind,
  full,
  onAdd,
  onEdit,
  onRemove,
}: {
  kind: 'task' | 'skill';
  name: string;
  link: BackpackLink;
  note: string | null;
  answer: Answer<BackpackItem> | null;
  entries: readonly AiBackpackEntry[];
  fallbackKind: AssistanceKind;
  full: boolean;
  onAdd: (link: BackpackLink, kind: AssistanceKind) => void;
  onEdit: (entry: AiBackpackEntry) => void;
  onRemove: (id: string) => void;
}) {
  const suggestions = answer?.result.suggestions.slice(0, SUGGESTIONS_SHOWN) ?? [];
  const id = link.forTaskId ?? link.forSkillId;
  return (
    <li className="step-card backpack-item" data-backpack-for={`${kind}:${id}`}>
      <h4>{name}</h4>
      {note && <p className="muted">{note}</p>}
      {answer && !answer.current && <p className="muted">Suggested for its earlier name.</p>}
      {suggestions.length > 0 && (
        <ul className="backpack-suggestions" aria-label={`Suggested AI assistance for ${name}`}>
          {suggestions.map((suggestion) => (
            <li key={suggestion.kind}>
              <p>
                <strong>{suggestion.label}</strong>: {suggestion.example}.
              </p>
              {suggestion.because.length === 0 && kind === 'skill' && (
                <p className="muted backpack-why">
                  Why: it is a skill you are building, and a practice partner lets you rehearse it.
                </p>
              )}
              {suggestion.because.slice(0, 2).map((reason) => (
                <p key={`${reason.kind}-${reason.id}`} className="muted backpack-why">
                  Why: {quoted(reason.title)} — {reason.why}.
                </p>
              ))}
              <button
                type="button"
                className="secondary-button small-button"
                disabled={full}
                onClick={() => onAdd(link, suggestion.kind)}
              >
                Use {suggestion.label.toLowerCase()}
                <span className="visually-hidden"> for {name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {answer && answer.current && suggestions.length === 0 && (
        <p className="muted">
          No kind of AI assistance fits the O*NET work closest to it; record your own below.
        </p>
      )}
      {entries.map((entry) => (
        <BackpackEntryEditor key={entry.id} entry={entry} onEdit={onEdit} onRemove={onRemove} />
      ))}
      <button
        type="button"
        className="secondary-button small-button"
        disabled={full}
        onClick={() => onAdd(link, suggestions[0]?.kind ?? fallbackKind)}
      >
        + Record a tool<span className="visually-hidden"> for {name}</span>
      </button>
      {full && (
        <p className="muted">
          The backpack holds {LIMITS.maxAiBackpackEntries} records at most: remove one to add
          another.
        </p>
      )}
    </li>
  );
});

/** One record: the kind of assistance, the tool, how it went, and notes in the person's words. */
const BackpackEntryEditor = memo(function BackpackEntryEditor({
  entry,
  onEdit,
  onRemove,
  relinkTo,
}: {
  entry: AiBackpackEntry;
  onEdit: (entry: AiBackpackEntry) => void;
  onRemove: (id: string) => void;
  /** For a detached record: the tasks and skills it can be linked to again. */
  relinkTo?: {
    tasks: readonly RecurringTask[];
    skills: readonly CriticalSkill[];
    onRelink: (entry: AiBackpackEntry, link: BackpackLink) => void;
  };
}) {
  const id = useId();
  const title = `${KIND_LABELS[entry.assistanceKind]}${entry.tool.trim() ? `: ${entry.tool.trim()}` : ''}`;
  return (
    <fieldset className="backpack-entry" data-backpack-entry={entry.id}>
      <legend>{title}</legend>
      <div className="select-field">
        <label htmlFor={`${id}-kind`}>Kind of assistance</label>
        <select
          id={`${id}-kind`}
          value={entry.assistanceKind}
          onChange={(event) =>
            onEdit({ ...entry, assistanceKind: event.target.value as AssistanceKind })
          }
        >
          {ASSISTANCE_KINDS.map((kind) => (
            <option key={kind.kind} value={kind.kind}>
              {kind.label}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label="Tool you chose"
        value={entry.tool}
        onChange={(tool) => onEdit({ ...entry, tool })}
        placeholder="e.g. Copilot in Excel, a local model"
        maxLength={LIMITS.maxShortText}
      />
      <div className="select-field">
        <label htmlFor={`${id}-outcome`}>How it went</label>
        <select
          id={`${id}-outcome`}
          value={entry.outcome}
          onChange={(event) => onEdit({ ...entry, outcome: event.target.value as AiToolOutcome })}
        >
          {AI_TOOL_OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {OUTCOME_LABELS[outcome]}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label="Notes"
        hint="What you tried, what it saved, what it got wrong."
        value={entry.notes}
        onChange={(notes) => onEdit({ ...entry, notes })}
        multiline
        maxLength={LIMITS.maxLongText}
      />
      {relinkTo && (
        <div className="select-field">
          <label htmlFor={`${id}-link`}>Link it to</label>
          <select
            id={`${id}-link`}
            value=""
            onChange={(event) => {
              const value = event.target.value;
              const colon = value.indexOf(':');
              if (colon === -1) return;
              const target = value.slice(colon + 1);
              relinkTo.onRelink(
                entry,
                value.startsWith('task:') ? linkToTask(target) : linkToSkill(target),
              );
            }}
          >
            <option value="">Not linked</option>
            {relinkTo.tasks.map((task, index) => (
              <option key={task.id} value={`task:${task.id}`}>
                Task: {task.name.trim() || `Task ${index + 1}`}
              </option>
            ))}
            {relinkTo.skills.map((skill, index) => (
              <option key={skill.id} value={`skill:${skill.id}`}>
                Skill: {skill.name.trim() || `Skill ${index + 1}`}
              </option>
            ))}
          </select>
        </div>
      )}
      <button
        type="button"
        className="secondary-button small-button"
        onClick={() => onRemove(entry.id)}
      >
        Remove<span className="visually-hidden"> record: {title}</span>
      </button>
    </fieldset>
  );
});
