import { parseOccupationCode } from '@trailmap/domain';
import type {
  AutomationLabel,
  ExposureLabel,
  ExposureShares,
  GptsOccupation,
  IwaMetrics,
  SocApplicability,
  TaskExposure,
} from '../model.ts';
import { readNumber, type FieldReader, type TableSpec } from './rows.ts';

/** The files read, relative to the AI-exposure folder, each with its checks. */

const SOC = /^\d{2}-\d{4}$/;
const IWA = /^4\.A\.\d\.[a-z]\.\d+\.I\d{2}$/;

const notACode = (value: string) => `"${value}" is not an O*NET-SOC code (NN-NNNN.NN)`;

const share = (field: FieldReader, column: string) => readNumber(field(column), column, 0, 1);

function shares(field: FieldReader, prefix: string): ExposureShares | string {
  const alpha = share(field, `${prefix}_alpha`);
  const beta = share(field, `${prefix}_beta`);
  const gamma = share(field, `${prefix}_gamma`);
  if (typeof alpha === 'string') return alpha;
  if (typeof beta === 'string') return beta;
  if (typeof gamma === 'string') return gamma;
  // β = α + ½(γ − α) by definition; data that breaks the order is not the paper's.
  if (alpha > beta + 1e-9 || beta > gamma + 1e-9)
    return `${prefix} shares are out of order (α ${alpha}, β ${beta}, γ ${gamma}; α ≤ β ≤ γ)`;
  return { alpha, beta, gamma };
}

export const occLevelSpec: TableSpec<GptsOccupation> = {
  file: 'gpts-are-gpts/occ_level.csv',
  delimiter: ',',
  columns: [
    'O*NET-SOC Code',
    'Title',
    'dv_rating_alpha',
    'dv_rating_beta',
    'dv_rating_gamma',
    'human_rating_alpha',
    'human_rating_beta',
    'human_rating_gamma',
  ],
  toRow: (field) => {
    const c = parseOccupationCode(field('O*NET-SOC Code'));
    if (!c) return notACode(field('O*NET-SOC Code'));
    const title = field('Title');
    if (title === '') return 'Title is empty';
    const gpt4 = shares(field, 'dv_rating');
    if (typeof gpt4 === 'string') return gpt4;
    const human = shares(field, 'human_rating');
    if (typeof human === 'string') return human;
    return { code: c, title, gpt4, human };
  },
  keyOf: (row) => row.code,
};

const EXPOSURE = new Set(['E0', 'E1', 'E2']);
const AUTOMATION = new Set(['T0', 'T1', 'T2', 'T3', 'T4']);

/** The label, or null when the cell holds something else. */
function exposure(field: FieldReader, column: string): ExposureLabel | null {
  const value = field(column);
  return EXPOSURE.has(value) ? (value as ExposureLabel) : null;
}

const notALabel = (field: FieldReader, column: string) =>
  `${column} "${field(column)}" is not E0, E1 or E2`;

export const fullLabelsetSpec: TableSpec<TaskExposure> = {
  file: 'gpts-are-gpts/full_labelset.tsv',
  delimiter: '\t',
  columns: [
    'O*NET-SOC Code',
    'Task ID',
    'Task',
    'Task Type',
    'human_exposure_agg',
    'gpt4_exposure',
    'gpt4_exposure_alt_rubric',
    'gpt4_automation',
  ],
  toRow: (field) => {
    const c = parseOccupationCode(field('O*NET-SOC Code'));
    if (!c) return notACode(field('O*NET-SOC Code'));
    // pandas wrote the Task ID as a float (8823.0).
    const taskId = readNumber(field('Task ID'), 'Task ID', 1, 1e9);
    if (typeof taskId === 'string') return taskId;
    if (!Number.isInteger(taskId)) return `Task ID ${field('Task ID')} is not a whole number`;
    const task = field('Task');
    if (task === '') return 'Task is empty';
    const type = field('Task Type');
    if (type !== '' && type !== 'Core' && type !== 'Supplemental')
      return `Task Type "${type}" is neither Core nor Supplemental`;
    const human = exposure(field, 'human_exposure_agg');
    if (!human) return notALabel(field, 'human_exposure_agg');
    const gpt4 = exposure(field, 'gpt4_exposure');
    if (!gpt4) return notALabel(field, 'gpt4_exposure');
    const alt = exposure(field, 'gpt4_exposure_alt_rubric');
    if (!alt) return notALabel(field, 'gpt4_exposure_alt_rubric');
    const automation = field('gpt4_automation');
    if (automation !== '' && !AUTOMATION.has(automation))
      return `gpt4_automation "${automation}" is not one of T0–T4`;
    return {
      code: c,
      taskId,
      task,
      core: type === '' ? null : type === 'Core',
      human,
      gpt4,
      gpt4AltRubric: alt,
      gpt4Automation: automation === '' ? null : (automation as AutomationLabel),
    };
  },
  keyOf: (row) => `${row.code} task ${row.taskId}`,
};

