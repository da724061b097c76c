/**
 * `npm run data:onet` — the command line around fetchOnetRelease: the target
 * folder is TRAILMAP_ONET_DIR (the setting the server reads), else ./data/onet.
 */
import { resolve } from 'node:path';
import { fetchOnetRelease } from './fetch-onet.ts';

const target = resolve(process.env.TRAILMAP_ONET_DIR?.trim() || './data/onet');
try {
  await fetchOnetRelease({ targetDir: target, out: process.stdout });
  const setting = target === resolve('./data/onet') ? '' : `TRAILMAP_ONET_DIR=${target} `;
  console.log(`Start Trailmap with: ${setting}npm start`);
  console.log(
    'The data is O*NET® 29.3 by USDOL/ETA, used under CC BY 4.0; Trailmap shows the attribution on its About page.',
  );
} catch (error) {
  process.stdout.write('\n');
  console.error(`npm run data:onet failed: ${(error as Error).message}`);
  console.error(`Nothing was changed in ${target}. Check the connection and run it again.`);
  process.exitCode = 1;
}
