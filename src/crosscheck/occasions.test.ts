import { describe, expect, it } from 'vitest';
import type { AlignedClaim, CrossCheckArticle } from '../core/crosscheck.js';
import { annotatedArticle, member } from '../../test/support/annotated-article.js';
import { storyClaims } from '../../test/support/story-claims.js';
import { storyFacts } from './facts.js';
import { datedOccasions, sameOccasion, type DatedOccasion } from './occasions.js';

/** The sentence's occasions, the day given as the only time at the written date's place. */
function occasions(sentence: string, dateText: string, day: string): DatedOccasion[] {
  const start = sentence.indexOf(dateText);
  return datedOccasions(sentence, [{ start, end: start + dateText.length, value: day }]);
}

describe('dated occasions', () => {
  it.each([
    ['the day before the noun', 'The mayor is the favourite to win the June 25 special general election.', 'June 25', 'election', ['special', 'general']],
    ['a plan participle between the noun and the day', 'Strand will serve until voters choose a successor in a special election set for June 25.', 'June 25', 'election', ['special']],
    ['"slated for"', 'Castell should not run in the general election slated for June 25.', 'June 25', 'election', ['general']],
    ['a demonstrative before the day', 'At that March 3 closing ceremony, Castell spoke of the war.', 'March 3', 'ceremony', ['closing']],
    ['"on" after the noun', 'Port Elan prepares for the harbour vote on May 4.', 'May 4', 'vote', ['harbour']],
    ['a plural noun', 'Officials postponed the June 2 hearings on the ferry.', 'June 2', 'hearing', []],
  ])('finds the occasion: %s', (_label, sentence, dateText, head, modifiers) => {
    const [found] = occasions(sentence, dateText, '2026-06-25');
    expect(found).toMatchObject({ head, day: '2026-06-25' });
    expect([...found!.modifiers].sort()).toEqual([...modifiers].sort());
  });

  it.each([
    ['"until" a day', 'Castell said the deal would keep the ferry running for three weeks until March 20.', 'March 20', ['castell', 'deal', 'keep', 'ferry', 'running']],
    ['"through" a day', 'The governor is prepared to sign a bill to fund the ferry through March 20.', 'March 20', ['governor', 'prepared', 'sign', 'bill', 'fund', 'ferry']],
  ])('finds the end of a period: %s', (_label, sentence, dateText, context) => {
    const [found] = occasions(sentence, dateText, '2026-03-20');
    expect(found).toMatchObject({ head: 'until', day: '2026-03-20' });
    expect([...found!.context!].sort()).toEqual([...context].sort());
  });

  it.each([
    ['a day that dates a verb', 'Voters elected Castell on June 25.', 'June 25'],
    ['a noun that names no occasion', 'The June 25 figures show a rise in crossings.', 'June 25'],
    ['a day after a verb, not a noun', 'The ferry will sail again on June 25 after the hearing.', 'June 25'],
    ['a month, not a day', 'The ferry board met before the March election.', 'March'],
  ])('finds none: %s', (_label, sentence, dateText) => {
    const value = dateText === 'March' ? '2026-03' : '2026-06-25';
    const start = sentence.indexOf(dateText);
    expect(datedOccasions(sentence, [{ start, end: start + dateText.length, value }])).toEqual([]);
  });

  it.each([
    ['one noun and day, one wording’s modifiers inside the other’s', ['election', ['special', 'general'], '2026-06-25'], ['election', ['general'], '2026-06-25'], true],
    ['another day', ['election', ['special'], '2026-06-25'], ['election', ['special'], '2010-01-19'], false],
    ['modifiers that differ', ['primary', ['democratic'], '2026-06-04'], ['primary', ['republican'], '2026-06-04'], false],
    ['another noun', ['hearing', [], '2026-06-04'], ['vote', [], '2026-06-04'], false],
  ] as const)('same occasion or not: %s', (_label, [ha, ma, da], [hb, mb, db], expected) => {
    const o = (head: string, modifiers: readonly string[], day: string): DatedOccasion => ({ phrase: '', head, modifiers: new Set(modifiers), day, context: null });
    expect(sameOccasion(o(ha, ma, da), o(hb, mb, db))).toBe(expected);
  });
});

