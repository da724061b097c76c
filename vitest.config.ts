import { defineConfig } from 'vitest/config';

// One runner for every workspace. `*.test.ts` are pure; `*.int.test.ts` touch a
// database or HTTP. Browser specs live in e2e/ and run under Playwright instead.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', 'e2e/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
