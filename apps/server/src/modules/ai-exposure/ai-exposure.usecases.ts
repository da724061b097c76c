import {
  STUDIES,
  EDA_SUGGESTION_RULE,
  exposureLevelOf,
  findSocApplicability,
  GPTS_ARE_GPTS,
  matchStatements,
  MIN_MATCH_SCORE,
  strengthOfScore,
  WEAK_MATCH_SCORE,
  suggestAssistance,
  suggestForEdaTask,
  WORKING_WITH_AI,
  type AiExposureData,
  type SocMatch,
  type StatementMatch,
} from '@trailmap/ai-exposure';
import type {
  AboutResponse,
  AiExposureBatchResponse,
  BackpackResponse,
  OccupationAiExposure,
  TaskMatchResponse,
} from '@trailmap/contracts';
import { parseOccupationCode, type OccupationCode, type TaskValue } from '@trailmap/domain';
import { requireIndex, requireOccupation } from '../occupations/occupations.usecases.ts';
import { iwaOfDwa, occupationStatements } from './ai-exposure.matching.ts';
import type { OccupationData } from '../occupations/occupations.repository.ts';
import {
  aiExposureMessageOf,
  aiExposureUnavailable,
  occupationsUnknown,
} from './ai-exposure.errors.ts';
import { presentSource, round4 } from './ai-exposure.presenters.ts';
import type { AiExposureSource } from './ai-exposure.repository.ts';

export interface AiExposureDeps {
  readonly studies: AiExposureSource;
  /** O*NET, when loaded: titles, the current task list, tasks and work activities to match. */
  readonly occupations: OccupationData;
}

/** The studies when ready; otherwise the 503 that says how to add them. */
export function requireStudies(deps: AiExposureDeps): AiExposureData {
  const state = deps.studies.state();
  if (state.status !== 'ready') throw aiExposureUnavailable(state);
  return state.data;
}

const MATCH_NOTES: Readonly<Record<SocMatch['kind'], (m: SocMatch) => string>> = {
  same: (m) => `The study's figure for SOC ${m.soc} (${m.row.title}), this occupation itself.`,
  broader_soc: (m) =>
    `Inherited: the study scores 6-digit SOC codes, and this O*NET occupation is part of SOC ${m.soc} (${m.row.title}); the figure is that broader occupation's.`,
  bls_aggregate: (m) =>
    `Inherited: the study scores the BLS aggregate ${m.soc} (${m.row.title}), which includes this occupation; the figure is the aggregate's.`,
};

function describe(
  data: AiExposureData,
  onet: OccupationData,
  code: OccupationCode,
  includeTasks: boolean,
): OccupationAiExposure | null {
  const onetState = onet.state();
  const index = onetState.status === 'ready' ? onetState.index : null;
  const position = index?.catalog.indexOfCode.get(code);
  const gpts = data.gpts?.occupations.get(code) ?? null;
  const soc = data.workingWithAi ? findSocApplicability(data.workingWithAi, code) : null;
  const title =
    (position !== undefined ? index?.catalog.occupations[position]?.title : undefined) ??
    gpts?.title ??
    (soc?.kind === 'same' ? soc.row.title : undefined);
  if (title === undefined) return null;

  const notes: string[] = [];
  if (!data.gpts)
    notes.push('The "GPTs are GPTs" files are not installed, so no exposure figures.');
  else if (!gpts)
    notes.push(
      '"GPTs are GPTs" rates the 923 O*NET occupations that had tasks in 2023; this one is not among them.',
    );
  if (!data.workingWithAi)
    notes.push('The "Working with AI" files are not installed, so no applicability score.');
  else if (!soc)
    notes.push(
      `"Working with AI" has no score for SOC ${code.slice(0, 7)} or an aggregate that includes it.`,
    );

  const result: OccupationAiExposure = {
    code,
    title,
    exposure: gpts
      ? {
          source: presentSource(GPTS_ARE_GPTS),
          gpt4: sharesOf(gpts.gpt4),
          human: sharesOf(gpts.human),
        }
      : null,
    applicability: soc
      ? {
          source: presentSource(WORKING_WITH_AI),
          score: round4(soc.row.score),
          socCode: soc.soc,
          socTitle: soc.row.title,
          match: soc.kind,
          inherited: soc.kind !== 'same',
          note: MATCH_NOTES[soc.kind](soc),
          coverageAi: soc.row.metrics ? round4(soc.row.metrics.coverageAi) : null,
          completionAi: soc.row.metrics ? round4(soc.row.metrics.completionAi) : null,
          impactScopeAi: soc.row.metrics ? round4(soc.row.metrics.impactScopeAi) : null,
        }
      : null,
    notes,
  };
  if (!includeTasks) return result;
  const onetTaskIds =
    position !== undefined && index
      ? new Set(index.catalog.tasks[position]?.map((t) => t.id) ?? [])
      : null;
  const labels = data.gpts?.tasksByCode.get(code) ?? [];
  return {
    ...result,
    tasks: data.gpts
      ? {
          source: presentSource(GPTS_ARE_GPTS),
          labels: labels.map((t) => ({
            taskId: t.taskId,
            task: t.task,
            core: t.core,
            human: t.human,
            gpt4: t.gpt4,
            gpt4AltRubric: t.gpt4AltRubric,
            automation: t.gpt4Automation,
            inOnetRelease: onetTaskIds ? onetTaskIds.has(t.taskId) : null,
          })),
        }
      : null,
  };
}

