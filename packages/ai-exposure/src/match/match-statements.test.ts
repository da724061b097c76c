import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stemWord, tokensOf } from './words.ts';
import { buildTextIdf, cosine, vectorOf } from './tf-idf.ts';
import { indexStatements, matchStatements, type Statement } from './match-statements.ts';

const ACCOUNTANT: Statement[] = [
  {
    kind: 'task',
    id: '1',
    text: 'Prepare, examine, or analyze accounting records, financial statements, or other financial reports.',
  },
  { kind: 'task', id: '2', text: 'Reconcile accounts and ledgers at month end.' },
  { kind: 'task', id: '3', text: 'Respond to customer correspondence about billing.' },
  { kind: 'task', id: '4', text: 'Confer with clients to discuss tax planning.' },
  {
    kind: 'task',
    id: '5',
    text: 'Develop, implement, modify, and document recordkeeping and accounting systems.',
  },
  { kind: 'dwa', id: 'D1', text: 'Prepare financial documents, reports, or budgets.' },
  { kind: 'dwa', id: 'D2', text: 'Advise others on financial matters.' },
];
const idf = buildTextIdf(ACCOUNTANT.map((s) => s.text));
const index = indexStatements(idf, ACCOUNTANT);
const best = (text: string) =>
  matchStatements(index, text, { limit: 3, minScore: 0 }).tasks[0]?.statement.id;

describe('words of tasks', () => {
  it('stems plurals, verb forms and British spellings alike', () => {
    expect(tokensOf('Preparing reports')).toEqual(tokensOf('prepare report'));
    expect(tokensOf('analysing spreadsheets')).toEqual(tokensOf('analyze spreadsheet'));
    expect(stemWord('notes')).toBe(stemWord('note'));
    expect(tokensOf('the and of with')).toEqual([]);
  });

  it('maps everyday office words onto the words O*NET uses', () => {
    expect(tokensOf('emails')).toEqual(tokensOf('correspondence'));
    expect(tokensOf('answer')).toEqual(tokensOf('respond'));
    expect(tokensOf('standup')).toEqual(tokensOf('meetings'));
  });
});

describe("matching a person's task to O*NET statements", () => {
  it('finds the statement a person means in their own words', () => {
    expect(best('answer customer emails about bills')).toBe('3');
    expect(best('month-end reconciliation of the ledger')).toBe('2');
    expect(best('meetings with clients about taxes')).toBe('4');
    expect(best('write the monthly financial reports')).toBe('1');
  });

  it('ignores words no statement uses, so they cannot drown the words that match', () => {
    const plain = matchStatements(index, 'reconcile the ledgers', { limit: 1, minScore: 0 });
    const withTool = matchStatements(index, 'reconcile the ledgers in NetSuite via Zapier', {
      limit: 1,
      minScore: 0,
    });
    expect(withTool.tasks[0]?.statement.id).toBe('2');
    expect(withTool.tasks[0]?.score).toBeCloseTo(plain.tasks[0]!.score, 12);
  });

  it('reads a hyphenated word as its parts and as one word', () => {
    expect(tokensOf('stand-up')).toEqual([...tokensOf('stand up'), ...tokensOf('standup')]);
    expect(tokensOf('month-end')).toContain(stemWord('month'));
  });

  it('answers nothing for a task with no word in common', () => {
    expect(
      matchStatements(index, 'water the office plants', { limit: 3, minScore: 0.01 }).tasks,
    ).toEqual([]);
  });

  it('ranks the identical statement first, with a score of 1', () => {
    for (const statement of ACCOUNTANT) {
      const top = matchStatements(index, statement.text, { limit: 1, minScore: 0 });
      const first = statement.kind === 'task' ? top.tasks[0] : top.dwas[0];
      expect(first?.statement.id).toBe(statement.id);
      expect(first?.score).toBeCloseTo(1, 10);
    }
  });

  const phrase = fc
    .array(
      fc.constantFrom(
        'prepare',
        'reports',
        'emails',
        'client',
        'ledger',
        'tax',
        'the',
        'budget',
        'meet',
        'code',
        'zzz',
      ),
      { maxLength: 8 },
    )
    .map((words) => words.join(' '));

  it('scores between 0 and 1, symmetrically', () => {
    fc.assert(
      fc.property(phrase, phrase, (a, b) => {
        const ab = cosine(vectorOf(idf, a), vectorOf(idf, b));
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
        expect(ab).toBeCloseTo(cosine(vectorOf(idf, b), vectorOf(idf, a)), 12);
      }),
    );
  });

  it('always ranks a statement identical to the query first among others', () => {
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 6 }), phrase, (others, query) => {
        fc.pre(tokensOf(query).length > 0);
        const statements: Statement[] = [
          ...others.map((text, i) => ({ kind: 'task' as const, id: `o${i}`, text })),
          { kind: 'task', id: 'same', text: query },
        ];
        // As in the server, the word statistics cover the statements matched against.
        const corpus = buildTextIdf(statements.map((s) => s.text));
        const ranked = matchStatements(indexStatements(corpus, statements), query, {
          limit: 10,
          minScore: 0,
        }).tasks;
        expect(ranked[0]?.score).toBeCloseTo(1, 10);
        // Another statement with the same words ties; no statement beats the identical one.
        expect(ranked.find((m) => m.statement.id === 'same')?.score).toBeCloseTo(1, 10);
      }),
    );
  });
});
