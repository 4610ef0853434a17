// Specifies the HTML report: one self-contained, script-free file that shows a story's cross-check
// (summary with citations, timeline, claim and quote ledgers, coverage) and its articles, and that
// stays inert whatever hostile text the articles carry.
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { Dossier, DossierArticle, DossierStory } from '../core/dossier.js';
import { article as fixtureArticle } from '../../test/support/page-fixtures.js';
import { renderHtml } from './render-html.js';
import { EMPTY_STATES, SECTION_TITLES } from './view-labels.js';

/** A dated, titled Coastline Daily article of story s1 (the shared fixture's defaults, made specific). */
function article(overrides: Partial<DossierArticle> & Pick<DossierArticle, 'id' | 'text' | 'sentences'>): DossierArticle {
  return fixtureArticle({
    title: 'Ferry leaves Port Elan',
    titleFrom: 'text',
    outlet: 'Coastline Daily',
    outletFrom: 'text',
    published: '2026-03-03',
    publishedFrom: 'text',
    dateline: 'PORT ELAN',
    storyId: 's1',
    sources: [],
    ...overrides,
  });
}

const A1 = article({
  id: 'a1',
  url: 'https://coastline.example/ferry',
  file: 'in/coastline.txt',
  sources: ['in/coastline.txt'],
  text: 'The ferry left Port Elan on 3 March.\n\nOn board\n\nForty passengers were aboard. “We will sail again soon,” said captain Ines Varga.',
  headings: [{ text: 'On board', start: 38, end: 46 }],
  sentences: ['The ferry left Port Elan on 3 March.', 'Forty passengers were aboard.', '“We will sail again soon,” said captain Ines Varga.'],
  removed: [{ text: 'Subscribe for more', reason: 'boilerplate: call to action' }],
});

const A2 = article({
  id: 'a2',
  outlet: 'Harbour Post',
  published: '2026-03-04',
  publishedFrom: 'inferred',
  text: 'The ferry left Port Elan on 4 March. Some 40 passengers were on board. “We will sail again,” Varga said. The port was built in 2019.',
  sentences: ['The ferry left Port Elan on 4 March.', 'Some 40 passengers were on board.', '“We will sail again,” Varga said.', 'The port was built in 2019.'],
  publishedInference: {
    articleId: 'a2',
    date: '2026-03-04',
    earliest: '2026-03-04',
    latest: '2026-03-05',
    why: '"on 4 March" matches the sailing Coastline Daily dated 2026-03-03.',
    evidence: [],
  },
});

const HOSTILE = '<script>alert(1)</script>';
const A3 = article({
  id: 'a3',
  outlet: HOSTILE,
  title: '" onmouseover="x',
  url: 'javascript:alert(1)',
  text: 'Officials said <b>nothing</b> & left. The ferry left Port Elan on 3 March.',
  sentences: ['Officials said <b>nothing</b> & left.', 'The ferry left Port Elan on 3 March.'],
  removed: [{ text: '<img src=x onerror=alert(1)>', reason: "boilerplate: ad 'slot'" }],
  duplicateOf: { articleId: 'a1', similarity: 0.93, reason: 'shares most of its sentences' },
});

const A4 = article({
  id: 'a4',
  storyId: 's2',
  title: 'Port budget approved',
  text: 'The council approved the port budget.',
  sentences: ['The council approved the port budget.'],
});

const ref = (a: DossierArticle, i: number) => ({ articleId: a.id, sentence: a.sentences[i]!, sentenceIndex: i });

