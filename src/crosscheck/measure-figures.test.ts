// Figures that measure a thing ("a 225-page report", "a 40- to 60-hour course", "40-60 hours per person") are
// compared across outlets like counts; a span that only says how long a happening lasted is not a figure.
import { describe, expect, it } from 'vitest';
import type { AlignedClaim, CrossCheckArticle } from '../core/crosscheck.js';
import { annotatedArticle, member } from '../../test/support/annotated-article.js';
import { storyClaims } from '../../test/support/story-claims.js';

let next = 0x500;
const id = (): string => (++next).toString(16).padStart(16, '0');
const OUTLETS = ['Meridian Wire', 'Northgate Times', 'Radio Kestrel'];

function ledger(sentences: readonly string[]): AlignedClaim[] {
  const members: CrossCheckArticle[] = sentences.map((s, k) => member(annotatedArticle(id(), s, '2026-03-03', OUTLETS[k]!)));
  return storyClaims(members);
}

const figureClaims = (claims: readonly AlignedClaim[]) => claims.filter((c) => c.kind === 'quantity');

describe('figures that measure a thing', () => {
  it.each([
    ['one report’s length', ['The port board on Tuesday released a 225-page report on ferry safety.', 'The 225-page report also called for new lifeboats on every ferry.', 'A harbour task force published a 225-page report that urged armed pilots.'], 3],
    ['one course’s length in three spellings', ['It recommended that skippers take a 40- to 60-hour training course run by the port board.', 'Castell did call for a 40-60 hour training program for skippers.', 'The board proposed a model training program, 40-60 hours per person, for every skipper.'], 3],
  ])('corroborates %s', (_label, sentences, sources) => {
    const claims = figureClaims(ledger(sentences));
    expect(claims.some((c) => c.status === 'corroborated' && c.sources.length === sources)).toBe(true);
  });

  it('compares no span of a happening: "for 35 days" and "for 30 days" are no figures', () => {
    const claims = ledger(['The strike closed the Port Elan ferry berth for 35 days.', 'The strike closed the ferry berth in Port Elan for 30 days.']);
    expect(figureClaims(claims)).toEqual([]);
    expect(claims.filter((c) => c.status === 'conflicting')).toEqual([]);
  });

  it('sets no measures of different things against each other ("a six-year term", "a two-year study")', () => {
    const claims = ledger(['Castell will serve a six-year term on the port board.', 'The port board ordered a two-year study of the ferry berth.']);
    expect(claims.filter((c) => c.status === 'conflicting')).toEqual([]);
  });
});
