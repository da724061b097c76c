import type { OccupationIndex } from '../occupation-index.ts';
import { scoreAgainstAll } from '../similarity/similarity-model.ts';
import { criticalSkillFit, skillsBuiltBy, type PersonModel } from './person-profile.ts';
import { measureSkillGap } from './skill-gap.ts';

/**
 * Roles ranked for a person: similarity of the role to the person's profile
 * (their current occupation adjusted by their critical skills), blended with
 * how much the role relies on those skills. With a current occupation the
 * profile leads (0.65 / 0.35): a role must be reachable. Without one the
 * skills lead (0.3 / 0.7): they are all we know.
 */

export interface PersonScores {
  readonly similarity: Float32Array;
  readonly fit: Float32Array;
  readonly score: Float32Array;
}

export interface RoleRecommendation {
  readonly occupation: number;
  readonly score: number;
  readonly similarity: number;
  readonly criticalSkillFit: number;
  readonly readiness: number;
  readonly buildsSkillIds: readonly string[];
}

export function scoreRolesForPerson(index: OccupationIndex, person: PersonModel): PersonScores {
  const { catalog, model } = index;
  const count = catalog.occupations.length;
  const similarity = person.profile
    ? scoreAgainstAll(model, person.profile)
    : new Float32Array(count);
  const fit = new Float32Array(count);
  const score = new Float32Array(count);
  const hasSkills = person.mappings.mapped.length > 0;
  const [simWeight, fitWeight] = !hasSkills
    ? [1, 0]
    : person.current !== null
      ? [0.65, 0.35]
      : [0.3, 0.7];
  for (let o = 0; o < count; o++) {
    if (!model.comparable[o]) continue;
    fit[o] = hasSkills ? criticalSkillFit(catalog, o, person) : 0;
    score[o] = simWeight * similarity[o]! + fitWeight * fit[o]!;
  }
  return { similarity, fit, score };
}

export function recommendRoles(
  index: OccupationIndex,
  person: PersonModel,
  limit: number,
): RoleRecommendation[] {
  const scores = scoreRolesForPerson(index, person);
  const ranked: number[] = [];
  for (let o = 0; o < scores.score.length; o++) {
    if (o !== person.current && scores.score[o]! > 0) ranked.push(o);
  }
  ranked.sort((a, b) => scores.score[b]! - scores.score[a]! || a - b);
  return ranked.slice(0, limit).map((o) => ({
    occupation: o,
    score: scores.score[o]!,
    similarity: scores.similarity[o]!,
    criticalSkillFit: scores.fit[o]!,
    readiness: measureSkillGap(index, person, o, 0).readiness,
    buildsSkillIds: skillsBuiltBy(index.catalog, o, person),
  }));
}
