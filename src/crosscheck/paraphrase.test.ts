// Specifies when two differently worded sentences of two outlets state one fact: shared participants,
// matched words (WordNet), and the core of each (its verb, object or unit) matched to the other's core.
import { describe, expect, it } from 'vitest';
import { matchWords, paraphraseReason, paraphraseWords, sinceYears, type ParaphraseSide } from './paraphrase.js';

const side = (sentence: string, names: string[], core: string[], year: number | null = 2031): ParaphraseSide => ({
  names: new Set(names),
  words: paraphraseWords(sentence, new Set(names.flatMap((n) => n.split(' '))), year),
  core,
});

describe('sinceYears', () => {
  it.each([
    ['"since 2023" as written', 'the first state visit since 2023', 2031, ['since-2023']],
    ['"in eight years" from the article year', 'the first premier to visit in eight years', 2031, ['since-2023']],
    ['digits: "for 8 years"', 'he has not travelled there for 8 years', 2031, ['since-2023']],
    ['no article year: a span alone says nothing', 'the first visit in eight years', null, []],
    ['"eight years old" is no span back', 'an eight years old case', 2031, []],
  ] as const)('%s', (_label, sentence, year, expected) => {
    expect(sinceYears(sentence, year)).toEqual(expected);
  });
});

describe('paraphraseReason', () => {
  it('aligns "first trip … since 2023" with "first visit … in eight years" (same span, trip ~ visit via the subject)', () => {
    const a = side('Premier Dalvik’s first trip to Norland since 2023 comes after a string of Western leaders courted Ostrava.', ['dalvik', 'norland', 'ostrava'], ['trip', 'since-2023']);
    const b = side('Dalvik’s visit is the first trip to Norland by a Velsian premier since 2023.', ['dalvik', 'norland'], ['visit', 'trip', 'since-2023']);
    const reason = paraphraseReason(a, b, (k) => k);
    expect(reason?.participants).toEqual(['dalvik', 'norland']);
    expect(reason?.words).toContainEqual({ a: 'since-2023', b: 'since-2023', how: 'same lemma' });
  });

  it('aligns "more than 40 corporate executives" with "about fifty business leaders" (executives are leaders)', () => {
    const a = side('Dalvik was joined by more than 40 corporate executives looking for investment and export deals in Norland.', ['dalvik', 'norland'], ['executives']);
    const b = side('About fifty business leaders looking for new export deals travelled with Dalvik to Norland.', ['dalvik', 'norland'], ['leaders']);
    const reason = paraphraseReason(a, b, (k) => k);
    expect(reason?.words).toContainEqual({ a: 'executives', b: 'leaders', how: 'hypernym' });
  });

  it('aligns "agreed to" with "an agreement" (a nominalization)', () => {
    expect(matchWords(['agreed', 'smuggling'], ['agreement', 'smugglers'])).toEqual([
      { a: 'agreed', b: 'agreement', how: 'derived form' },
      { a: 'smuggling', b: 'smugglers', how: 'derived form' },
    ]);
  });

  it('aligns two sentences that name no one in common but give one date in so many words ("exhausted in 2041" / "exhausted by 2041")', () => {
    const a = { ...side('Trustees of the Velsand Pension Fund warned the reserve will be exhausted in 2041 and under current law pensioners would face a cut in benefits.', ['velsand pension fund'], ['exhausted']), when: '2041' };
    const b = { ...side('The latest projections from the Velsian treasury indicate that at the current rate the reserve will be exhausted by 2041, leaving benefits unpaid.', ['velsian treasury'], ['exhausted']), when: '2041' };
    expect(paraphraseReason(a, b, (k) => k)?.participants).toEqual(['2041']);
    expect(paraphraseReason({ ...a, when: '2043' }, b, (k) => k)).toBeNull();
    expect(paraphraseReason({ ...a, when: null }, { ...b, when: null }, (k) => k)).toBeNull();
  });

  it('aligns a short sentence by two matched words when two participants are shared ("second woman governor … after Ilse Marrow")', () => {
    const a = { ...side('Oduya will become the second woman governor of Velsand, after Ilse Marrow, who served from 1991 to 1999.', ['oduya', 'velsand', 'ilse marrow'], ['woman', 'governor']), verb: 'become' };
    const b = { ...side('Oduya, a former partner in a law firm, will become Velsand’s first woman governor since Ilse Marrow held the post.', ['oduya', 'velsand', 'ilse marrow'], ['woman', 'governor']), verb: 'become' };
    expect(paraphraseReason(a, b, (k) => k)?.words.map((w) => w.a)).toEqual(['woman', 'governor']);
    // One participant in common: two words are a shared topic, not yet one fact.
    expect(paraphraseReason({ ...a, names: new Set(['oduya']) }, b, (k) => k)).toBeNull();
    // Another kind of happening beside the words of a title: "Dalvik, Norland’s trade minister, was candid" / "met Velsand’s trade minister".
    const c = { ...side('Dalvik, Norland’s trade minister, was candid about that.', ['dalvik', 'norland'], ['trade', 'minister']), verb: 'be' };
    const d = { ...side('The talks came at the end of a visit by Dalvik, Norland’s trade minister, who met Velsand’s trade minister.', ['dalvik', 'norland'], ['trade', 'minister', 'met']), verb: 'meet' };
    expect(paraphraseReason(c, d, (k) => k)).toBeNull();
  });

  it('does not loosen the test for longer sentences that share the story’s two main actors', () => {
    // trip ~ journey (a hypernym), talks, fishing: 2.5 of the 3 a longer sentence needs.
    const a: ParaphraseSide = { names: new Set(['dalvik', 'kask']), words: ['trip', 'talks', 'fishing', 'quotas', 'fees', 'harbour'], core: ['trip'] };
    const b: ParaphraseSide = { names: new Set(['dalvik', 'kask']), words: ['journey', 'talks', 'fishing', 'strain', 'years', 'weather'], core: ['journey'] };
    expect(paraphraseReason(a, b, (k) => k)).toBeNull();
  });

  it.each([
    [
      'no shared participant',
      side('Dalvik signed a fisheries pact with Norland on Monday.', ['dalvik', 'norland'], ['signed', 'pact']),
      side('Ostrava signed a fisheries pact with Kessel on Monday.', ['ostrava', 'kessel'], ['signed', 'pact']),
    ],
    [
      'one topic, two facts: the cores do not match',
      side('Dalvik met Norland’s trade minister to discuss tariffs on steel.', ['dalvik', 'norland'], ['met', 'minister']),
      side('Dalvik criticised Norland’s tariffs on steel imports in a speech.', ['dalvik', 'norland'], ['criticised', 'speech']),
    ],
  ])('does not align: %s', (_label, a, b) => {
    expect(paraphraseReason(a, b, (k) => k)).toBeNull();
  });
});
