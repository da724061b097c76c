import { z } from 'zod';
import { AI_TOOL_OUTCOMES, ASSISTANCE_KINDS, LIMITS } from '@trailmap/domain';
import type {
  AiToolOutcome,
  AssistanceKind,
  CareerProduct,
  CriticalSkills,
  PlanContent,
  Roadmap,
  RolePortfolio,
  RoleRestructure,
  SkillAudit,
  Strategy,
  Vision,
} from '@trailmap/domain';

/**
 * Shapes of everything a person writes into a plan. Objects are strict:
 * an unknown key is refused rather than silently dropped, so a client that
 * sends a field we do not store learns about it instead of losing words.
 * Each schema is checked against its domain type with `satisfies`.
 */

// NUL, a high surrogate not followed by a low one, or a low one not preceded by a high one:
// one pass over each string, since a plan holds hundreds of them and every save checks all.
// eslint-disable-next-line no-control-regex -- finding NUL is the point of this pattern
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text both engines store exactly as sent. PostgreSQL cannot store U+0000,
 * and a lone UTF-16 surrogate is not a character at all (each engine would
 * replace it differently). No person types either, so both are refused.
 * `notText` is the message for a value that is not a string at all.
 *
 * The check is a plain zod check rather than `superRefine`, which makes a
 * closure and adds a property to zod's payload object on every call: a plan
 * holds nearly two hundred texts and every save checks them all (decision
 * 0024). The issue is the one `superRefine` would add.
 */
export const textSchema = (notText?: string) =>
  z.string(notText === undefined ? undefined : { error: notText }).check((payload) => {
    const text = payload.value;
    const found = UNSTORABLE.exec(text);
    if (!found) return;
    payload.issues.push({
      code: 'custom',
      message:
        found[0] === '\u0000'
          ? 'Remove the invisible NUL character (U+0000) from this text.'
          : 'This text holds a broken character (a lone UTF-16 surrogate); retype or remove it.',
      input: text,
      continue: true,
    });
  });

/** The largest version a plan or proof entry can reach: versions are 32-bit integers in storage. */
export const MAX_VERSION = 2_147_483_647;

/** A version as clients send it back (body `version`), within what storage can hold. */
export const versionSchema = z
  .number({ error: 'A version is a whole number, e.g. 3.' })
  .int('A version is a whole number, e.g. 3.')
  .positive('Versions are numbered from 1.')
  .max(MAX_VERSION, 'No plan has a version that high; send the version you last received.');

export const itemIdSchema = textSchema()
  .min(1, 'An id must not be empty.')
  .max(LIMITS.maxItemId, `An id may have at most ${LIMITS.maxItemId} characters.`);

export const shortTextSchema = textSchema().max(
  LIMITS.maxShortText,
  `Keep this under ${LIMITS.maxShortText} characters.`,
);
export const longTextSchema = textSchema().max(
  LIMITS.maxLongText,
  `Keep this under ${LIMITS.maxLongText} characters.`,
);

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether the day exists in the (proleptic Gregorian) calendar, as Date reads
 * `${value}T00:00:00Z` and writes it back. Dates of the expected shape are
 * checked by arithmetic, which makes no Date and no string; anything else
 * (already refused by the shape check) is asked of Date as before.
 */
