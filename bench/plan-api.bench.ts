/**
 * `npm run bench` — plan read and save throughput and p99 at 50 connections,
 * each beside a baseline measured in the same run on the same machine:
 *   reads  vs a bare node:http server giving the same response (headers and body);
 *   saves  vs a raw synchronous SQLite loop doing the same durable transaction
 *          (WAL, synchronous=FULL, update + revision insert);
 *   a plan with 1,000 proof entries and 200 revisions vs an empty plan.
 * Targets (ratios): reads ≥ 0.5, saves ≥ 0.5, big/empty read time ≤ 2.
 * Not a test: it prints figures and never fails a build. Needs wrk (apt-get install wrk).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createEmptyPlanContent, createSamplePlanContent } from '@trailmap/domain';
import { api, startTrailmap } from './trailmap-server.ts';

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 2);
// This machine shares its cores with neighbours; baseline and Trailmap run in
// alternation, several rounds, and the median ratio is what is reported.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'trailmap-bench-'));

interface Measure {
  readonly requestsPerSecond: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  readonly errors: number;
  /** CPU time the server process spent per request (user + system): unaffected by time stolen by neighbours. */
  readonly cpuMicrosPerRequest: number;
}

/** CPU seconds (user + system) a process has used so far, from /proc. */
function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // After the command name: utime and stime are fields 12 and 13, in clock ticks (100 per second).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Milliseconds from a wrk duration such as `812.00us`, `4.21ms` or `1.02s`. */
function toMs(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!match) throw new Error(`Cannot read the duration "${text}" printed by wrk.`);
  const value = Number(match[1]);
  return { us: value / 1000, ms: value, s: value * 1000, m: value * 60_000 }[
    match[2] as 'us' | 'ms' | 's' | 'm'
  ];
}

/**
 * Load from wrk, a C load generator: with two cores, a JavaScript generator
 * would take a core of its own and cap what any server can show.
 */
function load(
  pid: number,
  url: string,
  request?: { method: string; body: string; headers: Record<string, string> },
): Measure {
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
        ...Object.entries(request.headers).map(
          ([k, v]) => `wrk.headers["${k}"] = "${v.replace(/"/g, '\\"')}"`,
        ),
      ].join('\n'),
    );
    args.push('-s', script);
  }
  const cpuBefore = cpuSecondsOf(pid);
  const output = execFileSync('wrk', [...args, url], { encoding: 'utf8' });
  const cpuSeconds = cpuSecondsOf(pid) - cpuBefore;
  const requests = Number(/(\d+) requests in/.exec(output)?.[1] ?? 0);
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(output)?.[1];
  const p99 = /^\s+99%\s+(\S+)/m.exec(output)?.[1];
  const mean = /^\s+Latency\s+(\S+)/m.exec(output)?.[1];
  if (!rps || !p99 || !mean) throw new Error(`Unexpected wrk output:\n${output}`);
  const errors =
    Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0) +
    Number(/Socket errors:.*?timeout (\d+)/.exec(output)?.[1] ?? 0);
  return {
    requestsPerSecond: Number(rps),
    p99Ms: toMs(p99),
    meanMs: toMs(mean),
    errors,
    cpuMicrosPerRequest: requests > 0 ? (cpuSeconds * 1e6) / requests : Number.NaN,
  };
}

/** The same response a plan read gets (headers and body), from bare node:http in its own process, as Trailmap is. */
function startBareServer(
  payload: string,
  headers: Record<string, string>,
): Promise<{ url: string; pid: number; close: () => void }> {
  const payloadFile = join(dir, 'payload.json');
  writeFileSync(payloadFile, payload);
  const code = `const body = require('fs').readFileSync(${JSON.stringify(payloadFile)});
    const server = require('http').createServer((req, res) => {
      res.writeHead(200, ${JSON.stringify(headers)});
      res.end(body);
    });
    server.listen(0, '127.0.0.1', () => console.log('port ' + server.address().port));`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const port = /port (\d+)/.exec(chunk.toString())?.[1];
      if (port)
        resolve({ url: `http://127.0.0.1:${port}`, pid: child.pid!, close: () => child.kill() });
    });
  });
}

let rawRuns = 0;

