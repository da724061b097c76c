import type { PlanContent } from './model.ts';

/** The content of a plan nobody has written in yet. */
export function createEmptyPlanContent(): PlanContent {
  return {
    strategy: { gratifyingWork: '', values: [], overlaps: [] },
    steps: {
      product: {
        problemsSolved: [],
        reliedOnFor: [],
        outcomesImproved: [],
        proposition: { who: '', problems: '', result: '' },
        drivers: {
          problemDifficulty: null,
          speedAndQuality: null,
          styleAndInfluence: null,
          communicatingValue: null,
        },
      },
      vision: { problems: [], teams: [], impact: '', statement: '' },
      skills: { skills: [] },
      audit: { answers: [], strengthIds: [], mustBuildId: null },
      roadmap: { targetRoles: [], actions: [] },
      portfolio: { entries: [], currentOccupation: null },
      restructure: {
        tasks: [],
        reinvestmentHoursPerWeek: {
          highImpactProjects: 0,
          crossTeamCollaboration: 0,
          skillPractice: 0,
          visibility: 0,
        },
        aiBackpack: [],
      },
    },
    knownFor: '',
  };
}
