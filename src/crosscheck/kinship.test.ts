// Specifies a person introduced by kin, and the claim outlets' wordings of it make.
import { describe, expect, it } from 'vitest';
import { annotatedArticle, member } from '../../test/support/annotated-article.js';
import { storyClaims } from '../../test/support/story-claims.js';
import { statedKin } from './kinship.js';

describe('statedKin', () => {
  it.each([
    ['"whose … son" in a relative clause', 'The mayor called up Ilse Marrow, whose 9-year-old son, Piet, was hurt in the blast.', ['parent']],
    ['"the mother of" in an apposition', 'Ilse Marrow, the mother of one injured boy, also spoke.', ['parent']],
    ['a noun before the name', 'The plan won support from at least one Brekka parent: Ilse Marrow.', ['parent']],
    ['the surname alone', 'Marrow, whose husband was a harbour pilot, asked for an inquiry.', ['spouse']],
    ['a relative clause about something else', 'Ilse Marrow, whose ferry sank in March, asked for an inquiry.', []],
    ['another person’s kin', 'Ilse Marrow met the father of one injured boy.', []],
  ] as const)('%s', (_label, sentence, expected) => {
    expect(statedKin(sentence, 'Ilse Marrow').map((k) => k.relation)).toEqual(expected);
  });
});

describe('kin in the claim ledger', () => {
  let n = 0;
  const id = (): string => `kin-${++n}`;
  it('corroborates one person’s kin two outlets give in other words, explained by the two wordings', () => {
    const a = member(annotatedArticle(id(), 'Ilse Marrow, the mother of one injured boy, also spoke after the mayor’s announcement.', '2031-03-04', 'Harbour Post'));
    const b = member(annotatedArticle(id(), 'The plan did get support from Ilse Marrow, whose 9-year-old son, Piet, was hurt.', '2031-03-04', 'Meridian Wire'));
    const claim = storyClaims([a, b]).find((c) => c.status === 'corroborated');
    expect(claim?.alignment?.[0]?.participants).toEqual(['Ilse Marrow']);
    expect(claim?.alignment?.[0]?.words[0]?.how).toBe('synonym');
  });
});
