import { LIMITS, levelOfSkill } from '@trailmap/domain';
import type { CriticalSkill, SkillAuditAnswers } from '@trailmap/domain';
import { newItemId } from '../../../ui/new-id.ts';
import { TextField } from '../../../ui/text-field.tsx';
import { useStep } from '../../workspace/plan-workspace.tsx';
import { withAuditAnswer, withSkillName } from '../quick-start-edits.ts';
import { AuditQuestions } from './audit-questions.tsx';

const SLOTS = LIMITS.minCriticalSkillsForComplete;

/**
 * Stage 3: the three skills the vision needs most, each put through the four
 * audit questions. A skill's questions appear once it has a name, because
 * an answer must belong to a skill that exists.
 */
export function SkillsStage() {
  const [skills, changeSkills] = useStep('skills');
  const [audit, changeAudit] = useStep('audit');
  // Skills already written (up to five) stay editable; empty slots make up three.
  const slots = Math.max(SLOTS, skills.skills.length);
  return (
    <>
      <p>
        Which three skills does your vision need most? Name them, then answer four honest questions
        about each. The answers give each skill a level from 0 to 4.
      </p>
      <ol className="quick-skills">
        {Array.from({ length: slots }, (_, index) => (
          // Keyed by slot, so typing the first letter into an empty slot keeps focus there.
          <li key={`slot-${index}`} className="quick-skill">
            <SkillSlot
              index={index}
              skill={skills.skills[index]}
              answers={audit.answers.find((row) => row.skillId === skills.skills[index]?.id)}
              onName={(name) =>
                changeSkills((current) => withSkillName(current, index, name, newItemId))
              }
              onAnswer={(skillId, question, answer) =>
                changeAudit((current) => withAuditAnswer(current, skillId, question, answer))
              }
            />
          </li>
        ))}
      </ol>
    </>
  );
}

function SkillSlot({
  index,
  skill,
  answers,
  onName,
  onAnswer,
}: {
  index: number;
  skill: CriticalSkill | undefined;
  answers: SkillAuditAnswers | undefined;
  onName: (name: string) => void;
  onAnswer: Parameters<typeof AuditQuestions>[0]['onAnswer'];
}) {
  const level = answers ? levelOfSkill(answers) : null;
  return (
    <>
      <TextField
        label={`Skill ${index + 1}`}
        value={skill?.name ?? ''}
        onChange={onName}
        placeholder={index === 0 ? 'e.g. leading change across teams' : undefined}
        maxLength={LIMITS.maxShortText}
      />
      {skill && (
        <>
          <AuditQuestions skill={skill} answers={answers} onAnswer={onAnswer} />
          <p className="quick-skill-level" aria-live="polite">
            Level {level?.level ?? 0} of 4
            {level && !level.complete && ` (${4 - level.questionsAnswered} unanswered)`}
            {!level && ' (no answers yet)'}
          </p>
        </>
      )}
    </>
  );
}
