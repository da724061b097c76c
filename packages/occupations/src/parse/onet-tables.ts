import {
  checkCode,
  readFlag,
  readNumber,
  requireText,
  type FieldReader,
  type TableSpec,
} from './table.ts';

/**
 * The O*NET tables Trailmap reads, with the checks each row must pass.
 * Column names are O*NET's own (see the data dictionary of the release).
 */

const CODE = 'O*NET-SOC Code';

export interface OccupationRow {
  readonly code: string;
  readonly title: string;
  readonly description: string;
}

export interface TitleRow {
  readonly code: string;
  readonly title: string;
  /** O*NET's short form of an alternate title (e.g. `LMHC`); '' when none. */
  readonly shortTitle: string;
}

export type RatingScale = 'IM' | 'LV' | 'OI' | 'IH';

export interface RatingRow {
  readonly code: string;
  readonly elementId: string;
  readonly elementName: string;
  readonly scale: RatingScale;
  readonly value: number;
  /** O*NET marks some levels "not relevant" for an occupation: read as level 0. */
  readonly notRelevant: boolean;
}

export interface JobZoneRow {
  readonly code: string;
  readonly jobZone: number;
}

export interface JobZoneReferenceRow {
  readonly jobZone: number;
  readonly name: string;
  readonly experience: string;
  readonly education: string;
  readonly training: string;
}

export interface EducationRow {
  readonly code: string;
  readonly elementId: string;
  readonly scale: string;
  /** Null on rows that rate importance rather than a category. */
  readonly category: number | null;
  /** Percent of respondents in this category (or the importance, on IM rows). */
  readonly percent: number;
}

export interface EducationCategoryRow {
  readonly elementId: string;
  readonly scale: string;
  readonly category: number;
  readonly description: string;
}

export interface TaskRow {
  readonly code: string;
  readonly taskId: number;
  readonly text: string;
  /** Core, Supplemental, or '' where O*NET has not rated it. */
  readonly type: string;
}

export interface TaskDwaRow {
  readonly code: string;
  readonly taskId: number;
  readonly dwaId: string;
  readonly dwaTitle: string;
}

export interface TechnologyRow {
  readonly code: string;
  readonly example: string;
  readonly commodityCode: string;
  readonly commodityTitle: string;
  readonly hot: boolean;
  readonly inDemand: boolean;
}

export interface ContentModelRow {
  readonly elementId: string;
  readonly name: string;
  readonly description: string;
}

const ELEMENT_ID = /^\d(\.[A-Za-z0-9]+)+$/;

function firstProblem(...checks: (string | null)[]): string | null {
  for (const check of checks) if (check !== null) return check;
  return null;
}

export const occupationDataSpec: TableSpec<OccupationRow> = {
  file: 'Occupation Data.txt',
  columns: [CODE, 'Title', 'Description'],
  toRow: (f) => {
    const row = { code: f(CODE), title: f('Title'), description: f('Description') };
    return firstProblem(checkCode(row.code), requireText(row.title, 'Title')) ?? row;
  },
  keyOf: (row) => row.code,
};

const titleSpec = (file: string, column: string): TableSpec<TitleRow> => ({
  file,
  columns: [CODE, column],
  shared: [CODE],
  toRow: (f) => {
    const row = { code: f(CODE), title: f(column), shortTitle: f('Short Title') };
    return firstProblem(checkCode(row.code), requireText(row.title, column)) ?? row;
  },
  keyOf: (row) => `${row.code} ${row.title} ${row.shortTitle}`,
});

export const alternateTitlesSpec = titleSpec('Alternate Titles.txt', 'Alternate Title');
export const reportedTitlesSpec = titleSpec('Sample of Reported Titles.txt', 'Reported Job Title');

/** Bounds of each rating scale (O*NET's Scales Reference). */
const SCALE_BOUNDS: Record<RatingScale, readonly [number, number]> = {
  IM: [1, 5],
  LV: [0, 7],
  OI: [1, 7],
  IH: [0, 6],
};

