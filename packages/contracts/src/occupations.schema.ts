import { z } from 'zod';
import {
  criticalSkillsSchema,
  occupationCodeSchema,
  roadmapSchema,
  skillAuditSchema,
} from './plan-content.schema.ts';
import { studySourceSchema } from './ai-exposure.schema.ts';

/**
 * Occupation intelligence over O*NET: search, profiles, similar roles, a
 * person's recommendations, skill gaps, role portfolio and pathways.
 * Scores named `score`/`similarity` are 0–1; fields ending in `Percent` are 0–100.
 */

const unitScore = z.number().min(0).max(1);
const percent = z.number().int().min(0).max(100);

/** A whole number in a query string, within bounds, with a message that names them. */
const queryCount = (name: string, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, `${name} is a whole number from 1 to ${max}, written in digits.`)
    .transform(Number)
    .pipe(
      z.number().min(1, `${name} must be at least 1.`).max(max, `${name} can be at most ${max}.`),
    )
    .optional()
    .transform((v) => v ?? fallback);

const bodyCount = (name: string, max: number) =>
  z
    .number({ error: `${name} is a whole number from 1 to ${max}.` })
    .int(`${name} is a whole number from 1 to ${max}.`)
    .min(1, `${name} must be at least 1.`)
    .max(max, `${name} can be at most ${max}.`)
    .optional();

export const occupationCodeParamsSchema = z.strictObject({ code: occupationCodeSchema });

export const occupationSearchQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1, 'Type part of a job title to search for, e.g. "software engineer".')
    .max(100, 'Search with at most 100 characters.'),
  limit: queryCount('limit', 50, 10),
});

export const occupationSearchResponseSchema = z.strictObject({
  results: z.array(
    z.strictObject({
      code: occupationCodeSchema,
      title: z.string(),
      /** The title, alternate title or reported title that matched. */
      matched: z.string(),
      score: unitScore,
    }),
  ),
});

/** The taxonomies a critical skill can be picked from. */
export const elementTaxonomySchema = z.enum(['skill', 'knowledge', 'work_activity', 'technology']);

export const elementSearchQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .min(
      1,
      'Type part of a skill, knowledge area, work activity or technology, e.g. "negotiation".',
    )
    .max(100, 'Search with at most 100 characters.'),
  /** Comma-separated taxonomies to search; all four when absent. */
  taxonomy: z
    .string()
    .transform((text) => text.split(',').map((part) => part.trim()))
    .pipe(
      z
        .array(elementTaxonomySchema, {
          error: 'taxonomy lists skill, knowledge, work_activity or technology, comma-separated.',
        })
        .min(1),
    )
    .optional(),
  limit: queryCount('limit', 50, 10),
});

export const elementSearchResponseSchema = z.strictObject({
  results: z.array(
    z.strictObject({
      taxonomy: elementTaxonomySchema,
      /** Element id such as `2.A.2.a`; for technology the UNSPSC commodity code. */
      elementId: z.string(),
      name: z.string(),
      /** The element's description; for technology the commodity it belongs to. */
      description: z.string(),
      /** Technology listed as a hot technology for at least one occupation. */
      hot: z.boolean(),
      score: unitScore,
    }),
  ),
});

export const dataSourceSchema = z.strictObject({
  release: z.string(),
  attribution: z.string(),
  licenseUrl: z.string(),
});

const descriptorKindSchema = z.enum([
  'skill',
  'knowledge',
  'ability',
  'work_activity',
  'work_style',
  'interest',
  'detailed_work_activity',
]);

const ratedDescriptorSchema = z.strictObject({
  elementId: z.string(),
  name: z.string(),
  description: z.string(),
  /** 1–5. */
  importance: z.number().nullable(),
  /** 0–7; null for families rated on importance only. */
  level: z.number().nullable(),
});

