import type { PortfolioResponse } from '@trailmap/contracts';
import type { CriticalSkill, PortfolioEntry, PortfolioLane } from '@trailmap/domain';
import type { PortfolioSuggestion } from '../../steps/portfolio/portfolio-lanes.ts';

type Suggestion = PortfolioResponse['next'][number];
type GapItem = Suggestion['gap'][number];

const LANE_KEYS: readonly (readonly [
  PortfolioLane,
  keyof Omit<PortfolioResponse, 'mappedSkills' | 'unmappedSkills'>,
])[] = [
  ['next', 'next'],
  ['ideal', 'ideal'],
  ['adjacent', 'adjacent'],
  ['cross_functional', 'crossFunctional'],
];

/** A gap item in words, in the plan's own skill name when one maps to it. */
export function gapWords(item: GapItem): string {
  const name = item.planSkill ? `${item.planSkill.name} (your skill)` : item.name;
  return `${name}: level ${item.yourLevel.toFixed(1)} → ${item.targetLevel.toFixed(1)}`;
}

/** One server suggestion as the lane's seam wants it. */
export function toSuggestion(
  suggestion: Suggestion,
  skills: readonly CriticalSkill[],
  gapCount = 3,
): PortfolioSuggestion {
  const skillNames = suggestion.buildsSkillIds
    .map((id) => skills.find((skill) => skill.id === id)?.name.trim())
    .filter((name): name is string => Boolean(name));
  const targets = suggestion.capabilityTargets.map((t) => `${t.text} (target)`);
  return {
    title: suggestion.title,
    occupationCode: suggestion.code,
    reason: suggestion.reason,
    overlapPercent: suggestion.overlapPercent,
    gap: suggestion.gap.slice(0, gapCount).map(gapWords),
    builds: [...targets, ...skillNames],
    skillIds: suggestion.buildsSkillIds.filter((id) => skills.some((skill) => skill.id === id)),
  };
}

/**
 * Suggestions per lane, leaving out occupations already on the board (in any
 * lane): a card the person has added should not be offered again.
 */
export function laneSuggestions(
  response: PortfolioResponse,
  skills: readonly CriticalSkill[],
  entries: readonly PortfolioEntry[],
): Record<PortfolioLane, PortfolioSuggestion[]> {
  const taken = new Set(entries.map((entry) => entry.occupationCode).filter(Boolean));
  const result = { next: [], ideal: [], adjacent: [], cross_functional: [] } as Record<
    PortfolioLane,
    PortfolioSuggestion[]
  >;
  for (const [lane, key] of LANE_KEYS) {
    result[lane] = response[key]
      .filter((s) => !taken.has(s.code))
      .map((s) => toSuggestion(s, skills));
  }
  return result;
}
