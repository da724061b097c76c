/**
 * fast-check arbitraries shared by the domain's property tests. Only
 * `*.test.ts` files import this module: the domain itself stays free of npm
 * packages.
 *
 * Two families:
 * - `arbitrary…` draw loose content: ids from a tiny pool so they collide,
 *   links that may point nowhere, whitespace-only text. For "never throws,
 *   stays in range" properties.
 * - `arbitraryValid…` draw content that breaks no hard rule by construction:
 *   unique ids, links to existing items, counts and hours within limits.
 */
import fc from 'fast-check';
import { LIMITS } from './limits.ts';
import type {
  Answer,
  EdaDecision,
  PlanContent,
  RecurringTask,
  Reinvestment,
  SkillAuditAnswers,
  Strategy,
  StrategyValue,
  TextItem,
  ValueOverlap,
} from './model.ts';

const idPool = ['a', 'b', 'c', 'd', 'e', 'f'];

export const arbitraryLooseId = (): fc.Arbitrary<string> => fc.constantFrom(...idPool);

/** Short text that is sometimes empty or only whitespace. */
export const arbitraryText = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constant(''),
    fc.constantFrom(' ', '  \n\t '),
    fc.string({ maxLength: 20 }),
    fc.constantFrom('builds trust', 'simplifies', 'Lead the review', 'teaches others'),
  );

export const arbitraryAnswer = (): fc.Arbitrary<Answer> => fc.constantFrom(true, false, null);

export const arbitraryAuditAnswers = (
  skillId: fc.Arbitrary<string> = arbitraryLooseId(),
): fc.Arbitrary<SkillAuditAnswers> =>
  fc.record({
    skillId,
    usesNow: arbitraryAnswer(),
    confidentUnderPressure: arbitraryAnswer(),
    trustedByOthers: arbitraryAnswer(),
    couldTeach: arbitraryAnswer(),
  });

export const arbitraryDecision = (): fc.Arbitrary<EdaDecision | null> =>
  fc.constantFrom('eliminate', 'delegate', 'automate', 'keep', null);

/** Hours in quarter-hour steps, as the form allows, from 0 to `maxHours`. */
export const arbitraryQuarterHours = (maxHours: number): fc.Arbitrary<number> =>
  fc.integer({ min: 0, max: Math.floor(maxHours * 4) }).map((quarters) => quarters / 4);

export const arbitraryTask = (
  id: fc.Arbitrary<string> = arbitraryLooseId(),
  maxHours: number = LIMITS.hoursInWeek,
): fc.Arbitrary<RecurringTask> =>
  fc.record({
    id,
    name: arbitraryText(),
    hoursPerWeek: arbitraryQuarterHours(maxHours),
    value: fc.constantFrom('low', 'medium', 'high'),
    decision: arbitraryDecision(),
  });

export const arbitraryReinvestment = (maxEach = 40): fc.Arbitrary<Reinvestment> =>
  fc.record({
    highImpactProjects: arbitraryQuarterHours(maxEach),
    crossTeamCollaboration: arbitraryQuarterHours(maxEach),
    skillPractice: arbitraryQuarterHours(maxEach),
    visibility: arbitraryQuarterHours(maxEach),
  });

const arbitraryTextItems = (): fc.Arbitrary<TextItem[]> =>
  fc.array(fc.record({ id: arbitraryLooseId(), text: arbitraryText() }), { maxLength: 4 });

/** A strategy whose values have unique ids and whose overlaps join 2–4 of them, each set once. */
export const arbitraryValidStrategy = (): fc.Arbitrary<Strategy> =>
  fc
    .record({
      gratifyingWork: arbitraryText(),
      phrases: fc.array(arbitraryText(), { maxLength: LIMITS.maxValues }),
      overlapSets: fc.array(
        fc.subarray(idPool.slice(0, LIMITS.maxValues), { minLength: 2, maxLength: 4 }),
        {
          maxLength: 4,
        },
      ),
      lines: fc.array(arbitraryText(), { minLength: 4, maxLength: 4 }),
    })
    .map(({ gratifyingWork, phrases, overlapSets, lines }) => {
      const values: StrategyValue[] = phrases.map((phrase, index) => ({
        id: idPool[index] ?? `v${index}`,
        phrase,
      }));
      const known = new Set(values.map((value) => value.id));
      const seen = new Set<string>();
      const overlaps: ValueOverlap[] = [];
      overlapSets.forEach((set, index) => {
        const valueIds = set.filter((id) => known.has(id));
        const key = [...valueIds].sort().join(',');
        if (valueIds.length < 2 || seen.has(key)) return;
        seen.add(key);
        overlaps.push({ valueIds, line: lines[index] ?? '' });
      });
      return { gratifyingWork, values, overlaps };
    });

