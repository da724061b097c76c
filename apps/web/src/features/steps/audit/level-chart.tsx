import { useId } from 'react';
import type { AuditedSkill } from '@trailmap/domain';
import { layoutLevelChart, MAX_LEVEL, percent } from './level-chart-geometry.ts';
import { LEVEL_WORDS } from './level-words.ts';

/**
 * A bar chart of the audit: one bar per skill, its length the level out of 4.
 * The drawing is an image with a title and a one-sentence description; the
 * same figures follow as a table for screen readers.
 */
export function LevelChart({ skills }: { skills: readonly AuditedSkill[] }) {
  const id = useId();
  const layout = layoutLevelChart(skills);
  const description = skills
    .map(
      (skill, index) =>
        `${skill.name.trim() || `Skill ${index + 1}`}: ${
          skill.questionsAnswered === 0 ? 'not audited yet' : `level ${skill.level} of ${MAX_LEVEL}`
        }`,
    )
    .join('; ');
  return (
    <figure className="level-chart">
      <figcaption id={`${id}-caption`}>Your skills, level 0 to {MAX_LEVEL}</figcaption>
      <svg
        width="100%"
        height={layout.height}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="level-chart-svg"
      >
        <title id={`${id}-title`}>Skill levels from your audit</title>
        <desc id={`${id}-desc`}>{description}.</desc>
        {layout.ticks.map((tick) => (
          <g key={tick.label}>
            <line
              className="level-chart-grid"
              x1={percent(tick.ratio)}
              x2={percent(tick.ratio)}
              y1={0}
              y2={layout.gridBottom}
            />
            <text
              className="level-chart-axis"
              x={percent(tick.ratio)}
              y={layout.axisLabelY}
              textAnchor={tick.anchor}
            >
              {tick.label}
            </text>
          </g>
        ))}
        {layout.bars.map((bar) => (
          <g key={bar.skillId}>
            <text className="level-chart-name" x={0} y={bar.nameY}>
              {bar.label}
            </text>
            <text className="level-chart-level" x="100%" y={bar.nameY} textAnchor="end">
              {bar.levelText}
            </text>
            <rect
              className="level-chart-track"
              x={0}
              y={bar.barY}
              width="100%"
              height={layout.barHeight}
              rx={3}
            />
            {bar.ratio > 0 && (
              <rect
                className="level-chart-bar"
                x={0}
                y={bar.barY}
                width={percent(bar.ratio)}
                height={layout.barHeight}
                rx={3}
              />
            )}
          </g>
        ))}
      </svg>
      <table className="visually-hidden">
        <caption>Skill levels from your audit</caption>
        <thead>
          <tr>
            <th scope="col">Skill</th>
            <th scope="col">Questions answered</th>
            <th scope="col">Level (0 to {MAX_LEVEL})</th>
          </tr>
        </thead>
        <tbody>
          {skills.map((skill, index) => (
            <tr key={skill.skillId}>
              <th scope="row">{skill.name.trim() || `Skill ${index + 1} (no name yet)`}</th>
              <td>{skill.questionsAnswered} of 4</td>
              <td>
                {skill.level} · {LEVEL_WORDS[skill.label].name}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
