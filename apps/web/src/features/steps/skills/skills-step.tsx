import { useState } from 'react';
import { removeCriticalSkill } from '@trailmap/domain';
import type { CriticalSkill } from '@trailmap/domain';
import { usePlanActions, usePlanDraft, useStep } from '../../workspace/plan-workspace.tsx';
import { StepFrame } from '../../workspace/step-frame.tsx';
import { CriticalSkillsEditor } from './critical-skills-editor.tsx';
import type { SkillPicker } from './critical-skills-editor.tsx';
import { describeSkillRemoval } from './describe-removal.ts';
import { VisionPanel } from './vision-panel.tsx';
import { CoachPanel } from '../../coach/coach-panel.tsx';
import '../steps.css';
import './skills.css';

/**
 * Step 3: the few skills the vision needs most. Typed freely for now; an
 * occupational taxonomy picker plugs in through `picker` when it exists.
 */
export function SkillsStep({ picker }: { picker?: SkillPicker } = {}) {
  const [skills, change] = useStep('skills');
  const draft = usePlanDraft();
  const { update } = usePlanActions();
  const [announcement, setAnnouncement] = useState('');

  const remove = (skill: CriticalSkill) => {
    setAnnouncement(describeSkillRemoval(draft.content.steps, skill.id));
    // One edit for every step that names the skill: the server refuses a plan
    // whose audit or portfolio still points at a skill that is gone.
    update('skills', (current) => {
      const steps = removeCriticalSkill(current.content.steps, skill.id);
      return steps === current.content.steps
        ? current
        : { ...current, content: { ...current.content, steps } };
    });
  };

  return (
    <StepFrame
      screen="skills"
      part="skills"
      aside={<CoachPanel step="skills" />}
      lede={
        <p>
          Ask yourself: to deliver the value in my vision, what do I have to become very good at?
          Name the three skills that matter most (five at most). Fewer, sharper skills make every
          later choice — projects, roles, how you spend your week — easier to judge.
        </p>
      }
      examples={
        <>
          <p>For a vision of shaping business strategy, three critical skills could be:</p>
          <ul>
            <li>Executive communication</li>
            <li>Telling a story with data</li>
            <li>Setting priorities when the picture is unclear</li>
          </ul>
          <p>
            A skill is something you can practise and get better at. “Be more senior” is not a
            skill; “negotiating budgets with finance” is.
          </p>
        </>
      }
    >
      <div className="beside-layout">
        <VisionPanel />
        <div className="beside-main">
          <section className="step-section" aria-labelledby="skills-title">
            <h2 id="skills-title">What your vision needs</h2>
            <CriticalSkillsEditor
              skills={skills.skills}
              onChange={(next) => {
                setAnnouncement('');
                change((current) => ({ ...current, skills: next }));
              }}
              onRemove={remove}
              picker={picker}
            />
            <SkillCount count={skills.skills.filter((skill) => skill.name.trim() !== '').length} />
            <p role="status" className="skill-announcement">
              {announcement}
            </p>
          </section>
        </div>
      </div>
    </StepFrame>
  );
}

/** Progress towards the three skills the method asks for. */
function SkillCount({ count }: { count: number }) {
  const text =
    count === 0
      ? 'No skills named yet.'
      : count < 3
        ? `${count} of 3 skills named. Name ${3 - count} more.`
        : `${count} skills named. Next, audit where you stand on each.`;
  return <p className="muted skill-count">{text}</p>;
}
