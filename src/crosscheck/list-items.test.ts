// Specifies lists read as items (one fact per item) and when two items of two outlets' lists state one thing.
import { describe, expect, it } from 'vitest';
import { annotatedArticle, member } from '../../test/support/annotated-article.js';
import { storyClaims } from '../../test/support/story-claims.js';
import { itemsMatch, listItems } from './list-items.js';
import { paraphraseWords } from './paraphrase.js';

describe('listItems', () => {
  it.each([
    ['serial comma', 'The plan expands ferry service, sets a fare cap, and makes Founders Day a port holiday.', ['The plan expands ferry service', 'sets a fare cap', 'makes Founders Day a port holiday']],
    ['no serial comma: split at "and" before a verb', 'It opens two terminals, requires pilots to log crossings and makes Founders Day a port holiday.', ['It opens two terminals', 'requires pilots to log crossings', 'makes Founders Day a port holiday']],
    ['bare verbs after a modal', 'It would widen the quay, deepen the channel, restore the pilot stations and end the night ban.', ['It would widen the quay', 'deepen the channel', 'restore the pilot stations', 'end the night ban']],
    ['a coordinated noun stays whole', 'The fee falls on carriers, brokers and insurers found to have broken the rules.', []],
    ['clauses in a list', 'They said the fare cap hurt carriers, the quay rules were too strict, and the creation of a port holiday was a gift to idle crews.', ['They said the fare cap hurt carriers', 'the quay rules were too strict', 'the creation of a port holiday was a gift to idle crews']],
    ['an apposition between commas is no item', 'Her visit comes a year after Piet Ansel, then Karsland’s port minister, walked the quays and opened the talks.', []],
    ['gerund items, an adverb before one, a measure between commas before them', 'The long bill, at nearly 300 pages, includes proposals declaring Founders Day a port holiday, automatically licensing pilots, and capping tolls.', ['The long bill', 'at nearly 300 pages', 'includes proposals declaring Founders Day a port holiday', 'automatically licensing pilots', 'capping tolls']],
    ['two items are a coordination, not a list', 'Velsand signed the treaty, and Karsland ratified it.', []],
    ['a thousands separator does not split', 'The port hired 1,200 pilots, 300 clerks and 40 divers.', []],
  ] as const)('%s', (_label, sentence, expected) => {
    expect(listItems(sentence).map((i) => i.text)).toEqual(expected);
  });
});

describe('itemsMatch', () => {
  const words = (s: string): string[] => paraphraseWords(s, new Set(), 2031);
  it.each([
    ['one holiday, three wordings', 'makes Founders Day a port holiday', 'proposals declaring Founders Day as a port holiday', true],
    ['a noun phrase against a verb phrase', 'the creation of a port founders holiday was a gift to idle crews', 'makes Founders Day a port holiday', true],
    ['restore / restoring', 'restore pilot licences to thousands of dismissed crews', 'restoring pilot licences to crews who were dismissed', true],
    ['a shared topic is not one item', 'It sets up a public funding system for council races', 'critics said the public funding of council campaigns was costly', false],
    ['too few words to say a fact', 'at nearly 700 pages', 'nearly 700 pages long', false],
  ] as const)('%s', (_label, a, b, expected) => {
    expect(itemsMatch(words(a), words(b)) !== null).toBe(expected);
  });
});

describe('list items in the claim ledger', () => {
  let n = 0;
  const id = (): string => `list-${++n}`;
  it('corroborates one item two outlets give in their own lists, and explains it by the matched words', () => {
    const a = member(annotatedArticle(id(), 'The Velsand bill funds two ferry terminals, requires carriers to publish fares and makes Founders Day a port holiday.', '2031-03-04', 'Harbour Post'));
    const b = member(annotatedArticle(id(), 'The long bill includes proposals declaring Founders Day as a port holiday, automatically licensing harbour pilots, and capping night tolls.', '2031-03-04', 'Meridian Wire'));
    const claims = storyClaims([a, b]);
    const holiday = claims.find((c) => c.status === 'corroborated' && c.evidence.length === 2);
    expect(holiday?.alignment?.[0]?.by).toBe('paraphrase');
    expect(holiday?.alignment?.[0]?.words.map((w) => w.a)).toEqual(expect.arrayContaining(['port', 'holiday']));
  });

  it('makes no claim of an item only one outlet gives', () => {
    const a = member(annotatedArticle(id(), 'The Velsand bill funds two ferry terminals, requires carriers to publish fares and makes Founders Day a port holiday.', '2031-03-04', 'Harbour Post'));
    const b = member(annotatedArticle(id(), 'The long bill includes proposals capping night tolls, automatically licensing harbour pilots, and closing the old quay.', '2031-03-04', 'Meridian Wire'));
    expect(storyClaims([a, b]).filter((c) => c.status === 'corroborated')).toEqual([]);
  });
});
