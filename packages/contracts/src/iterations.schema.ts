import { z } from 'zod';
import type { StrategyComparison } from '@trailmap/domain';
import { strategyIterationSchema } from './plans.schema.ts';

const valueSchema = z.strictObject({ id: z.string(), phrase: z.string() });
const overlapSchema = z.strictObject({ valueIds: z.array(z.string()), line: z.string() });

/** What changed from iteration a to iteration b (see compareStrategies in the domain). */
export const strategyComparisonSchema = z.strictObject({
  changed: z.boolean(),
  gratifyingWork: z.strictObject({
    changed: z.boolean(),
    diff: z.array(z.strictObject({ op: z.enum(['same', 'added', 'removed']), text: z.string() })),
  }),
  values: z.strictObject({
    added: z.array(valueSchema),
    removed: z.array(valueSchema),
    changed: z.array(z.strictObject({ id: z.string(), before: valueSchema, after: valueSchema })),
    unchanged: z.array(valueSchema),
  }),
  overlaps: z.strictObject({
    added: z.array(overlapSchema),
    removed: z.array(overlapSchema),
    changed: z.array(
      z.strictObject({
        valueIds: z.array(z.string()),
        before: overlapSchema,
        after: overlapSchema,
      }),
    ),
    unchanged: z.array(overlapSchema),
  }),
}) satisfies z.ZodType<StrategyComparison>;

export const iterationComparisonResponseSchema = z.strictObject({
  a: strategyIterationSchema,
  b: strategyIterationSchema,
  changes: strategyComparisonSchema,
});
