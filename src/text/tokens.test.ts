// Word tokens with offsets, as the quantity, ranking, claim and quote scanners read them.
import { describe, expect, it } from 'vitest';
import { isCapitalized, isWord, tokenize } from './tokens.js';

describe('tokenize', () => {
  it.each([
    ['hyphens and apostrophes stay inside a word', 'Strand’s forty-two', ['Strand’s', 'forty-two']],
    ['digit commas and decimals stay inside a number', '18,000 and 3.5', ['18,000', 'and', '3.5']],
    ['an initialism keeps its final period', 'the U.K. said', ['the', 'U.K.', 'said']],
    ['a sentence-final period is its own token', 'in Lindor.', ['in', 'Lindor', '.']],
    ['currency signs and percent are tokens', '€340m, 5%', ['€', '340m', ',', '5', '%']],
  ])('%s: %j', (_label, text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
  });

  it('gives offsets into the whole article when told where the text starts', () => {
    const [first, second] = tokenize('Port Elan', 100);
    expect(first).toMatchObject({ text: 'Port', lower: 'port', start: 100, end: 104, word: true, cap: true });
    expect(second).toMatchObject({ start: 105, end: 109 });
  });

  it.each([
    ['a capitalised word', 'Strand', true, true],
    ['a lower-case word', 'ferry', true, false],
    ['a number', '340', false, false],
    ['a mark', '€', false, false],
  ])('%s: word %s, capitalised %s', (_label, text, word, cap) => {
    const [t] = tokenize(text);
    expect(isWord(t)).toBe(word);
    expect(isCapitalized(t)).toBe(cap);
  });
});