let next = 0x0cc;
const id = (): string => (++next).toString(16).padStart(16, '0');

function ledger(members: readonly CrossCheckArticle[]): AlignedClaim[] {
  return storyClaims(members);
}

describe('the end of a period', () => {
  const end = (day: string, context: readonly string[]): DatedOccasion => ({ phrase: '', head: 'until', modifiers: new Set(), day, context: new Set(context) });
  it.each([
    ['one day, a word in common', end('2026-03-20', ['ferri', 'keep', 'run']), end('2026-03-20', ['fund', 'ferri']), true],
    ['one day, nothing in common (the museum and the roadworks)', end('2026-03-20', ['museum', 'close']), end('2026-03-20', ['roadwork', 'last']), false],
    ['another day', end('2026-03-20', ['ferri']), end('2026-03-27', ['ferri']), false],
  ])('%s', (_label, a, b, expected) => {
    expect(sameOccasion(a, b)).toBe(expected);
  });
});

describe('dated occasions in the ledger', () => {
  it('corroborates one occasion three outlets date in noun phrases whatever their clauses say', () => {
    const a = member(annotatedArticle(id(), 'The winner of the Velsand primary will be the favourite to win the June 25 special general election.', '2026-01-30', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), 'Governor Castell has said that his pick should not run in the general election slated for June 25.', '2026-01-30', 'Meridian Wire'));
    const c = member(annotatedArticle(id(), 'Castell appointed Ivo Brandt, who will serve until voters choose a successor in a special election set for June 25.', '2026-01-30', 'Northgate Times'));
    const occasion = ledger([a, b, c]).find((k) => k.status === 'corroborated' && k.evidence.length === 3);
    expect(occasion?.sources.sort()).toEqual(['Coastline Daily', 'Meridian Wire', 'Northgate Times']);
    expect(occasion?.evidence.map((e) => e.value)).toEqual(['2026-06-25', '2026-06-25', '2026-06-25']);
  });

  it('corroborates the day that ends one period, worded three ways', () => {
    const a = member(annotatedArticle(id(), 'Castell said the deal would keep the ferry running for three weeks until March 20 and that a bill would go before the council.', '2026-02-27', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), 'Castell signed it on Friday night, restoring normal ferry crossings until March 20.', '2026-02-27', 'Meridian Wire'));
    const c = member(annotatedArticle(id(), 'Castell said he was prepared to sign a bill to keep the ferry running through March 20.', '2026-02-27', 'Northgate Times'));
    const period = ledger([a, b, c]).find((k) => k.status === 'corroborated' && new Set(k.evidence.map((e) => e.articleId)).size === 3);
    expect(period?.sources.sort()).toEqual(['Coastline Daily', 'Meridian Wire', 'Northgate Times']);
  });

  it('never sets two days of one kind of occasion against each other (two elections)', () => {
    const a = member(annotatedArticle(id(), 'The June 25 special election will be Brandt’s third race in three years.', '2026-01-30', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), 'Brandt won the January 19 special election to finish Strand’s term.', '2026-01-30', 'Meridian Wire'));
    expect(ledger([a, b]).filter((k) => k.status !== 'single-source')).toEqual([]);
  });

  it('reads a relative time of another shape (an older annotator’s) as no calendar date, never failing the story', () => {
    const a = annotatedArticle(id(), 'Okoro met Strand in Port Elan on Tuesday, before the June 25 special election.', '2026-03-05', 'Coastline Daily');
    const odd = { ...a, annotations: { ...a.annotations, times: a.annotations.times.map((t) => ({ ...t, relative: { weekday: 2 } })) } };
    expect(() => storyFacts([member(odd)])).not.toThrow();
  });
});
