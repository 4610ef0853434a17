// Specifies the Markdown report: per story its cross-check (summary, timeline, claims, quotes,
// coverage) before its articles, and per article its metadata with provenance, text and removed junk.
import { describe, expect, it } from 'vitest';
import type { Dossier, DossierStory } from '../core/dossier.js';
import { makeArticle } from '../../test/support/make-article.js';
import { buildDossier } from './build-dossier.js';
import { renderMarkdown } from './render-markdown.js';
import { EMPTY_STATES, SECTION_TITLES } from './view-labels.js';

describe('renderMarkdown', () => {
  const article = makeArticle({
    text: 'The ferry left Port Elan at dawn.\n\nWhat happened next\n\nForty passengers were aboard.',
    headings: [{ text: 'What happened next', start: 35, end: 53 }],
    sentences: [
      { text: 'The ferry left Port Elan at dawn.', start: 0, end: 33 },
      { text: 'Forty passengers were aboard.', start: 55, end: 84 },
    ],
  });
  const md = renderMarkdown(buildDossier([{ article, sources: ['a.txt'] }], '2026-11-23T10:00:00.000Z'));

  it('shows each metadata value with where it came from, in the order every writer uses', () => {
    const rows = ['| field | value | from |', '| --- | --- | --- |', '| id | `a1b2c3d4e5f60718` | content |', '| outlet | Coastline Daily | text |', '| published | 2026-03-02 | text |'];
    expect(md).toContain(rows.join('\n'));
  });

  it('keeps headings as headings and paragraphs as quotes', () => {
    expect(md).toContain('\n\n> The ferry left Port Elan at dawn.\n\n#### What happened next\n\n> Forty passengers were aboard.\n\n');
  });

  it('lists removed junk struck through, with its reason', () => {
    expect(md).toContain('- ~~Read the full article here~~ — boilerplate: call to action');
  });

  it('names the story once for a single-article story', () => {
    expect(md.match(/Ferry leaves at dawn/g)).toHaveLength(2); // the story heading and the title row
  });

  it('renders an article of 150,000 paragraphs (push(...lines) overflowed the stack)', () => {
    const text = Array.from({ length: 150_000 }, (_, i) => `Boat ${i} sank.`).join('\n\n');
    const long = makeArticle({ text, headings: [], sentences: [{ text: 'Boat 0 sank.', start: 0, end: 12 }] });
    expect(renderMarkdown(buildDossier([{ article: long, sources: [] }])).split('\n').filter((l) => l.startsWith('> Boat '))).toHaveLength(150_000);
  });

  it('escapes table cells', () => {
    const piped = renderMarkdown(buildDossier([{ article: makeArticle({ outlet: 'A | B' }), sources: [] }]));
    expect(piped).toContain('| outlet | A \\| B | text |');
  });
});

