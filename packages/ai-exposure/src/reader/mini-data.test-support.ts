import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A synthetic sample in the layout of the AI-exposure studies, for tests.
 *
 * These files are a synthetic sample in the layout of the AI-exposure
 * studies (`gpts-are-gpts/`, `working-with-ai/`, the same file and column names),
 * written for Trailmap's tests. Its occupations and tasks are the invented ones
 * of the O*NET sample (`packages/occupations/src/testing/onet-mini.test-support.ts`) (codes in the 9xxx range,
 * task ids 101–501); every rating and score is invented. It is not the studies'
 * data, and their licences do not apply to it.
 *
 * Rows that are wrong on purpose, each to be reported as a reject:
 *
 * | File                                              | Line | Why                                      |
 * | ------------------------------------------------- | ---: | ---------------------------------------- |
 * | `gpts-are-gpts/occ_level.csv`                     |    7 | repeats the code of line 2               |
 * | `gpts-are-gpts/occ_level.csv`                     |    8 | `159003` is not an O*NET-SOC code       |
 * | `gpts-are-gpts/occ_level.csv`                     |    9 | α 0.9 > β 0.5: shares out of order       |
 * | `gpts-are-gpts/occ_level.csv`                     |   10 | share 1.5 is outside 0–1                 |
 * | `gpts-are-gpts/full_labelset.tsv`                 |    9 | `E5` is not an exposure label            |
 * | `gpts-are-gpts/full_labelset.tsv`                 |   10 | task id `305.5` is not whole             |
 * | `gpts-are-gpts/full_labelset.tsv`                 |   11 | repeats task 301 of line 6               |
 * | `gpts-are-gpts/full_labelset.tsv`                 |   12 | four fields where the header has sixteen |
 * | `gpts-are-gpts/full_labelset.tsv`                 |   13 | a quoted field never closed              |
 * | `working-with-ai/soc_ai_applicability_scores.csv` |    5 | score 1.4 is outside 0–1                 |
 * | `working-with-ai/soc_to_iwas.csv`                 |    5 | `not-an-iwa` is not an IWA id            |
 *
 * Line 6 of `soc_ai_applicability_scores.csv` repeats `11-9004` after the
 * refused line 5, and is accepted (the first readable row wins). The `abc` in
 * `soc_metrics.csv` line 3 sits in `ai_applicability_score_user`, a column the
 * reader does not use, so the row is accepted.
 *
 * Line 6 of `iwa_metrics.csv` has empty `completion_ai` and `impact_scope_ai`,
 * as the study leaves them where the AI never performed the activity: it is
 * accepted with those rates unmeasured (null).
 *
 * Each file is kept as its lines (line 1 is the header), so the line numbers
 * above are positions in these lists.
 */