/** A save's durable work without HTTP, JSON validation or Kysely: the ceiling for saves. */
function rawDurableTransactionsPerSecond(contentJson: string): number {
  const db = new Database(join(dir, `raw-${rawRuns++}.db`));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE plans (id TEXT PRIMARY KEY, title TEXT, version INTEGER, content TEXT, updated_at TEXT);
           CREATE TABLE plan_revisions (plan_id TEXT, version INTEGER, title TEXT, content TEXT, created_at TEXT, PRIMARY KEY (plan_id, version));
           INSERT INTO plans VALUES ('p', 'Bench', 1, '{}', '');`);
  const update = db.prepare(
    'UPDATE plans SET content = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?',
  );
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
  `  ${label.padEnd(40)} ${fmt(m.requestsPerSecond, 0).padStart(8)} req/s   p99 ${fmt(m.p99Ms).padStart(6)} ms   mean ${fmt(m.meanMs, 2).padStart(7)} ms   cpu ${fmt(m.cpuMicrosPerRequest, 0).padStart(5)} µs/req${m.errors ? `   (${m.errors} non-2xx or timed out)` : ''}`;

async function main(): Promise<void> {
  if (spawnSync('wrk', ['--version']).error) {
    console.error('The benchmark drives load with wrk. Install it: sudo apt-get install -y wrk');
    process.exit(1);
  }
  console.log(
    `Trailmap API benchmark — ${CONNECTIONS} connections, ${DURATION_S} s per run, SQLite (WAL, synchronous=FULL)\n`,
  );
  const server = await startTrailmap(join(dir, 'trailmap.db'));
  let stopBare = () => {};
  try {
    const sample = createSamplePlanContent();
    const plan = await api<{ id: string }>(`${server.url}/api/plans`, 'POST', {
      title: 'Bench plan',
      content: sample,
    });
    const planUrl = `${server.url}/api/plans/${plan.id}`;
    const first = await fetch(planUrl);
    const payload = await first.text();
    // Node adds these itself; everything else Trailmap sends, the baseline sends too.
    const managed = new Set([
      'date',
      'connection',
      'keep-alive',
      'content-length',
      'transfer-encoding',
    ]);
    const responseHeaders = Object.fromEntries(
      [...first.headers].filter(([name]) => !managed.has(name)),
    );

    const bare = await startBareServer(payload, responseHeaders);
    stopBare = bare.close;
    const saveBody = JSON.stringify({ title: 'Bench plan', content: sample });
    const saveRequest = {
      method: 'PUT',
      body: saveBody,
      headers: { 'Content-Type': 'application/json', 'If-Match': '*' },
    };

    // A plan with a long history and a full proof log, beside an empty plan.
    const big = await api<{ id: string }>(`${server.url}/api/plans`, 'POST', {
      title: 'Big plan',
      content: sample,
    });
    const bigUrl = `${server.url}/api/plans/${big.id}`;
    const skillId = sample.steps.skills.skills[0]!.id;
    for (let i = 0; i < 1000; i += 50) {
      await Promise.all(
        Array.from({ length: 50 }, (_, k) =>
          api(`${bigUrl}/proof`, 'POST', {
            occurredOn: `2026-${String(((i + k) % 12) + 1).padStart(2, '0')}-15`,
            title: `Win number ${i + k}`,
            evidence:
              'Evidence of progress, written at some length so the entry has a realistic size. '.repeat(
                3,
              ),
            skillIds: [skillId],
            actionIds: [],
          }),
        ),
      );
    }
    for (let v = 1; v < 200; v++)
      await api(bigUrl, 'PUT', { title: `Big plan r${v}`, content: sample }, { 'if-match': '*' });
    const empty = await api<{ id: string }>(`${server.url}/api/plans`, 'POST', {
      title: 'Empty plan',
      content: createEmptyPlanContent(),
    });
    const emptyUrl = `${server.url}/api/plans/${empty.id}`;

    const rounds: {
      bareRead: Measure;
      planRead: Measure;
      rawSaves: number;
      planSave: Measure;
      emptyRead: Measure;
      bigRead: Measure;
    }[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const pid = server.child.pid!;
      const bareRead = load(bare.pid, bare.url);
      const planRead = load(pid, planUrl);
      const rawSaves = rawDurableTransactionsPerSecond(JSON.stringify(sample));
      const planSave = load(pid, planUrl, saveRequest);
      const emptyRead = load(pid, emptyUrl);
      const bigRead = load(pid, bigUrl);
      rounds.push({ bareRead, planRead, rawSaves, planSave, emptyRead, bigRead });
      console.log(`round ${round}/${ROUNDS} done`);
    }
    const median = (values: number[]) =>
      [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;

    console.log('\nReads (GET /api/plans/:id, sample plan of %d bytes)', payload.length);
    for (const [i, r] of rounds.entries()) {
      console.log(line(`round ${i + 1} bare node:http, same response`, r.bareRead));
      console.log(line(`round ${i + 1} Trailmap`, r.planRead));
    }
    console.log(
      `  median ratio Trailmap / bare: ${fmt(median(rounds.map((r) => r.planRead.requestsPerSecond / r.bareRead.requestsPerSecond)), 2)}  (target ≥ 0.50)`,
    );
    console.log(
      `  median ratio of server CPU per request, bare / Trailmap: ${fmt(median(rounds.map((r) => r.bareRead.cpuMicrosPerRequest / r.planRead.cpuMicrosPerRequest)), 2)}  (the same ratio, free of stolen time)\n`,
    );

    console.log(
      'Saves (PUT /api/plans/:id: validated, versioned, revision kept, durable before the answer)',
    );
    for (const [i, r] of rounds.entries()) {
      console.log(
        `  ${`round ${i + 1} raw synchronous SQLite tx`.padEnd(34)} ${fmt(r.rawSaves, 0).padStart(8)} tx/s`,
      );
      console.log(line(`round ${i + 1} Trailmap`, r.planSave));
    }
    console.log(
      `  median ratio Trailmap / raw: ${fmt(median(rounds.map((r) => r.planSave.requestsPerSecond / r.rawSaves)), 2)}  (target ≥ 0.50)\n`,
    );

    console.log('Read time with history (1,000 proof entries, 200 revisions) vs an empty plan');
    for (const [i, r] of rounds.entries()) {
      console.log(line(`round ${i + 1} empty plan`, r.emptyRead));
      console.log(line(`round ${i + 1} 1,000 proof, 200 revisions`, r.bigRead));
    }
    console.log(
      `  median ratio mean latency big / empty: ${fmt(median(rounds.map((r) => r.bigRead.meanMs / r.emptyRead.meanMs)), 2)}  (target ≤ 2.00)`,
    );
  } finally {
    stopBare();
    server.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
