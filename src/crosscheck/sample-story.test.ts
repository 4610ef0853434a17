import { describe, expect, it } from 'vitest';
import type { Article } from '../core/types.js';
import { makeArticle } from '../../test/support/make-article.js';
import { sampleStory } from './sample-story.js';

let next = 0;
const article = (outlet: string, day: number): Article =>
  makeArticle({ id: (++next).toString(16).padStart(16, '0'), outlet, published: `2026-03-${String(day).padStart(2, '0')}` });

/** A story of one prolific outlet (20 reports over 20 days) and two small ones. */
const wire = Array.from({ length: 20 }, (_, i) => article('Meridian Wire', i + 1));
const ledger = [article('The Harbour Ledger', 3), article('The Harbour Ledger', 9)];
const kestrel = [article('Radio Kestrel', 5)];
const story = [...wire, ...ledger, ...kestrel].sort((a, b) => a.published!.localeCompare(b.published!));

describe('sampleStory', () => {
  it('checks a story within the limit whole and says nothing', () => {
    expect(sampleStory(story, new Map(), 23)).toEqual({ checked: story, left: 0, why: null });
  });

  it('lets every independent source in before a prolific one takes the rest', () => {
    const { checked, left } = sampleStory(story, new Map(), 6);
    expect(checked).toHaveLength(6);
    expect(left).toBe(17);
    expect(checked.filter((a) => a.outlet !== 'Meridian Wire')).toEqual([...ledger, ...kestrel].sort((a, b) => a.published!.localeCompare(b.published!)));
  });

  it('spreads one source’s picks over its reports: first and last day, then the middle', () => {
    const { checked } = sampleStory(wire, new Map(), 3);
    expect(checked.map((a) => a.published)).toEqual(['2026-03-01', '2026-03-10', '2026-03-20']);
  });

  it('keeps the articles in the order given', () => {
    const { checked } = sampleStory(story, new Map(), 10);
    expect(checked).toEqual(story.filter((a) => checked.includes(a)));
  });

  it('takes near-copies last: they add no independent source', () => {
    const copy = article('Valeport Post', 2);
    const copies = new Map([[copy.id, wire[0]!.id]]);
    const { checked } = sampleStory([...wire.slice(0, 3), copy], copies, 3);
    expect(checked).not.toContain(copy);
  });

  it('says how many of how many were checked, and how they were chosen', () => {
    expect(sampleStory(story, new Map(), 6).why).toBe(
      'Cross-checked 6 of the story’s 23 articles: past 6 the comparison would take minutes. Every independent source (3) takes turns and each one’s picks spread over its reports; the other 17 articles are listed but their claims, quotes and dates are not compared.',
    );
  });
});
