import type { AiToolOutcome, AssistanceKind } from './model.ts';

/** Every kind of AI assistance the backpack knows, in the order it shows them, with a label and an example. */
export const ASSISTANCE_KINDS: readonly {
  readonly kind: AssistanceKind;
  readonly label: string;
  readonly example: string;
}[] = [
  {
    kind: 'drafting',
    label: 'Drafting',
    example: 'a first draft of a report, letter or reply to edit',
  },
  {
    kind: 'summarising',
    label: 'Summarising',
    example: 'the gist of long documents, threads or records',
  },
  {
    kind: 'data_analysis',
    label: 'Data analysis',
    example: 'formulas, checks and charts over a spreadsheet',
  },
  {
    kind: 'coding_assistance',
    label: 'Coding assistance',
    example: 'code, tests and fixes suggested in the editor',
  },
  {
    kind: 'meeting_notes',
    label: 'Meeting notes',
    example: 'minutes and action items from a call',
  },
  {
    kind: 'research',
    label: 'Research',
    example: 'sources found and compared, with citations to check',
  },
  {
    kind: 'tutoring',
    label: 'Tutoring / practice partner',
    example: 'explanations, quizzes and role-play to practise',
  },
  {
    kind: 'brainstorming',
    label: 'Brainstorming',
    example: 'options and counter-arguments to widen a plan',
  },
  { kind: 'scheduling', label: 'Scheduling', example: 'calendars, agendas and reminders arranged' },
  {
    kind: 'translation',
    label: 'Translation',
    example: 'text put into or checked in another language',
  },
];

export const AI_TOOL_OUTCOMES: readonly AiToolOutcome[] = [
  'not_tried',
  'helped',
  'mixed',
  'did_not_help',
];
