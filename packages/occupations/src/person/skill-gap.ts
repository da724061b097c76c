import type { DescriptorKind } from '../catalog/catalog.ts';
import type { OccupationIndex } from '../occupation-index.ts';
import {
  LEVEL_OF_AUDIT,
  listsTechnology,
  type LevelBasis,
  type PersonModel,
} from './person-profile.ts';

/**
 * The skill gap from a person to a role, ranked by importance × shortfall:
 * importance is the role's (1–5 → 0–1), shortfall is how far the role's level
 * is above the person's, as a share of O*NET's 0–7 level scale. Items are
 * named in the plan's own skills where one maps to the descriptor.
 */

export interface GapItem {
  readonly kind: DescriptorKind | 'technology';
  readonly elementId: string;
  readonly name: string;
  readonly importance: number;
  readonly targetLevel: number;
  readonly yourLevel: number;
  readonly yourLevelBasis: LevelBasis;
  readonly shortfall: number;
  readonly priority: number;
  readonly planSkill: { readonly skillId: string; readonly name: string } | null;
}

export interface SkillGap {
  /** Share (0–1) of the role's importance-weighted skill and knowledge levels the person meets. */
  readonly readiness: number;
  readonly items: readonly GapItem[];
}

const LEVELLED: readonly DescriptorKind[] = ['skill', 'knowledge', 'ability', 'work_activity'];
/** Readiness is measured on skills and knowledge: present in every release, and what a person can build. */
const READINESS_KINDS: readonly DescriptorKind[] = ['skill', 'knowledge'];
/** Technology a hot role lists is asked for at a working level (O*NET's level 5 of 7). */
const TECHNOLOGY_LEVEL = 5;

const round = (value: number, places = 2): number => {
  const f = 10 ** places;
  return Math.round(value * f) / f;
};

export function measureSkillGap(
  index: OccupationIndex,
  person: PersonModel,
  target: number,
  limit = Number.POSITIVE_INFINITY,
): SkillGap {
  const { catalog } = index;
  const items: GapItem[] = [];
  let met = 0;
  let asked = 0;
  for (const kind of LEVELLED) {
    const block = catalog.blocks[kind];
    if (!block?.level || !block.rated[target]) continue;
    const width = block.descriptors.length;
    block.descriptors.forEach((descriptor, d) => {
      const importance = block.importance[target * width + d]!;
      const targetLevel = block.level![target * width + d]!;
      if (Number.isNaN(importance) || Number.isNaN(targetLevel)) return;
      const weight = (importance - 1) / 4;
      const yours = person.levelOf(kind, d);
      if (READINESS_KINDS.includes(kind)) {
        met += weight * Math.min(yours.level, targetLevel);
        asked += weight * targetLevel;
      }
      const shortfall = Math.max(0, targetLevel - yours.level) / 7;
      if (shortfall <= 0) return;
      const mapping = person.skillFor(kind, descriptor.id);
      items.push({
        kind,
        elementId: descriptor.id,
        name: descriptor.name,
        importance: round(importance),
        targetLevel: round(targetLevel),
        yourLevel: round(yours.level),
        yourLevelBasis: yours.basis,
        shortfall: round(shortfall, 4),
        priority: round(weight * shortfall, 4),
        planSkill: mapping ? { skillId: mapping.skillId, name: mapping.name } : null,
      });
    });
  }
  for (const mapping of person.mappings.mapped) {
    if (mapping.kind !== 'technology') continue;
    const listed = catalog.technology[target]!.find((t) => listsTechnology(t, mapping));
    if (!listed) continue;
    const yourLevel = mapping.auditLevel === null ? 0 : LEVEL_OF_AUDIT[mapping.auditLevel]!;
    const shortfall = Math.max(0, TECHNOLOGY_LEVEL - yourLevel) / 7;
    if (shortfall <= 0) continue;
    const importance = listed.hot ? 5 : 3;
    items.push({
      kind: 'technology',
      elementId: mapping.elementId,
      name: listed.example,
      importance,
      targetLevel: TECHNOLOGY_LEVEL,
      yourLevel,
      yourLevelBasis: mapping.auditLevel === null ? 'unknown' : 'audit',
      shortfall: round(shortfall, 4),
      priority: round(((importance - 1) / 4) * shortfall, 4),
      planSkill: { skillId: mapping.skillId, name: mapping.name },
    });
  }
  items.sort((a, b) => b.priority - a.priority || a.elementId.localeCompare(b.elementId));
  return { readiness: asked > 0 ? met / asked : 0, items: items.slice(0, limit) };
}
