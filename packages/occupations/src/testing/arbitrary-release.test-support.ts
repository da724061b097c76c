import fc from 'fast-check';
import type { Catalog } from '../catalog/catalog.ts';
import { readOnetRelease, REQUIRED_ONET_FILES } from '../parse/parse-onet.ts';
import { buildOccupationIndex, type OccupationIndex } from '../occupation-index.ts';

/**
 * Small O*NET releases generated in memory, in the text layout the reader
 * parses (so the catalog is built by the real code path): a few occupations
 * with random skill and knowledge ratings (some left unrated), work styles,
 * detailed work activities through tasks, and job zones. Titles are made of
 * invented words that no short-form table knows.
 */

const SKILLS = ['2.A.1.a', '2.A.1.b', '2.A.2.a', '2.B.1.a', '2.B.3.e'];
const KNOWLEDGE = ['2.C.1.a', '2.C.3.a', '2.C.4.a', '2.C.7.a'];
const STYLES = ['1.C.1.a', '1.C.4.a', '1.C.7.a'];
const DWAS = Array.from(
  { length: 12 },
  (_, i) => `4.A.1.a.1.I01.D${String(i + 1).padStart(2, '0')}`,
);

export interface ArbitraryOccupation {
  readonly title: string;
  readonly jobZone: number;
  /** Importance 1–5 and level 0–7 per skill and knowledge element; null when unrated. */
  readonly ratings: { importance: number; level: number }[] | null;
  readonly styles: number[];
  readonly dwas: number[];
}

const word = fc.stringMatching(/^[bcdfgkmptvz][aeiou][bcdfgkmptvz][aeiou][bcdfgkmptvz]?$/);
const rating = fc.record({
  importance: fc.integer({ min: 100, max: 500 }).map((v) => v / 100),
  level: fc.integer({ min: 0, max: 700 }).map((v) => v / 100),
});

export const arbitraryOccupation: fc.Arbitrary<ArbitraryOccupation> = fc.record({
  title: fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
  jobZone: fc.integer({ min: 1, max: 5 }),
  ratings: fc.option(
    fc.array(rating, {
      minLength: SKILLS.length + KNOWLEDGE.length,
      maxLength: SKILLS.length + KNOWLEDGE.length,
    }),
    { freq: 5 },
  ),
  styles: fc.array(
    fc.integer({ min: 100, max: 500 }).map((v) => v / 100),
    {
      minLength: STYLES.length,
      maxLength: STYLES.length,
    },
  ),
  dwas: fc.uniqueArray(fc.integer({ min: 0, max: DWAS.length - 1 }), { maxLength: 6 }),
});

/** Two to eight occupations whose titles differ as sets of words. */
export const arbitraryOccupations = fc.uniqueArray(arbitraryOccupation, {
  minLength: 2,
  maxLength: 8,
  selector: (o) => [...new Set(o.title.split(' '))].sort().join(' '),
});

const codeOf = (i: number) => `15-9${String(i).padStart(3, '0')}.00`;
const table = (header: string[], rows: string[][]) =>
  [header, ...rows].map((fields) => fields.join('\t')).join('\n') + '\n';

/** The text of each table of a release holding these occupations. */
export function releaseFiles(occupations: readonly ArbitraryOccupation[]): Map<string, string> {
  const files = new Map<string, string>();
  const code = 'O*NET-SOC Code';
  const ratingHeader = [code, 'Title', 'Element ID', 'Element Name', 'Scale ID', 'Data Value'];
  files.set(
    'Occupation Data.txt',
    table(
      [code, 'Title', 'Description'],
      occupations.map((o, i) => [codeOf(i), o.title, `Work of ${o.title}.`]),
    ),
  );
  const ratingRows = (ids: string[], offset: number) =>
    occupations.flatMap((o, i) =>
      o.ratings === null
        ? []
        : ids.flatMap((id, d) => {
            const r = o.ratings![offset + d]!;
            return [
              [codeOf(i), o.title, id, `Element ${id}`, 'IM', r.importance.toFixed(2)],
              [codeOf(i), o.title, id, `Element ${id}`, 'LV', r.level.toFixed(2)],
            ];
          }),
    );
  files.set('Skills.txt', table(ratingHeader, ratingRows(SKILLS, 0)));
  files.set('Knowledge.txt', table(ratingHeader, ratingRows(KNOWLEDGE, SKILLS.length)));
  files.set(
    'Work Styles.txt',
    table(
      ratingHeader,
      occupations.flatMap((o, i) =>
        o.ratings === null
          ? []
          : STYLES.map((id, d) => [
              codeOf(i),
              o.title,
              id,
              `Style ${id}`,
              'IM',
              o.styles[d]!.toFixed(2),
            ]),
      ),
    ),
  );
  files.set(
    'Job Zones.txt',
    table(
      [code, 'Title', 'Job Zone'],
      occupations.map((o, i) => [codeOf(i), o.title, String(o.jobZone)]),
    ),
  );
  // One task per occupation, linked to its detailed work activities.
  files.set(
    'Task Statements.txt',
    table(
      [code, 'Title', 'Task ID', 'Task', 'Task Type'],
      occupations.map((o, i) => [
        codeOf(i),
        o.title,
        String(1000 + i),
        `Do the ${o.title} work.`,
        'Core',
      ]),
    ),
  );
  files.set(
    'Tasks to DWAs.txt',
    table(
      [code, 'Title', 'Task ID', 'DWA ID', 'DWA Title'],
      occupations.flatMap((o, i) =>
        o.dwas.map((d) => [codeOf(i), o.title, String(1000 + i), DWAS[d]!, `Activity ${d}`]),
      ),
    ),
  );
  const headers: Record<string, string[]> = {
    'Alternate Titles.txt': [code, 'Title', 'Alternate Title', 'Short Title'],
    'Sample of Reported Titles.txt': [code, 'Title', 'Reported Job Title'],
    'Interests.txt': ratingHeader,
    'Job Zone Reference.txt': ['Job Zone', 'Name', 'Experience', 'Education', 'Job Training'],
    'Education, Training, and Experience.txt': [
      code,
      'Element ID',
      'Scale ID',
      'Category',
      'Data Value',
    ],
    'Education, Training, and Experience Categories.txt': [
      'Element ID',
      'Scale ID',
      'Category',
      'Category Description',
    ],
    'Technology Skills.txt': [
      code,
      'Example',
      'Commodity Code',
      'Commodity Title',
      'Hot Technology',
    ],
    'Content Model Reference.txt': ['Element ID', 'Element Name', 'Description'],
  };
  for (const [file, header] of Object.entries(headers)) files.set(file, table(header, []));
  for (const file of REQUIRED_ONET_FILES) {
    if (!files.has(file)) throw new Error(`the generated release lacks ${file}`);
  }
  return files;
}

/** The catalog and index of a generated release, built by the reader's own code path. */
export async function indexOfRelease(
  occupations: readonly ArbitraryOccupation[],
): Promise<{ catalog: Catalog; index: OccupationIndex }> {
  const files = releaseFiles(occupations);
  const { catalog, rejects } = await readOnetRelease({
    files: new Set(files.keys()),
    read: async (file) => files.get(file)!,
  });
  if (rejects.length > 0)
    throw new Error(`generated rows were refused: ${JSON.stringify(rejects)}`);
  return { catalog, index: await buildOccupationIndex(catalog) };
}
