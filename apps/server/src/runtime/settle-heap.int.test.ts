import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess } from '../testing/server-process.ts';

// Whether two object literals with computed (symbol) keys, made the way Node makes
// one per process.nextTick, share one hidden class. V8's own test hook answers it;
// the flag that allows it is set before the probe's function is compiled.
const PROBE = `
import { setFlagsFromString } from 'node:v8';
setFlagsFromString('--allow-natives-syntax');
const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)');
const a = Symbol('a');
const b = Symbol('b');
const make = (x) => ({ [a]: x, [b]: x, callback: x, args: x });
globalThis.literalsShareMaps = () => sameMap(make(1), make(2));
process.on('SIGUSR2', () => console.log('shared=' + globalThis.literalsShareMaps()));
`;

const dir = mkdtempSync(join(tmpdir(), 'trailmap-heap-'));
const probePath = join(dir, 'probe.mjs');
writeFileSync(probePath, PROBE);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const appPath = fileURLToPath(new URL('../app.ts', import.meta.url));
const settlePath = fileURLToPath(new URL('./settle-heap.ts', import.meta.url));

/** Loads every module the server loads (through app.ts), settles, and answers the probe. */
function sharedAfterLoadingAndSettling(): boolean {
  const script = `
    await import(${JSON.stringify(appPath)});
    (await import(${JSON.stringify(settlePath)})).collectStartupGarbage();
    console.log('shared=' + globalThis.literalsShareMaps());`;
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--import', probePath, '--input-type=module', '-e', script],
    { encoding: 'utf8' },
  );
  return /shared=(true|false)/.exec(output)?.[1] === 'true';
}

// Without the collection the probe answers false after loading the server's
// modules (unless V8 happened to collect fully meanwhile, which a busy machine
// can make it do), so only the outcome with the collection is held here.
describe('the collection after start-up', () => {
  it('lets object literals with computed keys share hidden classes again', () => {
    expect(sharedAfterLoadingAndSettling()).toBe(true);
  });

  it('runs in the real server before it listens', async () => {
    const server = await startServerProcess({
      TRAILMAP_SQLITE_PATH: join(dir, 'trailmap.db'),
      DATABASE_URL: '',
      NODE_OPTIONS: `--import ${probePath}`,
    });
    try {
      // The probe answers from inside the running server when signalled.
      const shared = await new Promise<string>((resolve, reject) => {
        let output = '';
        server.child.stdout!.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /shared=(true|false)/.exec(output);
          if (match?.[1]) resolve(match[1]);
        });
        server.child.once('exit', () => reject(new Error(`exited: ${output}`)));
        server.child.kill('SIGUSR2');
      });
      expect(shared).toBe('true');
    } finally {
      await server.kill();
    }
  });
});
