import type { OccupationCode, TargetRole } from '@trailmap/domain';
import { majorGroupOf, minorGroupOf } from '@trailmap/domain';
import type { OccupationIndex } from '../occupation-index.ts';
import { phraseCoverage, rootsOf } from '../search/text-similarity.ts';
import { skillsBuiltBy, type PersonModel } from './person-profile.ts';
import { scoreRolesForPerson } from './recommend.ts';
import { measureSkillGap, type GapItem } from './skill-gap.ts';

/**
 * Role portfolio suggestions (step 6 of the method), in four lanes:
 *   next             close to the current role (similarity ≥ CLOSE), same SOC
 *                    major group, same job zone or the next one up;
 *   ideal            the target roles the plan already links to an occupation;
 *   adjacent         close, but in another family of work (SOC minor group);
 *   cross-functional another SOC major group altogether, chosen for strong
 *                    reliance on the person's critical skills rather than for
 *                    closeness (similarity only has to reach REACHABLE).
 * A role appears in one lane only, the first that takes it.
 */

export type Lane = 'next' | 'ideal' | 'adjacent' | 'cross_functional';

export interface CapabilityMatch {
  readonly targetRoleId: string;
  readonly capabilityTargetId: string;
  readonly text: string;
  readonly because: string;
}

export interface PortfolioSuggestion {
  readonly lane: Lane;
  readonly occupation: number;
  readonly reason: string;
  readonly similarity: number;
  readonly readiness: number;
  readonly criticalSkillFit: number;
  readonly gap: readonly GapItem[];
  readonly buildsSkillIds: readonly string[];
  readonly capabilityTargets: readonly CapabilityMatch[];
}

export type Portfolio = Readonly<Record<Lane, readonly PortfolioSuggestion[]>>;

export const CLOSE = 0.55;
const ADJACENT_CLOSE = 0.5;
const REACHABLE = 0.3;
const STRONG_SKILL_FIT = 0.55;
const GAP_ITEMS = 5;
/** A capability target matches work of a role when this share of its words does. */
const CAPABILITY_MATCH = 0.5;

/** Capability targets of the plan that a role's work would build, each with the work that matches it. */
function capabilityTargetsBuiltBy(
  index: OccupationIndex,
  occupation: number,
  targetRoles: readonly TargetRole[],
): CapabilityMatch[] {
  const { catalog } = index;
  const work: string[] = [
    ...catalog.tasks[occupation]!.map((t) => t.text),
    ...[...catalog.dwas.ofOccupation[occupation]!].map((d) => catalog.dwas.titles[d]!),
  ];
  for (const kind of ['skill', 'knowledge', 'work_activity'] as const) {
    const block = catalog.blocks[kind];
    if (!block?.rated[occupation]) continue;
    block.descriptors.forEach((d, i) => {
      if (block.importance[occupation * block.descriptors.length + i]! >= 3) work.push(d.name);
    });
  }
  const workRoots = work.map((text) => ({ text, roots: rootsOf(text) }));
  const matches: CapabilityMatch[] = [];
  for (const role of targetRoles) {
    for (const target of role.capabilityTargets) {
      const roots = rootsOf(target.text);
      if (roots.length === 0) continue;
      let best: { text: string; score: number } | null = null;
      for (const item of workRoots) {
        const score = phraseCoverage(roots, item.roots);
        if (!best || score > best.score) best = { text: item.text, score };
      }
      if (best && best.score >= CAPABILITY_MATCH) {
        matches.push({
          targetRoleId: role.id,
          capabilityTargetId: target.id,
          text: target.text,
          because: best.text,
        });
      }
    }
  }
  return matches;
}

export function suggestPortfolio(
  index: OccupationIndex,
  person: PersonModel & { readonly current: number },
  targetRoles: readonly TargetRole[],
  perLane: number,
): Portfolio {
  const { catalog } = index;
  const n = catalog.occupations.length;
  const current = person.current;
  const code = catalog.occupations[current]!.code;
  const zone = catalog.occupations[current]!.jobZone;
  const closeness = index.similarity.subarray(current * n, (current + 1) * n);
  const scores = scoreRolesForPerson(index, person);
  const taken = new Set<number>([current]);

  const suggest = (lane: Lane, occupation: number, reason: string): PortfolioSuggestion => {
    taken.add(occupation);
    const gap = measureSkillGap(index, person, occupation, GAP_ITEMS);
    return {
      lane,
      occupation,
      reason,
      similarity: closeness[occupation]!,
      readiness: gap.readiness,
      criticalSkillFit: scores.fit[occupation]!,
      gap: gap.items,
      buildsSkillIds: skillsBuiltBy(catalog, occupation, person),
      capabilityTargets: capabilityTargetsBuiltBy(index, occupation, targetRoles),
    };
  };
  const pick = (eligible: (o: number) => boolean, rank: (o: number) => number): number[] => {
    const found: number[] = [];
    for (let o = 0; o < n; o++)
      if (!taken.has(o) && index.model.comparable[o] && eligible(o)) found.push(o);
    return found.sort((a, b) => rank(b) - rank(a) || a - b).slice(0, perLane);
  };
  const pct = (value: number) => `${Math.round(value * 100)}%`;
  const other = (o: number) => catalog.occupations[o]!;

  const ideal = targetRoles
    .map((role) =>
      role.occupationCode === null ? undefined : catalog.indexOfCode.get(role.occupationCode),
    )
    .filter((o): o is number => o !== undefined && o !== current && !taken.has(o))
    .map((o) => suggest('ideal', o, 'One of the target roles in your roadmap.'));

  const next = pick(
    (o) => {
      const z = other(o).jobZone;
      return (
        closeness[o]! >= CLOSE &&
        majorGroupOf(other(o).code) === majorGroupOf(code) &&
        (zone === null || z === null || z === zone || z === zone + 1)
      );
    },
    (o) => scores.score[o]!,
  ).map((o) =>
    suggest(
      'next',
      o,
      `${pct(closeness[o]!)} similar to your current role, in the same field of work, ${other(o).jobZone === zone ? 'at the same level of preparation' : 'one step up in preparation'}.`,
    ),
  );

  const adjacent = pick(
    (o) =>
      closeness[o]! >= ADJACENT_CLOSE &&
      minorGroupOf(other(o).code as OccupationCode) !== minorGroupOf(code),
    (o) => scores.score[o]!,
  ).map((o) =>
    suggest(
      'adjacent',
      o,
      `${pct(closeness[o]!)} similar to your current role, in another family of work.`,
    ),
  );

  const hasSkills = person.mappings.mapped.length > 0;
  const crossFunctional = pick(
    (o) =>
      majorGroupOf(other(o).code) !== majorGroupOf(code) &&
      closeness[o]! >= REACHABLE &&
      (!hasSkills || scores.fit[o]! >= STRONG_SKILL_FIT),
    (o) => (hasSkills ? 0.7 * scores.fit[o]! + 0.3 * closeness[o]! : closeness[o]!),
  ).map((o) =>
    suggest(
      'cross_functional',
      o,
      hasSkills
        ? `A different field of work that relies strongly on your critical skills (${pct(scores.fit[o]!)} fit).`
        : `The closest role in a different field of work (${pct(closeness[o]!)} similar); add critical skills to aim this lane.`,
    ),
  );

  return { next, ideal, adjacent, cross_functional: crossFunctional };
}
