import type { OccupationCode } from '@trailmap/domain';
import type { SocApplicability, WorkingWithAiStudy } from './model.ts';

/**
 * "Working with AI" scores 2018 SOC occupations (6 digits, `15-1252`); O*NET
 * splits some of them further (`15-1252.00`, `15-2051.01` …). The SOC code of
 * an O*NET-SOC code is its first seven characters. Where the study used a BLS
 * aggregate instead (its 12 codes that O*NET does not list), the table below
 * names the SOC codes the aggregate stands for (BLS, "Employment Projections
 * crosswalks": hybrid occupation codes).
 */
const BLS_AGGREGATES: Readonly<Record<string, readonly string[]>> = {
  '13-1020': ['13-1021', '13-1022', '13-1023'],
  '13-2020': ['13-2022', '13-2023'],
  '21-1018': ['21-1011', '21-1014'],
  '25-2052': ['25-2055', '25-2056'],
  '25-9045': ['25-9042', '25-9043', '25-9049'],
  '29-2010': ['29-2011', '29-2012'],
  '31-1120': ['31-1121', '31-1122'],
  '39-7010': ['39-7011', '39-7012'],
  '47-4090': ['47-4091', '47-4099'],
  '51-2028': ['51-2022', '51-2023'],
  '51-2090': ['51-2092', '51-2099'],
  '53-1047': ['53-1042', '53-1043', '53-1044', '53-1049'],
};

const AGGREGATE_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(BLS_AGGREGATES).flatMap(([aggregate, parts]) =>
    parts.map((part) => [part, aggregate] as const),
  ),
);

/**
 * How an O*NET occupation got its figure: `same` when the SOC code is the
 * occupation itself (`15-1252.00` → `15-1252`); `broader_soc` when a detailed
 * O*NET occupation inherits its SOC code's figure (`15-2051.01` → `15-2051`);
 * `bls_aggregate` when it inherits a BLS aggregate's (`13-1022.00` → `13-1020`).
 */
export type SocMatchKind = 'same' | 'broader_soc' | 'bls_aggregate';

export interface SocMatch {
  readonly soc: string;
  readonly kind: SocMatchKind;
  readonly row: SocApplicability;
}

export function socCodeOf(code: OccupationCode): string {
  return code.slice(0, 7);
}

/** The study's row for an O*NET occupation, and how it was reached; null when it has none. */
export function findSocApplicability(
  study: WorkingWithAiStudy,
  code: OccupationCode,
): SocMatch | null {
  const soc = socCodeOf(code);
  const direct = study.bySoc.get(soc);
  if (direct) return { soc, kind: code.endsWith('.00') ? 'same' : 'broader_soc', row: direct };
  const aggregate = AGGREGATE_OF.get(soc);
  const row = aggregate === undefined ? undefined : study.bySoc.get(aggregate);
  return row && aggregate ? { soc: aggregate, kind: 'bls_aggregate', row } : null;
}
