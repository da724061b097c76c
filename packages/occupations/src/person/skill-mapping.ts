import type { CriticalSkill, SkillAudit } from '@trailmap/domain';
import { levelOfSkill } from '@trailmap/domain';
import type { Catalog, DescriptorKind } from '../catalog/catalog.ts';
import { phraseCoverage, phraseSimilarity, rootsOf } from '../search/text-similarity.ts';
import { normalizeText, wordsOf } from '../search/words.ts';

/**
 * A plan's critical skill tied to O*NET. A skill picked from the taxonomy maps
 * by its element id; a skill typed freely maps to the O*NET name closest in
 * words (names count fully, descriptions half), when one is close enough.
 */

export interface SkillMapping {
  readonly skillId: string;
  readonly name: string;
  readonly via: 'element' | 'text';
  readonly kind: DescriptorKind | 'technology';
  /** Element id, or for technology the UNSPSC commodity code. */
  readonly elementId: string;
  readonly elementName: string;
  readonly confidence: number;
  /** Audit level 0–4, null when none of the four questions is answered. */
  readonly auditLevel: number | null;
  /** Strengths count more when roles are ranked for the person. */
  readonly strength: boolean;
  /** For technology: the example names it stands for (lower case). */
  readonly technologyNames: readonly string[];
}

export interface SkillMappings {
  readonly mapped: readonly SkillMapping[];
  readonly unmapped: readonly { readonly skillId: string; readonly name: string }[];
}

/** Below this a typed skill is left unmapped rather than tied to a guess. */
const MIN_CONFIDENCE = 0.45;
const MAPPABLE: readonly DescriptorKind[] = ['skill', 'knowledge', 'ability', 'work_activity'];

interface Candidate {
  readonly kind: DescriptorKind;
  readonly id: string;
  readonly name: string;
  readonly nameRoots: readonly string[];
  readonly descriptionRoots: readonly string[];
}

const candidateCache = new WeakMap<Catalog, Candidate[]>();

/** Skills, knowledge, abilities (when loaded) and work activities (named even without ratings). */
function candidatesOf(catalog: Catalog): Candidate[] {
  let found = candidateCache.get(catalog);
  if (found) return found;
  found = [];
  const seen = new Set<string>();
  for (const kind of MAPPABLE) {
    for (const d of catalog.blocks[kind]?.descriptors ?? []) {
      seen.add(d.id);
      found.push({
        kind,
        id: d.id,
        name: d.name,
        nameRoots: rootsOf(d.name),
        descriptionRoots: rootsOf(d.description),
      });
    }
  }
  for (const [id, element] of catalog.elements) {
    // Work activities are 4.A.x.y.z; their ratings may be absent, their detailed activities are not.
    if (seen.has(id) || !/^4\.A\.\d\.[a-z]\.\d+$/.test(id)) continue;
    found.push({
      kind: 'work_activity',
      id,
      name: element.name,
      nameRoots: rootsOf(element.name),
      descriptionRoots: rootsOf(element.description),
    });
  }
  candidateCache.set(catalog, found);
  return found;
}

/** Builds the vocabularies skills and technologies are matched against (otherwise the first mapping does). */
export function prepareSkillMapping(catalog: Catalog): void {
  candidatesOf(catalog);
  technologyNamesOf(catalog);
}

interface TechnologyName {
  readonly name: string;
  readonly words: readonly string[];
  readonly code: string;
  readonly title: string;
  /** Occupations that list it: the commoner name wins when several contain the words typed. */
  readonly occupations: number;
}

const technologyCache = new WeakMap<Catalog, TechnologyName[]>();

function technologyNamesOf(catalog: Catalog): TechnologyName[] {
  let found = technologyCache.get(catalog);
  if (found) return found;
  const byName = new Map<string, { code: string; title: string; occupations: number }>();
  for (const list of catalog.technology) {
    for (const t of list) {
      const name = normalizeText(t.example).trim();
      const known = byName.get(name);
      if (known) known.occupations++;
      else byName.set(name, { code: t.commodityCode, title: t.commodityTitle, occupations: 1 });
    }
  }
  found = [...byName.entries()].map(([name, v]) => ({ name, words: wordsOf(name), ...v }));
  technologyCache.set(catalog, found);
  return found;
}

