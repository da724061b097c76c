/**
 * `npm run bench` — plan read and save throughput and p99 at 50 connections,
 * each beside a baseline measured in the same run on the same machine:
 *   reads  vs a bare node:http server answering the same bytes;
 *   saves  vs a raw synchronous SQLite loop doing the same durable transaction
 *          (WAL, synchronous=FULL, update + revision insert);
 *   a plan with 1,000 proof entries and 200 revisions vs an empty plan.
 * Targets (ratios): reads ≥ 0.5, saves ≥ 0.5, big/empty read time ≤ 2.
 * Not a test: it prints figures and never fails a build. Needs wrk (apt-get install wrk).
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { createEmptyPlanContent, createSamplePlanContent } from '@trailmap/domain';

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 5);
const mainPath = fileURLToPath(new URL('../apps/server/src/main.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'trailmap-bench-'));

interface Measure {
  readonly requestsPerSecond: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  readonly errors: number;
}

/** Milliseconds from a wrk duration such as `812.00us`, `4.21ms` or `1.02s`. */
function toMs(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!match) throw new Error(`Cannot read the duration "${text}" printed by wrk.`);
  const value = Number(match[1]);
  return { us: value / 1000, ms: value, s: value * 1000, m: value * 60_000 }[match[2] as 'us' | 'ms' | 's' | 'm'];
}

/**
 * Load from wrk, a C load generator: with two cores, a JavaScript generator
 * would take a core of its own and cap what any server can show.
 */
function load(url: string, request?: { method: string; body: string; headers: Record<string, string> }): Measure {
  const args = ['-t1', `-c${CONNECTIONS}`, `-d${DURATION_S}s`, '--latency'];
  if (request) {
    const script = join(dir, `request-${Math.random().toString(36).slice(2)}.lua`);
    const bodyFile = `${script}.json`;
    writeFileSync(bodyFile, request.body);
    writeFileSync(
      script,
      [
        `wrk.method = "${request.method}"`,
        `local f = io.open("${bodyFile}", "rb"); wrk.body = f:read("*a"); f:close()`,
        ...Object.entries(request.headers).map(([k, v]) => `wrk.headers["${k}"] = "${v.replace(/"/g, '\\"')}"`),
      ].join('\n'),
    );
    args.push('-s', script);
  }
  const output = execFileSync('wrk', [...args, url], { encoding: 'utf8' });
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(output)?.[1];
  const p99 = /^\s+99%\s+(\S+)/m.exec(output)?.[1];
  const mean = /^\s+Latency\s+(\S+)/m.exec(output)?.[1];
  if (!rps || !p99 || !mean) throw new Error(`Unexpected wrk output:\n${output}`);
  const errors = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0) + Number(/Socket errors:.*?timeout (\d+)/.exec(output)?.[1] ?? 0);
  return { requestsPerSecond: Number(rps), p99Ms: toMs(p99), meanMs: toMs(mean), errors };
}

function startTrailmap(dbPath: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', mainPath], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', TRAILMAP_SQLITE_PATH: dbPath, DATABASE_URL: '', TRAILMAP_LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/[^/\s]+)\//.exec(output);
      if (match?.[1]) resolve({ url: match[1], child });
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${output}`)));
  });
}

async function api<T>(url: string, method: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${url} → ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** The same bytes a plan read returns, served by bare node:http in its own process, as Trailmap is. */
function startBareServer(payload: string): Promise<{ url: string; close: () => void }> {
  const payloadFile = join(dir, 'payload.json');
  writeFileSync(payloadFile, payload);
  const code = `const body = require('fs').readFileSync(${JSON.stringify(payloadFile)});
    const server = require('http').createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', etag: '"1"' });
      res.end(body);
    });
    server.listen(0, '127.0.0.1', () => console.log('port ' + server.address().port));`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const port = /port (\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve({ url: `http://127.0.0.1:${port}`, close: () => child.kill() });
    });
  });
}

