import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.env.TRAILMAP_E2E_PORT ?? 4317);
// A fresh database per run: the browser tests start from an empty Trailmap.
const database = join(tmpdir(), `trailmap-e2e-${process.pid}-${Date.now()}.db`);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.TRAILMAP_E2E_JSON
    ? [['list'], ['json', { outputFile: process.env.TRAILMAP_E2E_JSON }]]
    : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.TRAILMAP_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: 'node --import tsx apps/server/src/main.ts',
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      TRAILMAP_SQLITE_PATH: database,
      DATABASE_URL: '',
      TRAILMAP_LOG_LEVEL: 'warn',
      // Occupation data (CI: ../shared/data/onet); unset, occupation routes answer 503.
      TRAILMAP_ONET_DIR: process.env.TRAILMAP_ONET_DIR ?? '',
      // AI-exposure studies (CI: ../shared/data/ai-exposure); unset, ai-exposure routes answer 503.
      TRAILMAP_AI_EXPOSURE_DIR: process.env.TRAILMAP_AI_EXPOSURE_DIR ?? '',
    },
  },
});
