import { describe, expect, it } from 'vitest';
import { isKnownVerb, isPastForm, isSpeechVerb, verbLemma } from './verbs.js';

describe('verbLemma', () => {
  it.each([
    ['irregular past', 'met', 'meet'],
    ['irregular past of say', 'said', 'say'],
    ['regular past', 'signed', 'sign'],
    ['past ending in -eed', 'agreed', 'agree'],
    ['past keeping the e', 'stated', 'state'],
    ['doubled consonant', 'stopped', 'stop'],
    ['-ied', 'carried', 'carry'],
    ['third person -ies', 'carries', 'carry'],
    ['third person -es', 'pushes', 'push'],
    ['third person -s', 'visits', 'visit'],
    ['participle', 'taken', 'take'],
    ['base form', 'sign', 'sign'],
    ['a doubled letter in the base', 'added', 'add'],
    ['-ed after a base ending in e', 'declared', 'declare'],
    ['-ed after a base without e', 'visited', 'visit'],
    ['auxiliary', 'is', 'be'],
    ['auxiliary past', 'were', 'be'],
  ])('%s: %s → %s', (_label, word, lemma) => {
    expect(verbLemma(word)).toBe(lemma);
  });
});

describe('isPastForm', () => {
  it.each([
    ['met', true], ['traveled', true], ['said', true], ['was', true], ['will', false], ['meet', false], ['need', false], ['red', false],
  ])('%s → %s', (word, past) => expect(isPastForm(word as string)).toBe(past));

  it('reads a word of 100,000 letters at once (found by fuzzing: /[a-z]{2,}ed$/ took 3 s on it)', () => {
    const started = performance.now();
    expect(isPastForm(`${'x'.repeat(100_000)}ed`)).toBe(true);
    expect(isPastForm('x'.repeat(100_000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('isSpeechVerb', () => {
  it.each([['said', true], ['told', true], ['warned', true], ['says', true], ['added', true], ['declared', true], ['signed', false], ['met', false]])('%s → %s', (word, speech) =>
    expect(isSpeechVerb(word as string)).toBe(speech));
});

describe('isKnownVerb', () => {
  it.each([['visited', true], ['meets', true], ['signing', true], ['told', true], ['harbour', false], ['Brekka', false]])('%s → %s', (word, known) =>
    expect(isKnownVerb(word as string)).toBe(known));
});
