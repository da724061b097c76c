import { buildCatalog } from '../catalog/build-catalog.ts';
import type { Catalog } from '../catalog/catalog.ts';
import { parseReleaseNote, type OnetRelease } from '../release.ts';
import {
  abilitiesSpec,
  alternateTitlesSpec,
  contentModelSpec,
  educationCategoriesSpec,
  educationSpec,
  interestsSpec,
  jobZoneReferenceSpec,
  jobZonesSpec,
  knowledgeSpec,
  occupationDataSpec,
  reportedTitlesSpec,
  skillsSpec,
  taskStatementsSpec,
  tasksToDwasSpec,
  technologySkillsSpec,
  workActivitiesSpec,
  workStylesSpec,
  type OccupationRow,
} from './onet-tables.ts';
import { parseTable, type RowReject, type TableSpec } from './table.ts';

export const RELEASE_NOTE_FILE = 'Read Me.txt';

/** Tables Trailmap cannot work without. */
export const REQUIRED_ONET_FILES = [
  occupationDataSpec.file,
  alternateTitlesSpec.file,
  reportedTitlesSpec.file,
  skillsSpec.file,
  knowledgeSpec.file,
  workStylesSpec.file,
  interestsSpec.file,
  jobZonesSpec.file,
  jobZoneReferenceSpec.file,
  educationSpec.file,
  educationCategoriesSpec.file,
  taskStatementsSpec.file,
  tasksToDwasSpec.file,
  technologySkillsSpec.file,
  contentModelSpec.file,
] as const;

/** Used when present (the official download has them; some copies do not). */
export const OPTIONAL_ONET_FILES = [
  abilitiesSpec.file,
  workActivitiesSpec.file,
  RELEASE_NOTE_FILE,
] as const;

/** Every file `npm run data:onet` unpacks. */
export const ONET_FILES_USED: readonly string[] = [...REQUIRED_ONET_FILES, ...OPTIONAL_ONET_FILES];

export interface FileReport {
  readonly file: string;
  readonly present: boolean;
  readonly linesRead: number;
  readonly rowsAccepted: number;
  readonly rowsRejected: number;
}

export interface ReadOutcome {
  readonly catalog: Catalog;
  readonly release: OnetRelease | null;
  readonly files: readonly FileReport[];
  readonly rejects: readonly RowReject[];
}

/** Required tables are missing: nothing can be built. */
export class MissingOnetFilesError extends Error {
  constructor(readonly files: readonly string[]) {
    super(`The O*NET folder lacks ${files.map((f) => `"${f}"`).join(', ')}.`);
    this.name = 'MissingOnetFilesError';
  }
}

/** Where the tables come from: the names present, and the text of one of them. */
export interface OnetSource {
  readonly files: ReadonlySet<string>;
  readonly read: (file: string) => Promise<string>;
}

/**
 * Reads the release table by table (only one file's text is held at once),
 * validates every row, and builds the catalog. Rows that name an occupation
 * missing from `Occupation Data.txt` are refused like any other bad row.
 */
export async function readOnetRelease(source: OnetSource): Promise<ReadOutcome> {
  const missing = REQUIRED_ONET_FILES.filter((file) => !source.files.has(file));
  if (missing.length > 0) throw new MissingOnetFilesError(missing);
  const files: FileReport[] = [];
  const rejects: RowReject[] = [];

  const note = source.files.has(RELEASE_NOTE_FILE) ? await source.read(RELEASE_NOTE_FILE) : null;
  const release = note === null ? null : parseReleaseNote(note);
  files.push({
    file: RELEASE_NOTE_FILE,
    present: note !== null,
    linesRead: note === null ? 0 : 1,
    rowsAccepted: release ? 1 : 0,
    rowsRejected: note !== null && !release ? 1 : 0,
  });
  if (note !== null && !release) {
    rejects.push({
      file: RELEASE_NOTE_FILE,
      line: 1,
      reason: 'the first line does not name an O*NET release (e.g. "O*NET 29.3 Database")',
    });
  }

  let known: ReadonlySet<string> | null = null;
  const take = async <T>(spec: TableSpec<T>): Promise<readonly T[] | null> => {
    if (!source.files.has(spec.file)) {
      files.push({
        file: spec.file,
        present: false,
        linesRead: 0,
        rowsAccepted: 0,
        rowsRejected: 0,
      });
      return null;
    }
    const parsed = parseTable(known ? ofKnown(spec, known) : spec, await source.read(spec.file));
    files.push({
      file: spec.file,
      present: true,
      linesRead: parsed.linesRead,
      rowsAccepted: parsed.rows.length,
      rowsRejected: parsed.rejects.length,
    });
    rejects.push(...parsed.rejects);
    if (spec.file === occupationDataSpec.file) {
      known = new Set((parsed.rows as readonly OccupationRow[]).map((row) => row.code));
    }
    return parsed.rows;
  };
  const catalog = await buildCatalog(take, release);
  return { catalog, release, files, rejects };
}

/** The same table, refusing rows about occupations the release does not list. */
function ofKnown<T>(spec: TableSpec<T>, known: ReadonlySet<string>): TableSpec<T> {
  return {
    ...spec,
    toRow: (field) => {
      const row = spec.toRow(field);
      if (typeof row === 'string') return row;
      const code = (row as { code?: unknown }).code;
      if (typeof code !== 'string' || known.has(code)) return row;
      return `occupation ${code} is not in ${occupationDataSpec.file}`;
    },
  };
}