const FERRY: DossierStory = {
  id: 's1',
  title: 'Ferry leaves Port Elan',
  titleFrom: 'a1',
  articleIds: ['a1', 'a2', 'a3'],
  related: [{ storyId: 's2', why: 'shares Port Elan and the harbour authority' }],
  entities: [{ name: 'Ines Varga', type: 'person', roles: ['captain'], aliases: ['Varga'], articleIds: ['a1', 'a2'] }],
  summary: [
    { text: A1.sentences[0]!, evidence: [ref(A1, 0), ref(A2, 0)] },
    { text: A1.sentences[1]!, evidence: [ref(A1, 1), ref(A2, 1)] },
  ],
  timeline: [
    { date: '2019', precision: 'year', text: A2.sentences[3]!, inferred: false, background: true, planned: false, disputedBy: null, evidence: [ref(A2, 3)], outlets: ['Harbour Post'] },
    { date: '2026-03-03', precision: 'day', text: A1.sentences[0]!, inferred: true, background: false, planned: false, disputedBy: 'k1', evidence: [ref(A1, 0)], outlets: ['Coastline Daily', 'Harbour Post'] },
  ],
  claims: [
    {
      id: 'k1',
      kind: 'event',
      text: A1.sentences[0]!,
      status: 'conflicting',
      slot: 'time',
      note: 'Outlets disagree on the time: 2026-03-03 (Coastline Daily) against 2026-03-04 (Harbour Post).',
      evidence: [
        { ...ref(A1, 0), stance: 'supports', outlet: 'Coastline Daily', source: 'Coastline Daily', value: '2026-03-03', copyOf: null },
        { ...ref(A3, 1), stance: 'supports', outlet: HOSTILE, source: 'Coastline Daily', value: '2026-03-03', copyOf: 'a1' },
        { ...ref(A2, 0), stance: 'contradicts', outlet: 'Harbour Post', source: 'Harbour Post', value: '2026-03-04', copyOf: null },
      ],
      sources: ['Coastline Daily'],
    },
    {
      id: 'k2',
      kind: 'quantity',
      text: A1.sentences[1]!,
      status: 'compatible',
      slot: 'amount',
      note: 'Forty and some 40 are compatible amounts.',
      evidence: [
        { ...ref(A1, 1), stance: 'supports', outlet: 'Coastline Daily', source: 'Coastline Daily', value: 'Forty passengers', copyOf: null },
        { ...ref(A2, 1), stance: 'supports', outlet: 'Harbour Post', source: 'Harbour Post', value: 'Some 40 passengers', copyOf: null },
      ],
      sources: ['Coastline Daily', 'Harbour Post'],
    },
    {
      id: 'k3',
      kind: 'event',
      text: A2.sentences[3]!,
      status: 'single-source',
      slot: null,
      note: 'Only Harbour Post reports this.',
      evidence: [{ ...ref(A2, 3), stance: 'supports', outlet: 'Harbour Post', source: 'Harbour Post', value: null, copyOf: null }],
      sources: ['Harbour Post'],
    },
  ],
  quotes: [
    {
      speaker: 'Ines Varga',
      text: 'We will sail again soon',
      evidence: [ref(A1, 2), ref(A2, 2)],
      variants: [
        { articleId: 'a1', outlet: 'Coastline Daily', text: 'We will sail again soon', relation: 'full' },
        { articleId: 'a2', outlet: 'Harbour Post', text: 'We will sail again', relation: 'trimmed' },
      ],
      outlets: ['Coastline Daily', 'Harbour Post'],
      sources: ['Coastline Daily', 'Harbour Post'],
      first: { articleId: 'a1', outlet: 'Coastline Daily', published: '2026-03-03' },
    },
  ],
  coverage: {
    outlets: ['Coastline Daily', 'Harbour Post'],
    claimIds: ['k1', 'k2', 'k3'],
    cells: [
      ['covered', 'covered', 'not-covered'],
      ['contradicts', 'covered', 'covered'],
    ],
    exclusives: [
      { outlet: 'Coastline Daily', claimIds: [] },
      { outlet: 'Harbour Post', claimIds: ['k3'] },
    ],
  },
  duplicates: [{ articleId: 'a3', canonicalId: 'a1', similarity: 0.93 }],
};

/** A story as the dossier builds it before the cross-check is integrated: no ledgers, no coverage, no titleFrom. */
const BUDGET = {
  id: 's2',
  title: 'Port budget approved',
  articleIds: ['a4'],
  related: [],
  entities: [],
  quotes: [],
  timeline: [],
  claims: [],
  summary: [],
  duplicates: [],
} as unknown as DossierStory;

