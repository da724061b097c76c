/**
 * `npm run bench:onet` (part 1) — how good are the similar-role rankings?
 * Not a test: it prints figures and never fails a build.
 *
 *  1. Known neighbours. For twelve anchor occupations, a hand-written list of
 *     occupations any careers adviser would call close: the same specialty
 *     family (nursing specialties, software roles, financial analysts,
 *     physicians), the next rung of one ladder (helper → electrician, LPN → RN,
 *     paralegal → lawyer) or trades that share tools, codes and sites. Written
 *     from the occupations' titles and descriptions, not from O*NET's own
 *     Related Occupations lists, which stay an independent yardstick (they are
 *     not in the shared copy). Recall@10 and @20 (share of the list found in
 *     the top 10 / 20) and the mean reciprocal rank of the first one found.
 *  2. Structure over all occupations: share of the top 10 in the same SOC
 *     minor group (15-12…), and mutual-neighbour rate (b in a's top 10 and a in
 *     b's), a rank-level symmetry the score-level symmetry does not guarantee.
 *  3. Symmetry of the measure itself (max |s(a,b) − s(b,a)|, self-similarity).
 * Every figure is computed for Trailmap's measure and, in the same run, for a
 * simple baseline: cosine of raw skill vectors (importance × level, no
 * centring, no other family).
 */
import {
  buildOccupationIndex,
  compositeOf,
  loadOnetCatalog,
  topSimilar,
  type Catalog,
  type OccupationIndex,
} from '@trailmap/occupations';
import { fixed, onetDirOrExit } from './onet-data.ts';

const KNOWN_NEIGHBOURS: Record<string, { why: string; expected: string[] }> = {
  '29-1141.00': {
    why: 'registered nurses: nursing specialties, the practical-nurse rung below, advanced practice above',
    expected: ['29-1141.01', '29-1141.03', '29-1141.04', '29-1171.00', '29-2061.00'],
  },
  '15-1252.00': {
    why: 'software developers: programmers, testers, web developers, systems analysts and architects',
    expected: ['15-1251.00', '15-1253.00', '15-1254.00', '15-1211.00', '15-1299.08'],
  },
  '13-2051.00': {
    why: 'financial and investment analysts: risk, credit, budget and quantitative analysts, fund managers',
    expected: ['13-2054.00', '13-2041.00', '13-2031.00', '13-2099.01', '11-3031.03'],
  },
  '13-2011.00': {
    why: 'accountants and auditors: budget analysts, examiners, tax examiners, financial managers',
    expected: ['13-2031.00', '13-2061.00', '13-2081.00', '11-3031.01', '13-2041.00'],
  },
  '47-2111.00': {
    why: 'electricians: their helpers, power-line and powerhouse electricians, solar installers, plumbers',
    expected: ['47-3013.00', '49-9051.00', '49-2095.00', '47-2231.00', '47-2152.00'],
  },
  '47-2152.00': {
    why: 'plumbers: their helpers, pipelayers, HVAC mechanics, electricians',
    expected: ['47-3015.00', '47-2151.00', '49-9021.00', '47-2111.00'],
  },
  '25-2021.00': {
    why: 'elementary teachers: kindergarten, middle and secondary school teachers',
    expected: ['25-2012.00', '25-2022.00', '25-2031.00', '25-2011.00'],
  },
  '29-1215.00': {
    why: 'family physicians: internists, paediatricians, hospitalists, physician assistants, nurse practitioners',
    expected: ['29-1216.00', '29-1221.00', '29-1229.02', '29-1071.00', '29-1171.00'],
  },
  '35-2014.00': {
    why: 'restaurant cooks: institution, short-order and fast-food cooks, chefs',
    expected: ['35-2012.00', '35-2015.00', '35-2011.00', '35-1011.00'],
  },
  '53-3032.00': {
    why: 'heavy truck drivers: light truck drivers, driver/sales workers, bus drivers',
    expected: ['53-3033.00', '53-3031.00', '53-3052.00'],
  },
  '23-1011.00': {
    why: 'lawyers: judicial law clerks, judges, administrative law judges, paralegals',
    expected: ['23-1012.00', '23-1023.00', '23-1021.00', '23-2011.00'],
  },
  '11-2021.00': {
    why: 'marketing managers: advertising, public relations and sales managers, market research analysts',
    expected: ['11-2011.00', '11-2032.00', '11-2022.00', '13-1161.00'],
  },
};