describe('renderMarkdown: the cross-check of a story', () => {
  const coastline = makeArticle({ id: 'c0a57c0a57c0a57c', outlet: 'Coastline Daily' });
  const harbour = makeArticle({
    id: 'ba4b0a4b0a4b0a4b',
    outlet: 'Harbour Post',
    published: '2026-03-04',
    text: 'The ferry left Port Elan on 4 March. Some 40 passengers were on board.',
    sentences: [
      { text: 'The ferry left Port Elan on 4 March.', start: 0, end: 36 },
      { text: 'Some 40 passengers were on board.', start: 37, end: 70 },
    ],
  });
  const base = buildDossier([{ article: coastline, sources: [] }, { article: harbour, sources: [] }], '2026-11-23T10:00:00.000Z');
  const c = (i: number) => ({ articleId: coastline.id, sentence: coastline.sentences[i]!.text, sentenceIndex: i });
  const h = (i: number) => ({ articleId: harbour.id, sentence: harbour.sentences[i]!.text, sentenceIndex: i });
  const story: DossierStory = {
    ...base.stories[0]!,
    articleIds: [coastline.id, harbour.id],
    titleFrom: coastline.id,
    summary: [{ text: 'The ferry left Port Elan at dawn.', evidence: [c(0), h(0)] }, { text: 'Forty passengers were aboard.', evidence: [c(1)] }],
    timeline: [
      { date: '2019', precision: 'year', text: 'The port opened | in 2019.', inferred: false, background: true, planned: false, disputedBy: null, evidence: [h(1)], outlets: ['Harbour Post'] },
      { date: '2026-03-03', precision: 'day', text: 'The ferry left Port Elan at dawn.', inferred: true, background: false, planned: false, disputedBy: 'k1', evidence: [c(0)], outlets: ['Coastline Daily', 'Harbour Post'] },
    ],
    claims: [
      {
        id: 'k1',
        kind: 'event',
        text: 'The ferry left Port Elan at dawn.',
        status: 'conflicting',
        slot: 'time',
        note: 'Outlets disagree on the time: 2026-03-03 against 2026-03-04.',
        evidence: [
          { ...c(0), stance: 'supports', outlet: 'Coastline Daily', source: 'Coastline Daily', value: '2026-03-03', copyOf: null },
          { ...h(0), stance: 'contradicts', outlet: 'Harbour Post', source: 'Harbour Post', value: '2026-03-04', copyOf: null },
        ],
        sources: ['Coastline Daily'],
      },
      {
        id: 'k2',
        kind: 'quantity',
        text: 'Forty passengers were aboard.',
        status: 'compatible',
        slot: 'amount',
        note: 'Forty and some 40 agree.',
        evidence: [
          { ...c(1), stance: 'supports', outlet: 'Coastline Daily', source: 'Coastline Daily', value: 'Forty', copyOf: null },
          { ...h(1), stance: 'supports', outlet: 'Harbour Post', source: 'Harbour Post', value: 'Some 40', copyOf: null },
        ],
        sources: ['Coastline Daily', 'Harbour Post'],
      },
    ],
    quotes: [
      {
        speaker: 'Ines Varga',
        text: 'We will sail again soon',
        evidence: [c(0)],
        variants: [
          { articleId: coastline.id, outlet: 'Coastline Daily', text: 'We will sail again soon', relation: 'full' },
          { articleId: harbour.id, outlet: 'Harbour Post', text: 'We will sail again', relation: 'trimmed' },
        ],
        outlets: ['Coastline Daily', 'Harbour Post'],
        sources: ['Coastline Daily', 'Harbour Post'],
        first: { articleId: coastline.id, outlet: 'Coastline Daily', published: '2026-03-02' },
      },
    ],
    coverage: {
      outlets: ['Coastline Daily', 'Harbour Post'],
      claimIds: ['k1', 'k2'],
      cells: [
        ['covered', 'covered'],
        ['contradicts', 'not-covered'],
      ],
      exclusives: [{ outlet: 'Coastline Daily', claimIds: ['k2'] }],
    },
  };
  const dossier: Dossier = { ...base, stories: [story] };
  const md = renderMarkdown(dossier);

  it('numbers the summary sentences and cites each outlet once', () => {
    expect(md).toContain('### Summary\n\n1. The ferry left Port Elan at dawn. [Coastline Daily] [Harbour Post]\n2. Forty passengers were aboard. [Coastline Daily]\n');
  });

  it('tabulates the timeline with its outlets and flags, escaping cells', () => {
    const table = [
      '| date | what happened | outlets | flags |',
      '| --- | --- | --- | --- |',
      '| 2019 | The port opened \\| in 2019. | Harbour Post | background |',
      '| 2026-03-03 | The ferry left Port Elan at dawn. | Coastline Daily, Harbour Post | inferred date, disputed (k1) |',
    ];
    expect(md).toContain(`### Timeline\n\n${table.join('\n')}\n\n`);
  });

  it('tabulates the claims with status, note, and both sides of a conflict with their values', () => {
    expect(md).toContain('| id | status | claim | note | sources |');
    expect(md).toContain(
      '| k1 | conflicting | The ferry left Port Elan at dawn. | Outlets disagree on the time: 2026-03-03 against 2026-03-04. | supports: Coastline Daily (2026-03-03); contradicts: Harbour Post (2026-03-04) |',
    );
    expect(md).toContain('| k2 | compatible | Forty passengers were aboard. | Forty and some 40 agree. | supports: Coastline Daily (Forty), Harbour Post (Some 40) |');
  });

  it('lists quotes with speaker, outlets, who was first, and every variant with its relation', () => {
    expect(md).toContain(
      '- **Ines Varga** — “We will sail again soon” — Coastline Daily, Harbour Post (first: Coastline Daily, 2026-03-02)\n' +
        '  - full (Coastline Daily): “We will sail again soon”\n  - trimmed (Harbour Post): “We will sail again”',
    );
  });

  it('draws the coverage matrix with ✓ / · / ✗, a legend and exclusives', () => {
    expect(md).toContain('| outlet | k1 | k2 |\n| --- | :-: | :-: |\n| Coastline Daily | ✓ | ✓ |\n| Harbour Post | ✗ | · |');
    expect(md).toContain('Legend: ✓ covered, · not covered, ✗ contradicts.');
    expect(md).toContain('- Coastline Daily alone reports k2');
  });

  it('puts the cross-check before the articles, in a fixed order', () => {
    const order = ['### Summary', '### Timeline', '### Claims', '### Quotes', '### Coverage', '| field | value | from |'].map((s) => md.indexOf(s));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('prints the view’s empty state under each heading of a story with no ledgers yet and no coverage', () => {
    const built = buildDossier([{ article: makeArticle(), sources: [] }]);
    // A story as dossiers were built before the cross-check: empty ledgers, no coverage matrix.
    const empty = { ...built.stories[0]!, summary: [], timeline: [], claims: [], quotes: [], coverage: undefined } as unknown as DossierStory;
    const bare = renderMarkdown({ ...built, stories: [empty] });
    const parts = ['summary', 'timeline', 'claims', 'quotes', 'coverage', 'related'] as const;
    expect(parts.filter((p) => !bare.includes(`### ${SECTION_TITLES[p]}\n\n${EMPTY_STATES[p]}\n`))).toEqual([]);
  });
});
