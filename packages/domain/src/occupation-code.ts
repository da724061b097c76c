/**
 * Values that are easy to mix up when occupations are compared: an O*NET-SOC
 * code is not just any string, and a 0–1 score is not a percentage. Both are
 * branded so the compiler tells them apart; the functions below are the only
 * way to make one.
 */

/** An O*NET-SOC code such as `15-1252.00`. */
export type OccupationCode = string & { readonly __brand: 'OccupationCode' };

/** A score from 0 (nothing in common) to 1 (the same). */
export type UnitScore = number & { readonly __brand: 'UnitScore' };

/** A share from 0 to 100. */
export type Percent = number & { readonly __brand: 'Percent' };

const OCCUPATION_CODE = /^\d{2}-\d{4}\.\d{2}$/;

/** The code when the text is one (`NN-NNNN.NN`), otherwise null. */
export function parseOccupationCode(text: string): OccupationCode | null {
  return OCCUPATION_CODE.test(text) ? (text as OccupationCode) : null;
}

/** Clamps to 0–1 and rounds to 4 decimals (what a reader can tell apart). */
export function toUnitScore(value: number): UnitScore {
  const clamped = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
  return (Math.round(clamped * 10_000) / 10_000) as UnitScore;
}

/** A 0–1 score as a whole-number percentage. */
export function percentOf(score: number): Percent {
  const clamped = Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
  return Math.round(clamped * 100) as Percent;
}

/** The SOC major group (`15` of `15-1252.00`): the broadest family of work. */
export function majorGroupOf(code: OccupationCode): string {
  return code.slice(0, 2);
}

/** The SOC minor group (`15-12` of `15-1252.00`): a family of closely related occupations. */
export function minorGroupOf(code: OccupationCode): string {
  return code.slice(0, 5);
}
