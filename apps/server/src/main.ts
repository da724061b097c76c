import { fileURLToPath } from 'node:url';
import { openPlanStore } from '@trailmap/db';
import { buildApp } from './app.ts';
import { parseConfig } from './config/config.ts';
import { loadAiExposureSource } from './modules/ai-exposure/ai-exposure.repository.ts';
import { loadOccupationData } from './modules/occupations/occupations.repository.ts';
import { collectStartupGarbage } from './runtime/settle-heap.ts';

/** Composition root: config → database → app → listen. */
async function main(): Promise<void> {
  // First, before anything schedules work: see runtime/settle-heap.ts.
  collectStartupGarbage();
  const config = parseConfig(process.env);
  const store = await openPlanStore(config.database);
  // Loads in the background: the server listens at once and occupation routes answer 503 until ready.
  const occupations = loadOccupationData(config.onetDir, (message) => console.log(message));
  const aiExposure = loadAiExposureSource(config.aiExposureDir, (message) => console.log(message));
  const app = await buildApp({
    occupations,
    aiExposure,
    store,
    webDistDir: fileURLToPath(new URL('../../web/dist', import.meta.url)),
    bodyLimitBytes: config.bodyLimitBytes,
    planCacheEntries: config.planCacheEntries,
    allowedHosts: config.allowedHosts,
    logger: { level: config.logLevel },
  });
  const shutdown = async (signal: string) => {
    app.log.info(`${signal} received, closing`);
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const where =
    config.database.engine === 'sqlite' ? `SQLite at ${config.database.path}` : 'PostgreSQL';
  // Printed plainly (not only in the JSON log) so a person sees where to go.
  console.log(
    `Trailmap is running at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/ (data: ${where})`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
