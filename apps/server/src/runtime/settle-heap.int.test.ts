import { execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Asks V8 itself, through its test hooks (allowed before the probe's functions
// are compiled): whether two object literals with computed (symbol) keys, made
// the way Node makes one per process.nextTick, share one hidden class; and, on
// SIGUSR2, how the property caches of Node's own process.nextTick stand.
const PROBE = `
import { setFlagsFromString } from 'node:v8';
setFlagsFromString('--allow-natives-syntax');
const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)');
const debugPrint = new Function('f', '%DebugPrint(f)');
const a = Symbol('a');
const b = Symbol('b');
const make = (x) => ({ [a]: x, [b]: x, callback: x, args: x });
globalThis.literalsShareMaps = () => sameMap(make(1), make(2));
process.on('SIGUSR2', () => {
  console.log('shared=' + globalThis.literalsShareMaps());
  debugPrint(process.nextTick);
});
`;

const dir = mkdtempSync(join(tmpdir(), 'trailmap-heap-'));
const probePath = join(dir, 'probe.mjs');
writeFileSync(probePath, PROBE);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const appPath = fileURLToPath(new URL('../app.ts', import.meta.url));
const settlePath = fileURLToPath(new URL('./settle-heap.ts', import.meta.url));
const mainPath = fileURLToPath(new URL('../main.ts', import.meta.url));

// Without the collection both probes fail after the server's modules have
// loaded (unless V8 happened to collect fully meanwhile, which a busy machine
// can make it do), so only the outcome with the collection is held here.
describe('the collection after loading', () => {
  it('lets object literals with computed keys share hidden classes again', () => {
    const script = `
      await import(${JSON.stringify(appPath)});
      (await import(${JSON.stringify(settlePath)})).collectStartupGarbage();
      console.log('shared=' + globalThis.literalsShareMaps());`;
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--import', probePath, '--input-type=module', '-e', script],
      { encoding: 'utf8' },
    );
    expect(output).toContain('shared=true');
  });

  it('runs in the real server before any request-like work, so Node keeps its fast paths', async () => {
    // Output to a file: V8 prints through the C library, whose buffer a pipe
    // may not take whole at exit.
    const outputPath = join(dir, 'server-output.txt');
    const out = openSync(outputPath, 'w');
    const child = spawn(process.execPath, ['--import', 'tsx', mainPath], {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        TRAILMAP_LOG_LEVEL: 'warn',
        TRAILMAP_SQLITE_PATH: join(dir, 'trailmap.db'),
        DATABASE_URL: '',
        NODE_OPTIONS: `--import ${probePath}`,
      },
      stdio: ['ignore', out, out],
    });
    closeSync(out);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const output = () => readFileSync(outputPath, 'utf8');
    try {
      await expect.poll(output, { timeout: 30_000 }).toMatch(/running at http:\/\/[^/\s]+\//);
      const url = /running at (http:\/\/[^/\s]+)\//.exec(output())![1];
      for (let i = 0; i < 20; i++) expect((await fetch(`${url}/api/health`)).ok).toBe(true);
      child.kill('SIGUSR2');
      await expect.poll(output, { timeout: 10_000 }).toContain('shared=');
    } finally {
      // A graceful stop, so what V8 printed is flushed.
      child.kill('SIGTERM');
      await exited;
    }
    expect(output()).toContain('shared=true');
    // The object literal in process.nextTick is built on every tick; had its
    // caches seen fresh hidden classes while start-up filled V8's tables, they
    // would stay megamorphic for the life of the process.
    const slots = output().match(/slot #\d+ DefineKeyedOwnPropertyInLiteral \w+/g) ?? [];
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.filter((slot) => !slot.endsWith('MONOMORPHIC'))).toEqual([]);
  });
});
