// Outlet cues: sign-offs, newsletter names, copyright holders, wire credits and hosts name the
// outlet; names that merely occur in a story do not.
import { describe, expect, it } from 'vitest';
import { outletLexicon } from './lexicon.js';
import {
  canonicalOutlet, outletFromCopyright, outletFromNewsletter, outletFromSignOff, outletFromUrl, outletFromWireCredit,
} from './outlet-cues.js';

describe('outletFromSignOff', () => {
  const table: Array<[label: string, input: string, expected: string | null]> = [
    ['domain-like brand (seed 002)', 'News.Az', 'News.Az'],
    ['unknown domain-like brand', 'Gulfnews.com', 'Gulfnews.com'],
    ['agency with a dash', '— Reuters', 'Reuters'],
    ['agency in brackets', '(AFP)', 'AFP'],
    ['alias to canonical', 'The Associated Press', 'Associated Press'],
    ['source line', 'Source: Xinhua', 'Xinhua'],
    ['a name that is no outlet', 'Jimmy Lai', null],
    ['a sentence', 'Both leaders agreed to keep communication open.', null],
    ['an abbreviation with dots', 'U.S.', null],
  ];
  it.each(table)('%s: %j → %j', (_label, input, expected) => {
    expect(outletFromSignOff(input)).toBe(expected);
  });
});

describe('outletFromNewsletter', () => {
  const table: Array<[label: string, input: string, expected: string | null]> = [
    ['myFT digest (seed 003)', 'Simply sign up to the Chinese politics & policy myFT Digest — delivered directly to your inbox.', 'Financial Times'],
    ['Guardian newsletter', 'Sign up to First Edition, our free daily newsletter – every weekday morning at 7am', 'The Guardian'],
    ['generic promo', 'Stay informed with free updates', null],
    ['cue inside a longer word', 'Subscribe to the myFTX newsletter', null],
  ];
  it.each(table)('%s: %j → %j', (_label, input, expected) => {
    expect(outletFromNewsletter(input)).toBe(expected);
  });
});

describe('outletFromCopyright', () => {
  const table: Array<[label: string, input: string, expected: string | null]> = [
    ['holder after the year', '© 2026 Daily Planet. All rights reserved.', 'Daily Planet'],
    ['known holder', 'Copyright 2025 The Associated Press. All rights reserved.', 'Associated Press'],
    ['year after the holder', '© The Financial Times Ltd 2026', 'Financial Times'],
    ['corporate holder', '© 2024 Daily Planet Media Ltd', 'Daily Planet Media'],
    ['reserved line', 'Daily Planet. All rights reserved.', 'Daily Planet'],
    ['year range', '© 2020–2026 Guardian News & Media Limited', 'The Guardian'],
  ];
  it.each(table)('%s: %j → %j', (_label, input, expected) => {
    expect(outletFromCopyright(input)).toBe(expected);
  });
});

describe('other cues', () => {
  it('names Reuters from a "(Reuters)" dateline credit and nobody from an unknown credit', () => {
    expect(outletFromWireCredit('Reuters')).toBe('Reuters');
    expect(outletFromWireCredit('Local Wire')).toBeNull();
  });
  it('names the outlet of a known host and of its subdomains, not of a look-alike host', () => {
    expect(outletFromUrl('https://www.ft.com/content/abc')).toBe('Financial Times');
    expect(outletFromUrl('https://edition.cnn.com/2026/01/29/x')).toBe('CNN');
    expect(outletFromUrl('https://notft.com/x')).toBeNull();
    expect(outletFromUrl('seeds/002.txt')).toBeNull();
  });
  it('maps aliases to the lexicon name and keeps lexicon names unique', () => {
    expect(canonicalOutlet('the guardian')).toBe('The Guardian');
    const names = outletLexicon().outlets.flatMap((o) => o.names.map((n) => n.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
  });
});
