import { describe, expect, it } from 'vitest';
import type { BackpackResponse, TaskMatchResponse } from '@trailmap/contracts';
import type { CriticalSkill, RecurringTask } from '@trailmap/domain';
import {
  backpackOf,
  backpackRequestOf,
  dismiss,
  isDismissed,
  matchOf,
  matchRequestOf,
  mergeBackpack,
  mergeMatches,
  offersAutomate,
  percent,
  quoted,
} from './eda-ai.ts';

const occupation = { code: '13-1111.00', title: 'Management Analysts' };
const task = (id: string, name: string, extra: Partial<RecurringTask> = {}): RecurringTask => ({
  id,
  name,
  hoursPerWeek: 2,
  value: 'low',
  decision: null,
  ...extra,
});
const skill = (id: string, name: string): CriticalSkill => ({
  id,
  name,
  source: { kind: 'free' },
});

const source: TaskMatchResponse['source'] = {
  study: 'gpts-are-gpts',
  name: 'GPTs are GPTs',
  authors: 'Eloundou et al.',
  year: 2024,
  url: 'https://example.org',
  measures: 'exposure',
  doesNotMeasure: 'Exposure is not job loss.',
  license: 'MIT',
  licenseUrl: 'https://opensource.org/license/mit',
  attribution: 'data © 2024 OpenAI, MIT License.',
};

const result = (
  id: string,
  name: string,
  extra: Partial<TaskMatchResponse['results'][number]> = {},
): TaskMatchResponse['results'][number] => ({
  id,
  name,
  value: 'low',
  onetTasks: [],
  workActivities: [],
  exposureLevel: 'high',
  suggestion: 'automate',
  reason: 'Highly exposed and of low value to you.',
  ...extra,
});

const response = (
  results: TaskMatchResponse['results'],
  occupationCode = occupation.code,
): TaskMatchResponse => ({
  occupationCode,
  title: 'Management Analysts',
  rule: 'rule',
  source,
  results,
});

describe('the EDA match request', () => {
  it('carries every named task once, trimmed, in one request for the current occupation', () => {
    const request = matchRequestOf(occupation, [
      task('t1', '  answer client emails '),
      task('t2', '   '),
      task('t3', 'weekly status report', { value: 'high' }),
    ]);
    expect(request).toEqual({
      occupationCode: '13-1111.00',
      tasks: [
        { id: 't1', name: 'answer client emails', value: 'low' },
        { id: 't3', name: 'weekly status report', value: 'high' },
      ],
    });
  });

  it('asks nothing without a current occupation or without a named task', () => {
    expect(matchRequestOf(null, [task('t1', 'emails')])).toBeNull();
    expect(matchRequestOf(undefined, [task('t1', 'emails')])).toBeNull();
    expect(matchRequestOf(occupation, [task('t1', ' ')])).toBeNull();
  });

  it('is the same request (same JSON) when only hours or the decision change', () => {
    const before = matchRequestOf(occupation, [task('t1', 'emails')]);
    const after = matchRequestOf(occupation, [
      task('t1', 'emails', { hoursPerWeek: 5, decision: 'keep' }),
    ]);
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
    const renamed = matchRequestOf(occupation, [task('t1', 'emails to clients')]);
    expect(JSON.stringify(renamed)).not.toBe(JSON.stringify(before));
  });
});

describe('the backpack request', () => {
  it('asks for tasks marked Automate and every named critical skill', () => {
    const request = backpackRequestOf(
      occupation,
      [
        task('t1', 'status report', { decision: 'automate' }),
        task('t2', 'one-to-ones', { decision: 'keep' }),
        task('t3', ' ', { decision: 'automate' }),
      ],
      [skill('s1', 'Data storytelling'), skill('s2', '')],
    );
    expect(request).toEqual({
      occupationCode: '13-1111.00',
      tasks: [{ id: 't1', name: 'status report' }],
      skills: [{ id: 's1', name: 'Data storytelling' }],
    });
  });

  it('asks nothing when there is no occupation, no Automate task and no skill', () => {
    expect(backpackRequestOf(null, [task('t1', 'x', { decision: 'automate' })], [])).toBeNull();
    expect(backpackRequestOf(occupation, [task('t1', 'x', { decision: 'keep' })], [])).toBeNull();
  });
});

