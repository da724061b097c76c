import type { OccupationCode } from '@trailmap/domain';
import type { OnetRelease } from '../release.ts';

/**
 * The O*NET release in memory, compact: occupations are numbered 0…n-1 and
 * ratings sit in one Float32Array per descriptor family (row = occupation,
 * column = descriptor), NaN where O*NET gives no rating.
 */

export type DescriptorKind =
  'skill' | 'knowledge' | 'ability' | 'work_activity' | 'work_style' | 'interest';

export interface Descriptor {
  /** O*NET content-model element id, e.g. `2.A.1.a`. */
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly kind: DescriptorKind;
}

export interface RatingBlock {
  readonly kind: DescriptorKind;
  readonly descriptors: readonly Descriptor[];
  readonly indexOfId: ReadonlyMap<string, number>;
  /** Importance 1–5 (for interests: the 1–7 interest score); n occupations × descriptors. */
  readonly importance: Float32Array;
  /** Level 0–7; null for families rated on importance only. */
  readonly level: Float32Array | null;
  /** 1 where the occupation has ratings in this family (O*NET's, or estimated). */
  readonly rated: Uint8Array;
  /** 1 where the ratings are estimated from similar occupations (see estimate-ratings.ts). */
  readonly estimated: Uint8Array;
}

export interface Task {
  readonly id: number;
  readonly text: string;
  readonly core: boolean;
}

export interface Technology {
  readonly example: string;
  readonly commodityCode: string;
  readonly commodityTitle: string;
  readonly hot: boolean;
  readonly inDemand: boolean;
}

export interface Education {
  /** The required level of education most respondents named (O*NET RL category 1–12). */
  readonly category: number;
  readonly label: string;
  /** Share of respondents who named it, 0–100. */
  readonly percent: number;
}

export interface JobZoneInfo {
  readonly jobZone: number;
  readonly name: string;
  readonly experience: string;
  readonly education: string;
  readonly training: string;
}

export type TitleKind = 'title' | 'alternate' | 'reported';

export interface TitleAlias {
  readonly occupation: number;
  readonly text: string;
  readonly kind: TitleKind;
}

export interface OccupationEntry {
  readonly code: OccupationCode;
  readonly title: string;
  readonly description: string;
  /** 1–5, null where O*NET assigns none. */
  readonly jobZone: number | null;
  /** RIASEC high-point letters, e.g. `IC` (empty when unknown). */
  readonly interestCode: string;
}

export interface DwaTable {
  readonly ids: readonly string[];
  readonly titles: readonly string[];
  /** The work activity (4.A.…) each detailed work activity belongs to. */
  readonly workActivityIds: readonly string[];
  /** Per occupation: its detailed work activities (indices, ascending)… */
  readonly ofOccupation: readonly Uint16Array[];
  /** …and how many of its tasks each one covers. */
  readonly taskCounts: readonly Uint8Array[];
}

export interface Catalog {
  readonly release: OnetRelease | null;
  readonly occupations: readonly OccupationEntry[];
  readonly indexOfCode: ReadonlyMap<string, number>;
  readonly blocks: Readonly<Partial<Record<DescriptorKind, RatingBlock>>>;
  readonly dwas: DwaTable;
  readonly tasks: readonly (readonly Task[])[];
  readonly technology: readonly (readonly Technology[])[];
  readonly education: readonly (Education | null)[];
  readonly jobZones: ReadonlyMap<number, JobZoneInfo>;
  readonly titles: readonly TitleAlias[];
  /** Per occupation with estimated ratings: the occupations they were borrowed from. */
  readonly estimatedFrom: ReadonlyMap<number, readonly number[]>;
  /** Names and descriptions of content-model elements (work activities included even without their ratings). */
  readonly elements: ReadonlyMap<string, { readonly name: string; readonly description: string }>;
}

/** Families in the order profiles show them. */
export const DESCRIPTOR_KINDS: readonly DescriptorKind[] = [
  'skill',
  'knowledge',
  'ability',
  'work_activity',
  'work_style',
  'interest',
];

export type RatingSource = 'onet' | 'estimated' | 'none';

/** Whether the occupation's skill and knowledge ratings are O*NET's, estimated, or absent. */
export function ratingSourceOf(catalog: Catalog, occupation: number): RatingSource {
  const block = catalog.blocks.skill;
  if (!block?.rated[occupation]) return 'none';
  return block.estimated[occupation] ? 'estimated' : 'onet';
}

export function importanceOf(block: RatingBlock, occupation: number, descriptor: number): number {
  return block.importance[occupation * block.descriptors.length + descriptor] ?? Number.NaN;
}

export function levelOf(block: RatingBlock, occupation: number, descriptor: number): number {
  return block.level?.[occupation * block.descriptors.length + descriptor] ?? Number.NaN;
}
