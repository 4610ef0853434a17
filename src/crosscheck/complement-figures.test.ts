// The share taken away and the share left of one whole are one projection (complement-figures.ts).
import { describe, expect, it } from 'vitest';
import type { AlignedClaim, CrossCheckArticle } from '../core/crosscheck.js';
import { annotatedArticle, member } from '../../test/support/annotated-article.js';
import { storyClaims } from '../../test/support/story-claims.js';

let next = 0x700;
const id = (): string => (++next).toString(16).padStart(16, '0');

function figures(a: string, b: string): AlignedClaim[] {
  const members: CrossCheckArticle[] = [member(annotatedArticle(id(), a, '2026-03-03', 'Meridian Wire')), member(annotatedArticle(id(), b, '2026-03-03', 'Northgate Times'))];
  return storyClaims(members).filter((c) => c.kind === 'quantity');
}

describe('one projection from its two sides', () => {
  it('aligns the share left with the share cut, compatible, never conflicting', () => {
    const claims = figures(
      'After 2036, the Velsand pension fund will only be able to pay 77 percent of promised pensions.',
      'The fund’s trustees warned that pensioners would then face a 23 percent across-the-board cut in pensions.',
    );
    expect(claims.map((c) => [c.status, c.sources.length])).toEqual([['compatible', 2]]);
  });

  it.each([
    ['two shares of a vote that add up to 100, neither a cut', 'In Velsand, 52 percent of voters backed the ferry levy.', 'In Karsland, 48 percent of voters backed the ferry levy.'],
    ['two cuts', 'Pensioners would face a 23 percent cut in pensions.', 'The board proposed a 77 percent cut in pensions for new members.'],
    ['a cut and a share of another thing', 'The fund will pay 77 percent of promised pensions.', 'Ferry fares would face a 23 percent cut in March.'],
  ])('does not align %s', (_label, a, b) => {
    const claims = figures(a, b);
    expect(claims.filter((c) => c.sources.length > 1)).toEqual([]);
  });
});