const soc = (field: FieldReader): string | { soc: string } => {
  const value = field('SOC Code');
  return SOC.test(value) ? { soc: value } : `"${value}" is not a 6-digit SOC code (NN-NNNN)`;
};

export const applicabilitySpec: TableSpec<Omit<SocApplicability, 'metrics'>> = {
  file: 'working-with-ai/soc_ai_applicability_scores.csv',
  delimiter: ',',
  columns: ['SOC Code', 'title', 'ai_applicability_score'],
  toRow: (field) => {
    const s = soc(field);
    if (typeof s === 'string') return s;
    const title = field('title');
    if (title === '') return 'title is empty';
    const score = share(field, 'ai_applicability_score');
    if (typeof score === 'string') return score;
    return { soc: s.soc, title, score };
  },
  keyOf: (row) => row.soc,
};

export type SocMetricsRow = { soc: string } & NonNullable<SocApplicability['metrics']>;

const METRIC_COLUMNS = {
  coverageUser: 'coverage_user',
  coverageAi: 'coverage_ai',
  completionUser: 'completion_user',
  completionAi: 'completion_ai',
  impactScopeUser: 'impact_scope_user',
  impactScopeAi: 'impact_scope_ai',
} as const;

export const socMetricsSpec: TableSpec<SocMetricsRow> = {
  file: 'working-with-ai/soc_metrics.csv',
  delimiter: ',',
  columns: ['SOC Code', ...Object.values(METRIC_COLUMNS)],
  toRow: (field) => {
    const s = soc(field);
    if (typeof s === 'string') return s;
    const row: Record<string, number> = {};
    for (const [key, column] of Object.entries(METRIC_COLUMNS)) {
      const value = share(field, column);
      if (typeof value === 'string') return value;
      row[key] = value;
    }
    return { soc: s.soc, ...(row as NonNullable<SocApplicability['metrics']>) };
  },
  keyOf: (row) => row.soc,
};

export const socToIwasSpec: TableSpec<{ soc: string; iwa: string }> = {
  file: 'working-with-ai/soc_to_iwas.csv',
  delimiter: ',',
  columns: ['SOC Code', 'IWA'],
  toRow: (field) => {
    const s = soc(field);
    if (typeof s === 'string') return s;
    const iwa = field('IWA');
    if (!IWA.test(iwa)) return `"${iwa}" is not an O*NET IWA id (4.A.n.x.n.Inn)`;
    return { soc: s.soc, iwa };
  },
  keyOf: (row) => `${row.soc} ${row.iwa}`,
};

export const iwaMetricsSpec: TableSpec<IwaMetrics> = {
  file: 'working-with-ai/iwa_metrics.csv',
  delimiter: ',',
  columns: ['IWA', 'title', 'share_user', 'share_ai', 'completion_ai', 'impact_scope_ai'],
  toRow: (field) => {
    const id = field('IWA');
    if (!IWA.test(id)) return `"${id}" is not an O*NET IWA id (4.A.n.x.n.Inn)`;
    const title = field('title');
    if (title === '') return 'title is empty';
    const shareUser = share(field, 'share_user');
    if (typeof shareUser === 'string') return shareUser;
    const shareAi = share(field, 'share_ai');
    if (typeof shareAi === 'string') return shareAi;
    // Rates are empty where the AI never performed the activity (share_ai 0): not measured.
    const rate = (column: string) => (field(column) === '' ? null : share(field, column));
    const completionAi = rate('completion_ai');
    if (typeof completionAi === 'string') return completionAi;
    const impactScopeAi = rate('impact_scope_ai');
    if (typeof impactScopeAi === 'string') return impactScopeAi;
    return { id, title, shareUser, shareAi, completionAi, impactScopeAi };
  },
  keyOf: (row) => row.id,
};
