import { summarizeAudit } from '@trailmap/domain';
import { Link } from '../../../app/router.tsx';
import { planPath } from '../../../app/routes.ts';
import { usePlanActions, useStep } from '../../workspace/plan-workspace.tsx';
import { StepFrame } from '../../workspace/step-frame.tsx';
import { AuditChoice } from './audit-choice.tsx';
import {
  answersFor,
  applySuggestion,
  setAnswer,
  setMustBuild,
  toggleStrength,
} from './audit-edits.ts';
import { LevelChart } from './level-chart.tsx';
import { SkillAuditCard } from './skill-audit-card.tsx';
import { CoachPanel } from '../../coach/coach-panel.tsx';
import '../steps.css';
import './audit.css';

/**
 * Step 4: four yes/no questions per critical skill give a level from 0 to 4;
 * the levels, drawn as a chart, lead to the choice of strengths and the one
 * skill to build. Every reading comes from the domain's summarizeAudit.
 */
export function AuditStep() {
  const { planId } = usePlanActions();
  const [skills] = useStep('skills');
  const [audit, change] = useStep('audit');
  const summary = summarizeAudit(skills, audit);

  return (
    <StepFrame
      screen="audit"
      part="audit"
      aside={<CoachPanel step="audit" />}
      lede={
        <p>
          For each critical skill, answer four honest yes/no questions. They form a ladder, from
          using the skill today to being able to teach it; each “yes” raises its level by one. Then
          choose where to put your effort.
        </p>
      }
      examples={
        <ul>
          <li>
            “Data storytelling”: you use it every week (yes), you have presented to the board under
            pressure (yes), but colleagues still ask someone else to check your charts (no), and you
            could not run a workshop on it tomorrow (no). Level 2 · Capable.
          </li>
          <li>
            “Process mapping”: four yes answers — it is a strength. Making it exceptional, and
            known, may move your career further than any new skill.
          </li>
        </ul>
      }
    >
      {skills.skills.length === 0 ? (
        <section className="step-section" aria-labelledby="audit-empty-title">
          <h2 id="audit-empty-title">No skills to audit yet</h2>
          <p>
            The audit asks four questions about each of your critical skills.{' '}
            <Link href={planPath(planId, 'skills')}>Name them in step 3 · Critical skills</Link>{' '}
            first.
          </p>
        </section>
      ) : (
        <>
          <section className="step-section" aria-labelledby="audit-questions-title">
            <h2 id="audit-questions-title">Four questions per skill</h2>
            <div className="audit-cards">
              {skills.skills.map((skill, index) => (
                <SkillAuditCard
                  key={skill.id}
                  name={skill.name}
                  index={index}
                  answers={answersFor(audit, skill.id)}
                  onAnswer={(question, answer) =>
                    change((current) => setAnswer(current, skill.id, question, answer))
                  }
                />
              ))}
            </div>
          </section>

          <section className="step-section" aria-labelledby="audit-chart-title">
            <h2 id="audit-chart-title">Where you stand</h2>
            <LevelChart skills={summary.skills} />
          </section>

          <section className="step-section" aria-labelledby="audit-choice-title">
            <h2 id="audit-choice-title">Where to put your effort</h2>
            <AuditChoice
              audit={audit}
              summary={summary}
              onToggleStrength={(skillId) => change((current) => toggleStrength(current, skillId))}
              onMustBuild={(skillId) => change((current) => setMustBuild(current, skillId))}
              onUseSuggestion={() =>
                change((current) => applySuggestion(current, summarizeAudit(skills, current)))
              }
            />
          </section>
        </>
      )}
    </StepFrame>
  );
}
