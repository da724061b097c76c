/**
 * What each study is, what its figures measure and what they do not, and the
 * attribution its licence asks for. Every figure the API shows carries one of
 * these, so a person never reads an exposure score without its caveats.
 */

/** The commits of the studies' repositories Trailmap was built against. */
const GPTS_COMMIT = '0471612fef3cc22b74fb884d27bff9dbd3770582';
const WWAI_COMMIT = '84c4ebacaa39d1c11e26e16c2f2c98aa89a11834';

export type StudyId = 'gpts-are-gpts' | 'working-with-ai';

export interface Study {
  readonly id: StudyId;
  readonly name: string;
  readonly authors: string;
  readonly year: number;
  readonly url: string;
  readonly measures: string;
  readonly doesNotMeasure: string;
  readonly license: string;
  readonly licenseUrl: string;
  /** Word for word what the product shows (shared/data/README.md section 2). */
  readonly attribution: string;
  /** The published version Trailmap was built against. */
  readonly version: string;
}

export const GPTS_ARE_GPTS: Study = {
  id: 'gpts-are-gpts',
  name: 'GPTs are GPTs: labor market impact potential of LLMs',
  authors: 'Eloundou, Manning, Mishkin & Rock (OpenAI / University of Pennsylvania)',
  year: 2024,
  url: 'https://github.com/openai/GPTs-are-GPTs',
  measures:
    'Exposure: whether access to a GPT-4-class language model (E1), or to software built on one (E2), could cut the time to do an O*NET task by at least half at the same quality, as judged by human annotators and by GPT-4. Occupation figures are shares of its tasks: α counts E1 only, β counts E1 + ½·E2, γ counts E1 + E2.',
  doesNotMeasure:
    'Exposure is not job loss, and not automation: it does not say a task will be automated, that demand for the occupation will fall, how fast tools are adopted, or anything about wages. Ratings were made in 2023 on an earlier O*NET task list.',
  license: 'MIT',
  licenseUrl: 'https://opensource.org/license/mit',
  attribution:
    "AI-exposure scores from Eloundou, Manning, Mishkin & Rock (2024), 'GPTs are GPTs', data © 2024 OpenAI, MIT License.",
  version: `openai/GPTs-are-GPTs @ ${GPTS_COMMIT}`,
};

export const WORKING_WITH_AI: Study = {
  id: 'working-with-ai',
  name: 'Working with AI: measuring the applicability of generative AI to occupations',
  authors: 'Tomlinson, Jaffe, Wang, Counts & Suri (Microsoft)',
  year: 2025,
  url: 'https://github.com/microsoft/working-with-ai',
  measures:
    "AI applicability: how much of an occupation's work activities people actually pursued with Bing Copilot in 2024 (coverage), how often the AI completed them and how much of each activity it covered (scope), combined into one 0–1 score per 6-digit 2018 SOC occupation.",
  doesNotMeasure:
    'Applicability is not job loss, and not a forecast: it reflects the use of one AI assistant in 2024, says nothing about wages, hiring or which employers adopt AI, and is given per 6-digit SOC code, so a detailed O*NET occupation may inherit the figure of its broader code.',
  license: 'CC BY 4.0',
  licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
  attribution:
    "AI applicability scores from Tomlinson et al. (2025), 'Working with AI', Microsoft, CC BY 4.0. Includes information from the O*NET 29.0 Database by USDOL/ETA, used under CC BY 4.0.",
  version: `microsoft/working-with-ai @ ${WWAI_COMMIT}`,
};

export const STUDIES: readonly Study[] = [GPTS_ARE_GPTS, WORKING_WITH_AI];

/** One published file Trailmap reads or must keep beside the data (a licence). */
export interface StudyFile {
  /** Where it goes, relative to the AI-exposure folder. */
  readonly file: string;
  /** The file at the pinned commit of the study's repository. */
  readonly url: string;
  /** SHA-256 of the file at that commit. */
  readonly sha256: string;
}

const raw = (repo: string, commit: string, path: string) =>
  `https://raw.githubusercontent.com/${repo}/${commit}/${path}`;

/**
 * The files `npm run data:ai` downloads, from the same commits as
 * `Study.version`: what the reader parses, plus each study's licence (the MIT
 * and CC BY licences ask for it to travel with the data).
 */
export const STUDY_FILES: readonly StudyFile[] = [
  {
    file: 'gpts-are-gpts/LICENSE',
    url: raw('openai/GPTs-are-GPTs', GPTS_COMMIT, 'LICENSE'),
    sha256: 'd831db55645e47ca8e491c5a0e37f1ee744d7b10bf5aa8d50146c795ac0176c0',
  },
  {
    file: 'gpts-are-gpts/occ_level.csv',
    url: raw('openai/GPTs-are-GPTs', GPTS_COMMIT, 'data/occ_level.csv'),
    sha256: '40c74f53de40aec91c0017d80690cbba915f83a8bb414bcf2f884692f1749acb',
  },
  {
    file: 'gpts-are-gpts/full_labelset.tsv',
    url: raw('openai/GPTs-are-GPTs', GPTS_COMMIT, 'data/full_labelset.tsv'),
    sha256: '094378905e1f3349e50a9a83dc69643a2ef227954d611c8316a46da08cb3d8de',
  },
  {
    file: 'working-with-ai/LICENSE.txt',
    url: raw('microsoft/working-with-ai', WWAI_COMMIT, 'LICENSE.txt'),
    sha256: '7482bb7c074d6d966bb94e54f3393f089d576e8be9dc9e92e239a40a56df8a41',
  },
  {
    file: 'working-with-ai/NOTICE.md',
    url: raw('microsoft/working-with-ai', WWAI_COMMIT, 'NOTICE.md'),
    sha256: '5bd3f57af189553c8d7f287a7d5542e55a758d2eceb36f79834db1fa96ae67d3',
  },
  {
    file: 'working-with-ai/iwa_metrics.csv',
    url: raw('microsoft/working-with-ai', WWAI_COMMIT, 'iwa_metrics.csv'),
    sha256: '524f718dba31c987f0d04b55d81fac84f95533a143dfb780e04e63fb831abcf2',
  },
  {
    file: 'working-with-ai/soc_ai_applicability_scores.csv',
    url: raw('microsoft/working-with-ai', WWAI_COMMIT, 'soc_ai_applicability_scores.csv'),
    sha256: '2a077dbe90ff377813adac04b2acef6aee51c4b13505a4760ea84ca3efc9039a',
  },
  {
    file: 'working-with-ai/soc_metrics.csv',
    url: raw('microsoft/working-with-ai', WWAI_COMMIT, 'soc_metrics.csv'),
    sha256: '111390f0a0d60e287dfa694b299d144f88eaebf2c4c41e910ae258f17d364a04',
  },
  {
    file: 'working-with-ai/soc_to_iwas.csv',
    url: raw('microsoft/working-with-ai', WWAI_COMMIT, 'soc_to_iwas.csv'),
    sha256: '917d7f998c1cda9f8e36495b14ffb8bdbcaecf528f85b23b2cd7f16fabadd668',
  },
];

/** SHA-256 of the published files Trailmap was built against, so the load report can name the version read. */
export const KNOWN_FILE_HASHES: Readonly<Record<string, string>> = Object.fromEntries(
  STUDY_FILES.map(({ file, sha256 }) => [file, sha256]),
);
