// Specifies how two words relate through WordNet for the cross-check's paraphrase alignment: nominalizations,
// synonyms and hypernyms match; unrelated words and words related only through vague upper senses do not.
import { describe, expect, it } from 'vitest';
import { lexicalRelation, wordNetLemmas } from './wordnet.js';

describe('wordNetLemmas', () => {
  it.each([
    ['plural noun', 'executives', 'noun', ['executive']],
    ['a plural that is a noun of its own keeps both', 'leaders', 'noun', ['leaders', 'leader']],
    ['irregular past', 'met', 'verb', ['meet']],
    ['doubled consonant', 'planned', 'verb', ['plan']],
    ['unknown word', 'zorbleflux', 'noun', []],
  ] as const)('%s: %s', (_label, word, pos, expected) => {
    expect(wordNetLemmas(word, pos)).toEqual(expected);
  });
});

describe('lexicalRelation', () => {
  it.each([
    ['nominalization: agree / agreement', 'agree', 'agreement', 'derived form'],
    ['synonym: accord / agreement', 'accord', 'agreement', 'synonym'],
    ['hypernym: pact is an agreement', 'pact', 'agreement', 'hypernym'],
    ['hypernym three levels up: executives / leaders', 'executives', 'leaders', 'hypernym'],
    ['employees / workers', 'employees', 'workers', 'hypernym'],
    ['barrier / fencing', 'barrier', 'fencing', 'hypernym'],
    ['inflections of one lemma', 'smuggled', 'smuggles', 'same lemma'],
  ] as const)('%s', (_label, a, b, expected) => {
    expect(lexicalRelation(a, b)).toBe(expected);
  });

  it.each([
    ['two weekdays are not one word', 'monday', 'tuesday'],
    ['verbs related only through vague upper verbs', 'comes', 'passed'],
    ['a rare verb sense of a noun', 'prime', 'based'],
    ['an official is no minister', 'official', 'minister'],
  ])('does not relate %s', (_label, a, b) => {
    expect(lexicalRelation(a, b)).toBeNull();
  });
});
