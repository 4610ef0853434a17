// The invented stream the clustering scale bench runs on keeps its promises: deterministic per seed, story,
// topic, outlet and copy counts in range, profiles built by profile.ts's rules, and the events of a topic
// different in people, places and dates (the hard case the bench exists for).
import { beforeAll, describe, expect, it } from 'vitest';
import { generateStream, type SyntheticArticle } from '../../bench/lib/synthetic-stream.js';
import { isEventName } from '../../src/stories/profile.js';
import { contentTerms, entityKey } from '../../src/text/index.js';

const N = 5000;
let stream: SyntheticArticle[] = [];

const groupBy = <K>(items: readonly SyntheticArticle[], key: (a: SyntheticArticle) => K): Map<K, SyntheticArticle[]> => {
  const out = new Map<K, SyntheticArticle[]>();
  for (const a of items) {
    const k = key(a);
    const list = out.get(k);
    if (list) list.push(a);
    else out.set(k, [a]);
  }
  return out;
};

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of the shorter text's 5-word windows found in the longer one. */
function containment(a: string, b: string): number {
  const grams = (t: string): Set<string> => {
    const w = words(t);
    return new Set(w.slice(0, Math.max(1, w.length - 4)).map((_, i) => w.slice(i, i + 5).join(' ')));
  };
  const [x, y] = [grams(a), grams(b)];
  const [small, large] = x.size < y.size ? [x, y] : [y, x];
  let common = 0;
  for (const g of small) if (large.has(g)) common++;
  return common / small.size;
}

beforeAll(() => {
  stream = generateStream({ articles: N, seed: 11 });
});

