import { describe, expect, it } from 'vitest';
import { isPastForm, isSpeechVerb, verbLemma } from './verbs.js';

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
  ])('%s: %s → %s', (_label, word, lemma) => {
    expect(verbLemma(word)).toBe(lemma);
  });
});

describe('isPastForm', () => {
  it.each([
    ['met', true], ['traveled', true], ['said', true], ['was', true], ['will', false], ['meet', false], ['need', false], ['red', false],
  ])('%s → %s', (word, past) => expect(isPastForm(word as string)).toBe(past));
});

describe('isSpeechVerb', () => {
  it.each([['said', true], ['told', true], ['warned', true], ['says', true], ['signed', false], ['met', false]])('%s → %s', (word, speech) =>
    expect(isSpeechVerb(word as string)).toBe(speech));
});
