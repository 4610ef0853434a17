// The extractive summary as a specification: the sources' own sentences only, never a copy's, never the
// losing side of a conflict, each fact once, in reading order, each sentence backed by the other
// outlets' sentences for the same corroborated claim. Claims are built by hand here (the claim aligner
// is specified on its own): first for the sample ferry story, after the planted discrepancies in
// examples/README.md, then on small invented articles.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AlignedClaim, ClaimEvidence, ClaimStatus, CrossCheckArticle, SummarySentence } from '../core/crosscheck.js';
import type { Quote } from '../core/annotations.js';
import { annotatedArticle, joinSentences, member } from '../../test/support/annotated-article.js';
import { makeArticle } from '../../test/support/make-article.js';
import { sampleStories, type SampleStories } from '../../test/support/sample-stories.js';
import { chooseSummary, summaryLength } from './summary.js';

/** Evidence for sentence `index` of `member`, as the claim aligner gives it. */
function ev(member: CrossCheckArticle, index: number, stance: ClaimEvidence['stance'] = 'supports'): ClaimEvidence {
  return {
    articleId: member.article.id,
    sentence: member.article.sentences[index]!.text,
    sentenceIndex: index,
    stance,
    outlet: member.article.outlet,
    source: member.source,
    value: null,
    copyOf: member.copyOf,
  };
}

function claim(id: string, status: ClaimStatus, evidence: ClaimEvidence[]): AlignedClaim {
  return {
    id,
    kind: 'event',
    text: evidence[0]!.sentence,
    status,
    slot: status === 'conflicting' ? 'time' : null,
    note: '',
    evidence,
    sources: [...new Set(evidence.filter((e) => e.stance === 'supports').map((e) => e.source))],
  };
}

