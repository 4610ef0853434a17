// Specifies the happenings a noun names in an opening adjunct ("at a joint appearance with …").
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/index.js';
import { eventNounIn, eventVerbOf } from './event-nouns.js';

describe('eventVerbOf', () => {
  it.each([
    ['a derived verb sharing the noun’s first letters', 'appearance', 'appear'],
    ['a gerund noun', 'meeting', 'meet'],
    ['a plural that is the verb’s own form', 'talks', 'talk'],
    ['a noun that is the verb itself', 'visit', 'visit'],
    ['a noun of no happening', 'ceremony', null],
    ['a short word', 'tie', null],
  ] as const)('%s: %s → %s', (_label, noun, verb) => {
    expect(eventVerbOf(noun)).toBe(verb);
  });
});

describe('eventNounIn', () => {
  const at = (text: string): string | null => {
    const tokens = tokenize(text, 0);
    const comma = tokens.findIndex((t) => t.text === ',');
    const ev = eventNounIn(tokens, comma < 0 ? tokens.length : comma);
    return ev ? `${tokens[ev.noun]!.text}→${ev.lemma}` : null;
  };
  it.each([
    ['the noun before "with"', 'Speaking to reporters at a joint appearance with President Strand, Fenwick said', 'appearance→appear'],
    ['the noun before a place phrase and "with"', 'In a joint appearance at the Customs House with Ms. Strand, Fenwick said', 'appearance→appear'],
    ['"after meeting with"', 'In brief remarks after meeting with President Strand of Velsand, Fenwick disputed', 'meeting→meet'],
    ['no "with": nobody shares the happening', 'In an interview on Tuesday, Fenwick said', null],
    ['"with" after a clause of its own', 'At the harbour, where talks began with Strand, Fenwick said', null],
  ] as const)('%s', (_label, text, expected) => {
    expect(at(text)).toBe(expected);
  });
});
