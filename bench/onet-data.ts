import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: TRAILMAP_ONET_DIR may be relative to it, as in CI (`../shared/data/onet`). */
const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The O*NET folder the occupation benchmarks read: TRAILMAP_ONET_DIR, else
 * ./data/onet (where `npm run data:onet` puts it). Exits with what to do when
 * there is none, since every figure needs the real release.
 */
export function onetDirOrExit(): string {
  const named = process.env.TRAILMAP_ONET_DIR?.trim() || 'data/onet';
  const dir = isAbsolute(named) ? named : resolve(REPO_ROOT, named);
  if (!existsSync(resolve(dir, 'Occupation Data.txt'))) {
    console.log(
      `No O*NET release in ${dir}: run \`npm run data:onet\`, or set TRAILMAP_ONET_DIR (e.g. ../shared/data/onet), then run this again.`,
    );
    process.exit(0);
  }
  return dir;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const fixed = (value: number, digits = 3) => value.toFixed(digits);