export const occupationProfileSchema = z.strictObject({
  code: occupationCodeSchema,
  title: z.string(),
  description: z.string(),
  /**
   * Where skill, knowledge and work-style ratings come from: O*NET; estimated
   * from the occupations in `estimatedFrom` (O*NET lists their work but has not
   * rated them yet); or none at all (many "All Other" codes).
   */
  ratings: z.enum(['onet', 'estimated', 'none']),
  estimatedFrom: z.array(z.strictObject({ code: occupationCodeSchema, title: z.string() })),
  jobZone: z
    .strictObject({
      zone: z.number().int().min(1).max(5),
      name: z.string(),
      experience: z.string(),
      education: z.string(),
      training: z.string(),
    })
    .nullable(),
  education: z
    .strictObject({ category: z.number().int(), label: z.string(), percent: z.number() })
    .nullable(),
  interests: z.strictObject({
    /** RIASEC high points, e.g. `IC` (Investigative, Conventional). */
    code: z.string(),
    scores: z.array(z.strictObject({ elementId: z.string(), name: z.string(), score: z.number() })),
  }),
  skills: z.array(ratedDescriptorSchema),
  knowledge: z.array(ratedDescriptorSchema),
  abilities: z.array(ratedDescriptorSchema),
  workActivities: z.array(ratedDescriptorSchema),
  workStyles: z.array(ratedDescriptorSchema),
  tasks: z.array(z.strictObject({ id: z.number().int(), text: z.string(), core: z.boolean() })),
  detailedWorkActivities: z.array(
    z.strictObject({ id: z.string(), title: z.string(), tasks: z.number().int() }),
  ),
  technology: z.array(
    z.strictObject({
      example: z.string(),
      commodityCode: z.string(),
      commodityTitle: z.string(),
      hot: z.boolean(),
      inDemand: z.boolean(),
    }),
  ),
  source: dataSourceSchema,
});

/** One descriptor seen from two sides: where you are (`from`) and where you look (`to`). */
export const descriptorComparisonSchema = z.strictObject({
  kind: descriptorKindSchema,
  elementId: z.string(),
  name: z.string(),
  from: z.strictObject({ importance: z.number().nullable(), level: z.number().nullable() }),
  to: z.strictObject({ importance: z.number().nullable(), level: z.number().nullable() }),
});

export const similarQuerySchema = z.strictObject({ limit: queryCount('limit', 100, 10) });

export const similarOccupationsResponseSchema = z.strictObject({
  results: z.array(
    z.strictObject({
      code: occupationCodeSchema,
      title: z.string(),
      jobZone: z.number().int().nullable(),
      score: unitScore,
      /** Strongest descriptors both occupations rely on. */
      shared: z.array(descriptorComparisonSchema),
      /** What the other occupation asks for most beyond this one. */
      gaps: z.array(descriptorComparisonSchema),
    }),
  ),
});

/** The parts of a plan that describe the person: where they are, and the skills they chose and audited. */
export const personProfileSchema = z.strictObject({
  currentOccupationCode: occupationCodeSchema.nullable(),
  skills: criticalSkillsSchema.shape.skills,
  audit: skillAuditSchema,
});

export const recommendationsRequestSchema = personProfileSchema.extend({
  limit: bodyCount('limit', 50),
});

export const skillMappingSchema = z.strictObject({
  skillId: z.string(),
  name: z.string(),
  /** How the skill was tied to O*NET: by its taxonomy id, or by the words of its name. */
  via: z.enum(['element', 'text']),
  kind: descriptorKindSchema.or(z.literal('technology')),
  elementId: z.string(),
  elementName: z.string(),
  confidence: unitScore,
  /** Audit level 0–4, null when not audited. */
  auditLevel: z.number().int().min(0).max(4).nullable(),
});

/** A skill of the plan, by id and name. */
const planSkillRefSchema = z.strictObject({ skillId: z.string(), name: z.string() });

/** How the plan's critical skills were tied to O*NET, reported by every person-based answer. */
const skillMappingsShape = {
  mappedSkills: z.array(skillMappingSchema),
  /** Skills no O*NET descriptor matched closely enough. */
  unmappedSkills: z.array(planSkillRefSchema),
};

export const recommendationsResponseSchema = z.strictObject({
  results: z.array(
    z.strictObject({
      code: occupationCodeSchema,
      title: z.string(),
      jobZone: z.number().int().nullable(),
      score: unitScore,
      /** Descriptor similarity to the person's profile. */
      similarity: unitScore,
      /** How much the role relies on the person's critical skills. */
      criticalSkillFit: unitScore,
      overlapPercent: percent,
      /** Critical skills (ids) the role would exercise. */
      buildsSkillIds: z.array(z.string()),
    }),
  ),
  ...skillMappingsShape,
});