export const MINI_AI_EXPOSURE_FILES: Readonly<Record<string, string>> = {
  'gpts-are-gpts/full_labelset.tsv': [
    '\tO*NET-SOC Code\tTask ID\tTask\tTask Type\tTitle\thuman_exposure_agg\tgpt4_exposure\tgpt4_exposure_alt_rubric\tgpt_3_relevant\tgpt4_automation\talpha\tbeta\tgamma\tautomation\thuman_labels',
    '0\t15-9001.00\t101.0\tWrite code for new features.\tCore\tSoftware Builders\tE1\tE1\tE1\tTrue\tT3\t1.0\t1.0\t1.0\t0.75\tE1',
    '1\t15-9001.00\t102.0\tFix defects reported by users.\tCore\tSoftware Builders\tE2\tE1\tE2\tFalse\tT2\t0.0\t0.5\t1.0\t0.5\tE2',
    '2\t15-9002.00\t201.0\tWrite automated checks for programs.\tCore\tTest Automation Analysts\tE1\tE2\tE2\tFalse\tT2\t0.0\t0.5\t1.0\t0.5\tE1',
    '3\t15-9002.00\t202.0\t"Report ""defects"" to developers."\tSupplemental\tTest Automation Analysts\tE1\tE1\tE1\tTrue\tT4\t1.0\t1.0\t1.0\t1.0\tE1',
    '4\t13-9003.00\t301.0\tPrepare budget forecasts for departments.\tCore\tBudget Planners\tE1\tE1\tE1\tTrue\tT3\t1.0\t1.0\t1.0\t0.75\tE1',
    '5\t13-9003.00\t302.0\tMeet with managers to discuss spending.\tCore\tBudget Planners\tE0\tE0\tE0\tFalse\tT1\t0.0\t0.0\t0.0\t0.25\tE0',
    '6\t13-9003.00\t303.0\tReconcile accounts and ledgers each month.\t\tBudget Planners\tE2\tE1\tE1\tFalse\tT3\t1.0\t1.0\t1.0\t0.75\tE2',
    '7\t13-9003.00\t304.0\tAudit expense reports.\tCore\tBudget Planners\tE5\tE1\tE1\tFalse\tT3\t1.0\t1.0\t1.0\t0.75\tE1',
    '8\t13-9003.00\t305.5\tA task with a broken id.\tCore\tBudget Planners\tE1\tE1\tE1\tFalse\tT3\t1.0\t1.0\t1.0\t0.75\tE1',
    '9\t13-9003.00\t301.0\tPrepare budget forecasts for departments.\tCore\tBudget Planners\tE1\tE1\tE1\tTrue\tT3\t1.0\t1.0\t1.0\t0.75\tE1',
    '10\t13-9003.00\t306.0\tToo few fields.',
    '11\t29-9005.00\t501.0\t"Give patients their medication\tCore\tCare Nurses\tE0\tE0\tE0\tFalse\tT0\t0.0\t0.0\t0.0\t0.0\tE0',
    '',
  ].join('\n'),
  'gpts-are-gpts/occ_level.csv': [
    'O*NET-SOC Code,Title,dv_rating_alpha,dv_rating_beta,dv_rating_gamma,human_rating_alpha,human_rating_beta,human_rating_gamma',
    '15-9001.00,Software Builders,0.5,0.75,1.0,0.25,0.5,0.75',
    '15-9002.00,Test Automation Analysts,0.5,0.5,0.5,0.0,0.25,0.5',
    '13-9003.00,Budget Planners,0.2,0.6,1.0,0.4,0.6,0.8',
    '11-9004.00,Operations Leaders,0.0,0.25,0.5,0.0,0.0,0.0',
    '29-9005.00,"Care Nurses, Ward",0.0,0.0,0.0,0.0,0.0,0.0',
    '15-9001.00,Software Builders,0.1,0.1,0.1,0.1,0.1,0.1',
    '159003,Not A Code,0.1,0.2,0.3,0.1,0.2,0.3',
    '29-9006.00,Ward Coordinators,0.9,0.5,0.2,0.1,0.2,0.3',
    '11-9099.00,Leaders All Other,1.5,1.6,1.7,0,0,0',
    '',
  ].join('\n'),
  'working-with-ai/iwa_metrics.csv': [
    'IWA,title,share_user,share_ai,completion_user,completion_ai,impact_scope_user,impact_scope_ai,feedback_positive_fraction_user,feedback_positive_fraction_ai,completion_x_scope_x_coverage_user,completion_x_scope_x_coverage_ai',
    '4.A.3.b.1.I01,Program computer systems or production equipment.,0.05,0.04,0.8,0.85,0.6,0.5,0.7,0.7,0.5,0.4',
    '4.A.2.a.1.I01,Evaluate quality or accuracy of data.,0.02,0.01,0.8,0.8,0.6,0.4,0.7,0.7,0.5,0.3',
    '4.A.2.a.4.I02,Analyze financial or business data.,0.03,0.02,0.85,0.85,0.6,0.4,0.7,0.7,0.5,0.3',
    '4A31I01,Bad IWA id.,0.1,0.1,0.8,0.8,0.5,0.5,0.7,0.7,0.5,0.4',
    '4.A.3.a.2.I26,Embalm corpses.,0.0001,0.0,0.0,,0.0,,,,0.0,0.0',
    '',
  ].join('\n'),
  'working-with-ai/soc_ai_applicability_scores.csv': [
    'SOC Code,title,ai_applicability_score',
    '15-9001,Software Builders,0.40',
    '15-9002,Test Automation Analysts,0.30',
    '13-9000,"Planners, Aggregate",0.25',
    '11-9004,Operations Leaders,1.4',
    '11-9004,Operations Leaders,0.1',
    '13-9003,Budget Planners,0.22',
    '',
  ].join('\n'),
  'working-with-ai/soc_metrics.csv': [
    'SOC Code,title,coverage_user,coverage_ai,completion_user,completion_ai,feedback_positive_fraction_user,feedback_positive_fraction_ai,impact_scope_user,impact_scope_ai,ai_applicability_score_user,ai_applicability_score_ai',
    '15-9001,Software Builders,0.6,0.5,0.9,0.8,0.7,0.7,0.6,0.4,0.3,0.2',
    '13-9003,Budget Planners,0.4,0.3,0.85,0.8,0.6,0.6,0.5,0.3,abc,0.1',
    '',
  ].join('\n'),
  'working-with-ai/soc_to_iwas.csv': [
    'SOC Code,IWA',
    '15-9001,4.A.3.b.1.I01',
    '15-9001,4.A.2.a.1.I01',
    '13-9003,4.A.2.a.4.I02',
    '13-9003,not-an-iwa',
    '',
  ].join('\n'),
};

/**
 * The sample written out as files in the system's temporary folder, named by
 * a hash of its content: test processes share one copy, a changed sample gets
 * a new one, and the repository holds no data files. The copy is made under
 * another name and renamed into place, so no process reads a half-written one.
 */
export const MINI_AI_EXPOSURE_DIR: string = (() => {
  const hash = createHash('sha256')
    .update(JSON.stringify(MINI_AI_EXPOSURE_FILES))
    .digest('hex')
    .slice(0, 16);
  const dir = join(tmpdir(), `trailmap-ai-exposure-mini-${hash}`);
  if (existsSync(dir)) return dir;
  const staging = mkdtempSync(`${dir}-`);
  for (const [name, text] of Object.entries(MINI_AI_EXPOSURE_FILES)) {
    mkdirSync(dirname(join(staging, name)), { recursive: true });
    writeFileSync(join(staging, name), text);
  }
  try {
    renameSync(staging, dir);
  } catch {
    // Another test process put the same copy in place first.
    rmSync(staging, { recursive: true, force: true });
  }
  return dir;
})();