type Ranker = (occupation: number, limit: number) => number[];

/** The baseline: cosine of raw skill vectors (importance × level), the obvious first attempt. */
function skillsOnlyCosine(catalog: Catalog): {
  ranker: Ranker;
  score: (a: number, b: number) => number;
} {
  const block = catalog.blocks.skill!;
  const width = block.descriptors.length;
  const n = catalog.occupations.length;
  const vectors = new Float64Array(n * width);
  for (let o = 0; o < n; o++) {
    if (!block.rated[o]) continue;
    let norm = 0;
    for (let d = 0; d < width; d++) {
      const value = compositeOf(
        'skill',
        block.importance[o * width + d]!,
        block.level![o * width + d]!,
      );
      vectors[o * width + d] = Number.isNaN(value) ? 0 : value;
      norm += vectors[o * width + d]! ** 2;
    }
    for (let d = 0; d < width; d++)
      vectors[o * width + d] = vectors[o * width + d]! / Math.sqrt(norm || 1);
  }
  const score = (a: number, b: number) => {
    if (!block.rated[a] || !block.rated[b]) return 0;
    let dot = 0;
    for (let d = 0; d < width; d++) dot += vectors[a * width + d]! * vectors[b * width + d]!;
    return dot;
  };
  const ranker: Ranker = (occupation, limit) => {
    const scores: { o: number; s: number }[] = [];
    for (let o = 0; o < n; o++)
      if (o !== occupation && block.rated[o]) scores.push({ o, s: score(occupation, o) });
    return scores
      .sort((x, y) => y.s - x.s || x.o - y.o)
      .slice(0, limit)
      .map((x) => x.o);
  };
  return { ranker, score };
}

function evaluate(
  name: string,
  index: OccupationIndex,
  rank: Ranker,
  score: (a: number, b: number) => number,
) {
  const { catalog } = index;
  const at = (code: string) => catalog.indexOfCode.get(code);
  const codeOf = (o: number) => catalog.occupations[o]!.code;
  let recall10 = 0;
  let recall20 = 0;
  let reciprocal = 0;
  const perAnchor: string[] = [];
  const anchors = Object.entries(KNOWN_NEIGHBOURS);
  for (const [anchor, { expected }] of anchors) {
    const o = at(anchor);
    if (o === undefined) throw new Error(`${anchor} is not in this release`);
    const top = rank(o, 20).map((o) => codeOf(o) as string);
    const known = expected.filter((code) => at(code) !== undefined);
    const r10 = known.filter((code) => top.slice(0, 10).includes(code)).length / known.length;
    const r20 = known.filter((code) => top.includes(code)).length / known.length;
    const first = top.findIndex((code) => known.includes(code));
    recall10 += r10;
    recall20 += r20;
    reciprocal += first < 0 ? 0 : 1 / (first + 1);
    perAnchor.push(`${anchor} ${fixed(r10, 2)}/${fixed(r20, 2)}`);
  }
  // Structure over every comparable occupation.
  const n = catalog.occupations.length;
  const tops: number[][] = [];
  let sameMinor = 0;
  let counted = 0;
  for (let o = 0; o < n; o++) {
    tops.push(index.model.comparable[o] ? rank(o, 10) : []);
    for (const p of tops[o]!) {
      counted++;
      if (codeOf(p).slice(0, 4) === codeOf(o).slice(0, 4)) sameMinor++;
    }
  }
  let mutual = 0;
  for (let o = 0; o < n; o++) for (const p of tops[o]!) if (tops[p]!.includes(o)) mutual++;
  // Symmetry and self-similarity over all pairs.
  let maxAsymmetry = 0;
  let selfMin = 1;
  let selfMax = 0;
  const offDiagonal: number[] = [];
  for (let a = 0; a < n; a++) {
    if (!index.model.comparable[a]) continue;
    const self = score(a, a);
    if (self > 0) {
      selfMin = Math.min(selfMin, self);
      selfMax = Math.max(selfMax, self);
    }
    for (let b = a + 1; b < n; b += 7) {
      // Every 7th pair: enough for the distribution, and every pair for symmetry below.
      offDiagonal.push(score(a, b));
    }
    for (let b = a + 1; b < n; b++)
      maxAsymmetry = Math.max(maxAsymmetry, Math.abs(score(a, b) - score(b, a)));
  }
  offDiagonal.sort((x, y) => x - y);
  const q = (p: number) => fixed(offDiagonal[Math.floor((p / 100) * (offDiagonal.length - 1))]!, 2);
  return {
    name,
    recall10: recall10 / anchors.length,
    recall20: recall20 / anchors.length,
    mrr: reciprocal / anchors.length,
    sameMinor: sameMinor / counted,
    mutual: mutual / counted,
    maxAsymmetry,
    self: `${fixed(selfMin, 4)}–${fixed(selfMax, 4)}`,
    distribution: `p50 ${q(50)} · p90 ${q(90)} · p99 ${q(99)}`,
    perAnchor,
  };
}

