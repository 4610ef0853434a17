// Specifies the numbered memo of word relations: it answers exactly what lexicalRelation answers, in
// either order of the pair, and a word list's ids are read once and stay the list's.
import { describe, expect, it } from 'vitest';
import { lexicalRelation } from './wordnet.js';
import { boundWordRelations, NO_RELATION, relationCode, relationName, SAME_LEMMA, wordIds } from './word-relations.js';

const how = (a: string, b: string): string | null => {
  const [x, y] = [wordIds([a])[0]!, wordIds([b])[0]!];
  const code = relationCode(x, y);
  return code === NO_RELATION ? null : relationName(code);
};

describe('relationCode', () => {
  it.each([
    ['one word', 'visit', 'visit'],
    ['inflections of one lemma', 'smuggled', 'smuggles'],
    ['nominalization', 'agree', 'agreement'],
    ['synonym', 'accord', 'agreement'],
    ['hypernym', 'executives', 'leaders'],
    ['unrelated weekdays', 'monday', 'tuesday'],
    ['an unknown word', 'zorbleflux', 'agreement'],
  ])('%s: %s / %s relate as lexicalRelation says, in both orders', (_label, a, b) => {
    boundWordRelations();
    expect(how(a, b)).toBe(lexicalRelation(a, b));
    expect(how(b, a)).toBe(lexicalRelation(a, b));
  });

  it('gives one word the same id in every list, so it is its own same lemma', () => {
    const [first] = wordIds(['pact', 'trip']);
    const [again] = wordIds(['trip', 'pact']).slice(1);
    expect(first).toBe(again);
    expect(relationCode(first!, again!)).toBe(SAME_LEMMA);
  });

  it('reads a list once: the same list gives the same ids', () => {
    const list = ['signed', 'deal'];
    expect(wordIds(list)).toBe(wordIds(list));
  });
});
