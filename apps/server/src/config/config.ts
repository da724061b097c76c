import { resolve } from 'node:path';
import { z } from 'zod';
import type { DatabaseConfig } from '@trailmap/db';

const envSchema = z.object({
  PORT: z.coerce
    .number({ error: 'PORT must be a number, e.g. 3000.' })
    .int()
    .min(0)
    .max(65535, 'PORT must be between 0 and 65535.')
    .default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? v.trim() : undefined))
    .refine(
      (v) => v === undefined || /^postgres(ql)?:\/\//.test(v),
      'DATABASE_URL must be a postgres:// URL; leave it unset to use SQLite.',
    ),
  TRAILMAP_SQLITE_PATH: z.string().min(1).default('./data/trailmap.db'),
  TRAILMAP_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(2 * 1024 * 1024),
  TRAILMAP_PLAN_CACHE_ENTRIES: z.coerce.number().int().min(0).default(200),
  TRAILMAP_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseConfig;
  readonly bodyLimitBytes: number;
  readonly logLevel: string;
  /** How many plans' JSON the server keeps for fast reads; 0 turns it off. */
  readonly planCacheEntries: number;
}

export class ConfigError extends Error {}

/** Reads the environment once, at boot. Nothing else in the server reads process.env. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Trailmap cannot start; fix these settings:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { engine: 'postgres', url: e.DATABASE_URL }
      : { engine: 'sqlite', path: resolve(e.TRAILMAP_SQLITE_PATH) },
    bodyLimitBytes: e.TRAILMAP_BODY_LIMIT_BYTES,
    logLevel: e.TRAILMAP_LOG_LEVEL,
    planCacheEntries: e.TRAILMAP_PLAN_CACHE_ENTRIES,
  };
}
