import { useId } from 'react';
import { levelOfSkill } from '@trailmap/domain';
import type { Answer, SkillAuditAnswers } from '@trailmap/domain';
import type { AuditQuestion } from './audit-edits.ts';
import { AUDIT_QUESTIONS, LEVEL_WORDS } from './level-words.ts';

/** The four questions for one skill, and the level its answers give. */
export function SkillAuditCard({
  name,
  index,
  answers,
  onAnswer,
}: {
  name: string;
  index: number;
  answers: SkillAuditAnswers;
  onAnswer: (question: AuditQuestion, answer: Answer) => void;
}) {
  const id = useId();
  const result = levelOfSkill(answers);
  const words = LEVEL_WORDS[result.label];
  const title = name.trim() || `Skill ${index + 1} (no name yet)`;
  return (
    <fieldset className="audit-card">
      <legend>{title}</legend>
      <div className="audit-questions">
        {AUDIT_QUESTIONS.map((question) => (
          <YesNo
            key={question.key}
            name={`${id}-${question.key}`}
            question={question.text}
            value={answers[question.key]}
            onChange={(answer) => onAnswer(question.key, answer)}
          />
        ))}
      </div>
      <p className="audit-result">
        {result.questionsAnswered === 0 ? (
          'Answer the four questions to see the level.'
        ) : (
          <>
            <strong>
              Level {result.level} of 4 · {words.name}
            </strong>{' '}
            — {words.meaning}
            {!result.complete && ` (${result.questionsAnswered} of 4 answered so far)`}.
          </>
        )}
      </p>
    </fieldset>
  );
}

/** A yes/no question as two radio buttons; arrow keys move between them. */
function YesNo({
  name,
  question,
  value,
  onChange,
}: {
  name: string;
  question: string;
  value: Answer;
  onChange: (answer: Answer) => void;
}) {
  return (
    <fieldset className="yes-no">
      <legend>{question}</legend>
      <div className="yes-no-options">
        {([true, false] as const).map((answer) => (
          <label key={String(answer)} className="yes-no-option">
            <input
              type="radio"
              name={name}
              checked={value === answer}
              onChange={() => onChange(answer)}
            />
            <span>{answer ? 'Yes' : 'No'}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
