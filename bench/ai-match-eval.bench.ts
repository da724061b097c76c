/**
 * `npm run bench:ai` — how well EDA tasks find their O*NET tasks.
 * Precision@1 and @3 of the matcher (packages/ai-exposure: TF-IDF cosine and
 * coverage over stemmed words with office synonyms) on MATCH_CASES (the set
 * its synonyms were tuned on), HELD_OUT_CASES (no per-case tuning) and
 * TEST_CASES (never looked at; its misses are not printed), beside a
 * baseline: the share of raw words in common (Jaccard, no stemming, no
 * synonyms, no weights). Also the time to match one task. Not a test: it
 * prints figures and never fails a build. Needs the O*NET release in
 * TRAILMAP_ONET_DIR (default ./data/onet).
 */
import {
  buildTextIdf,
  indexStatements,
  matchStatements,
  MIN_MATCH_SCORE,
  WEAK_MATCH_SCORE,
  type Statement,
} from '@trailmap/ai-exposure';
import { loadOnetCatalog } from '@trailmap/occupations';
import { HELD_OUT_CASES, MATCH_CASES, TEST_CASES, type MatchCase } from './ai-match-eval-sets.ts';
import { onetDirOrExit, percentile } from './onet-data.ts';

const { catalog } = await loadOnetCatalog(onetDirOrExit());
const idf = buildTextIdf([
  ...catalog.tasks.flatMap((tasks) => tasks.map((task) => task.text)),
  ...catalog.dwas.titles,
]);

const tasksOf = (code: string): Statement[] => {
  const o = catalog.indexOfCode.get(code);
  if (o === undefined) throw new Error(`${code} is not in the release`);
  return (catalog.tasks[o] ?? []).map((t) => ({ kind: 'task', id: String(t.id), text: t.text }));
};

const rawWords = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
const jaccard = (a: Set<string>, b: Set<string>) => {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common || 1);
};

function evaluate(title: string, cases: readonly MatchCase[], showMisses = true): void {
  let matcher1 = 0;
  let matcher3 = 0;
  let baseline1 = 0;
  let baseline3 = 0;
  let unmatched = 0;
  let unthresholded1 = 0;
  let unthresholded3 = 0;
  const misses: string[] = [];
  const timesMs: number[] = [];
  for (const c of cases) {
    const statements = tasksOf(c.occupation);
    const index = indexStatements(idf, statements);
    const started = performance.now();
    const ranked = matchStatements(index, c.task, {
      limit: 3,
      minScore: MIN_MATCH_SCORE,
    }).tasks.map((m) => Number(m.statement.id));
    timesMs.push(performance.now() - started);
    if (ranked.length === 0) unmatched++;
    if (c.expected.includes(ranked[0] ?? -1)) matcher1++;
    else
      misses.push(
        `  ${c.occupation} "${c.task}" → ${ranked[0] ?? 'nothing'} (want ${c.expected.join('/')})`,
      );
    if (ranked.some((id) => c.expected.includes(id))) matcher3++;
    const all = matchStatements(index, c.task, { limit: 3, minScore: WEAK_MATCH_SCORE }).tasks.map(
      (m) => Number(m.statement.id),
    );
    if (c.expected.includes(all[0] ?? -1)) unthresholded1++;
    if (all.some((id) => c.expected.includes(id))) unthresholded3++;

    const words = rawWords(c.task);
    const base = statements
      .map((s) => ({ id: Number(s.id), score: jaccard(words, rawWords(s.text)) }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, 3)
      .map((s) => s.id);
    if (c.expected.includes(base[0] ?? -1)) baseline1++;
    if (base.some((id) => c.expected.includes(id))) baseline3++;
  }

  const n = cases.length;
  const occupations = new Set(cases.map((c) => c.occupation)).size;
  const pct = (x: number) => `${((x / n) * 100).toFixed(1)}%`;
  timesMs.sort((a, b) => a - b);
  console.log(`\n${title}: ${n} hand-labelled cases over ${occupations} occupations`);
  console.log(
    `  matcher   precision@1 ${pct(matcher1)}  precision@3 ${pct(matcher3)}  no match ${unmatched}`,
  );
  console.log(
    `  with weak matches (${WEAK_MATCH_SCORE}–${MIN_MATCH_SCORE}, shown to judge)  precision@1 ${pct(unthresholded1)}  precision@3 ${pct(unthresholded3)}`,
  );
  console.log(
    `  baseline  precision@1 ${pct(baseline1)}  precision@3 ${pct(baseline3)}  (raw-word Jaccard)`,
  );
  console.log(
    `  ratio     @1 ${(matcher1 / Math.max(1, baseline1)).toFixed(2)}×  @3 ${(matcher3 / Math.max(1, baseline3)).toFixed(2)}× the baseline`,
  );
  console.log(
    `  time per task: p50 ${percentile(timesMs, 50).toFixed(3)} ms, p99 ${percentile(timesMs, 99).toFixed(3)} ms (matching only; the occupation's statements are vectorised beforehand)`,
  );
  if (showMisses && misses.length > 0) console.log(`  misses at rank 1:\n${misses.join('\n')}`);
  else if (misses.length > 0)
    console.log(`  ${misses.length} misses at rank 1, not listed: nothing is tuned on this set`);
}

console.log('EDA task → O*NET task matching');
evaluate('Tuning set (the synonyms were tuned on it: optimistic)', MATCH_CASES);
evaluate('Held-out set (no per-case tuning; its misses guide general changes)', HELD_OUT_CASES);
evaluate(
  'Test set (never looked at when changing the matcher: the honest figure)',
  TEST_CASES,
  false,
);
