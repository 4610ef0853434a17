// One figure counted under two names ("at least 544 pilots who serve as harbour masters" / "at least 544
// harbour masters") is one count; the rule may only corroborate, and only on an exact match of the figure.
import { describe, expect, it } from 'vitest';
import type { AlignedClaim, CrossCheckArticle } from '../core/crosscheck.js';
import { annotatedArticle, member } from '../../test/support/annotated-article.js';
import { storyClaims } from '../../test/support/story-claims.js';

let next = 0x700;
const id = (): string => (++next).toString(16).padStart(16, '0');
const OUTLETS = ['Meridian Wire', 'Northgate Times', 'Radio Kestrel'];

function figureClaims(sentences: readonly string[]): AlignedClaim[] {
  const members: CrossCheckArticle[] = sentences.map((s, k) => member(annotatedArticle(id(), s, '2026-03-03', OUTLETS[k]!)));
  return storyClaims(members).filter((c) => c.kind === 'quantity');
}

const corroborated = (claims: readonly AlignedClaim[]): boolean => claims.some((c) => c.status === 'corroborated' && c.sources.length === 2);

describe('one figure counted under two names', () => {
  it.each([
    ['who they are / what they do', ['Castell added that “this fleet includes at least 544 harbour masters who are accused of negligence.”', 'Castell pointed to a group of at least 544 pilots who serve as harbour masters who “are accused of negligence.”']],
    ['the other way round, without a qualifier', ['The port board counted 317 skippers working as ferry pilots.', 'Velsand has 317 ferry pilots, the port board said.']],
  ])('corroborates %s', (_label, sentences) => {
    expect(corroborated(figureClaims(sentences))).toBe(true);
  });

  it.each([
    ['another qualifier', ['The port board counted at least 317 skippers working as ferry pilots.', 'Velsand has 317 ferry pilots, the port board said.']],
    ['another figure', ['The port board counted 317 skippers working as ferry pilots.', 'Velsand has 318 ferry pilots, the port board said.']],
    ['a small figure that recurs for unrelated things', ['The port board counted 3 skippers working as ferry pilots.', 'Velsand has 3 ferry pilots, the port board said.']],
    ['no sentence naming the other’s unit', ['The port board counted 317 skippers in Velsand.', 'Velsand has 317 ferry pilots, the port board said.']],
  ])('joins no figures with %s', (_label, sentences) => {
    const claims = figureClaims(sentences);
    expect(corroborated(claims)).toBe(false);
    expect(claims.filter((c) => c.status === 'conflicting')).toEqual([]);
  });
});
