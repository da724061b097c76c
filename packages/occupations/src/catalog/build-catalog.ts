import type { OccupationCode } from '@trailmap/domain';
import {
  abilitiesSpec,
  alternateTitlesSpec,
  contentModelSpec,
  educationCategoriesSpec,
  educationSpec,
  interestsSpec,
  jobZoneReferenceSpec,
  jobZonesSpec,
  knowledgeSpec,
  occupationDataSpec,
  reportedTitlesSpec,
  skillsSpec,
  taskStatementsSpec,
  tasksToDwasSpec,
  technologySkillsSpec,
  workActivitiesSpec,
  workStylesSpec,
  type EducationCategoryRow,
  type EducationRow,
  type RatingRow,
  type TaskDwaRow,
  type TitleRow,
} from '../parse/onet-tables.ts';
import type { TableSpec } from '../parse/table.ts';
import type { OnetRelease } from '../release.ts';
import type {
  Catalog,
  Descriptor,
  DescriptorKind,
  DwaTable,
  Education,
  JobZoneInfo,
  OccupationEntry,
  RatingBlock,
  Task,
  Technology,
  TitleAlias,
} from './catalog.ts';
import { applyEstimates, planEstimates } from './estimate-ratings.ts';
import { createInterner, ownString } from './own-string.ts';

const RIASEC = 'RIASEC';
const HIGH_POINT_IDS = ['1.B.1.g', '1.B.1.h', '1.B.1.i'];
const REQUIRED_EDUCATION = '2.D.1';