const dir = onetDirOrExit();
const { catalog, report } = await loadOnetCatalog(dir);
const index = await buildOccupationIndex(catalog);
const n = catalog.occupations.length;
console.log(
  `O*NET ${report.release?.version ?? '?'} from ${dir}: ${n} occupations, ${report.ratedOccupations} comparable by ratings; ${Object.keys(KNOWN_NEIGHBOURS).length} anchors with ${Object.values(KNOWN_NEIGHBOURS).reduce((s, a) => s + a.expected.length, 0)} known neighbours\n`,
);

const trailmap = evaluate(
  'Trailmap (decision 0012)',
  index,
  (o, limit) => topSimilar(index, o, limit).map((r) => r.occupation),
  (a, b) => index.similarity[a * n + b]!,
);
const skills = skillsOnlyCosine(catalog);
const baseline = evaluate('baseline: skills-only cosine', index, skills.ranker, skills.score);

const rows: [string, (r: typeof trailmap) => string][] = [
  ['known neighbours, recall@10', (r) => fixed(r.recall10)],
  ['known neighbours, recall@20', (r) => fixed(r.recall20)],
  ['known neighbours, MRR of first hit', (r) => fixed(r.mrr)],
  ['top 10 in the same SOC minor group', (r) => fixed(r.sameMinor)],
  ['mutual top-10 neighbours', (r) => fixed(r.mutual)],
  ['max |s(a,b) − s(b,a)|', (r) => r.maxAsymmetry.toExponential(1)],
  ['self-similarity (min–max)', (r) => r.self],
  ['scores of other pairs', (r) => r.distribution],
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`${''.padEnd(width)}  ${trailmap.name.padEnd(30)}  ${baseline.name}`);
for (const [label, value] of rows) {
  console.log(`${label.padEnd(width)}  ${value(trailmap).padEnd(30)}  ${value(baseline)}`);
}
console.log(`\nrecall@10 / @20 per anchor (Trailmap):\n  ${trailmap.perAnchor.join('\n  ')}`);
console.log(`recall@10 / @20 per anchor (baseline):\n  ${baseline.perAnchor.join('\n  ')}`);
console.log(
  `\nratio recall@10 Trailmap / baseline: ${fixed(trailmap.recall10 / baseline.recall10, 2)}`,
);
