import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { AiExposureData } from '../model.ts';
import { AI_EXPOSURE_FILES, readAiExposureStudies } from '../parse/read-studies.ts';

/** The folder is missing, or holds neither study. */
export class AiExposureDataMissingError extends Error {
  constructor(readonly dir: string) {
    super(`No AI-exposure data in ${dir}.`);
    this.name = 'AiExposureDataMissingError';
  }
}

/**
 * Reads the studies in `dir` (layout of shared/data/ai-exposure:
 * `gpts-are-gpts/…`, `working-with-ai/…`). Files are read one at a time and
 * the event loop gets a turn between them, so a server loading in the
 * background keeps answering.
 */
export async function loadAiExposureData(
  dir: string,
  clock: () => number = () => performance.now(),
): Promise<AiExposureData> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new AiExposureDataMissingError(dir);
  const present = new Set(AI_EXPOSURE_FILES.filter((file) => existsSync(join(dir, file))));
  if (
    !present.has('gpts-are-gpts/occ_level.csv') &&
    !present.has('working-with-ai/soc_ai_applicability_scores.csv')
  ) {
    throw new AiExposureDataMissingError(dir);
  }
  return readAiExposureStudies(
    {
      files: present,
      read: async (file) => {
        await yieldToEventLoop();
        const bytes = await readFile(join(dir, file));
        return {
          text: bytes.toString('utf8'),
          sha256: createHash('sha256').update(bytes).digest('hex'),
        };
      },
    },
    dir,
    clock,
  );
}
