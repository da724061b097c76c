// `npm run test:e2e`: builds the web client, then runs the Playwright specs in Debian's Chromium.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.TRAILMAP_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    [
      `Browser tests need Chromium at ${chromium}, and it is not there.`,
      "Install it from Debian (Playwright's own browser download is not used):",
      '  sudo apt-get update && sudo apt-get install -y chromium',
      'or point TRAILMAP_CHROMIUM at another Chromium binary.',
    ].join('\n'),
  );
  process.exit(1);
}
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;
const built = run('npm', ['run', 'build']);
if (built !== 0) process.exit(built);
process.exit(run('npx', ['playwright', 'test', ...process.argv.slice(2)]));