/** A rating table (Skills, Knowledge, Abilities, Work Activities, Work Styles, Interests). */
function ratingSpec(
  file: string,
  elementPrefixes: readonly string[],
  scales: readonly RatingScale[],
): TableSpec<RatingRow> {
  return {
    file,
    columns: [CODE, 'Element ID', 'Element Name', 'Scale ID', 'Data Value'],
    shared: [CODE, 'Element ID', 'Element Name', 'Scale ID', 'Not Relevant'],
    toRow: (f: FieldReader) => {
      const code = f(CODE);
      const elementId = f('Element ID');
      const scale = f('Scale ID') as RatingScale;
      const problem = firstProblem(
        checkCode(code),
        ELEMENT_ID.test(elementId) && elementPrefixes.some((p) => elementId.startsWith(p))
          ? null
          : `Element ID "${elementId}" does not belong in ${file}`,
        scales.includes(scale)
          ? null
          : `Scale ID "${scale}" is not one of ${scales.join(', ')} used in ${file}`,
        requireText(f('Element Name'), 'Element Name'),
      );
      if (problem) return problem;
      const [min, max] = SCALE_BOUNDS[scale];
      const value = readNumber(f('Data Value'), 'Data Value', min, max);
      if (typeof value === 'string') return value;
      const notRelevant = readFlag(f('Not Relevant'), 'Not Relevant');
      if (typeof notRelevant === 'string') return notRelevant;
      return { code, elementId, elementName: f('Element Name'), scale, value, notRelevant };
    },
    keyOf: (row) => `${row.code} ${row.elementId} ${row.scale}`,
  };
}

export const skillsSpec = ratingSpec('Skills.txt', ['2.A.', '2.B.'], ['IM', 'LV']);
export const knowledgeSpec = ratingSpec('Knowledge.txt', ['2.C.'], ['IM', 'LV']);
export const abilitiesSpec = ratingSpec('Abilities.txt', ['1.A.'], ['IM', 'LV']);
export const workActivitiesSpec = ratingSpec('Work Activities.txt', ['4.A.'], ['IM', 'LV']);
export const workStylesSpec = ratingSpec('Work Styles.txt', ['1.C.'], ['IM']);
export const interestsSpec = ratingSpec('Interests.txt', ['1.B.1.'], ['OI', 'IH']);

export const jobZonesSpec: TableSpec<JobZoneRow> = {
  file: 'Job Zones.txt',
  columns: [CODE, 'Job Zone'],
  toRow: (f) => {
    const code = f(CODE);
    const problem = checkCode(code);
    if (problem) return problem;
    const jobZone = readNumber(f('Job Zone'), 'Job Zone', 1, 5);
    if (typeof jobZone === 'string') return jobZone;
    return Number.isInteger(jobZone) ? { code, jobZone } : `Job Zone ${jobZone} is not whole`;
  },
  keyOf: (row) => row.code,
};

export const jobZoneReferenceSpec: TableSpec<JobZoneReferenceRow> = {
  file: 'Job Zone Reference.txt',
  columns: ['Job Zone', 'Name', 'Experience', 'Education', 'Job Training'],
  toRow: (f) => {
    const jobZone = readNumber(f('Job Zone'), 'Job Zone', 1, 5);
    if (typeof jobZone === 'string') return jobZone;
    const problem = requireText(f('Name'), 'Name');
    if (problem) return problem;
    return {
      jobZone,
      name: f('Name'),
      experience: f('Experience'),
      education: f('Education'),
      training: f('Job Training'),
    };
  },
  keyOf: (row) => String(row.jobZone),
};

export const educationSpec: TableSpec<EducationRow> = {
  file: 'Education, Training, and Experience.txt',
  columns: [CODE, 'Element ID', 'Scale ID', 'Category', 'Data Value'],
  shared: [CODE, 'Element ID', 'Scale ID'],
  toRow: (f) => {
    const code = f(CODE);
    const elementId = f('Element ID');
    const problem = firstProblem(
      checkCode(code),
      ELEMENT_ID.test(elementId) && (elementId.startsWith('2.D.') || elementId.startsWith('3.A.'))
        ? null
        : `Element ID "${elementId}" is not an education, training or experience element`,
      requireText(f('Scale ID'), 'Scale ID'),
    );
    if (problem) return problem;
    // Category rows carry a percentage; the importance rows (scale IM) have no category.
    const category = f('Category') === '' ? null : readNumber(f('Category'), 'Category', 1, 99);
    if (typeof category === 'string') return category;
    const percent = readNumber(f('Data Value'), 'Data Value', 0, 100);
    if (typeof percent === 'string') return percent;
    return { code, elementId, scale: f('Scale ID'), category, percent };
  },
  keyOf: (row) => `${row.code} ${row.elementId} ${row.scale} ${row.category}`,
};