describe('chooseSummary on the sample ferry story (json/meridian-wire.jsonl#1)', () => {
  let corpus: SampleStories;
  let story: CrossCheckArticle[];
  let claims: AlignedClaim[];
  let summary: SummarySentence[];
  const MW = 'json/meridian-wire.jsonl#1';
  const HL = 'text/harbour-ledger-ferry-pact.txt';
  const NT = 'html/northgate-times-ferry-agreement.html';
  const CD = 'text/coastline-daily-ferry-deal.txt';
  const LO = 'json/lindor-observer.json#1';
  const LA = 'text/lindor-observer-ferry-analysis.md';
  const RA = 'feeds/radio-kestrel-atom.xml#1';
  const RK = 'text/radio-kestrel-strand-arrives.txt';
  const VP = 'html/valeport-post-ferry-deal.html';

  beforeAll(async () => {
    corpus = await sampleStories();
    story = corpus.storyOf(MW);
    const m = (key: string): CrossCheckArticle => story.find((x) => x.article.id === corpus.byKey.get(key)!.id)!;
    claims = [
      // Planted discrepancy 1: the signing day; Coastline Daily says Monday.
      claim('k1', 'conflicting', [ev(m(MW), 0), ev(m(HL), 1), ev(m(NT), 1), ev(m(LO), 1), ev(m(VP), 0), ev(m(CD), 0, 'contradicts')]),
      // Planted discrepancy 2: the fund's investment; Northgate Times says €430 million.
      claim('k2', 'conflicting', [ev(m(MW), 2), ev(m(HL), 1), ev(m(CD), 1), ev(m(RA), 3), ev(m(LO), 1), ev(m(LA), 1), ev(m(VP), 2), ev(m(NT), 2, 'contradicts')]),
      claim('k3', 'corroborated', [ev(m(RA), 0), ev(m(MW), 10), ev(m(HL), 11), ev(m(NT), 12), ev(m(CD), 8), ev(m(RK), 5), ev(m(VP), 9)]),
      claim('k4', 'corroborated', [ev(m(MW), 0), ev(m(NT), 7), ev(m(HL), 8), ev(m(LA), 8), ev(m(RK), 6), ev(m(VP), 0)]),
      claim('k5', 'corroborated', [ev(m(MW), 6), ev(m(CD), 7), ev(m(HL), 5), ev(m(LA), 1), ev(m(VP), 6)]),
      claim('k6', 'compatible', [ev(m(HL), 4), ev(m(CD), 2)]),
      claim('k7', 'corroborated', [ev(m(MW), 1), ev(m(NT), 3), ev(m(HL), 2), ev(m(CD), 1), ev(m(LO), 1), ev(m(LA), 1), ev(m(VP), 1)]),
    ];
    summary = chooseSummary(story, claims);
  });

  const keyOf = (e: { articleId: string; sentenceIndex: number }): string => `${corpus.keyOf.get(e.articleId)}#${e.sentenceIndex}`;

  it('gives the ten-article story eight sentences, each exactly a sentence of an independent article', () => {
    expect(summary).toHaveLength(8);
    for (const s of summary) {
      const member = story.find((m) => m.article.id === s.evidence[0]!.articleId)!;
      expect(member.copyOf).toBeNull();
      expect(member.article.sentences[s.evidence[0]!.sentenceIndex]!.text).toBe(s.text);
      expect(s.evidence[0]!.sentence).toBe(s.text);
    }
  });

  it('never uses the contradicting side of a conflict: Coastline Daily’s Monday, Northgate Times’ €430 million', () => {
    const chosen = summary.map((s) => keyOf(s.evidence[0]!));
    expect(chosen).not.toContain(`${CD}#0`);
    expect(chosen).not.toContain(`${NT}#2`);
    expect(summary.map((s) => s.text).join(' ')).not.toContain('€430');
  });

  it('uses no quotation, question or sentence opening with a pronoun', () => {
    for (const s of summary) {
      expect(s.text).not.toMatch(/^[“"]/);
      expect(s.text).not.toMatch(/\?$/);
      expect(s.text).not.toMatch(/^(?:He|She|It|They|This|Her|His)\b/);
    }
  });

  it('puts the sentences in reading order: the earliest-published article first, the lead first', () => {
    const time = (articleId: string): number => {
      const published = story.find((m) => m.article.id === articleId)!.article.published;
      return published ? Date.parse(/T/.test(published) ? published : `${published}T00:00:00Z`) : Number.POSITIVE_INFINITY;
    };
    for (let i = 1; i < summary.length; i++) {
      const [a, b] = [summary[i - 1]!.evidence[0]!, summary[i]!.evidence[0]!];
      expect(time(a.articleId) <= time(b.articleId)).toBe(true);
      if (a.articleId === b.articleId) expect(a.sentenceIndex).toBeLessThan(b.sentenceIndex);
    }
    expect(keyOf(summary[0]!.evidence[0]!)).toBe('feeds/harbour-ledger-rss.xml#1#0');
  });

  it('backs a sentence with the other articles’ sentences for its corroborated claims and a conflict’s side of two or more sources, copies included', () => {
    const shipyard = summary.find((s) => s.text.includes('toured the Halvard Yards shipyard on Wednesday'));
    expect(shipyard?.evidence.map(keyOf)).toEqual([`${RA}#0`, `${MW}#10`, `${HL}#11`, `${NT}#12`, `${CD}#8`, `${RK}#5`, `${VP}#9`]);
    for (const s of summary) {
      const [own, ...others] = s.evidence;
      const backed = (c: AlignedClaim) => c.status === 'corroborated' || (c.status === 'conflicting' && c.sources.length >= 2);
      const backing = claims.filter((c) => backed(c) && c.evidence.some((e) => e.stance === 'supports' && e.articleId === own!.articleId && e.sentenceIndex === own!.sentenceIndex));
      // The rest: at most one sentence of each other article that states the same fact in words no claim aligned.
      const unaligned = others.filter((o) => !backing.some((c) => c.evidence.some((e) => e.stance === 'supports' && e.articleId === o.articleId && e.sentenceIndex === o.sentenceIndex)));
      for (const o of others) expect(o.articleId).not.toBe(own!.articleId);
      expect(new Set(unaligned.map((o) => o.articleId)).size).toBe(unaligned.length);
      for (const o of unaligned) expect(claims.some((c) => c.evidence.some((e) => e.stance === 'contradicts' && e.articleId === o.articleId && e.sentenceIndex === o.sentenceIndex))).toBe(false);
    }
  });

  it('states each corroborated claim in one sentence only, when there is something new to say', () => {
    const stating = (id: string): number =>
      summary.filter((s) => claims.find((c) => c.id === id)!.evidence.some((e) => e.articleId === s.evidence[0]!.articleId && e.sentenceIndex === s.evidence[0]!.sentenceIndex)).length;
    for (const id of ['k3', 'k4']) expect(stating(id)).toBe(1);
  });
});

/** An invented article: sentences joined by spaces, quotes found in the text. */
function article(id: string, published: string | null, sentences: string[], options: { outlet?: string; quotes?: string[]; copyOf?: string } = {}): CrossCheckArticle {
  const { text, spans } = joinSentences(sentences);
  const quotes: Quote[] = (options.quotes ?? []).map((q) => {
    const start = text.indexOf(q);
    return { text: q, start, end: start + q.length, speaker: 'Maren Okoro', speakerId: null, cue: null, kind: 'direct', sentence: spans.findIndex((s) => s.start <= start && start < s.end) };
  });
  const outlet = options.outlet ?? `Outlet ${id}`;
  const base = makeArticle();
  return {
    article: makeArticle({ id, outlet, published, text, sentences: spans, annotations: { ...base.annotations, quotes } }),
    source: options.copyOf ? 'Outlet wire' : outlet,
    copyOf: options.copyOf ?? null,
    dateInferred: false,
  };
}

const BRIDGE = [
  'The Corvan Street bridge in Aldmere was closed to traffic on Tuesday after inspectors found a crack in one of its stone piers.',
  'Engineers had been called out on Monday evening when a ferry pilot reported loose masonry falling into the river.',
  'Buses that normally cross the bridge will be diverted over the Weir Lane crossing, adding twenty minutes to journeys.',
  'The bridge was built in 1887 and last strengthened in 1994, when steel ties were fitted beneath the deck.',
  'The transport office expects divers to inspect the damaged pier within a fortnight before deciding on repairs.',
  'Local traders on the southern bank fear a long closure of the bridge will keep shoppers away from the market.',
];

describe('chooseSummary rules', () => {
  it('scales with the story: four sentences for one article, one more per two more articles, eight at most', () => {
    expect([1, 2, 3, 5, 7, 9, 20].map((n) => summaryLength(n))).toEqual([4, 4, 5, 6, 7, 8, 8]);
    expect(summaryLength(20, 4, 6)).toBe(6);
    expect(summaryLength(1, 5, 8)).toBe(5);
    expect(chooseSummary([article('a1', '2026-03-03', BRIDGE)], [])).toHaveLength(4);
  });

  it('gives fewer sentences only when fewer are usable: no quotations, short sentences, questions, teasers or leading pronouns', () => {
    const a = article(
      'a1',
      '2026-03-03',
      [
        BRIDGE[0]!,
        '“We are not taking any chances with a structure that carries eleven thousand vehicles a day,” said Maren Okoro.',
        'The bridge is shut.',
        'Will the bridge reopen before the spring flood arrives in the valley?',
        'Here is what we know about the closure of the Corvan Street bridge.',
        'It was the third closure of the crossing in ten years, the office said.',
        BRIDGE[2]!,
      ],
      { quotes: ['We are not taking any chances with a structure that carries eleven thousand vehicles a day'] },
    );
    expect(chooseSummary([a], []).map((s) => s.text)).toEqual([BRIDGE[0], BRIDGE[2]]);
  });

  it('never uses a wire copy’s sentences, even one only the copy has', () => {
    const wire = article('w1', '2026-03-03T09:00:00Z', BRIDGE.slice(0, 4), { outlet: 'Outlet wire' });
    const copy = article('c1', '2026-03-03T10:00:00Z', [...BRIDGE.slice(0, 4), 'Valeport readers can follow the closure on the council website every morning.'], {
      outlet: 'Valeport Post',
      copyOf: 'w1',
    });
    const texts = chooseSummary([copy, wire], []).map((s) => s.text);
    expect(texts).toEqual(BRIDGE.slice(0, 4));
  });

  it('prefers a sentence of a corroborated claim, and one with more sources more', () => {
    const a = article('a1', '2026-03-03T09:00:00Z', BRIDGE);
    const b = article('b1', '2026-03-03T10:00:00Z', ['Aldmere shut its Corvan Street bridge on Tuesday because a pier of the bridge has cracked.']);
    const c = article('c1', '2026-03-03T11:00:00Z', ['A cracked pier has closed the bridge on Corvan Street in Aldmere since Tuesday.']);
    const d = article('d1', '2026-03-03T12:00:00Z', ['Divers will inspect the cracked pier of the Aldmere bridge within a fortnight.']);
    const one = { min: 1, max: 1 };
    const pick = (claims: AlignedClaim[]): string => chooseSummary([a, b, c, d], claims, one)[0]!.text;
    const divers = claim('k1', 'corroborated', [ev(a, 4), ev(d, 0)]);
    const closure = claim('k2', 'corroborated', [ev(a, 0), ev(b, 0), ev(c, 0)]);
    const stating = (k: AlignedClaim): string[] => k.evidence.map((e) => e.sentence);

    expect(stating(divers)).not.toContain(pick([]));
    expect(stating(divers)).toContain(pick([divers]));
    // The closure, corroborated by three sources, outweighs the divers' two.
    expect(stating(closure)).toContain(pick([divers, closure]));
  });

  it('does not state one claim twice in other words while there is something new to say', () => {
    const a = article('a1', '2026-03-03T09:00:00Z', BRIDGE.slice(0, 3));
    const b = article('b1', '2026-03-03T10:00:00Z', ['Aldmere shut its Corvan Street bridge on Tuesday because a pier of the bridge has cracked.', BRIDGE[3]!]);
    const closure = claim('k1', 'corroborated', [ev(a, 0), ev(b, 0)]);
    const summary = chooseSummary([a, b], [closure]);
    const texts = summary.map((s) => s.text);
    expect(texts).toHaveLength(4);
    expect(texts).toEqual(expect.arrayContaining([BRIDGE[1], BRIDGE[2], BRIDGE[3]]));
    const stated = summary.filter((s) => closure.evidence.some((e) => e.sentence === s.text));
    expect(stated).toHaveLength(1);
    // Its evidence: the chosen sentence, then the other outlet's wording of the claim.
    expect(stated[0]!.evidence.map((e) => e.sentence).sort()).toEqual(closure.evidence.map((e) => e.sentence).sort());
    expect(stated[0]!.evidence[0]!.sentence).toBe(stated[0]!.text);
  });

  it('does not restate a claim inside a sentence that also says something new, while another sentence says something new alone', () => {
    // The closure, told by four outlets, is said first; outlet b then tells it again on its way to the
    // divers, while outlet c tells the divers alone.
    const closed = 'The Corvan Street bridge in Aldmere was closed on Tuesday after inspectors found a crack in a pier.';
    const [a, d, e] = ['a1', 'd1', 'e1'].map((id, i) => article(id, `2026-03-03T0${i + 1}:00:00Z`, [closed]));
    const b = article('b1', '2026-03-03T10:00:00Z', ['Divers will inspect the cracked pier of the Corvan Street bridge within a fortnight and decide whether the bridge, shut on Tuesday, can reopen before the market season.']);
    const c = article('c1', '2026-03-03T11:00:00Z', ['Divers are due to look at the pier within two weeks.']);
    const closure = claim('k1', 'corroborated', [ev(a!, 0), ev(b, 0), ev(d!, 0), ev(e!, 0)]);
    const divers = claim('k2', 'corroborated', [ev(b, 0), ev(c, 0)]);
    const texts = chooseSummary([a!, b, c, d!, e!], [closure, divers], { min: 2, max: 2 }).map((s) => s.text);
    expect(texts).toEqual([closed, c.article.sentences[0]!.text]);
  });

  it('leaves out the contradicting side of a conflicting claim, and backs sentences with corroborated claims only', () => {
    const a = article('a1', '2026-03-03T09:00:00Z', BRIDGE.slice(0, 4));
    const b = article('b1', '2026-03-03T10:00:00Z', ['The Corvan Street bridge in Aldmere was closed to traffic on Wednesday after inspectors found a crack in a pier.', BRIDGE[4]!, BRIDGE[5]!]);
    const day = claim('k1', 'conflicting', [ev(a, 0), ev(b, 0, 'contradicts')]);
    const summary = chooseSummary([a, b], [day]);
    expect(summary.map((s) => s.text)).not.toContain(b.article.sentences[0]!.text);
    expect(summary.every((s) => s.evidence.length === 1)).toBe(true);
  });

  it('orders by publication, then position; an undated article comes last', () => {
    const late = article('a1', '2026-03-04T09:00:00Z', BRIDGE.slice(3, 5));
    const early = article('b1', '2026-03-03', BRIDGE.slice(0, 2));
    const undated = article('c1', null, [BRIDGE[5]!]);
    const texts = chooseSummary([undated, late, early], [], { min: 5, max: 5 }).map((s) => s.text);
    expect(texts).toEqual([BRIDGE[0], BRIDGE[1], BRIDGE[3], BRIDGE[4], BRIDGE[5]]);
  });
});

describe('one fact once, citing every outlet that states it (issue 13)', () => {
  // Invented appointment told by three outlets in other words; annotated for real (names, dates).
  const herald = member(annotatedArticle('a0000000000000a1', 'Governor Lena Ostrom on Monday appointed Piet Harjo to the vacant Senate seat left by Ruth Vance. Harjo, a former prosecutor, served as Ostrom’s chief of staff for six years. The appointment ends a search that lasted four months. Ostrom spoke at a rally in Easton on Monday evening about school funding.', '2025-03-04', 'Harbor Herald'));
  const courier = member(annotatedArticle('a0000000000000b2', 'Ostrom picked Harjo, her former chief of staff, on Monday to fill the Senate seat of Ruth Vance until a special election in November. Vance resigned in January to lead a hospital charity. The state party will choose its nominee at a convention in Millbrook.', '2025-03-04', 'Valley Courier'));
  const summary = chooseSummary([herald, courier], [], { min: 3, max: 3 });
  const appointment = (s: SummarySentence) => /appointed Piet Harjo|picked Harjo/.test(s.text);

  it('says the appointment once, though no claim aligned the two wordings', () => {
    expect(summary.filter(appointment)).toHaveLength(1);
  });

  it('cites the other outlet’s wording of the same fact, as an exact sentence', () => {
    const s = summary.find(appointment)!;
    expect(s.evidence.map((e) => e.articleId).sort()).toEqual([herald.article.id, courier.article.id]);
    for (const e of s.evidence) {
      const m = [herald, courier].find((x) => x.article.id === e.articleId)!;
      expect(m.article.sentences[e.sentenceIndex]!.text).toBe(e.sentence);
    }
  });

  it('does not cite a sentence that shares the names and the day but states another fact', () => {
    const rally = 'Ostrom spoke at a rally in Easton on Monday evening about school funding.';
    for (const s of summary) if (s.text !== rally) expect(s.evidence.map((e) => e.sentence)).not.toContain(rally);
  });
});
