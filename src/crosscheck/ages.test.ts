// Specifies a thing's age told as an age or as a start so long ago, and the claim two outlets' wordings make.
import { describe, expect, it } from 'vitest';
import { annotatedArticle, member } from '../../test/support/annotated-article.js';
import { storyClaims } from '../../test/support/story-claims.js';
import { statedAges } from './ages.js';

describe('statedAges', () => {
  it.each([
    ['an age before the noun, in digits', 'The 12-year-old dispute, heard again on Monday, turns on pilot fees.', [{ nouns: ['dispute'], since: 2019 }]],
    ['a start "a decade ago"', 'The quarrel began a decade ago when a pilot said the port had cut his pay.', [{ nouns: ['quarrel'], since: 2021 }]],
    ['a count in words', 'The suit was filed twelve years ago in Brekka.', [{ nouns: ['suit'], since: 2019 }]],
    ['decades', 'a two-decade-old feud between the ports', [{ nouns: ['feud'], since: 2011 }]],
    ['no age', 'The dispute was heard on Monday.', []],
  ] as const)('%s', (_label, sentence, expected) => {
    expect(statedAges(sentence, 2031).map(({ nouns, since }) => ({ nouns, since }))).toEqual(expected);
  });
});

describe('ages in the claim ledger', () => {
  let n = 0;
  const id = (): string => `age-${++n}`;
  it('corroborates "the 10-year-old lawsuit" and "the case started a decade ago"', () => {
    const a = member(annotatedArticle(id(), 'The case started a decade ago when a Nordvel pilot said the port was passing her over for promotions.', '2031-03-04', 'Harbour Post'));
    const b = member(annotatedArticle(id(), 'The 10-year-old lawsuit, argued before the court on Tuesday, claims that Nordvel favors men in pay.', '2031-03-04', 'Meridian Wire'));
    const claim = storyClaims([a, b]).find((c) => c.status === 'corroborated' && c.evidence.length === 2);
    expect(claim?.alignment?.[0]?.words).toContainEqual({ a: 'case', b: 'lawsuit', how: 'synonym' });
  });

  it('keeps apart two things of one age ("the 10-year-old boy" / "the case started a decade ago")', () => {
    const a = member(annotatedArticle(id(), 'The case started a decade ago in Brekka.', '2031-03-04', 'Harbour Post'));
    const b = member(annotatedArticle(id(), 'The 10-year-old boy was rescued from the quay.', '2031-03-04', 'Meridian Wire'));
    expect(storyClaims([a, b]).filter((c) => c.status === 'corroborated')).toEqual([]);
  });

  it('keeps apart one thing of two ages', () => {
    const a = member(annotatedArticle(id(), 'The case started a decade ago in Brekka.', '2031-03-04', 'Harbour Post'));
    const b = member(annotatedArticle(id(), 'The 12-year-old lawsuit was heard again on Tuesday.', '2031-03-04', 'Meridian Wire'));
    expect(storyClaims([a, b]).filter((c) => c.status === 'corroborated')).toEqual([]);
  });
});
