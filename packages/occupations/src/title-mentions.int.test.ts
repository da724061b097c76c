import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { findTitleMentions, type TitleMatcher } from '@trailmap/domain';
import { loadOnetCatalog } from './reader/load-onet.ts';
import { buildTitleMentionMatcher } from './occupation-index.ts';

/**
 * Job titles in free text against the real O*NET 29.3 titles and alternate
 * titles. Runs when TRAILMAP_ONET_DIR points at the release (CI sets it);
 * the hand-made sample is too small to say anything about precision.
 */
const dir = process.env.TRAILMAP_ONET_DIR;
if (!dir)
  console.log(
    'title-mentions.int.test.ts: skipped the real-data checks; set TRAILMAP_ONET_DIR to the O*NET text release to run them.',
  );

describe.skipIf(!dir)('finding job titles with the real O*NET titles', () => {
  let matcher: TitleMatcher;
  const titlesIn = (text: string) => findTitleMentions(matcher, text).map((m) => m.text);

  it('loads every title and alternate title into the matcher', async () => {
    const { catalog } = await loadOnetCatalog(resolve(dir!));
    matcher = buildTitleMentionMatcher(catalog);
    expect(matcher.size).toBeGreaterThan(40_000);
  });

  it('finds the title in "one day I hope to work as a pharmacist", with its occupation', () => {
    expect(findTitleMentions(matcher, 'one day I hope to work as a pharmacist')).toEqual([
      { text: 'pharmacist', start: 28, end: 38, code: '29-1051.00' },
    ]);
  });

  it('names no title in descriptions of the work', () => {
    for (const text of [
      'I run workshops that unblock teams',
      'I help teams ship software they are proud of',
      'I coach nurses through their first year',
      'I host events that connect people',
      'As a leader I simplify',
      'I love teaching and mentoring junior developers',
      'I turn chaos into calm plans for the operations team',
    ])
      expect(titlesIn(text), text).toEqual([]);
  });

  it('finds multi-word titles, the longest one, after cues and without', () => {
    expect(titlesIn('I want to become a product manager')).toEqual(['product manager']);
    expect(titlesIn('My ideal is being the Chief Technology Officer')).toEqual([
      'Chief Technology Officer',
    ]);
    expect(titlesIn('Work as a software engineer in a small team')).toEqual(['software engineer']);
    expect(titlesIn('to be CEO of a small firm')).toEqual(['CEO']);
  });
});
