import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: CI names the data folder relative to it (`../shared/data/onet`). */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * The folder of the full O*NET release named by TRAILMAP_ONET_DIR (relative
 * paths resolve from the repository root, whatever folder the tests run in),
 * or null when it is not set.
 */
export function realOnetDir(): string | null {
  const named = process.env.TRAILMAP_ONET_DIR?.trim();
  if (!named) return null;
  const dir = isAbsolute(named) ? named : resolve(REPO_ROOT, named);
  if (!existsSync(dir)) throw new Error(`TRAILMAP_ONET_DIR names ${dir}, which does not exist.`);
  return dir;
}

export const REAL_ONET_SKIP_NOTE =
  'Real O*NET tests skipped: set TRAILMAP_ONET_DIR=../shared/data/onet (relative to the repository root) to run them';
