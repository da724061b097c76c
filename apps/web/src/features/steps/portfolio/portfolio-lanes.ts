import type { ItemId, PortfolioEntry, PortfolioLane } from '@trailmap/domain';

/**
 * The four lanes of the role portfolio, in the order they are read: from the
 * nearest move to the widest. Several pathways rather than one ladder.
 */
export interface LaneInfo {
  readonly lane: PortfolioLane;
  readonly title: string;
  readonly hint: string;
  /** How many entries the method suggests; more is allowed but noted. */
  readonly suggestedMax: number | null;
}

export const LANES: readonly LaneInfo[] = [
  {
    lane: 'next',
    title: 'Next step',
    hint: 'One or two logical next roles from where you stand today.',
    suggestedMax: 2,
  },
  {
    lane: 'ideal',
    title: 'Ideal role',
    hint: 'The medium-term role you would most like, three to five years out.',
    suggestedMax: 1,
  },
  {
    lane: 'adjacent',
    title: 'Adjacent moves',
    hint: 'Neighbouring teams or industries where your skills would travel.',
    suggestedMax: null,
  },
  {
    lane: 'cross_functional',
    title: 'Cross-functional moves',
    hint: 'Roles in another function that would widen what you can do.',
    suggestedMax: null,
  },
];

export const LANE_TITLES = Object.fromEntries(
  LANES.map((info) => [info.lane, info.title]),
) as Readonly<Record<PortfolioLane, string>>;

/**
 * What a data source (occupations near the person's skills) can offer as a
 * starting point for an entry. The lane shows them when given some, and
 * accepting one becomes an ordinary entry.
 */
export interface PortfolioSuggestion {
  readonly title: string;
  readonly occupationCode: string;
  /** Why it is suggested, in words a person can check. */
  readonly reason: string;
  /** Share of the role's requirements the person already meets, 0–100. */
  readonly overlapPercent?: number;
  /** What the role would ask for beyond today, biggest first, in words. */
  readonly gap?: readonly string[];
  /** What it would build: capability targets and critical skills, in words. */
  readonly builds?: readonly string[];
  /** Critical skills (ids) the role would exercise; the new entry links them. */
  readonly skillIds?: readonly ItemId[];
}

export function createPortfolioEntry(
  id: ItemId,
  lane: PortfolioLane,
  seed?: PortfolioSuggestion,
): PortfolioEntry {
  return {
    id,
    lane,
    title: seed?.title ?? '',
    occupationCode: seed?.occupationCode ?? null,
    notes: '',
    skillIds: [...(seed?.skillIds ?? [])],
  };
}

/** The entries of one lane, in the order of the portfolio. */
export function entriesInLane(
  entries: readonly PortfolioEntry[],
  lane: PortfolioLane,
): PortfolioEntry[] {
  return entries.filter((entry) => entry.lane === lane);
}

/**
 * Moves an entry to another lane, placing it last there: the person sees it
 * arrive at the end of the lane they chose. The same array comes back when
 * the entry is missing or already in that lane.
 */
export function moveEntryToLane(
  entries: readonly PortfolioEntry[],
  id: ItemId,
  lane: PortfolioLane,
): readonly PortfolioEntry[] {
  const entry = entries.find((item) => item.id === id);
  if (!entry || entry.lane === lane) return entries;
  return [...entries.filter((item) => item.id !== id), { ...entry, lane }];
}

/** The lane before or after, for the move buttons; null at either end. */
export function neighbourLane(lane: PortfolioLane, by: -1 | 1): PortfolioLane | null {
  const index = LANES.findIndex((info) => info.lane === lane);
  return LANES[index + by]?.lane ?? null;
}

/**
 * Skill ids in the order of the critical skills, keeping only skills that
 * still exist: a link to a removed skill would make the save fail.
 */
export function toggleSkill(
  skillIds: readonly ItemId[],
  allSkillIds: readonly ItemId[],
  skillId: ItemId,
  on: boolean,
): ItemId[] {
  const chosen = new Set(skillIds);
  if (on) chosen.add(skillId);
  else chosen.delete(skillId);
  return allSkillIds.filter((id) => chosen.has(id));
}

/**
 * What a card hands the occupational-data seam: the entry (with the O*NET
 * occupation it came from, if any) and the name it is shown under.
 */
export interface EntryOccupationProps {
  readonly entry: PortfolioEntry;
  readonly name: string;
}