/**
 * A technology by commodity code or by name: the example named exactly, else
 * the most widely listed example whose words include every word typed
 * ("SQL" → "Structured query language SQL").
 */
function technologyOf(
  catalog: Catalog,
  key: string,
): { code: string; title: string; names: string[] } | null {
  const names = technologyNamesOf(catalog);
  const wanted = normalizeText(key).trim();
  const words = wordsOf(key);
  const exact = names.find((t) => t.code === key || t.name === wanted);
  let hit = exact;
  if (!hit && words.length > 0) {
    for (const t of names) {
      if (words.every((w) => t.words.includes(w)) && (!hit || t.occupations > hit.occupations))
        hit = t;
    }
  }
  if (!hit) return null;
  const chosen = hit;
  const all = names
    .filter((t) => (t.code === key ? true : t.name === chosen.name))
    .map((t) => t.name);
  return { code: chosen.code, title: chosen.title, names: all };
}

export function mapCriticalSkills(
  catalog: Catalog,
  skills: readonly CriticalSkill[],
  audit: SkillAudit,
): SkillMappings {
  const mapped: SkillMapping[] = [];
  const unmapped: { skillId: string; name: string }[] = [];
  const candidates = candidatesOf(catalog);
  for (const skill of skills) {
    const answers = audit.answers.find((a) => a.skillId === skill.id);
    const level = answers ? levelOfSkill(answers) : null;
    const common = {
      skillId: skill.id,
      name: skill.name,
      auditLevel: level && level.questionsAnswered > 0 ? level.level : null,
      strength: audit.strengthIds.includes(skill.id),
    };
    const source = skill.source;
    if (source.kind === 'taxonomy' && source.taxonomy === 'technology') {
      const tech = technologyOf(catalog, source.elementId) ?? technologyOf(catalog, skill.name);
      if (tech) {
        mapped.push({
          ...common,
          via: 'element',
          kind: 'technology',
          elementId: tech.code,
          elementName: tech.title,
          confidence: 1,
          technologyNames: tech.names,
        });
        continue;
      }
    } else if (source.kind === 'taxonomy') {
      const hit = candidates.find((c) => c.id === source.elementId);
      if (hit) {
        mapped.push({
          ...common,
          via: 'element',
          kind: hit.kind,
          elementId: hit.id,
          elementName: hit.name,
          confidence: 1,
          technologyNames: [],
        });
        continue;
      }
    }
    // Typed freely (or an id this release does not know): match by words.
    const tech = technologyOf(catalog, skill.name);
    if (tech) {
      mapped.push({
        ...common,
        via: 'text',
        kind: 'technology',
        elementId: tech.code,
        elementName: tech.title,
        confidence: 0.9,
        technologyNames: tech.names,
      });
      continue;
    }
    const roots = rootsOf(skill.name);
    let best: { candidate: Candidate; score: number } | null = null;
    for (const candidate of candidates) {
      const score = Math.min(
        1,
        phraseSimilarity(roots, candidate.nameRoots) +
          0.5 * phraseCoverage(roots, candidate.descriptionRoots) * 0.6,
      );
      if (!best || score > best.score) best = { candidate, score };
    }
    if (best && best.score >= MIN_CONFIDENCE) {
      mapped.push({
        ...common,
        via: 'text',
        kind: best.candidate.kind,
        elementId: best.candidate.id,
        elementName: best.candidate.name,
        confidence: Math.round(best.score * 100) / 100,
        technologyNames: [],
      });
    } else {
      unmapped.push({ skillId: skill.id, name: skill.name });
    }
  }
  return { mapped, unmapped };
}
