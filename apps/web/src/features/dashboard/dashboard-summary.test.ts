import { describe, expect, it } from 'vitest';
import {
  createEmptyPlanContent,
  createSamplePlanContent,
  measureCompleteness,
  traceActions,
} from '@trailmap/domain';
import type { PlanContent } from '@trailmap/domain';
import { listTraceWarnings, suggestNextStep } from './dashboard-summary.ts';

const warningsOf = (content: PlanContent) => listTraceWarnings(content, traceActions(content));

describe('suggestNextStep', () => {
  it('points an empty plan at the strategy, naming the first thing it lacks', () => {
    const completeness = measureCompleteness(createEmptyPlanContent());
    const next = suggestNextStep(completeness);
    expect(next?.screen).toBe('strategy');
    expect(next?.firstMissing).toBe(completeness.steps[0]?.missing[0]);
    expect(next?.moreMissing).toBe((completeness.steps[0]?.missing.length ?? 0) - 1);
  });

  it('suggests nothing once every part is complete', () => {
    expect(suggestNextStep(measureCompleteness(createSamplePlanContent()))).toBeNull();
  });

  it('follows the method’s order rather than the emptiest part', () => {
    const sample = createSamplePlanContent();
    const empty = createEmptyPlanContent();
    // Vision half-done, restructure empty: the vision comes first in the method.
    const content: PlanContent = {
      ...sample,
      steps: {
        ...sample.steps,
        vision: { ...sample.steps.vision, statement: '' },
        restructure: empty.steps.restructure,
      },
    };
    const next = suggestNextStep(measureCompleteness(content));
    expect(next?.screen).toBe('vision');
    expect(next?.moreMissing).toBe(0);
  });
});

describe('listTraceWarnings', () => {
  it('finds nothing loose in the complete sample plan', () => {
    expect(warningsOf(createSamplePlanContent())).toEqual([]);
  });

  it('flags an action linked to nothing, to be fixed on the roadmap', () => {
    const sample = createSamplePlanContent();
    const [first, ...rest] = sample.steps.roadmap.actions;
    if (!first) throw new Error('The sample plan has actions.');
    const content: PlanContent = {
      ...sample,
      steps: {
        ...sample.steps,
        roadmap: {
          ...sample.steps.roadmap,
          actions: [
            { ...first, title: 'Tidy the shared drive', capabilityTargetId: null },
            ...rest,
          ],
        },
      },
    };
    const warnings = warningsOf(content).filter((warning) => warning.group === 'actions');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.screen).toBe('roadmap');
    expect(warnings[0]?.message).toContain('Tidy the shared drive');
  });

  it('leaves dropped actions out, however loose', () => {
    const sample = createSamplePlanContent();
    const actions = sample.steps.roadmap.actions.map((action) => ({
      ...action,
      capabilityTargetId: null,
      status: 'dropped' as const,
    }));
    const content: PlanContent = {
      ...sample,
      steps: { ...sample.steps, roadmap: { ...sample.steps.roadmap, actions } },
    };
    const warnings = warningsOf(content);
    expect(warnings.filter((warning) => warning.group === 'actions')).toEqual([]);
    // With nobody working on them, every capability target is now a loose end.
    const targets = sample.steps.roadmap.targetRoles.flatMap((role) => role.capabilityTargets);
    expect(warnings.filter((warning) => warning.group === 'loose-ends')).toHaveLength(
      targets.length,
    );
  });

  it('sends skills no pathway grows to the role portfolio, with unique keys', () => {
    const sample = createSamplePlanContent();
    const content: PlanContent = {
      ...sample,
      steps: { ...sample.steps, portfolio: { entries: [] } },
    };
    const warnings = warningsOf(content);
    expect(warnings).toHaveLength(sample.steps.skills.skills.length);
    expect(warnings.every((warning) => warning.screen === 'portfolio')).toBe(true);
    expect(new Set(warnings.map((warning) => warning.key)).size).toBe(warnings.length);
  });
});
