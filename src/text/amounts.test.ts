// Amounts as one term each, however they are written; what is not an amount stays in the text.
import { describe, expect, it } from 'vitest';
import { amountTerms } from './amounts.js';
import { termVector } from './term-vector.js';

describe('amountTerms', () => {
  it.each([
    ['a currency and a magnitude word', 'commits €340 million to the terminal', ['€340000000']],
    ['the short magnitude', 'commits €340m to the terminal', ['€340000000']],
    ['thousands separators', 'about 18,000 residents', ['18000']],
    ['a decimal and "bn"', 'a $1.2bn fund', ['$1200000000']],
    ['a pound sign and a space', '£ 5 million', ['£5000000']],
    ['a magnitude word without a currency', '3 million people', ['3000000']],
    ['"k" after a number', '40k signatures', ['40000']],
    // Hard cases: numbers that are no amounts.
    ['a year', 'in 2019', []],
    ['a small count', '40 protesters', []],
    ['"hundred" is a count, not a magnitude', 'two hundred jobs, 300 hundred', []],
    ['a magnitude glued to a word is no magnitude', '€5 monthly', ['€5']],
  ])('%s: %j → %j', (_label, text, expected) => {
    expect(amountTerms(text).terms).toEqual(expected);
  });

  it('takes each amount out of the text it hands back', () => {
    expect(amountTerms('€340 million for the port').rest).toBe('  for the port');
  });
});

describe('termVector', () => {
  it('counts amounts and content words with verb endings folded', () => {
    expect(termVector('Velsand signed the €340m deal; Karsland is signing the €340 million deal too')).toEqual(new Map([
      ['€340000000', 2], ['velsand', 1], ['sign', 2], ['deal', 2], ['karsland', 1],
    ]));
  });
});
