// Specifies the story view model, the one place a story's sections are built for the HTML report, the
// Markdown report and the story page: what each section holds, how cited sentences are numbered, how
// timeline flags are coded and ordered, what an empty or failed story says, and that the view holds the
// articles' text as it is (escaping is the HTML writers' job).
import { describe, expect, it } from 'vitest';
import type { DossierStory } from '../core/dossier.js';
import { HOSTILE, hostileStoryPageData, ledgerArticle, story, timesArticle } from '../../test/support/page-fixtures.js';
import { buildStoryView } from './story-view.js';
import { EMPTY_STATES, inlineText } from './view-labels.js';

const articles = [ledgerArticle(), timesArticle()];
const titles = new Map([['story-2', 'Port Elan harbour strike']]);
const view = buildStoryView(story(), articles, (id) => titles.get(id) ?? null);

describe('buildStoryView', () => {
  describe('the head of a story', () => {
    it('takes the title from the story as given and says whose words it is, linking that article', () => {
      expect(view.title).toBe('Karsland and Velsand sign ferry deal');
      expect(view.titleFrom).toEqual(['Title in the words of ', { text: 'The Harbour Ledger', link: { article: 'art-ledger-1' } }, '.']);
    });

    it('gives a byline: article count, outlets, the span of publication days, the story id as code', () => {
      expect(inlineText(view.byline)).toBe('2 articles from The Harbour Ledger, Northgate Times · 2026-03-02 – 2026-03-03 · story-1');
      expect(view.byline.at(-1)).toEqual({ text: 'story-1', style: 'code' });
    });

    it('names near-copies by outlet with their similarity', () => {
      expect(view.nearCopies).toBe('Near-copies (not independent sources): Northgate Times copies The Harbour Ledger (91%).');
    });

    it('words a failed and a sampled story in one notice each, error first', () => {
      const failed = buildStoryView(
        { ...story(), error: { stage: 'quote-ledger', message: 'boom' }, sampled: { checked: 1, of: 2, articleIds: ['art-ledger-1'], why: 'Read 1 of 2 articles.' } },
        articles,
      );
      expect(failed.notices.map((n) => [n.kind, n.label])).toEqual([['error', 'Analysis failed'], ['sampled', 'Sampled']]);
      expect(failed.notices[0]!.text).toMatch(/^The analysis of this story failed at the quote-ledger stage \(boom\)\. Its 2 articles are listed below/);
      expect(view.notices).toEqual([]);
    });
  });

  describe('citation numbering', () => {
    it('numbers cited sentences [1], [2] … in order of first citation: summary, then timeline, then quotes', () => {
      expect(view.summary.rows.map((r) => r.cites.map((c) => c.n))).toEqual([[1, 2], [3]]);
      expect(view.timeline.rows.map((r) => r.cites.map((c) => c.n))).toEqual([[3, 4], [1], [2], [1]]);
      expect(view.quotes.rows.map((r) => r.cites.map((c) => c.n))).toEqual([[5]]);
    });

    it('lists every cited sentence once, by number, with its outlet and its place in its article', () => {
      expect(view.sources.title).toBe('Sources cited');
      expect(view.sources.rows.map((c) => [c.n, c.outlet, c.articleId, c.sentenceIndex])).toEqual([
        [1, 'The Harbour Ledger', 'art-ledger-1', 0],
        [2, 'Northgate Times', 'art-times-2', 0],
        [3, 'The Harbour Ledger', 'art-ledger-1', 2],
        [4, 'Northgate Times', 'art-times-2', 1],
        [5, 'The Harbour Ledger', 'art-ledger-1', 1],
      ]);
    });

    it('finds a sentence whose index went stale by its text, and marks a sentence or article it cannot find', () => {
      const s = story();
      const sentence = ledgerArticle().sentences[2]!;
      s.summary = [{ text: 'x', evidence: [{ articleId: 'art-ledger-1', sentence, sentenceIndex: 0 }, { articleId: 'art-ledger-1', sentence: 'Not in the article.', sentenceIndex: 1 }, { articleId: 'gone', sentence, sentenceIndex: 2 }] }];
      const cites = buildStoryView(s, articles).summary.rows[0]!.cites;
      expect(cites.map((c) => [c.sentenceIndex, c.articleKnown, c.outlet])).toEqual([
        [2, true, 'The Harbour Ledger'],
        [null, true, 'The Harbour Ledger'],
        [null, false, 'gone'],
      ]);
    });
  });

  describe('the timeline', () => {
    it('codes each entry’s flags in one order (background, planned, inferred, disputed) with their labels', () => {
      expect(view.timeline.rows.map((r) => r.flags.map((f) => f.code))).toEqual([['background'], ['disputed'], ['inferred', 'disputed'], ['planned']]);
      expect(view.timeline.rows[2]!.flags.map((f) => f.label)).toEqual(['inferred date', 'disputed (k2)']);
      expect(view.timeline.rows[0]!.flags[0]!.explanation).toBe("Before the story's own days.");
    });

    it('points a disputed flag at the claim holding the conflict, and says whether the claim list has it', () => {
      expect(view.timeline.rows[1]!.flags[0]).toMatchObject({ claimId: 'k2', claimListed: true });
      const s = story();
      s.timeline[1]!.disputedBy = 'k9';
      expect(buildStoryView(s, articles).timeline.rows[1]!.flags[0]).toMatchObject({ code: 'disputed', label: 'disputed (k9)', claimId: 'k9', claimListed: false });
    });

    it('keeps date, precision, text and outlets as the dossier has them', () => {
      expect(view.timeline.rows[0]).toMatchObject({ date: '2019', precision: 'year', text: 'The old ferry stopped sailing in 2019.', outlets: ['The Harbour Ledger', 'Northgate Times'] });
    });
  });

  describe('the claims', () => {
    it('labels each status once and counts every status in a fixed order, zeros included', () => {
      expect(view.claims.rows.map((c) => [c.id, c.status, c.statusLabel])).toEqual([
        ['k1', 'corroborated', 'corroborated'],
        ['k2', 'conflicting', 'conflicting'],
        ['k3', 'single-source', 'single source'],
      ]);
      expect(view.claims.statuses.map((s) => [s.status, s.count])).toEqual([
        ['corroborated', 1],
        ['single-source', 1],
        ['conflicting', 1],
        ['compatible', 0],
        ['changed', 0],
      ]);
    });

    it('gives both sides of a conflict with each outlet’s value, and marks a copy as counted once', () => {
      const k2 = view.claims.rows[1]!;
      expect(k2.compared).toBe('compared: time');
      expect(k2.sources).toBe('independent sources: The Harbour Ledger');
      expect(k2.sides.map((s) => s.title)).toEqual(['Supports (1)', 'Contradicts (1)']);
      expect(k2.sides[1]!.items[0]).toMatchObject({ outlet: 'Northgate Times', value: '2026-03-03', copyNote: 'copy of The Harbour Ledger, counted once', sentenceIndex: 0 });
      expect(view.claims.rows[0]!.sides.map((s) => s.stance)).toEqual(['supports']);
    });
  });

  describe('quotes, coverage, entities and related stories', () => {
    it('gives a quote its speaker, outlets, who was first, and its variants when more than one article carries it', () => {
      expect(view.quotes.rows[0]).toMatchObject({
        speaker: 'Henrik Molander',
        outlets: ['The Harbour Ledger', 'Northgate Times'],
        first: { outlet: 'The Harbour Ledger', published: '2026-03-02' },
      });
      expect(view.quotes.rows[0]!.variants.map((v) => `${v.relation} ${v.outlet}`)).toEqual(['full The Harbour Ledger', 'paraphrased Northgate Times']);
      const s = story();
      s.quotes[0]!.variants = s.quotes[0]!.variants.slice(0, 1);
      expect(buildStoryView(s, articles).quotes.rows[0]!.variants).toEqual([]);
    });

    it('builds the coverage matrix with each cell’s symbol, words and tooltip, a legend, and exclusives as sentences', () => {
      const { rows, columns, legend, exclusives, noExclusives } = view.coverage;
      expect(rows[1]!.cells.map((c) => c.symbol)).toEqual(['✓', '✗', '·']);
      expect(rows[1]!.cells[1]).toEqual({ state: 'contradicts', symbol: '✗', label: 'contradicts', title: 'Northgate Times · k2: contradicts' });
      expect(columns[2]).toEqual({ claimId: 'k3', claimText: ledgerArticle().sentences[1] });
      expect(legend.map((l) => `${l.symbol} ${l.label}`)).toEqual(['✓ covered', '· not covered', '✗ contradicts']);
      expect(exclusives).toEqual(['The Harbour Ledger alone reports k3']);
      expect(noExclusives).toBeNull();
    });

    it('reads an unknown coverage state as not covered, and says when no outlet has a claim alone', () => {
      const s = story();
      s.coverage = { ...s.coverage, cells: [['covered', 'bogus' as never, 'covered'], ['covered', 'covered', 'covered']], exclusives: [] };
      const coverage = buildStoryView(s, articles).coverage;
      expect(coverage.rows[0]!.cells[1]!.state).toBe('not-covered');
      expect([coverage.exclusives, coverage.noExclusives]).toEqual([[], EMPTY_STATES.exclusives]);
    });

    it('keys entity types for styling, unknown types as other', () => {
      const s = story();
      s.entities.push({ name: 'Storm Ottilie', type: 'other', roles: [], aliases: [], articleIds: ['art-ledger-1'] });
      expect(buildStoryView(s, articles).entities.rows.map((e) => [e.name, e.typeKey, e.articleCount])).toEqual([
        ['Henrik Molander', 'person', 2],
        ['Port Elan', 'place', 1],
        ['Storm Ottilie', 'other', 1],
      ]);
    });

    it('names a related story by the title the writer knows, else by its id', () => {
      expect(view.related.rows).toEqual([{ storyId: 'story-2', title: 'Port Elan harbour strike', titleKnown: true, why: 'shares Port Elan' }]);
      expect(buildStoryView(story(), articles).related.rows[0]).toMatchObject({ title: 'story-2', titleKnown: false });
    });

    it('lists the story’s articles in the story’s order, only those given', () => {
      expect(view.articles.rows.map((a) => a.id)).toEqual(['art-ledger-1', 'art-times-2']);
      expect(buildStoryView(story(), [timesArticle()]).articles.rows.map((a) => a.id)).toEqual(['art-times-2']);
    });
  });

  describe('empty states', () => {
    // A story as dossiers were built before the cross-check: empty ledgers, no coverage, no titleFrom.
    const bare = { ...story(), summary: [], timeline: [], claims: [], quotes: [], entities: [], related: [], coverage: undefined, titleFrom: undefined } as unknown as DossierStory;
    const empty = buildStoryView(bare, []);

    it('says what each empty section lacks, in one wording for every writer', () => {
      expect([empty.summary, empty.timeline, empty.claims, empty.quotes, empty.coverage, empty.entities, empty.related, empty.articles].map((s) => [s.title, s.empty])).toEqual([
        ['Summary', 'No summary was computed for this story.'],
        ['Timeline', 'No timeline was computed for this story.'],
        ['Claims', 'No claims were aligned for this story.'],
        ['Quotes', 'No quotes were found in this story.'],
        ['Coverage', 'No coverage matrix was computed for this story.'],
        ['Entities', 'No entities were found in this story.'],
        ['Related stories', 'No related stories.'],
        ['Articles', 'This story has no articles.'],
      ]);
      expect([empty.titleFrom, empty.sources.rows, empty.sources.empty]).toEqual([null, [], null]);
    });

    it('has no empty state for a section with rows', () => {
      expect([view.summary, view.timeline, view.claims, view.quotes, view.coverage, view.entities, view.related].map((s) => s.empty)).toEqual([null, null, null, null, null, null, null]);
    });
  });

  it('holds the articles’ text as it is, hostile markup included: escaping is the HTML writers’ job', () => {
    const data = hostileStoryPageData();
    const hostile = buildStoryView(data.story, data.articles);
    expect(hostile.title).toBe(HOSTILE);
    expect(hostile.summary.rows[0]!.text).toBe(HOSTILE);
    expect(hostile.claims.rows[0]!.sides[1]!.items[0]!.copyNote).toBe(`copy of ${HOSTILE}, counted once`);
    expect(JSON.stringify(hostile)).not.toContain('&lt;');
  });
});
