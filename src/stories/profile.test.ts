import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../test/support/make-article.js';
import { isEventName, profileArticle } from './profile.js';

describe('isEventName', () => {
  it.each([['Storm Ottilie', true], ['Hurricane Ike', true], ['the Lindor Summit', true], ['Port Elan', false], ['Storm', false], ['Keir Starmer', false]])(
    '%s → %s', (name, expected) => expect(isEventName(name)).toBe(expected));
});

describe('profileArticle', () => {
  it('counts title words twice and lead-sentence words once more, takes the day of the publication date, and keeps the outlet and wire', () => {
    const p = profileArticle(makeArticle({ title: 'Ferry returns', published: '2026-03-02T08:00:00Z', wire: 'Meridian Wire' }));
    expect(p.published).toBe('2026-03-02');
    expect(p.outlet).toBe('Coastline Daily');
    expect(p.wire).toBe('Meridian Wire');
    // "The ferry left Port Elan at dawn." is the text's first sentence: once in the text, once as the lead, twice from the title.
    expect(Object.fromEntries(p.terms)['ferry']).toBe(4);
    expect(Object.fromEntries(p.terms)['passenger']).toBe(1);
    expect(p.dateline).toBe('PORT ELAN');
  });
});
