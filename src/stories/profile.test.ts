import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../test/support/make-article.js';
import { contentTerms, entityKey, isEventName, profileArticle, stemTerm } from './profile.js';

describe('contentTerms', () => {
  it.each([
    ['drops function words, reporting verbs, weekdays and bare numbers', 'She said on Tuesday that 40 protesters were there', ['protester']],
    ['folds case, accents and possessives', 'Málaga’s Mayor', ['malaga', 'mayor']],
    ['keeps words with digits', 'the G20 summit', ['g20', 'summit']],
  ])('%s', (_label, text, expected) => {
    expect(contentTerms(text)).toEqual(expected);
  });

  // Without its language's stopwords, two unrelated German reports shared "der", "und", "nicht" … and were one story.
  it.each([
    ['German function words go for a German article', 'de', 'Der Pegel der Donau ist nicht weiter gestiegen, und die Stadt bleibt gesperrt', ['pegel', 'donau', 'gestiegen', 'stadt', 'bleibt', 'gesperrt']],
    ['French function words go for a French article', 'fr', 'Le chancelier est arrivé avec les ministres pour une visite', ['chancelier', 'arrive', 'ministre', 'visite']],
    ['an English article keeps words that are stopwords elsewhere ("war" is German for "was")', 'en', 'The war ended', ['war', 'ended']],
    ['a language without a list keeps the English list only', 'xx', 'Der Pegel und the river', ['der', 'pegel', 'und', 'river']],
  ])('%s', (_label, language, text, expected) => {
    expect(contentTerms(text, language)).toEqual(expected);
  });

  it.each([['protesters', 'protester'], ['cities', 'city'], ['crisis', 'crisis'], ['glass', 'glass'], ['famous', 'famous'], ['visits', 'visit']])(
    'stems only plural endings: %s → %s', (word, stem) => expect(stemTerm(word)).toBe(stem));
});

describe('entityKey', () => {
  it.each([
    ['a person by family name, without honorifics', { name: 'Sir Keir Starmer', type: 'person' as const }, 'starmer'],
    ['the same person named shortly', { name: 'Starmer', type: 'person' as const }, 'starmer'],
    ['a suffix is not a family name', { name: 'Arcade Comeaux Jr', type: 'person' as const }, 'comeaux'],
    ['a place by its full folded name, whatever its type', { name: 'Port Elan', type: 'place' as const }, 'port elan'],
    ['an organization without "the"', { name: 'the Velsand Meteorological Office', type: 'organization' as const }, 'velsand meteorological office'],
  ])('keys %s', (_label, entity, key) => expect(entityKey(entity)).toBe(key));
});

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