/** Any strategy, including colliding value ids and overlaps that point nowhere. */
export const arbitraryStrategy = (): fc.Arbitrary<Strategy> =>
  fc.record({
    gratifyingWork: arbitraryText(),
    values: fc.array(fc.record({ id: arbitraryLooseId(), phrase: arbitraryText() }), {
      maxLength: 6,
    }),
    overlaps: fc.array(
      fc.record({
        valueIds: fc.array(arbitraryLooseId(), { maxLength: 5 }),
        line: arbitraryText(),
      }),
      { maxLength: 4 },
    ),
  });

/** Loose plan content: anything a buggy or hostile client could send past the schema. */
export const arbitraryPlanContent = (): fc.Arbitrary<PlanContent> =>
  fc.record({
    strategy: arbitraryStrategy(),
    knownFor: arbitraryText(),
    steps: fc.record({
      product: fc.record({
        problemsSolved: arbitraryTextItems(),
        reliedOnFor: arbitraryTextItems(),
        outcomesImproved: arbitraryTextItems(),
        proposition: fc.record({
          who: arbitraryText(),
          problems: arbitraryText(),
          result: arbitraryText(),
        }),
        drivers: fc.record({
          problemDifficulty: fc.constantFrom(1, 2, 3, 4, 5, null),
          speedAndQuality: fc.constantFrom(1, 2, 3, 4, 5, null),
          styleAndInfluence: fc.constantFrom(1, 2, 3, 4, 5, null),
          communicatingValue: fc.constantFrom(1, 2, 3, 4, 5, null),
        }),
      }),
      vision: fc.record({
        problems: arbitraryTextItems(),
        teams: arbitraryTextItems(),
        impact: arbitraryText(),
        statement: arbitraryText(),
      }),
      skills: fc.record({
        skills: fc.array(
          fc.record({
            id: arbitraryLooseId(),
            name: arbitraryText(),
            source: fc.constant({ kind: 'free' as const }),
          }),
          { maxLength: 6 },
        ),
      }),
      audit: fc.record({
        answers: fc.array(arbitraryAuditAnswers(), { maxLength: 6 }),
        strengthIds: fc.array(arbitraryLooseId(), { maxLength: 3 }),
        mustBuildId: fc.option(arbitraryLooseId()),
      }),
      roadmap: fc.record({
        targetRoles: fc.array(
          fc.record({
            id: arbitraryLooseId(),
            title: arbitraryText(),
            occupationCode: fc.constant(null),
            problems: arbitraryText(),
            success: arbitraryText(),
            visionProblemIds: fc.array(arbitraryLooseId(), { maxLength: 3 }),
            capabilityTargets: fc.array(
              fc.record({ id: arbitraryLooseId(), text: arbitraryText() }),
              {
                maxLength: 3,
              },
            ),
          }),
          { maxLength: 3 },
        ),
        actions: fc.array(
          fc.record({
            id: arbitraryLooseId(),
            title: arbitraryText(),
            kind: fc.constantFrom('project', 'relationship', 'habit'),
            capabilityTargetId: fc.option(arbitraryLooseId()),
            dueDate: fc.option(fc.constantFrom('2026-01-31', '2027-06-30')),
            status: fc.constantFrom('planned', 'in_progress', 'done', 'dropped'),
            notes: arbitraryText(),
          }),
          { maxLength: 5 },
        ),
      }),
      portfolio: fc.record({
        entries: fc.array(
          fc.record({
            id: arbitraryLooseId(),
            lane: fc.constantFrom('next', 'ideal', 'adjacent', 'cross_functional'),
            title: arbitraryText(),
            occupationCode: fc.constant(null),
            notes: arbitraryText(),
            skillIds: fc.array(arbitraryLooseId(), { maxLength: 3 }),
          }),
          { maxLength: 5 },
        ),
      }),
      restructure: fc.record({
        tasks: fc.array(arbitraryTask(arbitraryLooseId(), 60), { maxLength: 6 }),
        reinvestmentHoursPerWeek: arbitraryReinvestment(),
      }),
    }),
  });

