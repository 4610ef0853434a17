// Corpus evidence: lines recurring across different articles of one group are boilerplate; lines
// shared by copies of one wire story, and story sentences in mid-article, are not.
import { makeDraft } from '../../test/support/make-draft.js';
import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../core/types.js';
import { findRecurrence, gatherBoilerplateEvidence, maskLine } from './boilerplate-evidence.js';
import { cleanDraft } from './index.js';

const draft = (body: string, extra: Partial<ArticleDraft> = {}): ArticleDraft =>
  makeDraft(body, { file: null, format: 'json', group: 'feed.xml', ...extra });

// Digits are masked in evidence, so the paragraphs of a fixture story differ in words, not numbers.
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
const story = (topic: string, n: number): string =>
  ORDINALS.slice(0, n).map((o) => `The ${o} paragraph explains how ${topic} developed over the years.`).join('\n\n');

describe('gatherBoilerplateEvidence', () => {
  it('masks digits and case so "© 2025 X" and "© 2026 x" are one line', () => {
    expect(maskLine('© 2025  Daily Planet')).toBe(maskLine('© 2026 daily planet'));
  });

  it('counts a promo line shared by two different articles of one feed', () => {
    const promo = 'Get the Morning Planet briefing';
    const drafts = [draft(`${story('trade', 4)}\n\n${promo}`), draft(`${story('migration', 4)}\n\n${promo}`)];
    const evidence = gatherBoilerplateEvidence(drafts);
    expect(findRecurrence(evidence, ['group:feed.xml'], promo)).toEqual({ count: 2, key: 'group:feed.xml' });
    const cleaned = cleanDraft(drafts[0] as ArticleDraft, evidence);
    expect(cleaned.removed).toEqual([{ text: promo, reason: 'boilerplate: recurs in 2 articles of group feed.xml' }]);
    expect(cleaned.text).not.toContain(promo);
  });

  it('ignores lines shared by near-duplicate articles (copies of one wire story)', () => {
    const wire = story('the summit', 6);
    const drafts = [draft(`${wire}\n\nMore coverage`), draft(`${wire}\n\nMore coverage`)];
    const evidence = gatherBoilerplateEvidence(drafts);
    expect(findRecurrence(evidence, ['group:feed.xml'], 'More coverage')).toBeNull();
    expect(cleanDraft(drafts[0] as ArticleDraft, evidence).removed).toEqual([]);
  });

  it('does not count lines across different groups', () => {
    const a = draft(`${story('trade', 4)}\n\nMore coverage`, { group: 'a.xml' });
    const b = draft(`${story('migration', 4)}\n\nMore coverage`, { group: 'b.xml' });
    expect(gatherBoilerplateEvidence([a, b]).recurring.size).toBe(0);
  });

  it('groups by outlet as well as by feed', () => {
    const a = draft(`${story('trade', 4)}\n\nMore coverage`, { group: null, outlet: { value: 'Daily Planet', from: 'json' } });
    const b = draft(`${story('migration', 4)}\n\nMore coverage`, { group: null, outlet: { value: 'Daily Planet', from: 'feed' } });
    const cleaned = cleanDraft(a, gatherBoilerplateEvidence([a, b]));
    expect(cleaned.removed.map((r) => r.reason)).toEqual(['boilerplate: recurs in 2 articles of outlet daily planet']);
  });

  it('keeps a stock story sentence shared mid-article by two articles', () => {
    const stock = 'Downing Street declined to comment on the report.';
    const drafts = [
      draft(`${story('trade', 2)}\n\n${stock}\n\n${story('tariffs', 3)}`),
      draft(`${story('migration', 2)}\n\n${stock}\n\n${story('boats', 3)}`),
    ];
    const cleaned = cleanDraft(drafts[0] as ArticleDraft, gatherBoilerplateEvidence(drafts));
    expect(cleaned.text).toContain(stock);
  });

  it('removes a sentence-like edge line only when three different articles end with it', () => {
    const blurb = 'The Daily Planet is an independent newspaper founded in 1901.';
    const two = [draft(`${story('trade', 4)}\n\n${blurb}`), draft(`${story('migration', 4)}\n\n${blurb}`)];
    expect(cleanDraft(two[0] as ArticleDraft, gatherBoilerplateEvidence(two)).text).toContain(blurb);
    const three = [...two, draft(`${story('energy', 4)}\n\n${blurb}`)];
    const cleaned = cleanDraft(three[0] as ArticleDraft, gatherBoilerplateEvidence(three));
    expect(cleaned.text).not.toContain(blurb);
    expect(cleaned.removed).toEqual([{ text: blurb, reason: 'boilerplate: recurs in 3 articles of group feed.xml' }]);
  });

  it('knows the outlets the batch names in metadata, not those guessed from text or hosts', () => {
    const drafts = [
      draft('One.', { outlet: { value: 'Planet FM', from: 'feed' } }),
      draft('Two.', { outlet: { value: 'planet fm', from: 'json' } }),
      draft('Three.', { outlet: { value: 'The Evening Star', from: 'html-meta' } }),
      draft('Four.', { outlet: { value: 'Guessed Gazette', from: 'text' } }),
      draft('Five.', { outlet: { value: 'Financial Times', from: 'url' } }),
    ];
    expect(gatherBoilerplateEvidence(drafts).knownOutlets).toEqual(['Planet FM', 'The Evening Star']);
  });

  it('counts in how many drafts each place is named after "in"', () => {
    const drafts = [
      draft('The shipyard in Springfield hired welders. Prices in Springfield rose.'),
      draft('A storm hit homes in Springfield and in Port Royal in March.'),
    ];
    const places = gatherBoilerplateEvidence(drafts).places;
    expect([...places]).toEqual([['springfield', 2], ['port royal', 1]]);
  });
});