const sharesOf = (s: { alpha: number; beta: number; gamma: number }) => ({
  alpha: round4(s.alpha),
  beta: round4(s.beta),
  gamma: round4(s.gamma),
});

/**
 * The studies for /api/about: each with its caveats, licence, attribution and
 * version, whether this server holds it, or what to do to add them.
 */
export function describeAiExposureSources(
  studies: AiExposureSource,
): AboutResponse['aiExposureData'] {
  const state = studies.state();
  const data = state.status === 'ready' ? state.data : null;
  const installed = (id: (typeof STUDIES)[number]['id']): boolean | null => {
    if (state.status === 'loading') return null;
    if (!data) return false;
    return id === 'gpts-are-gpts' ? data.gpts !== null : data.workingWithAi !== null;
  };
  return {
    status: state.status,
    message: aiExposureMessageOf(state),
    studies: STUDIES.map((study) => ({
      ...presentSource(study),
      version: study.version,
      installed: installed(study.id),
    })),
    rejectedRows: data ? data.report.rejects.length : null,
  };
}

/** One occupation with its task-level labels; 404 when neither O*NET nor a study knows the code. */
export function getOccupationExposure(deps: AiExposureDeps, code: string): OccupationAiExposure {
  const data = requireStudies(deps);
  const parsed = parseOccupationCode(code);
  const found = parsed && describe(data, deps.occupations, parsed, true);
  if (!found) throw occupationsUnknown([code]);
  return found;
}

/** Several occupations at once (current role, targets, portfolio cards), in the order asked, once each. */
export function getOccupationsExposure(
  deps: AiExposureDeps,
  body: { codes: readonly string[]; includeTasks: boolean },
): AiExposureBatchResponse {
  const data = requireStudies(deps);
  const codes = [...new Set(body.codes)];
  const found = codes.map((code) => {
    const parsed = parseOccupationCode(code);
    return parsed && describe(data, deps.occupations, parsed, body.includeTasks);
  });
  const unknown = codes.filter((_, i) => !found[i]);
  if (unknown.length > 0) throw occupationsUnknown(unknown);
  return { occupations: found.filter((o) => o !== null) };
}

// ---------------------------------------------------------------------------
// EDA meets AI

const MATCHES_SHOWN = 3;

/** O*NET's index and the occupation in it; the occupation routes' 503/404 when not there. */
function requireOnetOccupation(deps: AiExposureDeps, code: string) {
  const index = requireIndex(deps.occupations);
  return { index, occupation: requireOccupation(index, code) };
}