const DOSSIER: Dossier = {
  version: 1,
  generatedAt: '2026-11-23T10:00:00.000Z',
  articles: [A1, A2, A3, A4],
  stories: [FERRY, BUDGET],
  analysis: { stages: ['ingest'], notYetComputed: [] },
};

const html = renderHtml(DOSSIER);

interface Element {
  name: string;
  attrs: Record<string, string>;
}

/** Every element of the report with its attributes, as a browser's parser would see them. */
function elements(source: string): Element[] {
  const found: Element[] = [];
  const parser = new Parser({ onopentag: (name, attrs) => found.push({ name, attrs }) }, { decodeEntities: true, lowerCaseAttributeNames: true });
  parser.write(source);
  parser.end();
  return found;
}

/** The HTML of one story section (Summary, Timeline, …): from its heading to the next heading of its level. */
function section(heading: string, storyHtml = html): string {
  const start = storyHtml.indexOf(`<h3>${heading}</h3>`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = storyHtml.indexOf('<h3>', start + 1);
  return storyHtml.slice(start, end < 0 ? undefined : end);
}

const ferryHtml = html.slice(html.indexOf('id="story-0"'), html.indexOf('id="story-1"'));
const budgetHtml = html.slice(html.indexOf('id="story-1"'));

describe('renderHtml', () => {
  describe('the document', () => {
    it('is one HTML5 file with a Content-Security-Policy that allows no external assets', () => {
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:">`);
      const csp = elements(html).find((e) => e.name === 'meta' && e.attrs['http-equiv'] === 'Content-Security-Policy');
      expect(csp?.attrs.content).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    });

    it('styles itself inline and fits a phone: a viewport, a max-width container, tables that scroll sideways', () => {
      expect(html).toMatch(/<style>[\s\S]*\.wrap \{ max-width: 60rem;[\s\S]*\.scroll \{ overflow-x: auto;[\s\S]*<\/style>/);
      expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      expect(html.match(/<table/g)?.length).toBe(html.match(/<div class="scroll"><table/g)?.length);
    });

    it('has no script, no external stylesheet and no asset reference of any kind', () => {
      const all = elements(html);
      expect(html.toLowerCase()).not.toContain('<script');
      expect(all.filter((e) => ['script', 'link', 'img', 'iframe', 'object', 'embed'].includes(e.name))).toEqual([]);
      expect(all.filter((e) => 'src' in e.attrs)).toEqual([]);
      expect(all.flatMap((e) => Object.keys(e.attrs)).filter((a) => a.startsWith('on'))).toEqual([]);
    });

    it('links only within the file, except an article URL that is http(s)', () => {
      const external = elements(html)
        .filter((e) => e.name === 'a' && e.attrs.href !== undefined && !e.attrs.href.startsWith('#'))
        .map((e) => e.attrs.href);
      expect(external).toEqual(['https://coastline.example/ferry']);
    });

    it('every in-file link points to an element that exists', () => {
      const all = elements(html);
      const ids = new Set(all.map((e) => e.attrs.id).filter(Boolean));
      const targets = all.filter((e) => e.name === 'a' && e.attrs.href?.startsWith('#')).map((e) => e.attrs.href!.slice(1));
      expect(targets.length).toBeGreaterThan(10);
      expect(targets.filter((t) => !ids.has(t))).toEqual([]);
    });
  });

  describe('a story', () => {
    it('starts with its title and says whose words the title is', () => {
      expect(ferryHtml).toContain('<h2>Ferry leaves Port Elan</h2>');
      expect(ferryHtml).toContain('Title in the words of <a href="#article-0">Coastline Daily</a>.');
    });

    it('numbers summary citations and links each to the cited sentence, naming outlet and sentence in a title', () => {
      const summary = section('Summary', ferryHtml);
      expect(summary).toContain(
        '<li>The ferry left Port Elan on 3 March. <a class="cite" href="#article-0-s0" title="Coastline Daily: The ferry left Port Elan on 3 March.">[1]</a>' +
          '<a class="cite" href="#article-1-s0" title="Harbour Post: The ferry left Port Elan on 4 March.">[2]</a></li>',
      );
      expect(summary).toContain('href="#article-1-s1" title="Harbour Post: Some 40 passengers were on board.">[4]</a>');
      expect(html).toContain('<span class="sentence" id="article-1-s1">Some 40 passengers were on board.</span>');
    });

    it('shows the timeline with date, precision, outlets and badges for inferred, background and disputed entries', () => {
      const timeline = section('Timeline', ferryHtml);
      expect(timeline).toMatch(/<time>2019<\/time><\/td><td>year<\/td><td>The port was built in 2019\. <a class="cite"[^>]*>\[5\]<\/a><\/td><td>Harbour Post<\/td><td><span class="badge"[^>]*>background<\/span>/);
      expect(timeline).toContain('>inferred date</span>');
      expect(timeline).toContain('<a class="badge" href="#story-0-claim-0" title="Outlets disagree on this date.">disputed (k1)</a>');
      expect(timeline).toContain('<td>Coastline Daily, Harbour Post</td>');
    });

    it('lists the claims with a coloured status that is also spelled out', () => {
      const claims = section('Claims', ferryHtml);
      expect(claims).toContain('<span class="status status-conflicting">conflicting</span>');
      expect(claims).toContain('<span class="status status-compatible">compatible</span>');
      expect(claims).toContain('<span class="status status-single-source">single source</span>');
      expect(html).toMatch(/\.status-corroborated \{[^}]*#137333/);
      expect(html).toMatch(/\.status-conflicting \{[^}]*#a50e0e/);
      expect(html).toMatch(/\.status-changed \{[^}]*#8a5300/);
    });

    it('shows both sides of a conflict with the value each gives, its note, and copies counted once', () => {
      const claims = section('Claims', ferryHtml);
      const k1 = claims.slice(claims.indexOf('id="story-0-claim-0"'), claims.indexOf('id="story-0-claim-1"'));
      expect(k1).toContain('Outlets disagree on the time: 2026-03-03 (Coastline Daily) against 2026-03-04 (Harbour Post).');
      expect(k1).toContain('<div class="stance-title">Supports (2)</div>');
      expect(k1).toContain('<div class="stance-title">Contradicts (1)</div>');
      expect(k1).toMatch(/Contradicts \(1\)<\/div><ul class="stance"><li>Harbour Post: <span class="value">2026-03-04<\/span> — <a href="#article-1-s0"/);
      expect(k1).toContain('Coastline Daily: <span class="value">2026-03-03</span> — <a href="#article-0-s0"');
      expect(k1).toContain('(copy of Coastline Daily, counted once)');
    });

    it('lists quotes with speaker, outlets, who was first and each variant with its relation', () => {
      const quotes = section('Quotes', ferryHtml);
      expect(quotes).toContain('<strong>Ines Varga</strong>');
      expect(quotes).toContain('“We will sail again soon”');
      expect(quotes).toContain('<span class="badge">trimmed</span> Harbour Post: “We will sail again”');
      expect(quotes).toContain('<span class="badge">full</span> Coastline Daily: “We will sail again soon”');
      expect(quotes).toContain('First: Coastline Daily (2026-03-03)');
      expect(quotes).toContain('Outlets: Coastline Daily, Harbour Post');
    });

    it('draws the coverage matrix of outlets × claims with a legend and each outlet’s exclusives', () => {
      const coverage = section('Coverage', ferryHtml);
      expect(coverage).toContain('<th scope="row">Harbour Post</th><td class="cov-contradicts" title="Harbour Post · k1: contradicts">✗');
      expect(coverage).toContain('<td class="cov-covered" title="Coastline Daily · k1: covered">✓');
      expect(coverage).toContain('<td class="cov-not-covered" title="Coastline Daily · k3: not covered">·');
      expect(coverage).toContain('<a href="#story-0-claim-2" title="The port was built in 2019.">k3</a>');
      expect(coverage).toContain('Legend: ✓ covered, · not covered, ✗ contradicts.');
      expect(coverage).toContain('<li>Harbour Post alone reports k3</li>');
      expect(coverage).not.toContain('Coastline Daily alone reports');
    });

    it('lists entities with their roles, and related stories as links', () => {
      expect(section('Entities', ferryHtml)).toContain('<td>Ines Varga</td><td>person</td><td>captain</td><td>Varga</td><td>2</td>');
      expect(ferryHtml).toContain('<li><a href="#story-1">Port budget approved</a> — shares Port Elan and the harbour authority</li>');
    });

    it('prints the view’s empty state under each heading of a story with no ledgers yet, no coverage and no titleFrom', () => {
      for (const part of ['summary', 'timeline', 'claims', 'quotes', 'coverage', 'entities', 'related'] as const) {
        expect(section(SECTION_TITLES[part], budgetHtml), part).toContain(`<p class="empty">${EMPTY_STATES[part]}</p>`);
      }
      expect(budgetHtml).not.toContain('Title in the words of');
    });
  });

  describe('an article', () => {
    const a1 = html.slice(html.indexOf('<article class="article" id="article-0">'), html.indexOf('</article>'));
    const a3 = html.slice(html.indexOf('<article class="article" id="article-2">'), html.indexOf('</article>', html.indexOf('id="article-2"')));

    it('shows its metadata with where each value came from, and links an http(s) URL', () => {
      expect(a1).toContain('<th scope="row">outlet</th><td>Coastline Daily</td><td>text</td>');
      expect(a1).toContain('<th scope="row">published</th><td>2026-03-03</td><td>text</td>');
      expect(a1).toContain('<a href="https://coastline.example/ferry" rel="noopener noreferrer">https://coastline.example/ferry</a>');
    });

    it('explains an inferred publication date', () => {
      expect(html).toContain(
        'Publication date inferred as <strong>2026-03-04</strong> (equally consistent: 2026-03-04 to 2026-03-05): &quot;on 4 March&quot; matches the sailing Coastline Daily dated 2026-03-03.',
      );
    });

    it('says when it is a near-copy and of which article', () => {
      expect(a3).toContain('Near-copy of <a href="#article-0">Coastline Daily: Ferry leaves Port Elan</a> (93% shared: shares most of its sentences); not counted as an independent source.');
    });

    it('shows the clean text with headings and every sentence anchored', () => {
      expect(a1).toContain('<p><span class="sentence" id="article-0-s0">The ferry left Port Elan on 3 March.</span></p>');
      expect(a1).toContain('<h5>On board</h5>');
      expect(a1).toContain('<span class="sentence" id="article-0-s1">Forty passengers were aboard.</span> <span class="sentence" id="article-0-s2">');
    });

    it('shows the removed junk apart, struck through, with its reason', () => {
      expect(a1).toContain('<h5>Removed (1)</h5>');
      expect(a1).toContain('<li><del>Subscribe for more</del> <span class="reason">— boilerplate: call to action</span></li>');
      expect(a3).toContain('<del>&lt;img src=x onerror=alert(1)&gt;</del> <span class="reason">— boilerplate: ad &#39;slot&#39;</span>');
    });

    it('prints hostile text as text: no markup, no attribute injection, no javascript: link', () => {
      expect(a3).toContain('<h4>&quot; onmouseover=&quot;x</h4>');
      expect(a3).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>');
      expect(a3).toContain('Officials said &lt;b&gt;nothing&lt;/b&gt; &amp; left.');
      expect(a3).toContain('<code>javascript:alert(1)</code>');
      expect(html).not.toContain('href="javascript:');
      expect(html).not.toContain('<b>nothing</b>');
      const titles = elements(html).flatMap((e) => (e.attrs.title ? [e.attrs.title] : []));
      expect(titles).toContain(`${HOSTILE}: The ferry left Port Elan on 3 March.`);
    });
  });
});
