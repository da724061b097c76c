import type { Catalog, DescriptorKind } from '../catalog/catalog.ts';
import type { OccupationIndex } from '../occupation-index.ts';
import {
  compositeOf,
  profileOfOccupation,
  standardize,
  type Profile,
} from '../similarity/similarity-model.ts';
import { normalizeText } from '../search/words.ts';
import type { SkillMapping, SkillMappings } from './skill-mapping.ts';

/**
 * A person as the occupation features see them: the profile of their current
 * occupation (when they named one), adjusted by the plan's critical skills.
 *
 * Audit level → O*NET level (0–7): the four audit questions climb from "I use
 * it" to "I could teach it", and O*NET's level anchors climb from basic use
 * (2) through working proficiency (4) to expert (6). Level 0 ("not yet") reads
 * as 1, a beginner; 4 ("could teach or lead with it tomorrow") as 6.
 * A critical skill is one the person's vision needs, so its importance in the
 * person's profile is at least 4.5 of 5.
 */
export const LEVEL_OF_AUDIT: readonly number[] = [1, 2.5, 3.5, 4.5, 6];
const CRITICAL_IMPORTANCE = 4.5;

export type LevelBasis = 'audit' | 'current_occupation' | 'unknown';

export interface PersonModel {
  readonly current: number | null;
  readonly mappings: SkillMappings;
  /** The person's profile for similarity (null when there is nothing to compare). */
  readonly profile: Profile | null;
  /** The person's level (0–7) of a descriptor, and where that estimate comes from. */
  readonly levelOf: (
    kind: DescriptorKind,
    descriptor: number,
  ) => { level: number; basis: LevelBasis };
  /** The mapping of a descriptor to one of the plan's skills, if any. */
  readonly skillFor: (kind: DescriptorKind, elementId: string) => SkillMapping | null;
}

function mappingsByElement(mappings: SkillMappings): Map<string, SkillMapping> {
  const byElement = new Map<string, SkillMapping>();
  for (const m of mappings.mapped) {
    if (m.kind === 'technology') continue;
    const key = `${m.kind} ${m.elementId}`;
    const known = byElement.get(key);
    // Two skills on one element: the better-audited one speaks for it.
    if (!known || (m.auditLevel ?? -1) > (known.auditLevel ?? -1)) byElement.set(key, m);
  }
  return byElement;
}

export function buildPersonModel(
  index: OccupationIndex,
  current: number | null,
  mappings: SkillMappings,
): PersonModel {
  const { catalog, model } = index;
  const byElement = mappingsByElement(mappings);
  const skillFor = (kind: DescriptorKind, elementId: string) =>
    byElement.get(`${kind} ${elementId}`) ?? null;

  const levelOf = (kind: DescriptorKind, descriptor: number) => {
    const block = catalog.blocks[kind];
    if (!block) return { level: 0, basis: 'unknown' as const };
    const mapping = skillFor(kind, block.descriptors[descriptor]!.id);
    if (mapping && mapping.auditLevel !== null) {
      return { level: LEVEL_OF_AUDIT[mapping.auditLevel]!, basis: 'audit' as const };
    }
    if (current !== null && block.rated[current] && block.level) {
      const level = block.level[current * block.descriptors.length + descriptor]!;
      if (!Number.isNaN(level)) return { level, basis: 'current_occupation' as const };
    }
    return { level: 0, basis: 'unknown' as const };
  };

  const base = current === null ? null : profileOfOccupation(model, current);
  const dense = model.dense.map((family, f) => {
    const block = family.block;
    const width = family.width;
    const touched = block.descriptors.some((d) => skillFor(family.kind, d.id));
    if (!touched) return base?.dense[f] ?? null;
    const values = new Float32Array(width).fill(Number.NaN);
    for (let d = 0; d < width; d++) {
      const at = current === null ? -1 : current * width + d;
      let importance = at >= 0 && block.rated[current!] ? block.importance[at]! : Number.NaN;
      let level = at >= 0 && block.rated[current!] ? (block.level?.[at] ?? Number.NaN) : Number.NaN;
      if (skillFor(family.kind, block.descriptors[d]!.id)) {
        importance = Math.max(Number.isNaN(importance) ? 0 : importance, CRITICAL_IMPORTANCE);
        level = levelOf(family.kind, d).level;
      }
      values[d] = compositeOf(family.kind, importance, level);
    }
    return standardize(values, family.mean, family.spread);
  });
  const hasAny = dense.some((v) => v !== null) || (base?.dwa ?? null) !== null;
  const profile: Profile | null = hasAny
    ? { dense, dwa: base?.dwa ?? null, jobZone: base?.jobZone ?? 0 }
    : null;
  return { current, mappings, profile, levelOf, skillFor };
}

/** A technology named by the person matches by name; one picked as a commodity class matches the class. */
export function listsTechnology(
  technology: { readonly example: string; readonly commodityCode: string },
  mapping: SkillMapping,
): boolean {
  return mapping.technologyNames.length > 0
    ? mapping.technologyNames.includes(normalizeText(technology.example).trim())
    : technology.commodityCode === mapping.elementId;
}

/** Importance (0–1) a role gives to one mapped skill; technology counts when the role lists it. */
export function importanceForRole(
  catalog: Catalog,
  occupation: number,
  mapping: SkillMapping,
): number {
  if (mapping.kind === 'technology') {
    const listed = catalog.technology[occupation]!.find((t) => listsTechnology(t, mapping));
    if (!listed) return 0;
    return listed.hot ? 1 : 0.75;
  }
  const block = catalog.blocks[mapping.kind];
  if (block) {
    const d = block.indexOfId.get(mapping.elementId);
    if (d !== undefined && block.rated[occupation]) {
      const value = block.importance[occupation * block.descriptors.length + d]!;
      return Number.isNaN(value) ? 0 : (value - 1) / 4;
    }
  }
  if (mapping.kind === 'work_activity') {
    // Without work-activity ratings: the share of the role's detailed activities under this activity.
    const list = catalog.dwas.ofOccupation[occupation]!;
    if (list.length === 0) return 0;
    const under = [...list].filter(
      (dwa) => catalog.dwas.workActivityIds[dwa] === mapping.elementId,
    ).length;
    return Math.min(1, (under / list.length) * 4);
  }
  return 0;
}

/**
 * How much a role relies on the person's critical skills, 0–1: the mean
 * importance it gives them, strengths counted one and a half times (the
 * method's point: the next leap often comes from doubling down on a strength).
 */
export function criticalSkillFit(
  catalog: Catalog,
  occupation: number,
  person: PersonModel,
): number {
  let sum = 0;
  let weights = 0;
  for (const mapping of person.mappings.mapped) {
    const weight = mapping.strength ? 1.5 : 1;
    sum += weight * importanceForRole(catalog, occupation, mapping);
    weights += weight;
  }
  return weights > 0 ? sum / weights : 0;
}

/** Critical skills (ids) a role relies on: importance 3 of 5 or more, or a technology it lists. */
export function skillsBuiltBy(catalog: Catalog, occupation: number, person: PersonModel): string[] {
  return [
    ...new Set(
      person.mappings.mapped
        .filter((m) => importanceForRole(catalog, occupation, m) >= 0.5)
        .map((m) => m.skillId),
    ),
  ];
}
