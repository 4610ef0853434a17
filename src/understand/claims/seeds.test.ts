// Spot-checks of quotes and claims on the five real seed articles in ../shared/seeds (not copied into the
// repo), through the real cleaner, sentence splitter and entity annotator: what a careful reader checks.
// Times are built by hand (timeOf), so these checks do not move with the time annotator's work.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AnnotationInput, Claim, Quote } from '../../core/annotations.js';
import type { ArticleDraft } from '../../core/types.js';
import { cleanDraft } from '../../clean/index.js';
import { findEntities } from '../entities/index.js';
import { findQuotes } from '../quotes/index.js';
import { splitSentences } from '../sentences.js';
import { timeOf } from '../quotes/testing.js';
import { extractClaims } from './index.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const seedDir = path.resolve(repoRoot, '../shared/seeds');
const present = existsSync(seedDir);
if (!present) console.warn(`quotes/claims seeds: ${seedDir} is absent; seed spot-checks skipped`);

/** `times`: [surface, value] or [surface, value, words the surface follows] when it occurs more than once. */
function annotate(prefix: string, times: [string, string, string?][] = []): { input: AnnotationInput; quotes: Quote[]; claims: Claim[] } {
  const file = readdirSync(seedDir).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`quotes/claims seeds: no seed starting with ${prefix} in ${seedDir}`);
  const body = readFileSync(path.join(seedDir, file), 'utf8');
  const draft: ArticleDraft = {
    file, url: null, sourceId: null, format: 'text', body, headings: [], title: null, outlet: null,
    published: null, language: null, author: null, group: null, removed: [],
  };
  const clean = cleanDraft(draft);
  const input: AnnotationInput = {
    text: clean.text, sentences: splitSentences(clean.text, clean.headings), headings: clean.headings,
    reference: clean.published?.value.slice(0, 10) ?? '2026-01-29', dateline: clean.dateline,
  };
  const entities = findEntities(input);
  const quotes = findQuotes(input, entities);
  const timed = times.map(([surface, value, after]) => timeOf(input, surface, value, after ? input.text.indexOf(after) : 0));
  return { input, quotes, claims: extractClaims(input, entities, timed, quotes) };
}

const quoteStarting = (quotes: Quote[], start: string): Quote => {
  const q = quotes.find((x) => x.text.startsWith(start));
  if (!q) throw new Error(`no quote starting "${start}" in ${quotes.map((x) => x.text.slice(0, 30)).join(' | ')}`);
  return q;
};

