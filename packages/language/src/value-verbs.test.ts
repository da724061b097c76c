import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeValue, thirdPersonOf } from './value-verbs.ts';

const suggest = (value: string) => analyzeValue(value).suggestions;

describe('values as present-tense verbs', () => {
  it('accepts values already written as present-tense verb phrases', () => {
    for (const value of [
      'builds trust',
      'simplifies',
      'teaches',
      'measures what matters',
      'Listens first',
      'always listens',
      'is kind',
      'stays curious',
      'Delivers results',
    ])
      expect(analyzeValue(value), value).toEqual({ value, isVerbPhrase: true, suggestions: [] });
  });

  it('turns the examples of the method into verbs: nouns, adjectives and gerunds', () => {
    expect(analyzeValue('Loyalty')).toEqual({
      value: 'Loyalty',
      isVerbPhrase: false,
      suggestions: ['stays loyal'],
    });
    expect(suggest('creative')[0]).toBe('creates');
    expect(suggest('Inspiring others')).toEqual(['inspires others']);
    expect(suggest('Empowering teams')).toEqual(['empowers teams']);
    expect(suggest('Helping people grow')).toEqual(['helps people grow']);
  });

  it('derives verbs from the endings of nouns: -ation, -ion, -ment, -ity, -ness, -ism, -ence', () => {
    expect(suggest('Collaboration')[0]).toBe('collaborates');
    expect(suggest('Communication')[0]).toBe('communicates');
    expect(suggest('Empowerment')[0]).toBe('empowers');
    expect(suggest('Curiosity')[0]).toBe('stays curious');
    expect(suggest('Authenticity')[0]).toBe('stays authentic');
    expect(suggest('openness')[0]).toBe('stays open');
    expect(suggest('Professionalism')[0]).toBe('stays professional');
    expect(suggest('resilience')[0]).toBe('stays resilient');
  });

  it('uses the usual phrase where no ending gives a verb', () => {
    expect(suggest('Integrity')[0]).toBe('acts with integrity');
    expect(suggest('trust')[0]).toBe('builds trust');
    expect(suggest('Excellence')[0]).toBe('pursues excellence');
    expect(suggest('Results')[0]).toBe('delivers results');
  });

  it('conjugates base verbs and keeps what follows', () => {
    expect(suggest('teach')).toEqual(['teaches']);
    expect(suggest('make things simple')).toEqual(['makes things simple']);
    expect(suggest('Curious about people')[0]).toBe('stays curious about people');
  });

  it('offers a verb phrase even for a noun it cannot derive, and nothing for an empty value', () => {
    expect(suggest('Growth mindset')[0]).toBe('acts with growth mindset');
    expect(analyzeValue('   ')).toEqual({ value: '   ', isVerbPhrase: false, suggestions: [] });
  });

  const verbs = ['build', 'simplify', 'teach', 'inspire', 'listen', 'deliver', 'coach', 'create'];
  const objects = ['', 'trust', 'others', 'teams', 'what matters', 'people grow'];

  it('never flags a present-tense verb phrase (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...verbs), fc.constantFrom(...objects), (verb, object) => {
        const value = `${thirdPersonOf(verb)} ${object}`.trim();
        expect(analyzeValue(value).isVerbPhrase).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('suggests only phrases it would itself accept as verb phrases (property)', () => {
    const values = [
      'Loyalty',
      'creative',
      'Inspiring others',
      'Integrity',
      'kindness',
      'Curiosity',
      'Collaboration',
      'honesty',
      'teach',
      'Persistence',
      'Growth mindset',
      'fairness',
      'Innovative',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...values), (value) => {
        const { suggestions, isVerbPhrase } = analyzeValue(value);
        expect(isVerbPhrase).toBe(false);
        expect(suggestions.length).toBeGreaterThan(0);
        for (const s of suggestions) expect(analyzeValue(s).isVerbPhrase, s).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
