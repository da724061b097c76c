import { describe, expect, it } from 'vitest';
import type { AuditedSkill, SkillLevel } from '@trailmap/domain';
import { labelOfLevel } from '@trailmap/domain';
import {
  DEFAULT_CHART_OPTIONS,
  MAX_LEVEL,
  layoutLevelChart,
  levelTextOf,
  percent,
  shortenName,
} from './level-chart-geometry.ts';

const skill = (
  skillId: string,
  level: SkillLevel,
  questionsAnswered = 4,
  name = skillId,
): AuditedSkill => ({
  skillId,
  name,
  level,
  label: labelOfLevel(level),
  questionsAnswered,
  complete: questionsAnswered === 4,
});

describe('level chart layout', () => {
  const skills = [skill('a', 4), skill('b', 1), skill('c', 0, 0), skill('d', 2, 3)];
  const layout = layoutLevelChart(skills);

  it('draws each bar as the level out of four, in the order of the skills', () => {
    expect(layout.bars.map((bar) => bar.skillId)).toEqual(['a', 'b', 'c', 'd']);
    expect(layout.bars.map((bar) => bar.ratio)).toEqual(skills.map((s) => s.level / MAX_LEVEL));
  });

  it('stacks rows without overlap and leaves room for the axis below the last bar', () => {
    const { rowHeight } = DEFAULT_CHART_OPTIONS;
    layout.bars.forEach((bar, index) => {
      expect(bar.nameY).toBeGreaterThanOrEqual(index * rowHeight);
      expect(bar.barY).toBeGreaterThan(bar.nameY);
      expect(bar.barY + layout.barHeight).toBeLessThanOrEqual((index + 1) * rowHeight);
    });
    const last = layout.bars.at(-1);
    expect(layout.gridBottom).toBeGreaterThanOrEqual((last?.barY ?? 0) + layout.barHeight);
    expect(layout.axisLabelY).toBeGreaterThan(layout.gridBottom);
    expect(layout.height).toBeGreaterThanOrEqual(layout.axisLabelY);
  });

  it('grows by one row per skill, so its height is known before it draws', () => {
    const one = layoutLevelChart([skill('a', 2)]);
    expect(layout.height - one.height).toBe(3 * DEFAULT_CHART_OPTIONS.rowHeight);
  });

  it('labels the axis 0 to 4 with the outer labels kept inside', () => {
    expect(layout.ticks.map((tick) => tick.label)).toEqual(['0', '1', '2', '3', '4']);
    expect(layout.ticks[0]?.anchor).toBe('start');
    expect(layout.ticks.at(-1)?.anchor).toBe('end');
    expect(layout.ticks.map((tick) => percent(tick.ratio))).toEqual([
      '0%',
      '25%',
      '50%',
      '75%',
      '100%',
    ]);
  });

  it('says how far an audit has got rather than showing an unanswered skill as level 0', () => {
    expect(levelTextOf(skills[0] as AuditedSkill)).toBe('4 · Leading');
    expect(levelTextOf(skills[2] as AuditedSkill)).toBe('not audited yet');
    expect(levelTextOf(skills[3] as AuditedSkill)).toBe('2 so far');
  });

  it('shortens long names and names an unnamed skill by its place', () => {
    const long = 'Negotiating budgets with finance and procurement teams';
    const short = shortenName(long, 20, 0);
    expect(short.length).toBe(20);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(shortenName('  Data   storytelling ', 20, 0)).toBe('Data storytelling');
    expect(shortenName('   ', 20, 2)).toBe('Skill 3 (no name yet)');
  });
});
