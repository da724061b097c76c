import type { SkillLevelLabel } from '@trailmap/domain';
import type { AuditQuestion } from './audit-edits.ts';

/** The four audit questions, as asked on screen, in the order of the ladder. */
export const AUDIT_QUESTIONS: ReadonlyArray<{ key: AuditQuestion; text: string }> = [
  { key: 'usesNow', text: 'Do I use it in my work now?' },
  { key: 'confidentUnderPressure', text: 'Am I confident with it when the stakes are high?' },
  { key: 'trustedByOthers', text: 'Do others trust me with it?' },
  { key: 'couldTeach', text: 'Could I teach it, or lead with it, tomorrow?' },
];

/** How each level reads on screen: a name and what it means in practice. */
export const LEVEL_WORDS: Record<SkillLevelLabel, { name: string; meaning: string }> = {
  not_yet: { name: 'Not yet', meaning: 'no “yes” so far: a skill to start from scratch' },
  emerging: { name: 'Emerging', meaning: 'one “yes”: it is there, not yet dependable' },
  capable: { name: 'Capable', meaning: 'two “yes”: solid in ordinary conditions' },
  trusted: { name: 'Trusted', meaning: 'three “yes”: people count on you for it' },
  leading: { name: 'Leading', meaning: 'four “yes”: you could teach it and set the bar' },
};