describe.skipIf(!present)('quotes and claims on the seed articles', () => {
  it('001: a multi-sentence direct quote before “he told reporters” → Keir Starmer', () => {
    const { quotes } = annotate('001');
    const q = quoteStarting(quotes, 'There is no proof');
    expect(q).toMatchObject({ speaker: 'Keir Starmer', kind: 'direct' });
    expect(q.text).toMatch(/^There is no proof[^.]*\. As you could/);
  });

  it('001: two scare-quoted names are fragments with no speaker', () => {
    const { quotes } = annotate('001');
    expect(quoteStarting(quotes, 'Board of Peace')).toMatchObject({ speaker: null, kind: 'fragment' });
    expect(quoteStarting(quotes, 'national security')).toMatchObject({ speaker: null, kind: 'fragment' });
  });

  it('001: a nominal speaker after the quote and Guo Jiakun’s fragment inside reported speech', () => {
    const { quotes } = annotate('001');
    expect(quoteStarting(quotes, 'going to be a really')).toMatchObject({ speaker: 'Keir Starmer', kind: 'fragment' });
    expect(quoteStarting(quotes, 'is willing to take')).toMatchObject({ speaker: 'Guo Jiakun', kind: 'fragment' });
    expect(quoteStarting(quotes, 'When it comes to China')).toMatchObject({ speaker: 'Keir Starmer', kind: 'direct' });
  });

  it('002: “…,” he said → Xi Jinping, and the next quote is his too', () => {
    const { quotes } = annotate('002');
    expect(quoteStarting(quotes, 'Good things often come')).toMatchObject({ speaker: 'Xi Jinping', kind: 'direct' });
    expect(quoteStarting(quotes, 'Cooperation between our')).toMatchObject({ speaker: 'Xi Jinping', kind: 'direct' });
    expect(quoteStarting(quotes, 'correct track')).toMatchObject({ speaker: 'Zhao Leji' });
  });

  it('003: “… agency Xinhua said” → Xinhua; "He said" after a sentence about Zhao → Zhao Leji', () => {
    const { quotes } = annotate('003');
    expect(quoteStarting(quotes, 'Since the UK Labour')).toMatchObject({ speaker: 'Xinhua', kind: 'direct' });
    expect(quoteStarting(quotes, 'the correct track')).toMatchObject({ speaker: 'Zhao Leji', kind: 'fragment' });
    expect(quoteStarting(quotes, 'We have made this trip')).toMatchObject({ speaker: 'Keir Starmer', kind: 'direct' });
  });

  it('004: Wang Yi’s quote continues in the next paragraph; "…,” he said → David Lammy', () => {
    const { quotes } = annotate('004');
    expect(quoteStarting(quotes, 'Competition among')).toMatchObject({ speaker: 'Wang Yi', kind: 'direct' });
    expect(quoteStarting(quotes, 'show that countries')).toMatchObject({ speaker: 'David Lammy' });
  });

  it('every quote’s text is the article text between its offsets', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const { input, quotes } = annotate(prefix);
      for (const q of quotes) expect(input.text.slice(q.start, q.end)).toBe(q.text);
    }
  });

  it('000: "more than 50 … leaders" → 50, more-than', () => {
    const { claims } = annotate('000');
    const q = claims.flatMap((c) => c.quantities).find((x) => x.value === 50);
    expect(q).toMatchObject({ qualifier: 'more-than', unit: 'british business leaders' });
  });

  it('000: the meeting claim: Starmer, Beijing, Wednesday', () => {
    const { claims } = annotate('000', [['on Wednesday', '2026-01-28']]);
    expect(claims.find((c) => c.predicate === 'meet')).toMatchObject({ actors: ['Keir Starmer'], place: 'Beijing', time: { value: '2026-01-28' } });
  });

  it('001: "about sixty …" → 60 approx; ranks 2 and 3 (largest economy, trading partner)', () => {
    const { claims } = annotate('001');
    expect(claims.flatMap((c) => c.quantities).find((x) => x.value === 60)).toMatchObject({ qualifier: 'approx', unit: 'corporate executives' });
    const ranks = claims.flatMap((c) => c.rankings).map((r) => `${r.rank} ${r.measure} ${r.of}`);
    expect(ranks).toEqual(expect.arrayContaining(['2 largest economy', '3 largest trading partner']));
  });

  it('002: a third-highest-ranking official → rank 3', () => {
    const { claims } = annotate('002');
    expect(claims.flatMap((c) => c.rankings).find((r) => r.rank === 3)).toMatchObject({ measure: 'highest-ranking', of: 'official' });
  });

  it('004: China ranks sixth among Britain’s partners, with 5% of trade', () => {
    const { claims } = annotate('004');
    const c = claims.find((x) => x.rankings.some((r) => r.rank === 6));
    expect(c).toMatchObject({ actors: ['China'], predicate: 'be', quantities: [expect.objectContaining({ value: 5, unit: 'percent' })] });
  });

  it('004: Lammy meets Wang and Ding in Beijing on Friday; the ", who …," clause takes neither', () => {
    const { claims } = annotate('004', [['on Friday', '2024-10-18', 'Ding Xuexiang']]);
    const meet = claims.find((c) => c.predicate === 'meet' && c.actors.includes('David Lammy'));
    expect(meet).toMatchObject({ place: 'Beijing', time: { value: '2024-10-18' } });
    expect(meet!.object).toMatch(/^his \S+ counterpart Wang and .+ Ding Xuexiang$/);
    expect(claims.find((c) => c.evidence === meet!.evidence && c.predicate === 'be')).toMatchObject({ place: null, time: null });
  });

  it('004: "after Reuters reported" + Russia → Russia establish, attributed to Reuters', () => {
    const { claims } = annotate('004');
    expect(claims.find((c) => c.predicate === 'establish')).toMatchObject({ actors: ['Russia'], attributedTo: 'Reuters', place: 'China' });
  });

  it('000: "a more … and balanced …" is one object; "the two countries" is no quantity', () => {
    const { claims } = annotate('000');
    expect(claims.find((c) => c.predicate === 'want')).toMatchObject({ object: expect.stringMatching(/^a more \w+ and balanced relationship$/) });
    for (const prefix of ['000', '002', '003']) {
      const units = annotate(prefix).claims.flatMap((c) => c.quantities).map((q) => q.unit);
      expect(units).not.toContain('countries');
      expect(units).not.toContain('leaders');
    }
  });

  it('no subject is an infinitive, a quote fragment or words of two sentences', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      for (const c of annotate(prefix).claims) expect(c.subject ?? '').not.toMatch(/^to |…|“|\. /);
    }
  });

  it('every claim’s evidence is a sentence of the article and its object is words of that sentence', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const { input, claims } = annotate(prefix);
      const sentences = new Set(input.sentences.map((s) => s.text));
      for (const c of claims) {
        expect(sentences.has(c.evidence)).toBe(true);
        if (c.object) expect(c.evidence).toContain(c.object);
        if (c.subject) expect(c.evidence).toContain(c.subject);
      }
    }
  });
});