/** Element ids in content-model order, compared part by part (`2.A.1.b` before `2.A.1.10`). */
function compareElementIds(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const nx = Number(x);
    const ny = Number(y);
    if (Number.isInteger(nx) && Number.isInteger(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return 0;
}

function buildBlock(
  kind: DescriptorKind,
  rows: readonly RatingRow[],
  occupationCount: number,
  indexOfCode: ReadonlyMap<string, number>,
  elements: ReadonlyMap<string, { name: string; description: string }>,
  importanceScale: 'IM' | 'OI',
  withLevel: boolean,
): RatingBlock {
  const names = new Map<string, string>();
  for (const row of rows) {
    if (row.scale === importanceScale || row.scale === 'LV') {
      if (!names.has(row.elementId)) names.set(row.elementId, row.elementName);
    }
  }
  const ids = [...names.keys()].sort(compareElementIds);
  const descriptors: Descriptor[] = ids.map((id) => ({
    id,
    name: ownString(names.get(id) ?? id),
    description: ownString(elements.get(id)?.description ?? ''),
    kind,
  }));
  const indexOfId = new Map(ids.map((id, index) => [id, index]));
  const width = ids.length;
  const importance = new Float32Array(occupationCount * width).fill(Number.NaN);
  const level = withLevel ? new Float32Array(occupationCount * width).fill(Number.NaN) : null;
  const rated = new Uint8Array(occupationCount);
  for (const row of rows) {
    const occupation = indexOfCode.get(row.code);
    const descriptor = indexOfId.get(row.elementId);
    if (occupation === undefined || descriptor === undefined) continue;
    const at = occupation * width + descriptor;
    if (row.scale === importanceScale) {
      importance[at] = row.value;
      rated[occupation] = 1;
    } else if (row.scale === 'LV' && level) {
      level[at] = row.notRelevant ? 0 : row.value;
    }
  }
  return {
    kind,
    descriptors,
    indexOfId,
    importance,
    level,
    rated,
    estimated: new Uint8Array(occupationCount),
  };
}

function interestCodeOf(rows: readonly RatingRow[], at: number, block: RatingBlock): string {
  const letters = rows
    .filter((row) => row.scale === 'IH')
    .sort((a, b) => compareElementIds(a.elementId, b.elementId))
    .map((row) => RIASEC[row.value - 1] ?? '')
    .join('');
  if (letters) return letters;
  // Without high points, the interests that score above the middle of the 1–7 scale, strongest first.
  const width = block.descriptors.length;
  return block.descriptors
    .map((d, i) => ({
      letter: RIASEC[RIASEC_IDS.indexOf(d.id)] ?? '',
      value: block.importance[at * width + i] ?? 0,
    }))
    .filter((x) => x.letter && x.value >= 4)
    .sort((a, b) => b.value - a.value)
    .slice(0, 3)
    .map((x) => x.letter)
    .join('');
}

const RIASEC_IDS = ['1.B.1.a', '1.B.1.b', '1.B.1.c', '1.B.1.d', '1.B.1.e', '1.B.1.f'];

function groupByCode<T extends { readonly code: string }>(
  rows: readonly T[],
  indexOfCode: ReadonlyMap<string, number>,
  count: number,
): T[][] {
  const groups: T[][] = Array.from({ length: count }, () => []);
  for (const row of rows) {
    const at = indexOfCode.get(row.code);
    if (at !== undefined) groups[at]!.push(row);
  }
  return groups;
}

function buildDwas(
  taskDwas: readonly TaskDwaRow[],
  indexOfCode: ReadonlyMap<string, number>,
  count: number,
): DwaTable {
  const indexOfDwa = new Map<string, number>();
  const ids: string[] = [];
  const titles: string[] = [];
  const workActivityIds: string[] = [];
  const counts: Map<number, number>[] = Array.from({ length: count }, () => new Map());
  for (const row of taskDwas) {
    const occupation = indexOfCode.get(row.code);
    if (occupation === undefined) continue;
    let dwa = indexOfDwa.get(row.dwaId);
    if (dwa === undefined) {
      dwa = ids.length;
      indexOfDwa.set(row.dwaId, dwa);
      ids.push(row.dwaId);
      titles.push(ownString(row.dwaTitle));
      // `4.A.2.a.4.I09.D03` belongs to the work activity `4.A.2.a.4`.
      workActivityIds.push(row.dwaId.replace(/\.I\d+\.D\d+$/, ''));
    }
    const map = counts[occupation]!;
    map.set(dwa, (map.get(dwa) ?? 0) + 1);
  }
  const ofOccupation: Uint16Array[] = [];
  const taskCounts: Uint8Array[] = [];
  for (const map of counts) {
    const entries = [...map.entries()].sort((a, b) => a[0] - b[0]);
    ofOccupation.push(Uint16Array.from(entries.map(([dwa]) => dwa)));
    taskCounts.push(Uint8Array.from(entries.map(([, n]) => Math.min(255, n))));
  }
  return { ids, titles, workActivityIds, ofOccupation, taskCounts };
}

function buildEducation(
  categories: readonly EducationCategoryRow[],
  rows: readonly EducationRow[],
  indexOfCode: ReadonlyMap<string, number>,
  count: number,
): (Education | null)[] {
  const labels = new Map<number, string>();
  for (const row of categories) {
    if (row.elementId === REQUIRED_EDUCATION && row.scale === 'RL')
      labels.set(row.category, row.description);
  }
  const best: (Education | null)[] = Array.from({ length: count }, () => null);
  for (const row of rows) {
    if (row.elementId !== REQUIRED_EDUCATION || row.scale !== 'RL' || row.category === null)
      continue;
    const at = indexOfCode.get(row.code);
    if (at === undefined) continue;
    const current = best[at];
    if (!current || row.percent > current.percent) {
      best[at] = {
        category: row.category,
        label: ownString(labels.get(row.category) ?? `Category ${row.category}`),
        percent: row.percent,
      };
    }
  }
  return best;
}

/** How the builder asks for one validated table: its rows, or null when the file is absent. */
export type TakeTable = <T>(spec: TableSpec<T>) => Promise<readonly T[] | null>;

/**
 * The compact catalog, built table by table: each table is asked for, folded
 * into its compact form and let go, so only one table's rows live at a time.
 * Pure apart from awaiting `take`: the same tables give the same catalog.
 */
export async function buildCatalog(take: TakeTable, release: OnetRelease | null): Promise<Catalog> {
  const rows = async <T>(spec: TableSpec<T>): Promise<readonly T[]> => (await take(spec)) ?? [];
  const source = await rows(occupationDataSpec);
  const occupationCount = source.length;
  const indexOfCode = new Map(source.map((row, index) => [ownString(row.code), index]));
  const elements = new Map(
    (await rows(contentModelSpec)).map((row) => [
      ownString(row.elementId),
      { name: ownString(row.name), description: ownString(row.description) },
    ]),
  );
  const jobZoneOf = new Map((await rows(jobZonesSpec)).map((row) => [row.code, row.jobZone]));

  const blocks: Partial<Record<DescriptorKind, RatingBlock>> = {};
  const block = async (
    kind: DescriptorKind,
    spec: TableSpec<RatingRow>,
    scale: 'IM' | 'OI',
    withLevel: boolean,
  ): Promise<readonly RatingRow[] | null> => {
    const ratings = await take(spec);
    if (ratings && ratings.length > 0)
      blocks[kind] = buildBlock(
        kind,
        ratings,
        occupationCount,
        indexOfCode,
        elements,
        scale,
        withLevel,
      );
    return ratings;
  };
  await block('skill', skillsSpec, 'IM', true);
  await block('knowledge', knowledgeSpec, 'IM', true);
  await block('ability', abilitiesSpec, 'IM', true);
  await block('work_activity', workActivitiesSpec, 'IM', true);
  await block('work_style', workStylesSpec, 'IM', false);
  const interests = (await block('interest', interestsSpec, 'OI', false)) ?? [];
  const interestRows = groupByCode(
    interests.filter((row) => HIGH_POINT_IDS.includes(row.elementId)),
    indexOfCode,
    occupationCount,
  );

  const occupations: OccupationEntry[] = source.map((row, index) => ({
    code: ownString(row.code) as OccupationCode,
    title: ownString(row.title),
    description: ownString(row.description),
    jobZone: jobZoneOf.get(row.code) ?? null,
    interestCode: blocks.interest
      ? interestCodeOf(interestRows[index] ?? [], index, blocks.interest)
      : '',
  }));

  const titles: TitleAlias[] = occupations.map((row, index) => ({
    occupation: index,
    text: row.title,
    kind: 'title',
  }));
  const addAliases = (aliases: readonly TitleRow[], kind: 'alternate' | 'reported') => {
    for (const row of aliases) {
      const occupation = indexOfCode.get(row.code);
      if (occupation !== undefined) titles.push({ occupation, text: ownString(row.title), kind });
    }
  };
  addAliases(await rows(alternateTitlesSpec), 'alternate');
  addAliases(await rows(reportedTitlesSpec), 'reported');

  const tasks: Task[][] = groupByCode(
    await rows(taskStatementsSpec),
    indexOfCode,
    occupationCount,
  ).map((group) =>
    group
      .map((row) => ({
        id: row.taskId,
        text: ownString(row.text),
        core: row.type !== 'Supplemental',
      }))
      // Core tasks first (O*NET: critical to the occupation), then by id for a stable order.
      .sort((a, b) => Number(b.core) - Number(a.core) || a.id - b.id),
  );
  const dwas = buildDwas(await rows(tasksToDwasSpec), indexOfCode, occupationCount);
  // Occupations O*NET describes by their work but has not rated borrow ratings from the closest rated ones.
  const estimates = blocks.skill ? planEstimates(dwas, blocks.skill.rated) : [];
  for (const kind of ['skill', 'knowledge', 'ability', 'work_activity', 'work_style'] as const) {
    const found = blocks[kind];
    if (found) blocks[kind] = applyEstimates(found, estimates);
  }
  const estimatedFrom = new Map(
    estimates.map((e) => [e.occupation, e.from.map((source) => source.occupation)]),
  );

  const intern = createInterner();
  const technology: Technology[][] = groupByCode(
    await rows(technologySkillsSpec),
    indexOfCode,
    occupationCount,
  ).map((group) =>
    group
      .map(({ example, commodityCode, commodityTitle, hot, inDemand }) => ({
        example: intern(example),
        commodityCode: intern(commodityCode),
        commodityTitle: intern(commodityTitle),
        hot,
        inDemand,
      }))
      .sort((a, b) => Number(b.hot) - Number(a.hot) || a.example.localeCompare(b.example)),
  );

  const jobZones = new Map<number, JobZoneInfo>(
    (await rows(jobZoneReferenceSpec)).map((row) => [
      row.jobZone,
      {
        jobZone: row.jobZone,
        name: ownString(row.name),
        experience: ownString(row.experience),
        education: ownString(row.education),
        training: ownString(row.training),
      },
    ]),
  );
  const labels = await rows(educationCategoriesSpec);
  const education = buildEducation(labels, await rows(educationSpec), indexOfCode, occupationCount);

  return {
    release,
    occupations,
    indexOfCode,
    blocks,
    dwas,
    tasks,
    technology,
    education,
    jobZones,
    titles,
    estimatedFrom,
    elements,
  };
}
