// Content terms as every stage compares texts: folded, stopwords of the text's language out, plurals
// stemmed. Tables of [label, input, expected], hard cases included.
import { describe, expect, it } from 'vitest';
import { contentTerms, foldEnding, foldText, foldedWords, stemTerm } from './terms.js';

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
});

describe('stemTerm', () => {
  it.each([['protesters', 'protester'], ['cities', 'city'], ['crisis', 'crisis'], ['glass', 'glass'], ['famous', 'famous'], ['visits', 'visit']])(
    'stems only plural endings: %s → %s', (word, stem) => expect(stemTerm(word)).toBe(stem));
});

describe('foldEnding', () => {
  it.each([
    ['a past form', 'signed', 'sign'],
    ['a present participle', 'signing', 'sign'],
    ['a third person in -es', 'pushes', 'push'],
    ['a final e', 'arrive', 'arriv'],
    ['short words keep their ending (four letters must stay)', 'used', 'used'],
    ['a word without a verb ending', 'ferry', 'ferry'],
  ])('%s: %s → %s', (_label, term, expected) => expect(foldEnding(term)).toBe(expected));
});

describe('foldText and foldedWords', () => {
  it.each([
    ['accents and case', 'Málaga Élysée', 'malaga elysee'],
    ['a ligature (compatibility form)', 'ﬁnal', 'final'],
  ])('foldText folds %s', (_label, text, expected) => expect(foldText(text)).toBe(expected));

  it.each([
    ['splits at apostrophes and marks', 'Don’t stop, Málaga!', ['don', 't', 'stop', 'malaga']],
    ['keeps digits', 'G20 in 2026', ['g20', 'in', '2026']],
    ['nothing to read', '— …', []],
  ])('foldedWords %s', (_label, text, expected) => expect(foldedWords(text)).toEqual(expected));
});
