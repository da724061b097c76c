import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: CI names data folders relative to it (`../shared/data/ai-exposure`). */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export const MINI_AI_EXPOSURE_DIR = fileURLToPath(
  new URL('../../test-fixtures/ai-exposure-mini', import.meta.url),
);

/** A folder named by an environment variable, resolved from the repository root; null when unset. */
export function dataDirFromEnv(
  name: 'TRAILMAP_AI_EXPOSURE_DIR' | 'TRAILMAP_ONET_DIR',
): string | null {
  const named = process.env[name]?.trim();
  if (!named) return null;
  const dir = isAbsolute(named) ? named : resolve(REPO_ROOT, named);
  if (!existsSync(dir)) throw new Error(`${name} names ${dir}, which does not exist.`);
  return dir;
}

export const REAL_AI_EXPOSURE_SKIP_NOTE =
  'Real AI-exposure tests skipped: set TRAILMAP_AI_EXPOSURE_DIR=../shared/data/ai-exposure and TRAILMAP_ONET_DIR=../shared/data/onet (relative to the repository root) to run them';