/** Keeps the first item per id, so a loose list becomes one with unique ids. */
function uniqueById<T extends { readonly id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(item.id) ? false : (seen.add(item.id), true)));
}

const pickKnown = (ids: readonly string[], known: ReadonlySet<string>): string[] => [
  ...new Set(ids.filter((id) => known.has(id))),
];

/**
 * Plan content that breaks no hard rule: the loose content repaired — ids made
 * unique, dangling links dropped, counts cut to the limits, hours kept within
 * a week — so it still covers partly written plans.
 */
export const arbitraryValidPlanContent = (): fc.Arbitrary<PlanContent> =>
  fc.tuple(arbitraryPlanContent(), arbitraryValidStrategy()).map(([loose, strategy]) => {
    const { steps } = loose;
    const skills = uniqueById(steps.skills.skills).slice(0, LIMITS.maxCriticalSkills);
    const skillIds = new Set(skills.map((skill) => skill.id));
    const visionProblems = uniqueById(steps.vision.problems);
    const visionProblemIds = new Set(visionProblems.map((problem) => problem.id));

    const seenTargets = new Set<string>();
    const targetRoles = uniqueById(steps.roadmap.targetRoles)
      .slice(0, LIMITS.maxTargetRoles)
      .map((role) => ({
        ...role,
        visionProblemIds: pickKnown(role.visionProblemIds, visionProblemIds),
        capabilityTargets: role.capabilityTargets.filter((target) =>
          seenTargets.has(target.id) ? false : (seenTargets.add(target.id), true),
        ),
      }));
    const actions = uniqueById(steps.roadmap.actions).map((action) => ({
      ...action,
      capabilityTargetId:
        action.capabilityTargetId !== null && seenTargets.has(action.capabilityTargetId)
          ? action.capabilityTargetId
          : null,
    }));

    const seenAnswers = new Set<string>();
    const answers = steps.audit.answers.filter((row) =>
      !skillIds.has(row.skillId) || seenAnswers.has(row.skillId)
        ? false
        : (seenAnswers.add(row.skillId), true),
    );
    const strengthIds = pickKnown(steps.audit.strengthIds, skillIds).slice(0, LIMITS.maxStrengths);
    const mustBuildId =
      steps.audit.mustBuildId !== null && skillIds.has(steps.audit.mustBuildId)
        ? steps.audit.mustBuildId
        : null;

    // Six tasks of at most 28 hours fit in a week.
    const tasks = uniqueById(steps.restructure.tasks).map((task) => ({
      ...task,
      hoursPerWeek: Math.min(task.hoursPerWeek, 28),
    }));

    return {
      strategy,
      knownFor: loose.knownFor,
      steps: {
        product: {
          ...steps.product,
          problemsSolved: uniqueById(steps.product.problemsSolved),
          reliedOnFor: uniqueById(steps.product.reliedOnFor),
          outcomesImproved: uniqueById(steps.product.outcomesImproved),
        },
        vision: {
          ...steps.vision,
          problems: visionProblems,
          teams: uniqueById(steps.vision.teams),
        },
        skills: { skills },
        audit: { answers, strengthIds, mustBuildId },
        roadmap: { targetRoles, actions },
        portfolio: {
          entries: uniqueById(steps.portfolio.entries).map((entry) => ({
            ...entry,
            skillIds: pickKnown(entry.skillIds, skillIds),
          })),
        },
        restructure: {
          tasks,
          reinvestmentHoursPerWeek: steps.restructure.reinvestmentHoursPerWeek,
        },
      },
    };
  });

/** The same shape without `readonly`, for tests that edit a copy of a plan. */
export type DeepMutable<T> = T extends readonly (infer U)[]
  ? DeepMutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
    : T;

/** A deep copy of `content` with `edit` applied; the original is left untouched. */
export function editPlan(
  content: PlanContent,
  edit: (draft: DeepMutable<PlanContent>) => void,
): PlanContent {
  const draft = structuredClone(content) as DeepMutable<PlanContent>;
  edit(draft);
  return draft;
}

/** Follows a JSON path; undefined when some step does not exist. */
export function valueAtPath(root: unknown, path: readonly (string | number)[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
