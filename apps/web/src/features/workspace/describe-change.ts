/**
 * Words for a part of a plan named by a merge path
 * (`steps.product.problemsSolved[p1].text`) and for its value, so a person
 * settling a conflict reads "Career product › Problems you solve", not JSON.
 */
const NAMES: Record<string, string> = {
  title: 'Plan title',
  knownFor: 'Known for in five years',
  strategy: 'Strategy',
  gratifyingWork: 'Gratifying work',
  values: 'Values',
  phrase: 'Wording',
  overlaps: 'Venn overlaps',
  valueIds: 'Values',
  line: 'Line',
  product: 'Career product',
  problemsSolved: 'Problems you solve',
  reliedOnFor: 'What people rely on you for',
  outcomesImproved: 'Outcomes better because of you',
  proposition: 'Value proposition',
  who: 'Who',
  problems: 'Problems',
  result: 'Result',
  drivers: 'Value drivers',
  problemDifficulty: 'Difficulty of problems',
  speedAndQuality: 'Speed and quality',
  styleAndInfluence: 'Style and influence',
  communicatingValue: 'Communicating value',
  vision: 'Vision',
  teams: 'Teams and leaders',
  impact: 'Impact',
  statement: 'Statement',
  skills: 'Critical skills',
  name: 'Name',
  audit: 'Skill audit',
  answers: 'Answers',
  strengthIds: 'Strengths',
  mustBuildId: 'Must-build skill',
  roadmap: 'Roadmap',
  targetRoles: 'Target roles',
  capabilityTargets: 'Capability targets',
  success: 'Success',
  actions: 'Short-term actions',
  dueDate: 'Due date',
  status: 'Status',
  notes: 'Notes',
  kind: 'Kind',
  portfolio: 'Role portfolio',
  entries: 'Roles',
  lane: 'Lane',
  restructure: 'Restructure today',
  tasks: 'Recurring tasks',
  hoursPerWeek: 'Hours per week',
  value: 'Value',
  decision: 'Decision',
  reinvestmentHoursPerWeek: 'Reinvested hours',
  highImpactProjects: 'High-impact projects',
  crossTeamCollaboration: 'Cross-team collaboration',
  skillPractice: 'Skill practice',
  visibility: 'Visibility',
};

/** Keys that add no words: the containers, and an item's own text. */
const SILENT = new Set(['content', 'steps', 'text']);

export function describePath(path: string): string {
  const names: string[] = [];
  for (const match of path.matchAll(/\[([^\]]*)\]|([^.[\]]+)/g)) {
    if (match[1] !== undefined) names.push('an item');
    else if (match[2] !== undefined && !SILENT.has(match[2]))
      names.push(NAMES[match[2]] ?? match[2]);
  }
  return names.join(' › ') || 'The whole plan';
}

const TEXT_KEYS = ['text', 'phrase', 'title', 'name', 'line', 'statement'] as const;

/** A short reading of a value: text as it is, items by their words, a removal as such. */
export function describeValue(value: unknown): string {
  if (value === undefined) return '(removed)';
  if (value === null) return '(not set)';
  if (typeof value === 'string') return value.trim() === '' ? '(empty)' : value;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    return value.length === 0 ? '(none)' : value.map(describeValue).join(' · ');
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of TEXT_KEYS) {
      const text = record[key];
      if (typeof text === 'string' && text.trim() !== '') return text;
    }
    return Object.entries(record)
      .filter(([key]) => key !== 'id')
      .map(([key, field]) => `${NAMES[key] ?? key}: ${describeValue(field)}`)
      .join('; ');
  }
  return String(value);
}
