import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Catalog } from '../catalog/catalog.ts';
import { readOnetRelease, type FileReport } from '../parse/parse-onet.ts';
import type { RowReject } from '../parse/table.ts';
import type { OnetRelease } from '../release.ts';

export interface LoadReport {
  readonly dir: string;
  readonly release: OnetRelease | null;
  readonly files: readonly FileReport[];
  readonly rejects: readonly RowReject[];
  readonly occupations: number;
  /** Occupations with skill and knowledge ratings (the others have titles and descriptions only). */
  readonly ratedOccupations: number;
  readonly durationMs: number;
}

/** The folder is missing, or holds no O*NET tables at all. */
export class OnetDataMissingError extends Error {
  constructor(readonly dir: string) {
    super(`No O*NET data in ${dir}.`);
    this.name = 'OnetDataMissingError';
  }
}

/**
 * Reads the O*NET text release in `dir` and builds the catalog. Files are read
 * one at a time, and the event loop gets a turn between them, so a server that
 * loads in the background keeps answering while it does.
 */
export async function loadOnetCatalog(
  dir: string,
  clock: () => number = () => performance.now(),
): Promise<{ catalog: Catalog; report: LoadReport }> {
  const started = clock();
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new OnetDataMissingError(dir);
  const names = new Set(await readdir(dir));
  if (!names.has('Occupation Data.txt')) throw new OnetDataMissingError(dir);
  const { catalog, release, files, rejects } = await readOnetRelease({
    files: names,
    read: async (file) => {
      await yieldToEventLoop();
      return readFile(join(dir, file), 'utf8');
    },
  });
  const rated = catalog.blocks.skill?.rated.reduce((sum, r) => sum + r, 0) ?? 0;
  return {
    catalog,
    report: {
      dir,
      release,
      files,
      rejects,
      occupations: catalog.occupations.length,
      ratedOccupations: rated,
      durationMs: Math.round(clock() - started),
    },
  };
}
