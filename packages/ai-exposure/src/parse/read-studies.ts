import type {
  AiExposureData,
  FileReport,
  GptsOccupation,
  GptsStudy,
  IwaMetrics,
  SocApplicability,
  TaskExposure,
  WorkingWithAiStudy,
} from '../model.ts';
import { GPTS_ARE_GPTS, KNOWN_FILE_HASHES, WORKING_WITH_AI } from '../studies.ts';
import {
  applicabilitySpec,
  fullLabelsetSpec,
  iwaMetricsSpec,
  occLevelSpec,
  socMetricsSpec,
  socToIwasSpec,
} from './exposure-tables.ts';
import { parseRows, type RowReject, type TableSpec } from './rows.ts';

/** Every file read; the first of each study must be there for the study to count as present. */
export const AI_EXPOSURE_FILES = [
  occLevelSpec.file,
  fullLabelsetSpec.file,
  applicabilitySpec.file,
  socMetricsSpec.file,
  socToIwasSpec.file,
  iwaMetricsSpec.file,
] as const;

export interface StudySource {
  /** Names of the files present, relative to the folder (e.g. `gpts-are-gpts/occ_level.csv`). */
  readonly files: ReadonlySet<string>;
  readonly read: (file: string) => Promise<{ text: string; sha256: string }>;
}

/**
 * Reads whatever of the two studies is present, table by table, every row
 * checked. A study whose main file is absent is null; its other files are
 * then not read.
 */
export async function readAiExposureStudies(
  source: StudySource,
  dir: string,
  clock: () => number = () => 0,
): Promise<AiExposureData> {
  const started = clock();
  const files: FileReport[] = [];
  const rejects: RowReject[] = [];
  const read = async <T>(spec: TableSpec<T>): Promise<readonly T[] | null> => {
    if (!source.files.has(spec.file)) {
      files.push({
        file: spec.file,
        present: false,
        linesRead: 0,
        rowsAccepted: 0,
        rowsRejected: 0,
        sha256: null,
        knownVersion: null,
      });
      return null;
    }
    const { text, sha256 } = await source.read(spec.file);
    const parsed = parseRows(spec, text);
    const study = spec.file.startsWith('gpts') ? GPTS_ARE_GPTS : WORKING_WITH_AI;
    files.push({
      file: spec.file,
      present: true,
      linesRead: parsed.linesRead,
      rowsAccepted: parsed.rows.length,
      rowsRejected: parsed.rejects.length,
      sha256,
      knownVersion: KNOWN_FILE_HASHES[spec.file] === sha256 ? study.version : null,
    });
    rejects.push(...parsed.rejects);
    return parsed.rows;
  };

  const gpts = await readGpts(read);
  const workingWithAi = await readWorkingWithAi(read);
  return {
    gpts,
    workingWithAi,
    report: { dir, files, rejects, durationMs: Math.round(clock() - started) },
  };
}

type Read = <T>(spec: TableSpec<T>) => Promise<readonly T[] | null>;

async function readGpts(read: Read): Promise<GptsStudy | null> {
  const occupations = await read(occLevelSpec);
  if (!occupations) return null;
  const tasks = (await read(fullLabelsetSpec)) ?? [];
  const tasksByCode = new Map<string, TaskExposure[]>();
  for (const task of tasks) {
    const list = tasksByCode.get(task.code);
    if (list) list.push(task);
    else tasksByCode.set(task.code, [task]);
  }
  return {
    occupations: new Map<string, GptsOccupation>(occupations.map((o) => [o.code, o])),
    tasksByCode,
  };
}

async function readWorkingWithAi(read: Read): Promise<WorkingWithAiStudy | null> {
  const scores = await read(applicabilitySpec);
  if (!scores) return null;
  const metrics = new Map((await read(socMetricsSpec))?.map((m) => [m.soc, m]) ?? []);
  const bySoc = new Map<string, SocApplicability>();
  for (const row of scores) {
    const m = metrics.get(row.soc);
    bySoc.set(row.soc, {
      ...row,
      metrics: m
        ? {
            coverageUser: m.coverageUser,
            coverageAi: m.coverageAi,
            completionUser: m.completionUser,
            completionAi: m.completionAi,
            impactScopeUser: m.impactScopeUser,
            impactScopeAi: m.impactScopeAi,
          }
        : null,
    });
  }
  const iwasBySoc = new Map<string, string[]>();
  for (const { soc, iwa } of (await read(socToIwasSpec)) ?? []) {
    const list = iwasBySoc.get(soc);
    if (list) list.push(iwa);
    else iwasBySoc.set(soc, [iwa]);
  }
  const iwas = new Map<string, IwaMetrics>(
    ((await read(iwaMetricsSpec)) ?? []).map((row) => [row.id, row]),
  );
  return { bySoc, iwasBySoc, iwas };
}
