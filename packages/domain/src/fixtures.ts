import type { PlanContent } from './model.ts';

/**
 * A complete, valid plan for tests, demos and API examples: an operations
 * coordinator at a mid-sized distribution company who wants to lead process
 * transformation. Every step is filled, every completeness check passes and
 * every link points at an existing item, so tests may rely on it as a
 * known-good baseline and change one thing at a time.
 *
 * Written for Trailmap; it quotes no outside source.
 */
export function createSamplePlanContent(): PlanContent {
  return {
    strategy: {
      gratifyingWork:
        'Taking a tangled way of working that frustrates everyone, mapping it with the people who live in it, ' +
        'and leaving behind something simpler that they own and keep improving after I step away. ' +
        'I am proudest when a team stops firefighting and starts having time to think.',
      values: [
        { id: 'val-simplify', phrase: 'simplifies' },
        { id: 'val-trust', phrase: 'builds trust' },
        { id: 'val-teach', phrase: 'teaches' },
        { id: 'val-measure', phrase: 'measures what matters' },
      ],
      overlaps: [
        {
          valueIds: ['val-simplify', 'val-teach'],
          line: 'When I simplify and teach at once, a team can run the new process without me.',
        },
        {
          valueIds: ['val-trust', 'val-measure'],
          line: 'When I build trust and measure what matters, people welcome the numbers instead of fearing them.',
        },
        {
          valueIds: ['val-simplify', 'val-trust', 'val-teach'],
          line: 'All three together are how change sticks after the project ends.',
        },
      ],
    },
    steps: {
      product: {
        problemsSolved: [
          {
            id: 'ps-handoffs',
            text: 'Orders stall between warehouse and customer service because nobody owns the handoff',
          },
          {
            id: 'ps-reporting',
            text: 'Weekly reporting takes two days of copying numbers between spreadsheets',
          },
          {
            id: 'ps-onboarding',
            text: 'New shift leads need months to learn undocumented routines',
          },
        ],
        reliedOnFor: [
          {
            id: 'ro-peak',
            text: 'Getting shipments moving again when the system goes down at peak season',
          },
          {
            id: 'ro-translate',
            text: 'Explaining a messy operational problem to finance in terms they act on',
          },
        ],
        outcomesImproved: [
          {
            id: 'oi-late',
            text: 'Late deliveries down from one in eight to one in twenty over a year',
          },
          { id: 'oi-close', text: 'Month-end stock count finished in one day instead of three' },
        ],
        proposition: {
          who: 'operations teams and their managers',
          problems: 'slow, error-prone handoffs and reporting that eat their week',
          result: 'spend their time on customers and improvement instead of rework',
        },
        drivers: {
          problemDifficulty: 3,
          speedAndQuality: 4,
          styleAndInfluence: 4,
          communicatingValue: 2,
        },
      },
      vision: {
        problems: [
          {
            id: 'vp-endtoend',
            text: 'Redesign how work flows end to end across several departments, not just one team',
          },
          {
            id: 'vp-adoption',
            text: 'Make new tools and processes actually adopted rather than quietly bypassed',
          },
          { id: 'vp-data', text: 'Give leaders reliable operational data to decide with' },
        ],
        teams: [
          { id: 'vt-coo', text: 'The chief operating officer and the regional operations leads' },
          { id: 'vt-frontline', text: 'Frontline supervisors who carry the change day to day' },
        ],
        impact:
          'A company where improving the way we work is a normal part of every team’s month, and where I am the ' +
          'person others call to make a cross-department change land.',
        statement:
          'In five years I lead improvements that span departments: I turn how the whole business works into ' +
          'something people understand, measure and keep improving themselves.',
      },
      skills: {
        skills: [
          { id: 'sk-mapping', name: 'Process mapping and redesign', source: { kind: 'free' } },
          {
            id: 'sk-change',
            name: 'Leading change across teams',
            source: { kind: 'taxonomy', taxonomy: 'work_activity', elementId: '4.A.4.b.4' },
          },
          {
            id: 'sk-analysis',
            name: 'Data analysis for operations',
            source: { kind: 'taxonomy', taxonomy: 'skill', elementId: '2.B.4.e' },
          },
          {
            id: 'sk-storytelling',
            name: 'Presenting results to executives',
            source: { kind: 'free' },
          },
        ],
      },
      audit: {
        answers: [
          {
            skillId: 'sk-mapping',
            usesNow: true,
            confidentUnderPressure: true,
            trustedByOthers: true,
            couldTeach: true,
          },
          {
            skillId: 'sk-change',
            usesNow: true,
            confidentUnderPressure: false,
            trustedByOthers: true,
            couldTeach: false,
          },
          {
            skillId: 'sk-analysis',
            usesNow: true,
            confidentUnderPressure: true,
            trustedByOthers: true,
            couldTeach: false,
          },
          {
            skillId: 'sk-storytelling',
            usesNow: false,
            confidentUnderPressure: false,
            trustedByOthers: false,
            couldTeach: false,
          },
        ],
        strengthIds: ['sk-mapping', 'sk-analysis'],
        mustBuildId: 'sk-storytelling',
      },
      roadmap: {
        targetRoles: [
          {
            id: 'tr-ops-excellence',
            title: 'Head of operational excellence',
            occupationCode: '11-1021.00',
            problems:
              'Cross-department processes that nobody owns end to end; improvements that fade after launch.',
            success:
              'Three end-to-end processes redesigned with measured gains that hold a year later.',
            visionProblemIds: ['vp-endtoend', 'vp-adoption'],
            capabilityTargets: [
              { id: 'ct-crossdept', text: 'Run a redesign that spans at least two departments' },
              { id: 'ct-sponsor', text: 'Win and keep an executive sponsor' },
              { id: 'ct-exec-present', text: 'Present a business case to the leadership team' },
            ],
          },
          {
            id: 'tr-transformation',
            title: 'Transformation programme manager',
            occupationCode: null,
            problems: 'Large changes that stall between strategy slides and the shop floor.',
            success:
              'A programme delivered on its promised benefits, with teams that ask for the next one.',
            visionProblemIds: ['vp-adoption', 'vp-data'],
            capabilityTargets: [
              { id: 'ct-benefits', text: 'Define and track the benefits of a change programme' },
              { id: 'ct-dashboard', text: 'Build an operational dashboard leaders use every week' },
            ],
          },
        ],
        actions: [
          {
            id: 'act-returns',
            title: 'Lead the redesign of the returns process with warehouse and customer service',
            kind: 'project',
            capabilityTargetId: 'ct-crossdept',
            dueDate: '2026-09-30',
            status: 'in_progress',
            notes: 'Start with a mapping workshop including both shift leads.',
          },
          {
            id: 'act-mentor',
            title: 'Monthly conversation with the finance director about sponsorship',
            kind: 'relationship',
            capabilityTargetId: 'ct-sponsor',
            dueDate: '2026-12-31',
            status: 'planned',
            notes: '',
          },
          {
            id: 'act-quarterly',
            title: 'Present the returns results at the quarterly business review',
            kind: 'project',
            capabilityTargetId: 'ct-exec-present',
            dueDate: '2027-01-31',
            status: 'planned',
            notes: 'Rehearse with a colleague from sales first.',
          },
          {
            id: 'act-benefits',
            title: 'Write a one-page benefits tracker for every improvement I run',
            kind: 'habit',
            capabilityTargetId: 'ct-benefits',
            dueDate: '2026-07-31',
            status: 'in_progress',
            notes: '',
          },
          {
            id: 'act-dashboard',
            title: 'Replace the weekly spreadsheet report with a shared dashboard',
            kind: 'project',
            capabilityTargetId: 'ct-dashboard',
            dueDate: '2026-10-31',
            status: 'planned',
            notes: '',
          },
        ],
      },
      portfolio: {
        entries: [
          {
            id: 'pf-lead',
            lane: 'next',
            title: 'Continuous improvement lead',
            occupationCode: null,
            notes: 'The natural next step inside the current operations team.',
            skillIds: ['sk-mapping', 'sk-change'],
          },
          {
            id: 'pf-head',
            lane: 'ideal',
            title: 'Head of operational excellence',
            occupationCode: '11-1021.00',
            notes: 'Same as the first target role.',
            skillIds: ['sk-mapping', 'sk-change', 'sk-storytelling'],
          },
          {
            id: 'pf-analyst',
            lane: 'adjacent',
            title: 'Supply chain analyst in a larger logistics firm',
            occupationCode: '13-1081.00',
            notes: 'Deepens the data side in an adjacent industry.',
            skillIds: ['sk-analysis'],
          },
          {
            id: 'pf-pmo',
            lane: 'cross_functional',
            title: 'Project manager in the transformation office',
            occupationCode: null,
            notes: 'Builds executive exposure and programme skills.',
            skillIds: ['sk-change', 'sk-storytelling'],
          },
        ],
      },
      restructure: {
        tasks: [
          {
            id: 'task-report',
            name: 'Compile the weekly spreadsheet report',
            hoursPerWeek: 5,
            value: 'low',
            decision: 'automate',
          },
          {
            id: 'task-chase',
            name: 'Chase missing delivery confirmations by phone',
            hoursPerWeek: 3,
            value: 'low',
            decision: 'delegate',
          },
          {
            id: 'task-meeting',
            name: 'Attend the legacy status meeting',
            hoursPerWeek: 1.5,
            value: 'low',
            decision: 'eliminate',
          },
          {
            id: 'task-escalations',
            name: 'Handle customer escalations',
            hoursPerWeek: 8,
            value: 'high',
            decision: 'keep',
          },
          {
            id: 'task-coaching',
            name: 'Coach shift leads',
            hoursPerWeek: 4,
            value: 'high',
            decision: 'keep',
          },
          {
            id: 'task-stock',
            name: 'Check stock discrepancies',
            hoursPerWeek: 6.25,
            value: 'medium',
            decision: 'keep',
          },
        ],
        reinvestmentHoursPerWeek: {
          highImpactProjects: 4.5,
          crossTeamCollaboration: 2,
          skillPractice: 2,
          visibility: 1,
        },
      },
    },
    knownFor:
      'The person who makes the way a company works simpler, measurable and owned by the people doing it.',
  };
}
