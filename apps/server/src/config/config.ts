import { resolve } from 'node:path';
import { z } from 'zod';
import type { DatabaseConfig } from '@trailmap/db';

/** An empty or blank variable counts as unset, so `PORT=` does not silently mean port 0. */
const optional = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === '' ? undefined : value))
    .pipe(schema.optional());

/** A whole number written in plain digits (no `0x1F90`, `8e3` or blanks). */
const wholeNumber = (name: string, example: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${name} must be a whole number written in digits, e.g. ${example}.`)
    .transform(Number);

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

const envSchema = z.object({
  PORT: optional(
    wholeNumber('PORT', '3000').pipe(z.number().max(65535, 'PORT must be between 0 and 65535.')),
  ).transform((v) => v ?? 3000),
  HOST: optional(z.string().trim()).transform((v) => v ?? '127.0.0.1'),
  DATABASE_URL: optional(
    z
      .string()
      .trim()
      .refine(
        (v) => /^postgres(ql)?:\/\//.test(v),
        'DATABASE_URL must be a postgres:// URL; leave it unset to use SQLite.',
      ),
  ),
  TRAILMAP_SQLITE_PATH: optional(
    z
      .string()
      .refine(
        (v) => v !== ':memory:',
        'TRAILMAP_SQLITE_PATH must name a file; plans in memory would be lost.',
      ),
  ).transform((v) => v ?? './data/trailmap.db'),
  TRAILMAP_BODY_LIMIT_BYTES: optional(
    wholeNumber('TRAILMAP_BODY_LIMIT_BYTES', '2097152'),
  ).transform((v) => v ?? 2 * 1024 * 1024),
  TRAILMAP_PLAN_CACHE_ENTRIES: optional(
    wholeNumber('TRAILMAP_PLAN_CACHE_ENTRIES', '200'),
  ).transform((v) => v ?? 200),
  TRAILMAP_ALLOWED_HOSTS: optional(z.string()),
  TRAILMAP_ONET_DIR: optional(z.string()).transform((v) => v ?? './data/onet'),
  TRAILMAP_AI_EXPOSURE_DIR: optional(z.string()).transform((v) => v ?? './data/ai-exposure'),
  TRAILMAP_LOG_LEVEL: optional(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  ).transform((v) => v ?? 'info'),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseConfig;
  readonly bodyLimitBytes: number;
  readonly logLevel: string;
  /** How many plans' JSON the server keeps for fast reads; 0 turns it off. */
  readonly planCacheEntries: number;
  /**
   * Host names a request may be addressed to; null accepts any. On loopback the
   * default is the loopback names, so a web page elsewhere cannot reach a
   * personal Trailmap through a rebound DNS name.
   */
  readonly allowedHosts: readonly string[] | null;
  /** Folder of the O*NET text release (absolute); occupation features are off while it is empty. */
  readonly onetDir: string;
  /** Folder of the AI-exposure studies (absolute); AI-exposure features are off while it is empty. */
  readonly aiExposureDir: string;
}

export class ConfigError extends Error {}

const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);

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
    onetDir: resolve(e.TRAILMAP_ONET_DIR),
    aiExposureDir: resolve(e.TRAILMAP_AI_EXPOSURE_DIR),
    allowedHosts: e.TRAILMAP_ALLOWED_HOSTS
      ? e.TRAILMAP_ALLOWED_HOSTS.split(',')
          .map((h) => h.trim().toLowerCase())
          .filter(Boolean)
      : isLoopback(e.HOST)
        ? LOOPBACK_HOSTS
        : null,
  };
}