describe('generateStream', () => {
  it('gives the same stream for the same seed and another stream for another seed', () => {
    const strip = (s: SyntheticArticle[]): unknown[] => s.map(({ event, ...rest }) => ({ ...rest, event: { ...event } }));
    const a = generateStream({ articles: 1500, seed: 3 });
    const b = generateStream({ articles: 1500, seed: 3 });
    const c = generateStream({ articles: 1500, seed: 4 });
    expect(strip(b)).toEqual(strip(a));
    expect(c.map((x) => x.text)).not.toEqual(a.map((x) => x.text));
  });

  it('returns the articles asked for, with unique ids, in publication order', () => {
    expect(stream).toHaveLength(N);
    expect(new Set(stream.map((a) => a.id)).size).toBe(N);
    // newStoryId keeps 12 characters of an article id: they must stay unique.
    expect(new Set(stream.map((a) => a.id.slice(0, 12))).size).toBe(N);
    for (let i = 1; i < N; i++) expect(stream[i]!.published >= stream[i - 1]!.published).toBe(true);
  });

  it('has hundreds of stories with a heavy tail: many of 1–3 articles, some of 50 or more', () => {
    const sizes = [...groupBy(stream, (a) => a.storyId).values()].map((s) => s.length);
    expect(sizes.length).toBeGreaterThanOrEqual(N / 16);
    expect(sizes.length).toBeLessThanOrEqual(N / 8);
    expect(sizes.filter((s) => s <= 3).length / sizes.length).toBeGreaterThanOrEqual(0.35);
    expect(sizes.filter((s) => s >= 50).length).toBeGreaterThanOrEqual(3);
  });

  it('has recurring topics, each with several events', () => {
    const topics = groupBy(stream, (a) => a.topicId);
    expect(topics.size).toBeGreaterThanOrEqual(8);
    for (const articles of topics.values()) expect(new Set(articles.map((a) => a.storyId)).size).toBeGreaterThanOrEqual(3);
  });

  it('has 40–80 outlets and 3–5% planted copies, each near-identical to an earlier article of its story from another outlet', () => {
    const outlets = new Set(stream.map((a) => a.outlet));
    expect(outlets.size).toBeGreaterThanOrEqual(40);
    expect(outlets.size).toBeLessThanOrEqual(80);
    const copies = stream.filter((a) => a.copyOf !== null);
    expect(copies.length / N).toBeGreaterThanOrEqual(0.03);
    expect(copies.length / N).toBeLessThanOrEqual(0.05);
    const position = new Map(stream.map((a, i) => [a.id, i]));
    for (const copy of copies) {
      const source = stream[position.get(copy.copyOf!)!]!;
      expect(position.get(source.id)!).toBeLessThan(position.get(copy.id)!);
      expect(source.storyId).toBe(copy.storyId);
      expect(source.outlet).not.toBe(copy.outlet);
      expect(copy.title).not.toBe(source.title);
      // A re-post of wire copy credits the agency; nothing else claims a wire source.
      expect(copy.profile.wire).toBe(copy.text.includes(`first published by ${source.outlet}`) ? source.outlet : null);
      expect(containment(copy.text, source.text)).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('writes 120–400 words per article, and two original articles of a story are not copies of each other', () => {
    for (const a of stream) {
      const n = a.text.split(/\s+/).filter(Boolean).length;
      expect(n).toBeGreaterThanOrEqual(120);
      expect(n).toBeLessThanOrEqual(400);
    }
    let pairs = 0;
    for (const articles of groupBy(stream, (a) => a.storyId).values()) {
      const originals = articles.filter((a) => a.copyOf === null);
      for (let i = 1; i < originals.length && i < 4; i++) {
        pairs++;
        expect(containment(originals[0]!.text, originals[i]!.text)).toBeLessThan(0.8);
      }
    }
    expect(pairs).toBeGreaterThan(100);
  });

  it("builds each profile by profile.ts's rules: terms of text, title (twice) and lead, entities keyed by entityKey, dates, quotes", () => {
    for (const a of stream) {
      const p = a.profile;
      const body = contentTerms(a.text);
      const title = contentTerms(a.title);
      // The lead is the first paragraph, one sentence long.
      const lead = contentTerms(a.text.split('\n\n')[0]!);
      const counts = new Map<string, number>();
      for (const t of [...body, ...title, ...title, ...lead]) counts.set(t, (counts.get(t) ?? 0) + 1);
      expect(p.terms).toEqual([...counts]);
      expect(p.length).toBe(body.length);
      expect(p.articleId).toBe(a.id);
      expect(p.published).toBe(a.published);
      expect(p.outlet).toBe(a.outlet);
      expect(p.dateline).toBe(a.dateline);
      if (a.copyOf === null) expect(p.wire).toBeNull();
      const text = a.text.toLowerCase();
      for (const e of p.entities) {
        expect(e.key).toBe(entityKey(e));
        expect(e.event ?? false).toBe(isEventName(e.name));
        // A person is named in full once and by family name after, so the family name occurs at every mention.
        const shown = e.type === 'person' ? e.name.split(' ').at(-1)! : e.name;
        expect(text.split(shown.toLowerCase()).length - 1).toBeGreaterThanOrEqual(e.count);
      }
      if (p.eventDates.length > 0) {
        expect(p.eventDates).toEqual([a.event.date]);
        expect(p.years).toContain(Number(a.event.date.slice(0, 4)));
      }
      for (const y of p.years) expect(a.text.includes(String(y)) || p.eventDates.some((d) => d.startsWith(String(y)))).toBe(true);
      const flat = words(a.text).join(' ');
      for (const q of p.quotes) {
        expect(q.split(' ')).toHaveLength(8);
        expect(flat).toContain(q);
      }
      if (a.dateline) expect(a.dateline).toBe(a.event.mainPlace.toUpperCase());
    }
  });

  it('spreads a story over days after its event, with few articles weeks later', () => {
    const day = (d: string): number => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
    const gaps = stream.map((a) => day(a.published) - day(a.event.date));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(0);
    expect(gaps.filter((g) => g <= 3).length / N).toBeGreaterThan(0.6);
    expect(gaps.filter((g) => g >= 14).length / N).toBeGreaterThan(0.005);
    expect(gaps.filter((g) => g >= 14).length / N).toBeLessThan(0.1);
  });

  it('makes the events of one topic differ in main person, main place and date; no event names another\'s main person', () => {
    for (const articles of groupBy(stream, (a) => a.topicId).values()) {
      const events = [...new Map(articles.map((a) => [a.storyId, a.event])).values()];
      expect(new Set(events.map((e) => e.mainPerson)).size).toBe(events.length);
      expect(new Set(events.map((e) => e.mainPlace)).size).toBe(events.length);
      expect(new Set(events.map((e) => e.date)).size).toBe(events.length);
      const people = new Map(events.map((e) => [e.storyId, entityKey({ name: e.mainPerson, type: 'person' })!]));
      for (const a of articles) {
        const keys = new Set(a.profile.entities.map((e) => e.key));
        for (const [storyId, key] of people) if (storyId !== a.storyId) expect(keys.has(key)).toBe(false);
      }
      const days = events.map((e) => Date.parse(e.date) / 86_400_000).sort((x, y) => x - y);
      const gaps = days.slice(1).map((d, i) => d - days[i]!);
      // Weeks to months apart: even in the commonest topic the median gap between its events is over a month.
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(7);
      expect(gaps.sort((x, y) => x - y)[gaps.length >> 1]!).toBeGreaterThan(30);
    }
  });
});
