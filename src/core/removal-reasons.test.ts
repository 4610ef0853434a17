// Removal codes and the one table of their labels: the text readers see stays today's wording.
import { describe, expect, it } from 'vitest';
import { FURNITURE_CODES, JUNK_LINE_CODES, isFurnitureCode, removalLabel, removalOf, type RemovalReason } from './removal-reasons.js';

describe('removalLabel', () => {
  const table: Array<[RemovalReason, string]> = [
    [{ code: 'newsletter-promo' }, 'boilerplate: newsletter promo'],
    [{ code: 'copyright-line' }, 'boilerplate: copyright line'],
    [{ code: 'wire-credits' }, 'metadata: wire credits'],
    [{ code: 'outlet-sign-off' }, 'boilerplate: outlet sign-off'],
    [{ code: 'title-repeat' }, 'metadata: title (repeats the headline)'],
    [{ code: 'publication-date' }, 'metadata: publication date'],
    [{ code: 'front-matter' }, 'metadata: front matter'],
    [{ code: 'byline-box' }, 'boilerplate: byline'],
    [{ code: 'comments-section' }, 'boilerplate: comments section'],
    [{ code: 'page-furniture-line' }, 'boilerplate: page furniture line'],
    [{ code: 'promo-headline', promo: 'newsletter-promo' }, 'boilerplate: newsletter promo (its headline)'],
    [{ code: 'recurring-line', count: 3, group: 'outlet daily planet' }, 'boilerplate: recurs in 3 articles of outlet daily planet'],
    [{ code: 'dateline-wire-credit', wire: 'Reuters' }, 'metadata: dateline with wire credit (Reuters)'],
  ];
  it.each(table)('%j → %j', (reason, label) => {
    expect(removalLabel(reason)).toBe(label);
    expect(removalOf('x', reason)).toEqual({ text: 'x', reason: label });
  });

  it('labels every code a lexicon may name as "category: detail"', () => {
    for (const code of [...JUNK_LINE_CODES, ...FURNITURE_CODES]) expect(removalLabel({ code })).toMatch(/^(?:boilerplate|metadata): \S/);
  });

  it('tells furniture codes from other strings', () => {
    expect(isFurnitureCode('caption')).toBe(true);
    expect(isFurnitureCode('boilerplate: caption')).toBe(false);
  });
});
