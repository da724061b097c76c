import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTitleMatcher, findTitleMentions, formsOfTitle } from './title-matcher.ts';

/** A small catalog in O*NET's style: own titles (primary) and alternates. */
const matcher = buildTitleMatcher([
  { text: 'Pharmacists', code: '29-1051.00', primary: true },
  { text: 'Registered Nurses', code: '29-1141.00', primary: true },
  { text: 'RN (Registered Nurse)', code: '29-1141.00' },
  { text: 'Nurse', code: '29-1141.00' },
  { text: 'Product Manager', code: '11-2021.00' },
  { text: 'Senior Product Manager', code: '11-2021.00' },
  { text: 'Project Manager', code: '11-9199.00' },
  { text: 'Manager', code: '11-1021.00' },
  { text: 'Manager', code: '11-9199.00' },
  { text: 'CEO (Chief Executive Officer)', code: '11-1011.00' },
  { text: 'Chief Executives', code: '11-1011.00', primary: true },
  { text: 'Teachers, Secondary School', code: '25-2031.00', primary: true },
  { text: 'Teacher', code: '25-2031.00' },
  { text: 'Runner', code: '43-5021.00' },
  { text: 'Leader', code: '11-1021.00' },
  { text: 'Team Leader', code: '11-1021.00' },
  { text: 'Lead', code: '11-1021.00' },
  { text: 'Driver', code: '53-3032.00' },
  { text: 'Delivery Driver', code: '53-3033.00' },
  { text: 'Coach', code: '27-2022.00' },
  { text: 'Engineers, All Other', code: '17-2199.00', primary: true },
  { text: 'Software Engineer', code: '15-1252.00' },
  { text: 'Waiter/Waitress', code: '35-3031.00' },
  { text: 'Workshop Facilitator', code: '13-1151.00' },
  { text: 'Customer Service', code: '43-4051.00' },
]);

const titlesIn = (text: string) => findTitleMentions(matcher, text).map((m) => m.text);

describe('finding job titles in what a person writes', () => {
  it('names no title in a description of the work itself', () => {
    expect(titlesIn('I run workshops that unblock teams')).toEqual([]);
    expect(titlesIn('I coach teams through hard launches and lead by example')).toEqual([]);
  });

  it('finds a title after a cue such as "work as a", with its offsets and occupation', () => {
    const text = 'One day I hope to work as a pharmacist.';
    expect(findTitleMentions(matcher, text)).toEqual([
      { text: 'pharmacist', start: 28, end: 38, code: '29-1051.00' },
    ]);
  });

  it('recognises cues: become, I am a, I’m a, the role of, a … role, with modifiers between', () => {
    expect(titlesIn('I want to become a teacher')).toEqual(['teacher']);
    expect(titlesIn('I am a registered nurse at heart')).toEqual(['registered nurse']);
    expect(titlesIn('I’m a Coach for founders')).toEqual(['Coach']);
    expect(titlesIn('stepping into the role of product manager')).toEqual(['product manager']);
    expect(titlesIn('I want a pharmacist role')).toEqual(['pharmacist']);
    expect(titlesIn('as a clinical pharmacist I would')).toEqual(['pharmacist']);
    expect(titlesIn('as a senior pharmacist I would')).toEqual(['senior pharmacist']);
  });

  it('prefers the longest title and settles overlaps', () => {
    expect(titlesIn('As a Senior Product Manager I ship')).toEqual(['Senior Product Manager']);
    expect(titlesIn('I love being the team leader')).toEqual(['team leader']);
  });

  it('finds plurals, any case, possessives and inverted catalog titles', () => {
    expect(titlesIn('We work as PHARMACISTS')).toEqual(['PHARMACISTS']);
    expect(titlesIn('the pharmacist’s job is what I want')).toEqual(['pharmacist']);
    expect(titlesIn('my dream is to be a secondary school teacher')).toEqual([
      'secondary school teacher',
    ]);
  });

  it('reports a multi-word singular title without a cue, but not an audience', () => {
    expect(titlesIn('Ideally a software engineer who mentors')).toEqual(['software engineer']);
    expect(titlesIn('I help product managers decide faster')).toEqual([]);
    expect(titlesIn('I pair with the project manager on risks')).toEqual([]);
  });

  it('keeps generic one-word titles quiet, even after a cue, but not inside a longer title', () => {
    expect(titlesIn('I want to grow as a leader')).toEqual([]);
    expect(titlesIn('I am a runner and a driver of change')).toEqual([]);
    expect(titlesIn('I would work as a delivery driver')).toEqual(['delivery driver']);
  });

  it('does not read verbs, audiences or non-role phrases as titles', () => {
    expect(titlesIn('I coach nurses and teach teachers')).toEqual([]);
    expect(titlesIn('I am helping nurses feel heard')).toEqual([]);
    expect(titlesIn('great customer service makes my day')).toEqual([]);
  });

  it('matches acronyms only in capitals', () => {
    expect(findTitleMentions(matcher, 'to become CEO of a small firm')).toEqual([
      { text: 'CEO', start: 10, end: 13, code: '11-1011.00' },
    ]);
    expect(titlesIn('to become ceo of a small firm')).toEqual([]);
    expect(titlesIn('I want to be an RN')).toEqual(['RN']);
  });

  it('gives a code only when the words name one occupation (or one occupation’s own title)', () => {
    expect(findTitleMentions(matcher, 'to work as a manager')[0]?.code).toBeNull();
    expect(findTitleMentions(matcher, 'to work as a nurse')[0]?.code).toBe('29-1141.00');
  });

  it('reads the catalog’s forms: parentheses, inversions, "All Other", slashes', () => {
    expect(formsOfTitle('CEO (Chief Executive Officer)')).toEqual([
      'CEO',
      'Chief Executive Officer',
    ]);
    expect(formsOfTitle('Teachers, Secondary School')).toEqual(['Secondary School Teachers']);
    expect(formsOfTitle('Engineers, All Other')).toEqual(['Engineers']);
    expect(formsOfTitle('Waiter/Waitress')).toEqual(['Waiter', 'Waitress']);
  });

  it('keeps every span inside the text, equal to the text it points at, in order and apart', () => {
    const words = ['as', 'a', 'pharmacist', 'product', 'manager', 'I', 'help', 'Nurses', 'é', '😀'];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), {
          maxLength: 30,
        }),
        fc.constantFrom(' ', '  ', ', ', '\n'),
        (parts, separator) => {
          const text = parts.join(separator);
          let previousEnd = 0;
          for (const m of findTitleMentions(matcher, text)) {
            expect(m.start).toBeGreaterThanOrEqual(previousEnd);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(m.start, m.end)).toBe(m.text);
            previousEnd = m.end;
          }
        },
      ),
    );
  });
});
