import type {
  DescriptorComparison,
  DescriptorKind,
  GapItem,
  OccupationIndex,
  OnetRelease,
  PersonModel,
} from '@trailmap/occupations';
import { attributionOf, ONET_LICENSE_URL, ONET_RELEASE } from '@trailmap/occupations';
import type { OccupationProfile } from '@trailmap/contracts';

const round2 = (value: number): number | null =>
  Number.isNaN(value) ? null : Math.round(value * 100) / 100;

export function sourceOf(release: OnetRelease | null) {
  const version = release?.version ?? ONET_RELEASE;
  return {
    release: release?.label ?? `O*NET ${version} Database`,
    attribution: attributionOf(version),
    licenseUrl: ONET_LICENSE_URL,
  };
}

function ratedDescriptors(index: OccupationIndex, kind: DescriptorKind, occupation: number) {
  const block = index.catalog.blocks[kind];
  if (!block || !block.rated[occupation]) return [];
  const width = block.descriptors.length;
  return block.descriptors
    .map((descriptor, d) => ({
      elementId: descriptor.id,
      name: descriptor.name,
      description: descriptor.description,
      importance: round2(block.importance[occupation * width + d]!),
      level: block.level ? round2(block.level[occupation * width + d]!) : null,
    }))
    .filter((d) => d.importance !== null)
    .sort(
      (a, b) => (b.importance ?? 0) - (a.importance ?? 0) || a.elementId.localeCompare(b.elementId),
    );
}

export function presentProfile(index: OccupationIndex, occupation: number): OccupationProfile {
  const { catalog } = index;
  const entry = catalog.occupations[occupation]!;
  const zone = entry.jobZone === null ? undefined : catalog.jobZones.get(entry.jobZone);
  const interestBlock = catalog.blocks.interest;
  const estimatedFrom = catalog.estimatedFrom.get(occupation) ?? [];
  const skill = catalog.blocks.skill;
  const ratings = !skill?.rated[occupation]
    ? 'none'
    : skill.estimated[occupation]
      ? 'estimated'
      : 'onet';
  return {
    code: entry.code,
    title: entry.title,
    description: entry.description,
    ratings,
    estimatedFrom:
      ratings === 'estimated'
        ? estimatedFrom.map((o) => ({
            code: catalog.occupations[o]!.code,
            title: catalog.occupations[o]!.title,
          }))
        : [],
    jobZone:
      entry.jobZone === null
        ? null
        : {
            zone: entry.jobZone,
            name: zone?.name ?? `Job Zone ${entry.jobZone}`,
            experience: zone?.experience ?? '',
            education: zone?.education ?? '',
            training: zone?.training ?? '',
          },
    education: catalog.education[occupation] ?? null,
    interests: {
      code: entry.interestCode,
      scores: interestBlock?.rated[occupation]
        ? interestBlock.descriptors.map((d, i) => ({
            elementId: d.id,
            name: d.name,
            score:
              round2(
                interestBlock.importance[occupation * interestBlock.descriptors.length + i]!,
              ) ?? 0,
          }))
        : [],
    },
    skills: ratedDescriptors(index, 'skill', occupation),
    knowledge: ratedDescriptors(index, 'knowledge', occupation),
    abilities: ratedDescriptors(index, 'ability', occupation),
    workActivities: ratedDescriptors(index, 'work_activity', occupation),
    workStyles: ratedDescriptors(index, 'work_style', occupation),
    tasks: catalog.tasks[occupation]!.map((t) => ({ id: t.id, text: t.text, core: t.core })),
    detailedWorkActivities: [...catalog.dwas.ofOccupation[occupation]!]
      .map((dwa, i) => ({
        id: catalog.dwas.ids[dwa]!,
        title: catalog.dwas.titles[dwa]!,
        tasks: catalog.dwas.taskCounts[occupation]![i]!,
      }))
      .sort((a, b) => b.tasks - a.tasks || a.id.localeCompare(b.id)),
    technology: catalog.technology[occupation]!.map((t) => ({ ...t })),
    source: sourceOf(catalog.release),
  };
}

export function presentComparison(item: DescriptorComparison) {
  return { ...item, from: { ...item.from }, to: { ...item.to } };
}

export function occupationRef(index: OccupationIndex, occupation: number) {
  const entry = index.catalog.occupations[occupation]!;
  return { code: entry.code, title: entry.title };
}

export function presentRole(index: OccupationIndex, occupation: number) {
  const entry = index.catalog.occupations[occupation]!;
  return { code: entry.code, title: entry.title, jobZone: entry.jobZone };
}

export function presentGapItem(item: GapItem) {
  return { ...item, planSkill: item.planSkill ? { ...item.planSkill } : null };
}

/** Which of the plan's skills were tied to O*NET, how, and which could not be. */
export function presentMappings(person: PersonModel) {
  return {
    mappedSkills: person.mappings.mapped.map((m) => ({
      skillId: m.skillId,
      name: m.name,
      via: m.via,
      kind: m.kind,
      elementId: m.elementId,
      elementName: m.elementName,
      confidence: m.confidence,
      auditLevel: m.auditLevel,
    })),
    unmappedSkills: person.mappings.unmapped.map((u) => ({ ...u })),
  };
}