describe('merging answers', () => {
  it('replaces the results of the tasks an answer names and keeps the others', () => {
    const first = mergeMatches(null, response([result('t1', 'emails'), result('t2', 'report')]));
    const second = mergeMatches(first, response([result('t2', 'weekly report')]));
    expect(second.byId.get('t1')?.name).toBe('emails');
    expect(second.byId.get('t2')?.name).toBe('weekly report');
    // The earlier state is not changed in place.
    expect(first.byId.get('t2')?.name).toBe('report');
  });

  it('starts afresh for another occupation, and shows nothing held for the previous one', () => {
    const first = mergeMatches(null, response([result('t1', 'emails')]));
    const other = mergeMatches(first, response([result('t2', 'report')], '15-1252.00'));
    expect([...other.byId.keys()]).toEqual(['t2']);
    expect(matchOf(first, '15-1252.00', task('t1', 'emails'))).toBeNull();
  });

  it('marks an answer as older once the task is renamed or its value changes', () => {
    const held = mergeMatches(null, response([result('t1', 'emails')]));
    expect(matchOf(held, occupation.code, task('t1', ' emails '))?.current).toBe(true);
    expect(matchOf(held, occupation.code, task('t1', 'emails to clients'))?.current).toBe(false);
    expect(matchOf(held, occupation.code, task('t1', 'emails', { value: 'high' }))?.current).toBe(
      false,
    );
    expect(matchOf(held, occupation.code, task('t1', ''))).toBeNull();
    expect(matchOf(held, occupation.code, task('t9', 'new task'))).toBeNull();
  });

  it('keeps backpack answers per task and per skill, apart', () => {
    const item = (kind: 'task' | 'skill', id: string, name: string) => ({
      for: kind,
      id,
      name,
      onetTasks: [],
      workActivities: [],
      suggestions: [],
    });
    const answer = (items: BackpackResponse['items']): BackpackResponse => ({
      occupationCode: occupation.code,
      title: 'Management Analysts',
      rule: 'rule',
      items,
    });
    const held = mergeBackpack(
      mergeBackpack(
        null,
        answer([item('task', 'x1', 'report'), item('skill', 'x1', 'Storytelling')]),
      ),
      answer([item('skill', 'x1', 'Data storytelling')]),
    );
    expect(backpackOf(held, occupation.code, 'task', { id: 'x1', name: 'report' })?.current).toBe(
      true,
    );
    const skillAnswer = backpackOf(held, occupation.code, 'skill', {
      id: 'x1',
      name: 'Data storytelling',
    });
    expect(skillAnswer?.result.name).toBe('Data storytelling');
    expect(skillAnswer?.current).toBe(true);
  });
});

describe('the Automate suggestion', () => {
  const held = mergeMatches(
    null,
    response([result('t1', 'emails'), result('t2', 'planning', { suggestion: null })]),
  );

  it('is offered where the server suggests it, until accepted or dismissed', () => {
    const emails = task('t1', 'emails');
    expect(offersAutomate(matchOf(held, occupation.code, emails), emails, {})).toBe(true);
    const planning = task('t2', 'planning');
    expect(offersAutomate(matchOf(held, occupation.code, planning), planning, {})).toBe(false);
    const accepted = { ...emails, decision: 'automate' as const };
    expect(offersAutomate(matchOf(held, occupation.code, accepted), accepted, {})).toBe(false);
    const dismissed = dismiss({}, emails);
    expect(offersAutomate(matchOf(held, occupation.code, emails), emails, dismissed)).toBe(false);
  });

  it('is not offered on an answer about older words', () => {
    const renamed = task('t1', 'emails to suppliers');
    expect(offersAutomate(matchOf(held, occupation.code, renamed), renamed, {})).toBe(false);
  });

  it('comes back after a dismissal once the task is renamed', () => {
    const dismissals = dismiss({}, task('t1', 'emails'));
    expect(isDismissed(dismissals, task('t1', ' emails'))).toBe(true);
    expect(isDismissed(dismissals, task('t1', 'client emails'))).toBe(false);
  });
});

describe('words for figures', () => {
  it('quotes an O*NET statement inside a sentence without its full stop', () => {
    expect(quoted(' Prepare business correspondence. ')).toBe('“Prepare business correspondence”');
    expect(quoted('Sort mail')).toBe('“Sort mail”');
  });

  it('rounds shares and never shows a present share as 0 %', () => {
    expect(percent(0.456)).toBe('46 %');
    expect(percent(0.001)).toBe('under 1 %');
    expect(percent(0)).toBe('0 %');
  });
});