export function matchEdaTasks(
  deps: AiExposureDeps,
  body: {
    occupationCode: string;
    tasks: readonly { id: string; name: string; value: TaskValue }[];
  },
): TaskMatchResponse {
  const data = requireStudies(deps);
  const { index, occupation } = requireOnetOccupation(deps, body.occupationCode);
  const statements = occupationStatements(index, occupation);
  const labels = new Map(
    (data.gpts?.tasksByCode.get(body.occupationCode) ?? []).map((t) => [t.taskId, t]),
  );
  const results = body.tasks.map((task) => {
    const { tasks, dwas } = matchStatements(statements, task.name, {
      limit: MATCHES_SHOWN,
      minScore: WEAK_MATCH_SCORE,
    });
    const onetTasks = tasks.map((m) => {
      const label = labels.get(Number(m.statement.id));
      return {
        taskId: Number(m.statement.id),
        task: m.statement.text,
        score: round4(m.score),
        strength: strengthOfScore(m.score),
        human: label?.human ?? null,
        gpt4: label?.gpt4 ?? null,
        automation: label?.gpt4Automation ?? null,
      };
    });
    const bestLabelled = onetTasks.find(
      (t) => t.strength === 'close' && t.human !== null && t.gpt4 !== null,
    );
    const level = bestLabelled
      ? exposureLevelOf(bestLabelled.human!, bestLabelled.gpt4!)
      : 'unknown';
    return {
      id: task.id,
      name: task.name,
      value: task.value,
      onetTasks,
      workActivities: dwas.map((m) => presentWorkActivity(data, m)),
      exposureLevel: level,
      ...suggestForEdaTask(task.value, level),
    };
  });
  return {
    occupationCode: body.occupationCode,
    title: index.catalog.occupations[occupation]!.title,
    rule: EDA_SUGGESTION_RULE,
    source: presentSource(GPTS_ARE_GPTS),
    results,
  };
}

function presentWorkActivity(data: AiExposureData, m: StatementMatch) {
  const iwaId = iwaOfDwa(m.statement.id);
  const iwa = data.workingWithAi?.iwas.get(iwaId) ?? null;
  return {
    dwaId: m.statement.id,
    title: m.statement.text,
    iwaId,
    iwaTitle: iwa?.title ?? null,
    score: round4(m.score),
    strength: strengthOfScore(m.score),
    aiUse: iwa
      ? {
          source: presentSource(WORKING_WITH_AI),
          shareAi: round4(iwa.shareAi),
          completionAi: iwa.completionAi === null ? null : round4(iwa.completionAi),
          impactScopeAi: iwa.impactScopeAi === null ? null : round4(iwa.impactScopeAi),
        }
      : null,
  };
}

// ---------------------------------------------------------------------------
// The AI backpack

const BACKPACK_RULE =
  "Each task or skill is matched to the occupation's O*NET tasks and detailed work activities by the words they share (as for EDA matching). The wording of each match (for an activity, with its intermediate activity's) is read through a table of rules (writing → drafting, reading and records → summarising, numbers and data → data analysis, software → coding assistance, conferring → meeting notes, finding information → research, training → tutoring, designing and planning → brainstorming, scheduling, languages → translation); an activity no rule reaches takes the kind of its family of work activities at half weight. Kinds are ranked by the summed match scores behind them. Every critical skill also gets a practice partner (tutoring), since it is a skill to build.";

export function suggestBackpack(
  deps: AiExposureDeps,
  body: {
    occupationCode: string;
    tasks: readonly { id: string; name: string }[];
    skills: readonly { id: string; name: string }[];
  },
): BackpackResponse {
  const data = requireStudies(deps);
  const { index, occupation } = requireOnetOccupation(deps, body.occupationCode);
  const statements = occupationStatements(index, occupation);
  const itemOf = (kind: 'task' | 'skill', ref: { id: string; name: string }) => {
    const { tasks, dwas } = matchStatements(statements, ref.name, {
      limit: MATCHES_SHOWN,
      minScore: MIN_MATCH_SCORE,
    });
    const workActivities = dwas.map((m) => ({
      dwaId: m.statement.id,
      title: m.statement.text,
      iwaTitle: data.workingWithAi?.iwas.get(iwaOfDwa(m.statement.id))?.title ?? null,
      score: round4(m.score),
    }));
    const onetTasks = tasks.map((m) => ({
      taskId: Number(m.statement.id),
      task: m.statement.text,
      score: round4(m.score),
    }));
    const evidence = [
      ...workActivities.map((a) => ({ kind: 'dwa' as const, id: a.dwaId, ...a })),
      ...onetTasks.map((t) => ({
        kind: 'task' as const,
        id: String(t.taskId),
        title: t.task,
        iwaTitle: null,
        score: t.score,
      })),
    ];
    return {
      for: kind,
      id: ref.id,
      name: ref.name,
      onetTasks,
      workActivities,
      suggestions: suggestAssistance(evidence, { forSkill: kind === 'skill' }),
    };
  };
  return {
    occupationCode: body.occupationCode,
    title: index.catalog.occupations[occupation]!.title,
    rule: BACKPACK_RULE,
    items: [
      ...body.tasks.map((task) => itemOf('task', task)),
      ...body.skills.map((skill) => itemOf('skill', skill)),
    ],
  };
}
