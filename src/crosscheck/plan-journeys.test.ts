// A plan told before the day ("planned to return to Valeport this afternoon") and the journey told after it
// ("traveled to Valeport on Wednesday") are one happening; a leaving and a return, or journeys to two places,
// stay apart.
import { describe, expect, it } from 'vitest';
import type { CrossCheckArticle } from '../core/crosscheck.js';
import { annotatedArticle, member } from '../../test/support/annotated-article.js';
import { storyClaims } from '../../test/support/story-claims.js';
import { claimClassOf } from './facts.js';

let next = 0x7000;
const id = (): string => (++next).toString(16).padStart(16, '0');

function ledger(members: readonly CrossCheckArticle[]) {
  return storyClaims(members);
}

/** The shared claims' outlets, as "status:outlet+outlet". */
const shared = (members: readonly CrossCheckArticle[]) =>
  ledger(members).filter((c) => c.status !== 'single-source').map((c) => `${c.status}:${[...new Set(c.evidence.map((e) => members.find((m) => m.article.id === e.articleId)!.article.outlet))].sort().join('+')}`);

describe('a return with a place it goes to is a journey there', () => {
  it.each([
    ['"returned to Port Elan" is a journey to it', 'return', 'Port Elan', 'visit'],
    ['"returned home" stays with leaving', 'return', null, 'leave'],
    ['"flew back to Port Elan" is a journey to it', 'fly', 'Port Elan', 'visit'],
    ['"traveled to Port Elan" is a journey', 'travel', 'Port Elan', 'visit'],
    ['"left Port Elan" is a leaving', 'leave', 'Port Elan', 'leave'],
  ])('%s', (_label, predicate, place, expected) => {
    expect(claimClassOf({ predicate, object: null, place })).toBe(expected);
  });
});

describe('a planned journey and the journey made that day', () => {
  it('corroborates "planned to return to Valeport this afternoon" with "traveled to Valeport on Wednesday"', () => {
    const a = member(annotatedArticle(id(), 'Premier Ilse Marrow planned to return to Valeport this afternoon to meet with harbour pilots.', '2026-05-13', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), 'Premier Ilse Marrow traveled to Valeport on Wednesday for a private meeting with harbour pilots.', '2026-05-13', 'Meridian Wire'));
    expect(a.article.annotations.claims.map((c) => [c.predicate, c.tense, c.time?.value])).toEqual([['return', 'future', '2026-05-13TAF']]);
    expect(shared([a, b])).toEqual(['corroborated:Coastline Daily+Meridian Wire']);
  });

  it.each([
    ['a leaving and a return to the same place', 'Premier Ilse Marrow left Valeport on Wednesday.', 'Premier Ilse Marrow returned to Valeport on Wednesday.'],
    ['a planned return to one place and a journey to another', 'Premier Ilse Marrow planned to return to Valeport this afternoon.', 'Premier Ilse Marrow traveled to Holmstad on Wednesday.'],
  ])('keeps apart %s', (_label, first, second) => {
    const a = member(annotatedArticle(id(), first, '2026-05-13', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), second, '2026-05-13', 'Meridian Wire'));
    expect(shared([a, b])).toEqual([]);
  });
});
