/**
 * `npm run bench:coach` — how well and how fast the offline coach works.
 *   1. Title detection over TITLE_CASES against the real O*NET titles:
 *      span precision and recall (a span is right when its text matches a
 *      labelled one, case aside), and the share of texts judged exactly right.
 *   2. Verb detection over VALUE_CASES: precision and recall of "needs a
 *      rewrite", and the share of rewrites whose first suggestion (or any
 *      suggestion) is one a person labelled acceptable.
 *   3. Latency of the coach endpoints on a real server process, sequential
 *      requests, p50/p99 beside GET /api/health measured in the same run;
 *      values both new (analysed afresh) and repeated (remembered, as when a
 *      person edits a plan).
 *      Target: p99 ≤ 20 ms.
 * Not a test: it prints figures and never fails a build. Needs the O*NET
 * release in TRAILMAP_ONET_DIR (default ./data/onet) for parts 1 and 3.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createSamplePlanContent, findTitleMentions } from '@trailmap/domain';
import { analyzeValue } from '@trailmap/language';
import { buildTitleMentionMatcher, loadOnetCatalog } from '@trailmap/occupations';
import { TITLE_CASES, VALUE_CASES } from './coach-eval-sets.ts';
import { startTrailmap } from './trailmap-server.ts';

const onetDir = resolve(process.env.TRAILMAP_ONET_DIR ?? './data/onet');
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1500);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

async function evaluateTitles(): Promise<void> {
  console.log(
    `\n== Job titles in text (${TITLE_CASES.length} labelled texts, O*NET in ${onetDir})`,
  );
  const started = performance.now();
  const { catalog } = await loadOnetCatalog(onetDir);
  const matcher = buildTitleMentionMatcher(catalog);
  console.log(
    `matcher: ${matcher.size} title forms, built in ${Math.round(performance.now() - started)} ms with loading`,
  );
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let exact = 0;
  const misses: string[] = [];
  for (const { text, titles } of TITLE_CASES) {
    const found = findTitleMentions(matcher, text).map((m) => m.text.toLowerCase());
    const expected = titles.map((t) => t.toLowerCase());
    const hits = found.filter((f) => expected.includes(f)).length;
    tp += hits;
    fp += found.length - hits;
    fn += expected.length - hits;
    if (hits === found.length && hits === expected.length) exact += 1;
    else
      misses.push(
        `  ${JSON.stringify(text)}: found [${found.join(', ')}], labelled [${expected.join(', ')}]`,
      );
  }
  console.log(
    `precision ${pct(ratio(tp, tp + fp))}  recall ${pct(ratio(tp, tp + fn))}  (tp ${tp}, fp ${fp}, fn ${fn})`,
  );
  console.log(`texts judged exactly right: ${exact}/${TITLE_CASES.length}`);
  if (misses.length) console.log(`disagreements:\n${misses.join('\n')}`);
}

function evaluateValues(): void {
  console.log(`\n== Values as verbs (${VALUE_CASES.length} labelled values)`);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let firstRight = 0;
  let anyRight = 0;
  let rewrites = 0;
  const misses: string[] = [];
  for (const c of VALUE_CASES) {
    const result = analyzeValue(c.value);
    const flagged = !result.isVerbPhrase;
    const shouldFlag = !c.isVerbPhrase;
    if (flagged && shouldFlag) tp += 1;
    if (flagged && !shouldFlag) fp += 1;
    if (!flagged && shouldFlag) fn += 1;
    if (flagged !== shouldFlag)
      misses.push(`  ${JSON.stringify(c.value)}: ${flagged ? 'flagged' : 'accepted'}`);
    if (flagged && shouldFlag) {
      rewrites += 1;
      const suggestions = result.suggestions.map((s) => s.toLowerCase());
      if (c.accept.includes(suggestions[0] ?? '')) firstRight += 1;
      if (suggestions.some((s) => c.accept.includes(s))) anyRight += 1;
      else misses.push(`  ${JSON.stringify(c.value)}: suggested [${suggestions.join(', ')}]`);
    }
  }
  console.log(
    `detection (positive = "not a verb phrase"): precision ${pct(ratio(tp, tp + fp))}  recall ${pct(ratio(tp, tp + fn))}  (tp ${tp}, fp ${fp}, fn ${fn})`,
  );
  console.log(
    `suggestions: first one acceptable ${firstRight}/${rewrites} (${pct(ratio(firstRight, rewrites))}), any acceptable ${anyRight}/${rewrites} (${pct(ratio(anyRight, rewrites))})`,
  );
  if (misses.length) console.log(`disagreements:\n${misses.join('\n')}`);
}

interface Latency {
  readonly p50: number;
  readonly p99: number;
}

async function measure(
  url: string,
  request: RequestInit | ((i: number) => RequestInit),
): Promise<Latency> {
  const times: number[] = [];
  for (let i = 0; i < REQUESTS + 100; i++) {
    const init = typeof request === 'function' ? request(i) : request;
    const started = performance.now();
    const response = await fetch(url, init);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url} → ${response.status}`);
    // The first hundred warm the JIT and caches.
    if (i >= 100) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p99: at(0.99) };
}

async function benchLatency(): Promise<void> {
  console.log(`\n== Coach endpoints, ${REQUESTS} sequential requests each (target p99 ≤ 20 ms)`);
  const dir = mkdtempSync(join(tmpdir(), 'trailmap-coach-bench-'));
  process.env.TRAILMAP_ONET_DIR = onetDir;
  const { url, child } = await startTrailmap(join(dir, 'bench.sqlite'));
  try {
    const json = (body: unknown): RequestInit => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    // Wait for the O*NET titles to load in the background.
    for (;;) {
      const probe = await fetch(`${url}/api/coach/job-titles`, json({ text: 'a nurse' }));
      if (probe.status === 200) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const sample = createSamplePlanContent();
    const plan = {
      ...sample,
      strategy: {
        ...sample.strategy,
        gratifyingWork: `${sample.strategy.gratifyingWork} One day I hope to work as a pharmacist.`,
        values: [...sample.strategy.values.slice(0, 3), { id: 'v-l', phrase: 'Loyalty' }],
      },
    };
    const rows: [string, Latency][] = [
      ['GET /api/health (baseline)', await measure(`${url}/api/health`, { method: 'GET' })],
      [
        'POST /api/coach/job-titles (gratifying work, 300 chars)',
        await measure(`${url}/api/coach/job-titles`, json({ text: plan.strategy.gratifyingWork })),
      ],
      [
        'POST /api/coach/values (5 values never seen before)',
        await measure(`${url}/api/coach/values`, (i) =>
          json({
            values: [
              `Loyalty${i}`,
              `creative${i}`,
              `Inspiring others${i}`,
              `builds trust${i}`,
              `Integrity${i}`,
            ],
          }),
        ),
      ],
      [
        'POST /api/coach/values (5 values, repeated)',
        await measure(
          `${url}/api/coach/values`,
          json({
            values: ['Loyalty', 'creative', 'Inspiring others', 'builds trust', 'Integrity'],
          }),
        ),
      ],
      ['POST /api/coach/plan (sample plan)', await measure(`${url}/api/coach/plan`, json(plan))],
    ];
    const base = rows[0]![1];
    for (const [name, l] of rows) {
      const over = name.includes('baseline')
        ? ''
        : `  (+${(l.p99 - base.p99).toFixed(2)} ms p99 over baseline)`;
      const verdict = name.includes('baseline') ? '' : l.p99 <= 20 ? '  ok' : '  OVER TARGET';
      console.log(
        `${name.padEnd(58)} p50 ${l.p50.toFixed(2)} ms  p99 ${l.p99.toFixed(2)} ms${over}${verdict}`,
      );
    }
  } finally {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

evaluateValues();
if (existsSync(join(onetDir, 'Occupation Data.txt'))) {
  await evaluateTitles();
  await benchLatency();
} else {
  console.log(
    `\nNo O*NET release in ${onetDir}: title evaluation and endpoint latency skipped. Set TRAILMAP_ONET_DIR or run npm run data:onet.`,
  );
}