export const gapItemSchema = z.strictObject({
  kind: descriptorKindSchema.or(z.literal('technology')),
  elementId: z.string(),
  name: z.string(),
  /** How important the target role rates it, 1–5 (technology: 5 when hot, 3 otherwise). */
  importance: z.number(),
  /** The level the target role asks for, 0–7. */
  targetLevel: z.number(),
  /** The level you have, 0–7, and where that estimate comes from. */
  yourLevel: z.number(),
  yourLevelBasis: z.enum(['audit', 'current_occupation', 'unknown']),
  /** Shortfall as a share of the 0–7 scale. */
  shortfall: unitScore,
  /** Importance × shortfall, 0–1: the order of the list. */
  priority: unitScore,
  /** The plan's own skill this gap is about, when one maps to it. */
  planSkill: planSkillRefSchema.nullable(),
});

export const gapRequestSchema = personProfileSchema.extend({ limit: bodyCount('limit', 100) });

export const gapResponseSchema = z.strictObject({
  code: occupationCodeSchema,
  title: z.string(),
  /** Share of the role's importance-weighted requirements you already meet. */
  overlapPercent: percent,
  items: z.array(gapItemSchema),
  ...skillMappingsShape,
});

export const portfolioRequestSchema = personProfileSchema.extend({
  targetRoles: roadmapSchema.shape.targetRoles,
  perLane: bodyCount('perLane', 10),
});

export const portfolioSuggestionSchema = z.strictObject({
  lane: z.enum(['next', 'ideal', 'adjacent', 'cross_functional']),
  code: occupationCodeSchema,
  title: z.string(),
  jobZone: z.number().int().nullable(),
  /** Why it is in this lane, in a sentence. */
  reason: z.string(),
  similarity: unitScore,
  overlapPercent: percent,
  criticalSkillOverlapPercent: percent,
  gap: z.array(gapItemSchema),
  buildsSkillIds: z.array(z.string()),
  capabilityTargets: z.array(
    z.strictObject({
      targetRoleId: z.string(),
      capabilityTargetId: z.string(),
      text: z.string(),
      /** The part of the role's work that matches it. */
      because: z.string(),
    }),
  ),
});

export const portfolioResponseSchema = z.strictObject({
  next: z.array(portfolioSuggestionSchema),
  ideal: z.array(portfolioSuggestionSchema),
  adjacent: z.array(portfolioSuggestionSchema),
  crossFunctional: z.array(portfolioSuggestionSchema),
  ...skillMappingsShape,
});

export const pathwaysQuerySchema = z.strictObject({
  to: occupationCodeSchema,
  k: queryCount('k', 5, 3),
});

const occupationRefSchema = z.strictObject({ code: occupationCodeSchema, title: z.string() });

export const pathwaysResponseSchema = z.strictObject({
  from: occupationRefSchema,
  to: occupationRefSchema,
  paths: z.array(
    z.strictObject({
      /** Geometric mean of the hops' similarities. */
      score: unitScore,
      hops: z.array(
        z.strictObject({
          from: occupationRefSchema,
          to: occupationRefSchema.extend({ jobZone: z.number().int().nullable() }),
          similarity: unitScore,
          /** What you would build in this step: the biggest gaps from the previous role. */
          build: z.array(descriptorComparisonSchema),
          /** What carries over. */
          carry: z.array(descriptorComparisonSchema),
        }),
      ),
    }),
  ),
});

export const aboutResponseSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  occupationData: z.strictObject({
    status: z.enum(['ready', 'loading', 'missing', 'failed']),
    /** What to do when the data is not ready; null when it is. */
    message: z.string().nullable(),
    release: z.strictObject({ version: z.string(), label: z.string() }).nullable(),
    attribution: z.string(),
    licenseUrl: z.string(),
    occupations: z.number().int().nullable(),
    ratedOccupations: z.number().int().nullable(),
    rejectedRows: z.number().int().nullable(),
    loadMs: z.number().int().nullable(),
  }),
  /** The AI-exposure studies: each with what it measures, what it does not, licence and attribution. */
  aiExposureData: z.strictObject({
    status: z.enum(['ready', 'loading', 'missing', 'failed']),
    /** What to do when the studies are not ready; null when they are. */
    message: z.string().nullable(),
    studies: z.array(
      studySourceSchema.extend({
        /** The published version Trailmap was built against. */
        version: z.string(),
        /** Whether this server read the study's files; null until loading has ended. */
        installed: z.boolean().nullable(),
      }),
    ),
    rejectedRows: z.number().int().nullable(),
  }),
});
