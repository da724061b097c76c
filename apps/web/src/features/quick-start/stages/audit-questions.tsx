import type { Answer, CriticalSkill, ItemId, SkillAuditAnswers } from '@trailmap/domain';
import type { AuditQuestion } from '../quick-start-edits.ts';

const QUESTIONS: ReadonlyArray<{ key: AuditQuestion; text: string }> = [
  { key: 'usesNow', text: 'Do I use it in my current role?' },
  { key: 'confidentUnderPressure', text: 'Am I confident with it when the stakes are high?' },
  { key: 'trustedByOthers', text: 'Do others trust me with it?' },
  { key: 'couldTeach', text: 'Could I teach it or lead with it tomorrow?' },
];

/** The four audit questions for one skill, each a yes/no pair of radio buttons. */
export function AuditQuestions({
  skill,
  answers,
  onAnswer,
}: {
  skill: CriticalSkill;
  answers: SkillAuditAnswers | undefined;
  onAnswer: (skillId: ItemId, question: AuditQuestion, answer: Answer) => void;
}) {
  const name = skill.name.trim() || 'this skill';
  return (
    <div className="audit-questions">
      {QUESTIONS.map((question) => {
        const value = answers?.[question.key] ?? null;
        return (
          <fieldset key={question.key} className="yes-no">
            <legend>
              {question.text}
              <span className="visually-hidden"> ({name})</span>
            </legend>
            {([true, false] as const).map((option) => (
              <label key={String(option)} className="yes-no-option">
                <input
                  type="radio"
                  name={`${skill.id}-${question.key}`}
                  checked={value === option}
                  onChange={() => onAnswer(skill.id, question.key, option)}
                />
                <span>{option ? 'Yes' : 'No'}</span>
              </label>
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}
