/**
 * `npm run data:ai` — the command line around fetchAiExposureStudies: the
 * target folder is TRAILMAP_AI_EXPOSURE_DIR (the setting the server reads),
 * else ./data/ai-exposure.
 */
import { resolve } from 'node:path';
import { STUDIES } from '@trailmap/ai-exposure';
import { fetchAiExposureStudies } from './fetch-ai-exposure.ts';

const defaultDir = resolve('./data/ai-exposure');
const target = resolve(process.env.TRAILMAP_AI_EXPOSURE_DIR?.trim() || defaultDir);
try {
  await fetchAiExposureStudies({ targetDir: target, out: process.stdout });
  const setting = target === defaultDir ? '' : `TRAILMAP_AI_EXPOSURE_DIR=${target} `;
  console.log(`Start Trailmap with: ${setting}npm start`);
  for (const study of STUDIES) console.log(study.attribution);
} catch (error) {
  process.stdout.write('\n');
  console.error(`npm run data:ai failed: ${(error as Error).message}`);
  console.error(`Nothing was changed in ${target}. Check the connection and run it again.`);
  process.exitCode = 1;
}
