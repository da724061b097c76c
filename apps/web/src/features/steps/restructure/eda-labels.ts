import type { EdaDecision, Reinvestment, TaskValue } from '@trailmap/domain';

/** Words for the EDA ledger, shared by the form, the summary and the chart. */
export const VALUE_LABELS: Readonly<Record<TaskValue, string>> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

export const DECISION_LABELS: Readonly<Record<EdaDecision, string>> = {
  eliminate: 'Eliminate',
  delegate: 'Delegate',
  automate: 'Automate',
  keep: 'Keep',
};

/** Longer words in the decision list, so the choice explains itself. */
export const DECISION_OPTIONS: Readonly<Record<EdaDecision, string>> = {
  eliminate: 'Eliminate — stop doing it',
  delegate: 'Delegate — hand it to someone better placed',
  automate: 'Automate — let a tool or template do it',
  keep: 'Keep — it is worth your time',
};

export const REINVESTMENT_LABELS: Readonly<Record<keyof Reinvestment, string>> = {
  highImpactProjects: 'High-impact projects',
  crossTeamCollaboration: 'Cross-team collaboration',
  skillPractice: 'Skill practice',
  visibility: 'Visibility',
};

export const REINVESTMENT_HINTS: Readonly<Record<keyof Reinvestment, string>> = {
  highImpactProjects: 'Work that builds your capability targets and shows in results.',
  crossTeamCollaboration: 'Time with the teams your next role works with.',
  skillPractice: 'Deliberate practice of your must-build skill.',
  visibility: 'Sharing what you made possible with the people who decide.',
};

export const REINVESTMENT_KEYS = Object.keys(REINVESTMENT_LABELS) as (keyof Reinvestment)[];
export const FREEING_DECISIONS = ['eliminate', 'delegate', 'automate'] as const;