function isRealCalendarDate(value: string): boolean {
  const parts = DATE_SHAPE.exec(value);
  if (parts === null) {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }
  const year = Number(parts[1]);
  const month = Number(parts[2]);
  const day = Number(parts[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date written as YYYY-MM-DD, e.g. 2027-03-31.')
  .refine(isRealCalendarDate, 'This date does not exist in the calendar.');

export const isoDateTimeSchema = z.iso.datetime({ offset: true });

const list = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.array(item).max(max, `Keep at most ${max} ${what}.`);

export const textItemSchema = z.strictObject({ id: itemIdSchema, text: longTextSchema });
const textItems = (what: string) => list(textItemSchema, LIMITS.maxTextItemsPerList, what);

export const strategySchema = z.strictObject({
  gratifyingWork: longTextSchema,
  values: z
    .array(z.strictObject({ id: itemIdSchema, phrase: shortTextSchema }))
    .max(
      LIMITS.maxValues,
      `A strategy holds at most ${LIMITS.maxValues} values: keep the ones you most want to be known for.`,
    ),
  overlaps: list(
    z.strictObject({
      valueIds: z
        .array(itemIdSchema)
        .min(2, 'An overlap joins at least two values.')
        .max(
          LIMITS.maxOverlapValues,
          `An overlap joins at most ${LIMITS.maxOverlapValues} values.`,
        ),
      line: longTextSchema,
    }),
    26,
    'overlap lines',
  ),
}) satisfies z.ZodType<Strategy>;

const ratingSchema = z
  .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)], {
    error: 'Rate from 1 to 5, or leave it unrated (null).',
  })
  .nullable();

export const careerProductSchema = z.strictObject({
  problemsSolved: textItems('problems'),
  reliedOnFor: textItems('entries'),
  outcomesImproved: textItems('outcomes'),
  proposition: z.strictObject({
    who: longTextSchema,
    problems: longTextSchema,
    result: longTextSchema,
  }),
  drivers: z.strictObject({
    problemDifficulty: ratingSchema,
    speedAndQuality: ratingSchema,
    styleAndInfluence: ratingSchema,
    communicatingValue: ratingSchema,
  }),
}) satisfies z.ZodType<CareerProduct>;

export const visionSchema = z.strictObject({
  problems: textItems('problems'),
  teams: textItems('teams or leaders'),
  impact: longTextSchema,
  statement: longTextSchema,
}) satisfies z.ZodType<Vision>;

const skillSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('free') }),
  z.strictObject({
    kind: z.literal('taxonomy'),
    taxonomy: z.enum(['skill', 'knowledge', 'work_activity', 'technology']),
    elementId: textSchema().min(1).max(64),
  }),
]);

export const criticalSkillsSchema = z.strictObject({
  skills: z
    .array(z.strictObject({ id: itemIdSchema, name: shortTextSchema, source: skillSourceSchema }))
    .max(
      LIMITS.maxCriticalSkills,
      `Choose at most ${LIMITS.maxCriticalSkills} critical skills; three is the aim.`,
    ),
}) satisfies z.ZodType<CriticalSkills>;

const answerSchema = z.boolean().nullable();

export const skillAuditSchema = z.strictObject({
  answers: list(
    z.strictObject({
      skillId: itemIdSchema,
      usesNow: answerSchema,
      confidentUnderPressure: answerSchema,
      trustedByOthers: answerSchema,
      couldTeach: answerSchema,
    }),
    LIMITS.maxCriticalSkills,
    'audited skills',
  ),
  strengthIds: z
    .array(itemIdSchema)
    .max(LIMITS.maxStrengths, `Pick one or two strengths, not more than ${LIMITS.maxStrengths}.`),
  mustBuildId: itemIdSchema.nullable(),
}) satisfies z.ZodType<SkillAudit>;

/** An O*NET-SOC code such as `15-1252.00`. */
export const occupationCodeSchema = z
  .string()
  .regex(/^\d{2}-\d{4}\.\d{2}$/, 'An occupation code looks like 15-1252.00.');