/** A save's durable work without HTTP, JSON validation or Kysely: the ceiling for saves. */
function rawDurableTransactionsPerSecond(contentJson: string): number {
  const db = new Database(join(dir, 'raw.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE plans (id TEXT PRIMARY KEY, title TEXT, version INTEGER, content TEXT, updated_at TEXT);
           CREATE TABLE plan_revisions (plan_id TEXT, version INTEGER, title TEXT, content TEXT, created_at TEXT, PRIMARY KEY (plan_id, version));
           INSERT INTO plans VALUES ('p', 'Bench', 1, '{}', '');`);
  const update = db.prepare('UPDATE plans SET content = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?');
  const insert = db.prepare('INSERT INTO plan_revisions VALUES (?, ?, ?, ?, ?)');
  let version = 1;
  const save = db.transaction(() => {
    const now = new Date().toISOString();
    update.run(contentJson, now, 'p', version);
    version += 1;
    insert.run('p', version, 'Bench', contentJson, now);
  });
  const until = performance.now() + DURATION_S * 1000;
  let count = 0;
  const started = performance.now();
  while (performance.now() < until) {
    save();
    count++;
  }
  const rate = count / ((performance.now() - started) / 1000);
  db.close();
  return rate;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const line = (label: string, m: Measure) =>
  `  ${label.padEnd(34)} ${fmt(m.requestsPerSecond, 0).padStart(8)} req/s   p99 ${fmt(m.p99Ms).padStart(6)} ms   mean ${fmt(m.meanMs, 2).padStart(7)} ms${m.errors ? `   (${m.errors} non-2xx/errors!)` : ''}`;

async function main(): Promise<void> {
  if (spawnSync('wrk', ['--version']).error) {
    console.error('The benchmark drives load with wrk. Install it: sudo apt-get install -y wrk');
    process.exit(1);
  }
  console.log(`Trailmap API benchmark — ${CONNECTIONS} connections, ${DURATION_S} s per run, SQLite (WAL, synchronous=FULL)\n`);
  const server = await startTrailmap(join(dir, 'trailmap.db'));
  try {
    const sample = createSamplePlanContent();
    const plan = await api<{ id: string }>(`${server.url}/api/plans`, 'POST', { title: 'Bench plan', content: sample });
    const planUrl = `${server.url}/api/plans/${plan.id}`;
    const payload = JSON.stringify(await api(planUrl, 'GET'));

    // 1. Reads.
    const bare = await startBareServer(payload);
    const bareRead = load(bare.url);
    bare.close();
    const planRead = load(planUrl);

    // 2. Saves: every request is a real, durable save (If-Match * never conflicts).
    const saveBody = JSON.stringify({ title: 'Bench plan', content: sample });
    const planSave = load(planUrl, {
      method: 'PUT',
      body: saveBody,
      headers: { 'Content-Type': 'application/json', 'If-Match': '*' },
    });
    const rawSaves = rawDurableTransactionsPerSecond(JSON.stringify(sample));

    // 3. A plan with a long history and a full proof log, against an empty plan.
    const big = await api<{ id: string; content: unknown }>(`${server.url}/api/plans`, 'POST', { title: 'Big plan', content: sample });
    const bigUrl = `${server.url}/api/plans/${big.id}`;
    const skillId = sample.steps.skills.skills[0]!.id;
    for (let i = 0; i < 1000; i += 50) {
      await Promise.all(
        Array.from({ length: 50 }, (_, k) =>
          api(`${bigUrl}/proof`, 'POST', {
            occurredOn: `2026-${String(((i + k) % 12) + 1).padStart(2, '0')}-15`,
            title: `Win number ${i + k}`,
            evidence: 'Evidence of progress, written at some length so the entry has a realistic size. '.repeat(3),
            skillIds: [skillId],
            actionIds: [],
          }),
        ),
      );
    }
    for (let v = 1; v < 200; v++) await api(bigUrl, 'PUT', { title: `Big plan r${v}`, content: sample }, { 'if-match': '*' });
    const empty = await api<{ id: string }>(`${server.url}/api/plans`, 'POST', { title: 'Empty plan', content: createEmptyPlanContent() });
    const emptyRead = load(`${server.url}/api/plans/${empty.id}`);
    const bigRead = load(bigUrl);

    console.log('Reads (GET /api/plans/:id, sample plan of %d bytes)', payload.length);
    console.log(line('bare node:http, same bytes', bareRead));
    console.log(line('Trailmap', planRead));
    console.log(`  ratio Trailmap / bare: ${fmt(planRead.requestsPerSecond / bareRead.requestsPerSecond, 2)}  (target ≥ 0.50)\n`);

    console.log('Saves (PUT /api/plans/:id, validated, versioned, revision kept, fsync per commit)');
    console.log(`  raw synchronous SQLite transactions ${fmt(rawSaves, 0).padStart(8)} tx/s`);
    console.log(line('Trailmap', planSave));
    console.log(`  ratio Trailmap / raw: ${fmt(planSave.requestsPerSecond / rawSaves, 2)}  (target ≥ 0.50)\n`);

    console.log('Read time with history (1,000 proof entries, 200 revisions) vs an empty plan');
    console.log(line('empty plan', emptyRead));
    console.log(line('plan with 1,000 proof, 200 revisions', bigRead));
    console.log(`  ratio mean latency big / empty: ${fmt(bigRead.meanMs / emptyRead.meanMs, 2)}  (target ≤ 2.00)`);
  } finally {
    server.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