export const educationCategoriesSpec: TableSpec<EducationCategoryRow> = {
  file: 'Education, Training, and Experience Categories.txt',
  columns: ['Element ID', 'Scale ID', 'Category', 'Category Description'],
  toRow: (f) => {
    const category = readNumber(f('Category'), 'Category', 1, 99);
    if (typeof category === 'string') return category;
    const problem = requireText(f('Category Description'), 'Category Description');
    if (problem) return problem;
    return {
      elementId: f('Element ID'),
      scale: f('Scale ID'),
      category,
      description: f('Category Description'),
    };
  },
  keyOf: (row) => `${row.elementId} ${row.scale} ${row.category}`,
};

export const taskStatementsSpec: TableSpec<TaskRow> = {
  file: 'Task Statements.txt',
  columns: [CODE, 'Task ID', 'Task', 'Task Type'],
  shared: [CODE, 'Task Type'],
  toRow: (f) => {
    const code = f(CODE);
    const problem = firstProblem(checkCode(code), requireText(f('Task'), 'Task'));
    if (problem) return problem;
    const taskId = readNumber(f('Task ID'), 'Task ID', 1, Number.MAX_SAFE_INTEGER);
    if (typeof taskId === 'string') return taskId;
    const type = f('Task Type');
    if (type !== '' && type !== 'Core' && type !== 'Supplemental')
      return `Task Type "${type}" is neither Core nor Supplemental`;
    return { code, taskId, text: f('Task'), type };
  },
  keyOf: (row) => `${row.code} ${row.taskId}`,
};

const DWA_ID = /^4\.A\.[0-9a-z.]+\.I\d+\.D\d+$/;

export const tasksToDwasSpec: TableSpec<TaskDwaRow> = {
  file: 'Tasks to DWAs.txt',
  columns: [CODE, 'Task ID', 'DWA ID', 'DWA Title'],
  shared: [CODE, 'DWA ID', 'DWA Title'],
  toRow: (f) => {
    const code = f(CODE);
    const dwaId = f('DWA ID');
    const problem = firstProblem(
      checkCode(code),
      DWA_ID.test(dwaId) ? null : `DWA ID "${dwaId}" is not a detailed work activity id`,
      requireText(f('DWA Title'), 'DWA Title'),
    );
    if (problem) return problem;
    const taskId = readNumber(f('Task ID'), 'Task ID', 1, Number.MAX_SAFE_INTEGER);
    if (typeof taskId === 'string') return taskId;
    return { code, taskId, dwaId, dwaTitle: f('DWA Title') };
  },
  keyOf: (row) => `${row.code} ${row.taskId} ${row.dwaId}`,
};

export const technologySkillsSpec: TableSpec<TechnologyRow> = {
  file: 'Technology Skills.txt',
  columns: [CODE, 'Example', 'Commodity Code', 'Commodity Title', 'Hot Technology'],
  shared: [CODE, 'Example', 'Commodity Code', 'Commodity Title', 'Hot Technology', 'In Demand'],
  toRow: (f) => {
    const code = f(CODE);
    const commodityCode = f('Commodity Code');
    const problem = firstProblem(
      checkCode(code),
      requireText(f('Example'), 'Example'),
      /^\d{8}$/.test(commodityCode)
        ? null
        : `Commodity Code "${commodityCode}" is not an 8-digit UNSPSC code`,
    );
    if (problem) return problem;
    const hot = readFlag(f('Hot Technology'), 'Hot Technology');
    if (typeof hot === 'string') return hot;
    // `In Demand` arrived in later releases; absent means not flagged.
    const inDemand = readFlag(f('In Demand'), 'In Demand');
    if (typeof inDemand === 'string') return inDemand;
    return {
      code,
      example: f('Example'),
      commodityCode,
      commodityTitle: f('Commodity Title'),
      hot,
      inDemand,
    };
  },
  keyOf: (row) => `${row.code} ${row.example} ${row.commodityCode}`,
};

export const contentModelSpec: TableSpec<ContentModelRow> = {
  file: 'Content Model Reference.txt',
  columns: ['Element ID', 'Element Name', 'Description'],
  toRow: (f) => {
    const elementId = f('Element ID');
    if (!ELEMENT_ID.test(elementId) && !/^\d$/.test(elementId))
      return `Element ID "${elementId}" is not a content model id`;
    const problem = requireText(f('Element Name'), 'Element Name');
    if (problem) return problem;
    return { elementId, name: f('Element Name'), description: f('Description') };
  },
  keyOf: (row) => row.elementId,
};
