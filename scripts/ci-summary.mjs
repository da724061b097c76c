// Adds up vitest's and Playwright's JSON reports (plus lint and typecheck) and
// prints the plain total CI reads: "N passed, N failed" as the very last line.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2] ?? '.ci-out';
let passed = 0;
let failed = 0;
const notes = [];

for (const check of ['lint', 'typecheck']) {
  const rcFile = join(out, `${check}.rc`);
  const ok = existsSync(rcFile) && readFileSync(rcFile, 'utf8').trim() === '0';
  if (ok) passed++;
  else {
    failed++;
    notes.push(`${check} failed`);
  }
}

const vitestFile = join(out, 'vitest.json');
if (existsSync(vitestFile)) {
  const report = JSON.parse(readFileSync(vitestFile, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // A test file that failed to load counts as a failure even with no test inside it.
  failed += (report.testResults ?? []).filter(
    (f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0,
  ).length;
  notes.push(
    `vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`,
  );
} else {
  failed++;
  notes.push('vitest wrote no report');
}

const playwrightFile = join(out, 'playwright.json');
if (existsSync(playwrightFile)) {
  const { stats } = JSON.parse(readFileSync(playwrightFile, 'utf8'));
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  notes.push(
    `playwright: ${stats.expected} passed, ${stats.unexpected} failed, ${stats.skipped} skipped`,
  );
} else {
  failed++;
  notes.push('playwright wrote no report');
}

console.log(notes.join('; '));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
