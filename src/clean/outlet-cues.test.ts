// Outlet cues: sign-offs, newsletter names, copyright holders, wire credits and hosts name the
// outlet; names that merely occur in a story do not.
import { describe, expect, it } from 'vitest';
import { outletLexicon } from './lexicon.js';
import {
  canonicalOutlet, matchKnownOutlet, outletFromCopyright, outletFromNamingLine, outletFromNewsletter, outletFromSignOff,
  outletFromUrl, outletFromWireCredit, type SignOffContext,
} from './outlet-cues.js';

describe('outletFromSignOff', () => {
  const table: Array<[label: string, input: string, expected: string | null]> = [
    ['domain-like brand (seed 002)', 'News.Az', 'News.Az'],
    ['unknown domain-like brand', 'Gulfnews.com', 'Gulfnews.com'],
    ['agency with a dash', '— Reuters', 'Reuters'],
    ['agency in brackets', '(AFP)', 'AFP'],
    ['alias to canonical', 'The Associated Press', 'Associated Press'],
    ['source line', 'Source: Xinhua', 'Xinhua'],
    ['a name that is no outlet', 'Maren Okoro', null],
    ['a sentence', 'Both ministers agreed to meet again in the spring.', null],
    ['an abbreviation with dots', 'U.S.', null],
  ];
  it.each(table)('%s: %j → %j', (_label, input, expected) => {
    expect(outletFromSignOff(input)).toBe(expected);
  });
});

describe('outletFromSignOff with what the article and the batch say', () => {
  const none: SignOffContext = { knownOutlets: [], chrome: [], recurs: false };
  const recurs: SignOffContext = { ...none, recurs: true };
  const followed: SignOffContext = { ...none, chrome: ['Follow Daily Planet on WhatsApp for breaking news'] };
  const feed: SignOffContext = { ...none, knownOutlets: ['Planet FM', 'Planet'] };
  const table: Array<[label: string, input: string, context: SignOffContext, expected: string | null]> = [
    ['masthead name ending other articles too', 'Daily Planet', recurs, 'Daily Planet'],
    ['masthead name a chrome line names', 'Daily Planet', followed, 'Daily Planet'],
    ['batch outlet with more words and a slogan', 'Planet FM News — on air and online at 94.6 FM', feed, 'Planet FM'],
    ['batch outlet, "The" aside', 'The Planet FM', feed, 'Planet FM'],
    ['lexicon outlet with a slogan', 'Reuters — the world’s news agency', none, 'Reuters'],
    ['vouched masthead name with a slogan', 'Daily Planet — news for the coast', recurs, 'Daily Planet'],
    // Hard cases: closing lines that name no outlet of this article.
    ['masthead name nobody vouches for', 'Daily Planet', none, null],
    ['slogan form nobody vouches for', 'Planet FM News — on air and online at 94.6 FM', none, null],
    ['a person, even recurring', 'Jane Doe', recurs, null],
    ['a person a chrome line names', 'Jane Doe', { ...none, chrome: ['Follow Jane Doe on X'] }, null],
    ['only masthead words', 'Daily News', recurs, null],
    ['a sentence', 'The Daily Planet reported the deal first.', recurs, null],
    ['a place and a phrase after a dash', 'Springfield — a city waiting for its ferry', recurs, null],
    ['a word that starts like a batch outlet', 'Planetarium Tours', feed, null],
  ];
  it.each(table)('%s: %j → %j', (_label, input, context, expected) => {
    expect(outletFromSignOff(input, context)).toBe(expected);
  });
});

describe('matchKnownOutlet', () => {
  const known = ['Planet FM', 'Planet', 'The Evening Star'];
  const table: Array<[label: string, input: string, expected: string | null]> = [
    ['exact', 'Planet FM', 'Planet FM'],
    ['longest prefix wins', 'Planet FM News', 'Planet FM'],
    ['"The" aside', 'Evening Star', 'The Evening Star'],
    ['not inside a word', 'Planetarium', null],
    ['unknown', 'Morning Star', null],
  ];
  it.each(table)('%s: %j → %j', (_label, input, expected) => {
    expect(matchKnownOutlet(input, known)).toBe(expected);
  });
});

describe('outletFromNamingLine', () => {
  it.each(outletLexicon().namingLines.map((c) => [c.example, c.name, c.role]))('names %j → %j (%s)', (example, name, role) => {
    expect(outletFromNamingLine(example)).toEqual({ name, role });
  });

  const table: Array<[label: string, input: string, expected: { name: string; role: 'own' | 'origin' } | null]> = [
    ['newsletter of a paper with a capital "The"', 'Sign up to The Evening Star’s Night Owl newsletter', { name: 'The Evening Star', role: 'own' }],
    ['lexicon outlet, canonical name', 'Sign up to the Guardian’s First Edition newsletter', { name: 'The Guardian', role: 'own' }],
    ['feed footer', 'The post Storm closes harbour appeared first on The Evening Star.', { name: 'The Evening Star', role: 'own' }],
    ['syndication credit', 'This story was first published by Planet Wire.', { name: 'Planet Wire', role: 'origin' }],
    ['syndication credit with a date', 'Originally published in The Evening Star, on 3 March 2026.', { name: 'The Evening Star', role: 'origin' }],
    // Hard cases: promo lines that name no outlet.
    ['our newsletter', 'Subscribe to our newsletter', null],
    ['newsletter without a possessive', 'Sign up to the Morning Call newsletter', null],
    ['lowercase name', 'This story was first published by a local paper.', null],
  ];
  it.each(table)('%s: %j → %j', (_label, input, expected) => {
    expect(outletFromNamingLine(input)).toEqual(expected);
  });

  it('maps a name to the batch outlet it starts with', () => {
    expect(outletFromNamingLine('This story was first published by Planet FM News.', ['Planet FM'])).toEqual({ name: 'Planet FM', role: 'origin' });
  });
});

describe('outletFromNewsletter', () => {
  const table: Array<[label: string, input: string, expected: string | null]> = [
    ['myFT digest (seed 003)', 'Simply sign up to the European energy myFT Digest — delivered directly to your inbox.', 'Financial Times'],
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
