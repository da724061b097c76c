import { useId } from 'react';
import { joinWords, LIMITS } from '@trailmap/domain';
import type { AuditedSkill, AuditSummary, ItemId, SkillAudit } from '@trailmap/domain';
import { hasNewSuggestion } from './audit-edits.ts';
import { LEVEL_WORDS } from './level-words.ts';

const nameOf = (skill: AuditedSkill | undefined, index = 0) =>
  skill?.name.trim() || `Skill ${index + 1} (no name yet)`;

/**
 * The choice the audit leads to: one or two strengths to make exceptional and
 * the one skill to build, with the audit's own suggestion and any mismatch
 * between the choice and the answers, said in plain words.
 */
export function AuditChoice({
  audit,
  summary,
  onToggleStrength,
  onMustBuild,
  onUseSuggestion,
}: {
  audit: SkillAudit;
  summary: AuditSummary;
  onToggleStrength: (skillId: ItemId) => void;
  onMustBuild: (skillId: ItemId | null) => void;
  onUseSuggestion: () => void;
}) {
  const id = useId();
  const byId = new Map(summary.skills.map((skill) => [skill.skillId, skill]));
  const strengthsFull = audit.strengthIds.length >= LIMITS.maxStrengths;
  const label = (skill: AuditedSkill, index: number) =>
    `${nameOf(skill, index)}${skill.questionsAnswered > 0 ? ` — ${LEVEL_WORDS[skill.label].name}` : ''}`;

  return (
    <>
      <p className="audit-insight">
        The next leap usually comes from doubling down on a strength, not from fixing every gap.
        Choose one or two skills to make truly exceptional, and only one to build up.
      </p>
      <Suggestion summary={summary} byId={byId} />
      {hasNewSuggestion(audit, summary) && (
        <button type="button" className="secondary-button" onClick={onUseSuggestion}>
          Use the suggestion
        </button>
      )}

      <div className="audit-choice-grid">
        <fieldset className="audit-pick" aria-describedby={`${id}-strengths-hint`}>
          <legend>Strengths to make world-class</legend>
          <p id={`${id}-strengths-hint`} className="field-hint">
            Choose {LIMITS.maxStrengths === 2 ? 'one or two' : `up to ${LIMITS.maxStrengths}`}.
            {strengthsFull && ' Untick one to choose another.'}
          </p>
          {summary.skills.map((skill, index) => {
            const checked = audit.strengthIds.includes(skill.skillId);
            return (
              <label key={skill.skillId} className="audit-pick-option">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && strengthsFull}
                  onChange={() => onToggleStrength(skill.skillId)}
                />
                <span>{label(skill, index)}</span>
              </label>
            );
          })}
        </fieldset>

        <fieldset className="audit-pick">
          <legend>The one skill you must build</legend>
          {summary.skills.map((skill, index) => (
            <label key={skill.skillId} className="audit-pick-option">
              <input
                type="radio"
                name={`${id}-must-build`}
                checked={audit.mustBuildId === skill.skillId}
                onChange={() => onMustBuild(skill.skillId)}
              />
              <span>{label(skill, index)}</span>
            </label>
          ))}
          <label className="audit-pick-option">
            <input
              type="radio"
              name={`${id}-must-build`}
              checked={audit.mustBuildId === null}
              onChange={() => onMustBuild(null)}
            />
            <span>Not chosen yet</span>
          </label>
        </fieldset>
      </div>

      <div role="status" className="audit-issues">
        {summary.choiceIssues.length > 0 && (
          <>
            <h3>Check your choice</h3>
            <ul>
              {summary.choiceIssues.map((issue) => (
                <li key={`${issue.code}-${issue.skillId}`}>{issue.message}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </>
  );
}

/** The audit's reading, in one or two sentences. */
function Suggestion({
  summary,
  byId,
}: {
  summary: AuditSummary;
  byId: ReadonlyMap<ItemId, AuditedSkill>;
}) {
  const strengths = summary.suggestedStrengthIds.map((skillId) => `“${nameOf(byId.get(skillId))}”`);
  const mustBuild =
    summary.suggestedMustBuildId === null ? null : byId.get(summary.suggestedMustBuildId);
  if (summary.skills.every((skill) => skill.questionsAnswered === 0)) {
    return <p className="audit-suggestion">Answer the questions above to get a suggestion.</p>;
  }
  return (
    <p className="audit-suggestion">
      <strong>What your answers suggest: </strong>
      {strengths.length > 0
        ? `${joinWords(strengths)} ${strengths.length === 1 ? 'is' : 'are'} already trusted or leading — ${strengths.length === 1 ? 'a strength' : 'strengths'} to double down on. `
        : 'No skill reaches “Trusted” yet, so none stands out as a strength; pick the one you most want to be known for. '}
      {mustBuild
        ? `“${nameOf(mustBuild)}” is the lowest, and the natural skill to build.`
        : 'No skill stands out as the one to build yet.'}
    </p>
  );
}
