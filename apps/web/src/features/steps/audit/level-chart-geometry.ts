import type { AuditedSkill } from '@trailmap/domain';
import { LEVEL_WORDS } from './level-words.ts';

/**
 * Layout of the skill-level chart: one row per skill, the name above a bar
 * whose length is the level out of 4. Vertical positions are in pixels (rows
 * have a fixed height, so the chart's height is known before it draws and
 * nothing shifts); horizontal positions are fractions of the width, drawn as
 * SVG percentages so the bars stretch to any width while the text keeps its
 * size — readable at 360 px without a scaled-down viewBox.
 */

export const MAX_LEVEL = 4;

export interface ChartOptions {
  /** Height of one skill's row (name + bar + gap), px. */
  readonly rowHeight: number;
  readonly barHeight: number;
  /** Baseline of the name, from the top of the row, px. */
  readonly nameBaseline: number;
  /** Room below the rows for the axis labels, px. */
  readonly axisHeight: number;
  /** Names longer than this are shortened on the chart (the table has them whole). */
  readonly maxNameChars: number;
}

export const DEFAULT_CHART_OPTIONS: ChartOptions = {
  rowHeight: 48,
  barHeight: 16,
  nameBaseline: 16,
  axisHeight: 24,
  maxNameChars: 26,
};

export interface LevelBar {
  readonly skillId: string;
  /** The name as drawn: shortened when long, a placeholder when empty. */
  readonly label: string;
  /** Bar length as a fraction of the width, 0–1. */
  readonly ratio: number;
  /** The level in words, drawn at the end of the name line. */
  readonly levelText: string;
  readonly nameY: number;
  readonly barY: number;
}

export interface ChartTick {
  readonly ratio: number;
  readonly label: string;
  /** Outer ticks align inwards so their labels stay inside the chart. */
  readonly anchor: 'start' | 'middle' | 'end';
}

export interface LevelChartLayout {
  readonly height: number;
  readonly barHeight: number;
  /** Where the grid lines stop and the axis labels sit, px. */
  readonly gridBottom: number;
  readonly axisLabelY: number;
  readonly bars: readonly LevelBar[];
  readonly ticks: readonly ChartTick[];
}

export function shortenName(name: string, maxChars: number, index: number): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return `Skill ${index + 1} (no name yet)`;
  return trimmed.length > maxChars ? `${trimmed.slice(0, maxChars - 1).trimEnd()}…` : trimmed;
}

/** What the chart says about one skill's level, shorter as fewer questions are answered. */
export function levelTextOf(skill: AuditedSkill): string {
  if (skill.questionsAnswered === 0) return 'not audited yet';
  if (!skill.complete) return `${skill.level} so far`;
  return `${skill.level} · ${LEVEL_WORDS[skill.label].name}`;
}

export function layoutLevelChart(
  skills: readonly AuditedSkill[],
  options: ChartOptions = DEFAULT_CHART_OPTIONS,
): LevelChartLayout {
  const { rowHeight, barHeight, nameBaseline, axisHeight, maxNameChars } = options;
  const bars = skills.map((skill, index) => {
    const top = index * rowHeight;
    return {
      skillId: skill.skillId,
      label: shortenName(skill.name, maxNameChars, index),
      ratio: Math.min(Math.max(skill.level / MAX_LEVEL, 0), 1),
      levelText: levelTextOf(skill),
      nameY: top + nameBaseline,
      barY: top + nameBaseline + 6,
    };
  });
  const gridBottom = skills.length * rowHeight;
  const ticks = Array.from({ length: MAX_LEVEL + 1 }, (_, level) => ({
    ratio: level / MAX_LEVEL,
    label: String(level),
    anchor: level === 0 ? 'start' : level === MAX_LEVEL ? 'end' : 'middle',
  })) satisfies ChartTick[];
  return {
    height: gridBottom + axisHeight,
    barHeight,
    gridBottom,
    axisLabelY: gridBottom + axisHeight - 6,
    bars,
    ticks,
  };
}

/** An SVG length as a percentage of the chart's width. */
export const percent = (ratio: number): string => `${Math.round(ratio * 10_000) / 100}%`;
