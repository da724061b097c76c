import { openPlanStore } from '@trailmap/db';
import { parseConfig } from './config/config.ts';

/** `npm run db:migrate`: applies migrations (start-up does this too) and exits. */
const config = parseConfig(process.env);
openPlanStore(config.database)
  .then(async (store) => {
    await store.close();
    console.log(`Database is up to date (${config.database.engine}).`);
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