export const roadmapSchema = z.strictObject({
  targetRoles: z
    .array(
      z.strictObject({
        id: itemIdSchema,
        title: shortTextSchema,
        occupationCode: occupationCodeSchema.nullable(),
        problems: longTextSchema,
        success: longTextSchema,
        visionProblemIds: list(itemIdSchema, LIMITS.maxTextItemsPerList, 'linked vision problems'),
        capabilityTargets: list(
          z.strictObject({ id: itemIdSchema, text: longTextSchema }),
          LIMITS.maxCapabilityTargetsPerRole,
          'capability targets per role',
        ),
      }),
    )
    .max(
      LIMITS.maxTargetRoles,
      `Name one or two target roles, not more than ${LIMITS.maxTargetRoles}; put other options in the role portfolio.`,
    ),
  actions: list(
    z.strictObject({
      id: itemIdSchema,
      title: shortTextSchema,
      kind: z.enum(['project', 'relationship', 'habit']),
      capabilityTargetId: itemIdSchema.nullable(),
      dueDate: isoDateSchema.nullable(),
      status: z.enum(['planned', 'in_progress', 'done', 'dropped']),
      notes: longTextSchema,
    }),
    LIMITS.maxActions,
    'short-term actions',
  ),
}) satisfies z.ZodType<Roadmap>;

export const rolePortfolioSchema = z.strictObject({
  entries: list(
    z.strictObject({
      id: itemIdSchema,
      lane: z.enum(['next', 'ideal', 'adjacent', 'cross_functional']),
      title: shortTextSchema,
      occupationCode: occupationCodeSchema.nullable(),
      notes: longTextSchema,
      skillIds: list(itemIdSchema, LIMITS.maxCriticalSkills, 'linked skills'),
    }),
    LIMITS.maxPortfolioEntries,
    'portfolio entries',
  ),
  /** Optional so that plans saved before it existed still load. */
  currentOccupation: z
    .strictObject({ code: occupationCodeSchema, title: shortTextSchema })
    .nullable()
    .optional(),
}) satisfies z.ZodType<RolePortfolio>;

const hoursPerWeekSchema = z
  .number({ error: 'Hours per week must be a number.' })
  .finite()
  .min(0, 'Hours per week cannot be negative.')
  .max(LIMITS.hoursInWeek, `A week has ${LIMITS.hoursInWeek} hours; enter fewer.`);

export const roleRestructureSchema = z.strictObject({
  tasks: list(
    z.strictObject({
      id: itemIdSchema,
      name: shortTextSchema,
      hoursPerWeek: hoursPerWeekSchema,
      value: z.enum(['low', 'medium', 'high']),
      decision: z.enum(['eliminate', 'delegate', 'automate', 'keep']).nullable(),
    }),
    LIMITS.maxRecurringTasks,
    'recurring tasks',
  ),
  reinvestmentHoursPerWeek: z.strictObject({
    highImpactProjects: hoursPerWeekSchema,
    crossTeamCollaboration: hoursPerWeekSchema,
    skillPractice: hoursPerWeekSchema,
    visibility: hoursPerWeekSchema,
  }),
  /** Optional so that plans saved before the AI backpack existed still load. */
  aiBackpack: list(
    z.strictObject({
      id: itemIdSchema,
      forTaskId: itemIdSchema.nullable(),
      forSkillId: itemIdSchema.nullable(),
      assistanceKind: z.enum(
        ASSISTANCE_KINDS.map((k) => k.kind) as [AssistanceKind, ...AssistanceKind[]],
      ),
      tool: shortTextSchema,
      notes: longTextSchema,
      outcome: z.enum(AI_TOOL_OUTCOMES as [AiToolOutcome, ...AiToolOutcome[]]),
    }),
    LIMITS.maxAiBackpackEntries,
    'AI backpack entries',
  ).optional(),
}) satisfies z.ZodType<RoleRestructure>;

export const planContentSchema = z.strictObject({
  strategy: strategySchema,
  steps: z.strictObject({
    product: careerProductSchema,
    vision: visionSchema,
    skills: criticalSkillsSchema,
    audit: skillAuditSchema,
    roadmap: roadmapSchema,
    portfolio: rolePortfolioSchema,
    restructure: roleRestructureSchema,
  }),
  knownFor: longTextSchema,
}) satisfies z.ZodType<PlanContent>;
