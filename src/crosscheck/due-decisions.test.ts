// Specifies an awaited decision dated in a sentence, and the claim two outlets' datings of it make.
import { describe, expect, it } from 'vitest';
import { annotatedArticle, member } from '../../test/support/annotated-article.js';
import { storyClaims } from '../../test/support/story-claims.js';
import { dueDecisions, dueTimesOverlap } from './due-decisions.js';

const at = (sentence: string, text: string, value: string) => ({ start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length, value });

describe('dueDecisions', () => {
  it.each([
    ['"decision, expected by June"', 'The tribunal’s decision, expected by June, will shape pilot pay.', 'by June', '2031-06', ['decision']],
    ['"ruling by the court this summer"', 'The split raised the prospect of a divided ruling by the tribunal this summer.', 'this summer', '2031-SU', ['ruling']],
    ['a time far from the noun dates something else', 'The ruling was a blow to the pilots, who had marched through Brekka for weeks and planned a strike in June.', 'in June', '2031-06', []],
  ] as const)('%s', (_label, sentence, text, value, expected) => {
    expect(dueDecisions(sentence, [at(sentence, text, value)]).map((d) => d.noun)).toEqual(expected);
  });

  it.each([
    ['a month inside a season', '2031-06', '2031-SU', true],
    ['a month outside it', '2031-03', '2031-SU', false],
    ['winter runs into the next year', '2032-01', '2031-WI', true],
  ] as const)('overlap: %s', (_label, a, b, expected) => {
    expect(dueTimesOverlap(a, b)).toBe(expected);
  });
});

describe('awaited decisions in the claim ledger', () => {
  let n = 0;
  const id = (): string => `due-${++n}`;
  it('corroborates "the tribunal’s decision, expected by June" and "a ruling by the tribunal this summer"', () => {
    const a = member(annotatedArticle(id(), 'It is the largest pay case in Velsand, and the tribunal’s decision, expected by June, will shape pilot pay.', '2031-03-04', 'Harbour Post'));
    const b = member(annotatedArticle(id(), 'That split raised the prospect of a divided ruling by the tribunal this summer.', '2031-03-04', 'Meridian Wire'));
    const claim = storyClaims([a, b]).find((c) => c.status === 'corroborated' && c.evidence.length === 2);
    expect(claim?.alignment?.[0]?.words).toContainEqual(expect.objectContaining({ a: 'tribunal' }));
  });
});
