import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/index.js';
import { findVerbGroups } from './verb-groups.js';

const groupsOf = (text: string) => findVerbGroups(tokenize(text)).map((g) => [g.lemma, g.tense, g.negated]);

describe('a verb of intention before "to VERB" is a plan of that verb', () => {
  it.each<[string, string, (string | boolean)[][]]>([
    ['"planned to" in the past', 'Strand planned to return to Port Elan this afternoon to meet with harbour pilots.', [['return', 'future', false]]],
    ['"plans to" in the present', 'Halloran plans to visit Brekka on Friday.', [['visit', 'future', false]]],
    ['"intends to"', 'Fenwick intends to sign the customs deal in Lindor.', [['sign', 'future', false]]],
    ['after a speech verb', 'Nordvel said Castell planned to attend the hearing.', [['say', 'past', false], ['attend', 'future', false]]],
    ['negated: the negation stays', 'Okoro does not plan to attend the hearing.', [['attend', 'future', true]]],
  ])('%s', (_label, text, groups) => {
    expect(groupsOf(text)).toEqual(groups);
  });

  it.each<[string, string, (string | boolean)[][]]>([
    ['"hopes to" is a wish, not a plan', 'Strand hopes to visit Brekka on Friday.', [['hope', 'present', false]]],
    ['"agreed to" is a commitment of its own', 'Velsand agreed to cut fares.', [['agree', 'past', false]]],
    ['"planned" with a noun object stays the planning', 'Strand planned a visit to Brekka.', [['plan', 'past', false]]],
    ['"plans to be" states a condition, not a happening', 'Halloran plans to be in Lindor on Friday.', [['plan', 'present', false]]],
    ['"the plans to" is a noun', 'The plans to expand Port Elan were shelved.', [['shelve', 'past', false]]],
  ])('stays as it was: %s', (_label, text, groups) => {
    expect(groupsOf(text)).toEqual(groups);
  });
});
