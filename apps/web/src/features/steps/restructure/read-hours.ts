import { formatHours } from '@trailmap/domain';

/**
 * Reads what a person typed into an hours field. Hours are kept in quarter
 * hours (the form's step), so 1.3 becomes 1.25; anything the server would
 * refuse comes back as a message saying what to type instead, and is never
 * written into the plan.
 */
export type HoursReading =
  { readonly ok: true; readonly hours: number } | { readonly ok: false; readonly problem: string };

export function readHours(text: string, maxHours: number): HoursReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'Enter the hours a week, or 0 for none.' };
  const value = Number(trimmed);
  if (!Number.isFinite(value))
    return { ok: false, problem: 'Enter a number of hours, such as 2.5.' };
  if (value < 0) return { ok: false, problem: 'Hours cannot be below 0: enter 0 or more.' };
  const hours = Math.round(value * 4) / 4;
  if (hours > maxHours)
    return {
      ok: false,
      problem: `A week has ${formatHours(maxHours)} hours: enter ${formatHours(maxHours)} or fewer.`,
    };
  return { ok: true, hours };
}
