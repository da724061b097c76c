import type { GapResponse } from '@trailmap/contracts';
import type { TargetRole } from '@trailmap/domain';
import { kindWord } from '../comparison-words.ts';

type GapItem = GapResponse['items'][number];

const wordsOf = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * What the gap item is called in the plan: the person's own skill name when
 * one maps to it, otherwise O*NET's name with its kind (O*NET has both a
 * skill and a knowledge area called "Mathematics").
 */
export const gapItemName = (item: GapItem): string =>
  item.planSkill?.name.trim() || `${item.name} (${kindWord(item.kind)})`;

/**
 * A gap item as a capability target, in words a roadmap can hold:
 * "Negotiation (skill): reach level 4.5 of 7" (O*NET's level scale is 0–7).
 */
export const capabilityTargetText = (item: GapItem): string =>
  `${gapItemName(item)}: reach level ${item.targetLevel.toFixed(1)} of 7`;

/**
 * True when the role already builds this gap item: a capability target
 * starts with its name (the level in the words may have been edited since).
 */
export function isTargetFor(role: TargetRole, item: GapItem): boolean {
  const name = wordsOf(gapItemName(item));
  return role.capabilityTargets.some((target) => {
    const words = wordsOf(target.text);
    return words === name || words.startsWith(`${name}:`);
  });
}
