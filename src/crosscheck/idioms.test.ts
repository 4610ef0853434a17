// Specifies set phrases of one meaning (lexicon/crosscheck-idioms.json) and the claim two outlets' phrases make.
import { describe, expect, it } from 'vitest';
import { annotatedArticle, member } from '../../test/support/annotated-article.js';
import { storyClaims } from '../../test/support/story-claims.js';
import { idiomClassesOf } from './idioms.js';

describe('idiomClassesOf', () => {
  it.each([
    ['"dead on arrival"', 'Speaker Halloran has said the ferry bill is dead on arrival in the council.', ['dead on arrival']],
    ['"will not take up"', 'The council will not take up the ferry bill, according to Speaker Halloran.', ['not take up']],
    ['"pledged not to take up"', 'Halloran has pledged not to take up the measure.', ['not to take up']],
    ['a contraction glued to its verb', 'Halloran won’t take up the bill this year.', ['n’t take up']],
    ['taking up a bill is the opposite', 'The council will take up the ferry bill on Monday.', []],
    ['a word that only ends like one', 'The knot take up was slack.', []],
    ['"run afoul of the law"', 'The fee falls on carriers that run afoul of the law.', ['run afoul of the law']],
  ] as const)('%s', (_label, sentence, expected) => {
    expect(idiomClassesOf(sentence).map((i) => i.phrase)).toEqual(expected);
  });
});

describe('idioms in the claim ledger', () => {
  let n = 0;
  const id = (): string => `idiom-${++n}`;
  it('corroborates "dead on arrival" and "will not take up" about one participant, explained by the two phrases', () => {
    const a = member(annotatedArticle(id(), 'The measure is not expected to pass the council, where Speaker Teodor Halloran has said the bill is dead on arrival.', '2031-03-04', 'Harbour Post'));
    const b = member(annotatedArticle(id(), 'The council will not take up the bill, according to Speaker Teodor Halloran.', '2031-03-04', 'Meridian Wire'));
    const claim = storyClaims([a, b]).find((c) => c.status === 'corroborated');
    expect(claim?.alignment?.[0]?.participants).toContain('Teodor Halloran');
    expect(claim?.alignment?.[0]?.words[0]).toEqual({ a: 'dead on arrival', b: 'not take up', how: 'synonym' });
  });

  it('corroborates "run afoul of the law" and "found to have broken the law" said of one thing in a sentence that names no one', () => {
    const a = member(annotatedArticle(id(), 'Harbour Democrats noted that the pilot fund would come from a surcharge on settlements with carriers that run afoul of the law.', '2031-03-04', 'Harbour Post'));
    const b = member(annotatedArticle(id(), 'It also creates a matching system for small donations, funded by an additional fine on carriers found to have broken the law.', '2031-03-04', 'Meridian Wire'));
    const claim = storyClaims([a, b]).find((c) => c.status === 'corroborated');
    expect(claim?.alignment?.[0]?.words).toContainEqual({ a: 'carriers', b: 'carriers', how: 'same lemma' });
  });

  it('keeps apart two outlets’ phrases about different participants', () => {
    const a = member(annotatedArticle(id(), 'Speaker Teodor Halloran has said the ferry bill is dead on arrival.', '2031-03-04', 'Harbour Post'));
    const b = member(annotatedArticle(id(), 'Governor Maren Okoro will not take up the ferry bill.', '2031-03-04', 'Meridian Wire'));
    expect(storyClaims([a, b]).filter((c) => c.status === 'corroborated')).toEqual([]);
  });
});
