/**
 * Short forms people type for job titles, each with the words O*NET writes.
 * A query word listed here also matches its long form (and still matches
 * itself: "HR Manager" is an alternate title too). Weights below 1 mark
 * near-synonyms: a "lead" is often titled supervisor or manager, but not always.
 */
export const TITLE_SYNONYMS: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  ops: [['operations', 1]],
  op: [['operations', 0.9]],
  mgr: [['manager', 1]],
  mngr: [['manager', 1]],
  sr: [['senior', 1]],
  jr: [['junior', 1]],
  eng: [['engineer', 1]],
  engr: [['engineer', 1]],
  dev: [['developer', 1]],
  admin: [
    ['administrator', 1],
    ['administrative', 0.9],
  ],
  asst: [['assistant', 1]],
  assoc: [['associate', 1]],
  coord: [['coordinator', 1]],
  dir: [['director', 1]],
  exec: [['executive', 1]],
  acct: [
    ['accountant', 1],
    ['accounting', 0.9],
  ],
  tech: [
    ['technician', 1],
    ['technology', 0.9],
  ],
  spec: [['specialist', 1]],
  rep: [['representative', 1]],
  qa: [
    ['quality', 1],
    ['assurance', 1],
  ],
  hr: [
    ['human', 1],
    ['resource', 1],
  ],
  it: [
    ['information', 1],
    ['technology', 1],
  ],
  ux: [
    ['user', 1],
    ['experience', 1],
  ],
  ui: [
    ['user', 1],
    ['interface', 1],
  ],
  pm: [
    ['project', 1],
    ['manager', 1],
  ],
  swe: [
    ['software', 1],
    ['engineer', 1],
  ],
  sde: [
    ['software', 1],
    ['developer', 1],
  ],
  ml: [
    ['machine', 1],
    ['learning', 1],
  ],
  ai: [
    ['artificial', 1],
    ['intelligence', 1],
  ],
  bi: [
    ['business', 1],
    ['intelligence', 1],
  ],
  fpa: [
    ['financial', 1],
    ['planning', 1],
    ['analysis', 1],
  ],
  rnd: [
    ['research', 1],
    ['development', 1],
  ],
  mna: [
    ['merger', 1],
    ['acquisition', 1],
  ],
  pnl: [
    ['profit', 1],
    ['loss', 1],
  ],
  lead: [
    ['lead', 1],
    ['leader', 0.95],
    ['supervisor', 0.75],
    ['manager', 0.7],
    ['head', 0.75],
  ],
  head: [
    ['head', 1],
    ['director', 0.75],
    ['chief', 0.7],
  ],
  boss: [
    ['manager', 0.8],
    ['supervisor', 0.8],
  ],
};
