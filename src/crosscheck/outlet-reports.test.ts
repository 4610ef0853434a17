// Specifies an outlet's report as a fact: which names are outlets, which frames say an outlet reported, and the claim
// several outlets' mentions of one report make.
import { describe, expect, it } from 'vitest';
import { annotatedArticle, member } from '../../test/support/annotated-article.js';
import { storyClaims } from '../../test/support/story-claims.js';
import { isOutletName, reportsBy } from './outlet-reports.js';

describe('isOutletName', () => {
  it.each([
    ['a masthead word ends the name', 'The Harbour Gazette', true],
    ['a known outlet', 'Reuters', true],
    ['a company', 'Nordvel Shipping', false],
    ['a masthead word alone is no name', 'Journal', false],
  ] as const)('%s', (_label, name, expected) => {
    expect(isOutletName(name)).toBe(expected);
  });
});

describe('reportsBy', () => {
  it.each([
    ['"X reported Friday that …"', 'The Harbour Gazette reported Friday morning that the union was softening its stance.', true],
    ['"X first reported …"', 'The Harbour Gazette first reported Friday that the union has decided to accept cuts.', true],
    ['passive "first reported in X"', 'The union’s stance, which was first reported in The Harbour Gazette in Friday’s editions, is not new.', true],
    ['"told X" attributes a statement', 'The union told the Harbour Gazette it would accept cuts.', false],
    ['"according to X" attributes a statement', 'The union will accept cuts, according to the Harbour Gazette.', false],
  ] as const)('%s', (_label, sentence, expected) => {
    expect(reportsBy(sentence, 'The Harbour Gazette')).toBe(expected);
  });
});

describe('outlet reports in the claim ledger', () => {
  let n = 0;
  const id = (): string => `report-${++n}`;
  it('corroborates one outlet’s report two outlets mention in other words', () => {
    const a = member(annotatedArticle(id(), 'The Harbour Gazette reported Friday morning that Nordvel was softening its opposition to cutting pilot pensions.', '2031-06-17', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), 'Halloran said Nordvel’s stance on pension cuts, which was first reported in The Harbour Gazette in Friday’s editions, was not new.', '2031-06-18', 'Meridian Wire'));
    const claim = storyClaims([a, b]).find((c) => c.status === 'corroborated');
    expect(claim?.evidence.map((e) => e.articleId).sort()).toEqual([a.article.id, b.article.id].sort());
    expect(claim?.alignment?.[0]?.participants).toContain('Nordvel');
  });
});
