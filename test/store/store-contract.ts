// The behaviour every Store implementation must show, as a reusable vitest suite: SQLite runs it
// always; a PostgreSQL implementation will run the same suite when a server is configured.
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../support/make-article.js';
import type { ClaimStatus } from '../../src/core/crosscheck.js';
import type { DossierStory } from '../../src/core/dossier.js';
import type { ArticleProfile, AssignmentExplanation, StoryCorrection } from '../../src/core/stories.js';
import type { Article } from '../../src/core/types.js';
import type { ClaimCounts, Store, StoredStoryDossier, StoryAssignment } from '../../src/store/store.js';

/** A 16-hex-digit article id ending in `n`. */
function aid(n: number): string {
  return n.toString(16).padStart(16, '0');
}

function makeProfile(articleId: string, overrides: Partial<ArticleProfile> = {}): ArticleProfile {
  return {
    articleId,
    outlet: 'Coastline Daily',
    published: '2026-03-02',
    dateline: 'PORT ELAN',
    terms: [['ferri', 3], ['passeng', 1]],
    entities: [{ key: 'port elan', name: 'Port Elan', type: 'place', count: 2 }],
    eventDates: ['2026-03-02'],
    years: [2026],
    quotes: ['we left at dawn'],
    length: 9,
    ...overrides,
  };
}

function makeExplanation(articleId: string, storyId: string): AssignmentExplanation {
  return {
    articleId, storyId, decision: 'opened', chosen: null, runnerUp: null, threshold: 0.3,
    summary: `Opened ${storyId}: no story scored above the threshold 0.3.`, duplicateOf: null,
  };
}

function assignment(articleId: string, storyId: string): StoryAssignment {
  return { articleId, storyId, explanation: makeExplanation(articleId, storyId), profile: makeProfile(articleId) };
}

/** Stores the articles and assigns each `[articleId, storyId]` pair, in one batch. */
async function cluster(store: Store, articles: Article[], pairs: [string, string][]): Promise<void> {
  for (const article of articles) await store.putArticle(article, null);
  await store.putAssignments(pairs.map(([articleId, storyId]) => assignment(articleId, storyId)));
}

async function storyIds(store: Store, query?: Parameters<Store['listStories']>[0]): Promise<string[]> {
  return (await store.listStories(query)).map((s) => s.id);
}

/** A built dossier of a story as the story service stores it, with claims of the given statuses. */
function storedDossier(storyId: string, articleIds: string[], statuses: ClaimStatus[], overrides: Partial<StoredStoryDossier> = {}): StoredStoryDossier {
  const claims: ClaimCounts = { corroborated: 0, conflicting: 0, compatible: 0, changed: 0, 'single-source': 0 };
  for (const s of statuses) claims[s]++;
  const story: DossierStory = {
    id: storyId, title: `Title of ${storyId}`, titleFrom: articleIds[0]!, articleIds, related: [], entities: [], quotes: [], timeline: [],
    claims: statuses.map((status, i) => ({
      id: `k${i + 1}`, kind: 'event', text: 'The ferry left Port Elan at dawn.', status, slot: null, note: '', sources: ['Coastline Daily'],
      evidence: [{ articleId: articleIds[0]!, sentence: 'The ferry left Port Elan at dawn.', sentenceIndex: 0, stance: 'supports', outlet: 'Coastline Daily', source: 'Coastline Daily', value: null, copyOf: null }],
    })) as DossierStory['claims'],
    summary: [], coverage: { outlets: [], claimIds: [], cells: [], exclusives: [] }, duplicates: [],
  };
  return { storyId, fingerprint: `fp-${storyId}`, title: story.title, titleFrom: story.titleFrom, claims, story, inferred: [], builtAt: '2026-11-23T12:00:00.000Z', ...overrides };
}

export function describeStoreContract(name: string, open: () => Store): void {
  describe(`${name} store contract`, () => {
    it('stores an article and returns it whole', async () => {
      const store = open();
      const article = makeArticle();
      expect(await store.putArticle(article, 'examples/a.txt')).toEqual({ status: 'inserted' });
      expect(await store.getArticle(article.id)).toEqual(article);
      await store.close();
    });

    it('reports a second copy as a duplicate and keeps both inputs as sources', async () => {
      const store = open();
      const article = makeArticle();
      await store.putArticle(article, 'a/one.txt');
      const again = await store.putArticle({ ...article, file: 'b/two.txt' }, 'b/two.txt');
      expect(again.status).toBe('duplicate');
      expect(again.status === 'duplicate' && again.existing.file).toBe('examples/text/ferry.txt');
      expect(await store.countArticles()).toBe(1);
      expect(await store.getSources(article.id)).toEqual(['a/one.txt', 'b/two.txt']);
      await store.close();
    });

    it('lists the outlets it holds once each, alphabetically', async () => {
      const store = open();
      await store.putArticle(makeArticle({ id: 'abcdef0000000011', outlet: 'Radio Kestrel' }), null);
      await store.putArticle(makeArticle({ id: 'abcdef0000000012', outlet: 'Meridian Wire', text: 'Other text.' }), null);
      await store.putArticle(makeArticle({ id: 'abcdef0000000013', outlet: 'Radio Kestrel', text: 'Third text.' }), null);
      await store.putArticle(makeArticle({ id: 'abcdef0000000014', outlet: null, text: 'Fourth text.' }), null);
      expect(await store.listOutlets()).toEqual(['Meridian Wire', 'Radio Kestrel']);
      await store.close();
    });

    it('finds an article by a unique id prefix of six or more characters', async () => {
      const store = open();
      await store.putArticle(makeArticle({ id: 'abcdef0000000001' }), null);
      await store.putArticle(makeArticle({ id: 'abcdef1111111111' }), null);
      expect((await store.getArticle('abcdef1'))?.id).toBe('abcdef1111111111');
      expect(await store.getArticle('abcdef')).toBeNull(); // ambiguous
      expect(await store.getArticle('abc')).toBeNull(); // too short
      expect(await store.getArticle('ffffffffffffffff')).toBeNull();
      await store.close();
    });

    it('lists newest first, undated last, with outlet and date filters and paging', async () => {
      const store = open();
      await store.putArticle(makeArticle({ id: '1000000000000000', published: '2026-03-01', outlet: 'A' }), null);
      await store.putArticle(makeArticle({ id: '2000000000000000', published: null, publishedFrom: null, outlet: 'B' }), null);
      await store.putArticle(makeArticle({ id: '3000000000000000', published: '2026-03-05T10:00:00Z', outlet: 'A' }), null);
      expect((await store.listArticles()).map((a) => a.id)).toEqual(['3000000000000000', '1000000000000000', '2000000000000000']);
      expect((await store.listArticles({ outlet: 'a' })).map((a) => a.id)).toEqual(['3000000000000000', '1000000000000000']);
      expect((await store.listArticles({ since: '2026-03-02' })).map((a) => a.id)).toEqual(['3000000000000000']);
      expect((await store.listArticles({ until: '2026-03-05' })).map((a) => a.id)).toEqual(['3000000000000000', '1000000000000000']);
      expect((await store.listArticles({ limit: 1, offset: 1 })).map((a) => a.id)).toEqual(['1000000000000000']);
      await store.close();
    });

    it('searches title and text with prefixes, every word required, title matches first', async () => {
      const store = open();
      await store.putArticle(makeArticle({ id: '1000000000000000', title: 'Harbour strike ends', text: 'Dockers went back to work.' }), null);
      await store.putArticle(makeArticle({ id: '2000000000000000', title: 'Budget vote', text: 'The harbour budget passed; no strike.' }), null);
      await store.putArticle(makeArticle({ id: '3000000000000000', title: 'Storm', text: 'Rain fell on the harbour.' }), null);
      const hits = await store.searchArticles('harb strike');
      expect(hits.map((h) => h.id)).toEqual(['1000000000000000', '2000000000000000']);
      expect(hits[1]?.snippet).toContain('[harbour]');
      expect(await store.searchArticles('"NEAR(*')).toEqual([]); // FTS syntax in user text is inert
      await store.close();
    });

    describe('stories', () => {
      it('records an assignment and returns it whole, explanation and profile included', async () => {
        const store = open();
        await store.putArticle(makeArticle({ id: aid(1) }), null);
        const put: StoryAssignment = {
          ...assignment(aid(1), 's-000000000001'),
          profile: makeProfile(aid(1), { outlet: null, published: null, dateline: null, entities: [], quotes: [] }),
        };
        await store.putAssignments([put]);
        expect(await store.getAssignment(aid(1))).toEqual(put);
        expect(await store.getAssignment(aid(2))).toBeNull();
        await store.close();
      });

      it('refuses to assign an article it does not hold, and records none of the batch', async () => {
        const store = open();
        await store.putArticle(makeArticle({ id: aid(1) }), null);
        await expect(store.putAssignments([assignment(aid(1), 's-1'), assignment(aid(2), 's-1')]))
          .rejects.toThrow(/^store: cannot assign article 0+2 to s-1: no such article$/);
        expect(await store.getAssignment(aid(1))).toBeNull();
        expect(await store.countStories()).toBe(0);
        await store.close();
      });

      it('moves a re-assigned article to its new story; a story left empty vanishes', async () => {
        const store = open();
        await cluster(store, [1, 2, 3].map((n) => makeArticle({ id: aid(n) })),
          [[aid(1), 's-one'], [aid(2), 's-one'], [aid(3), 's-two']]);
        expect(await store.countStories()).toBe(2);

        await store.putAssignments([assignment(aid(3), 's-one')]);
        expect((await store.getAssignment(aid(3)))?.storyId).toBe('s-one');
        expect((await store.getStory('s-one'))?.articleIds).toEqual([aid(1), aid(2), aid(3)]);
        expect(await store.getStory('s-two')).toBeNull();
        expect(await storyIds(store)).toEqual(['s-one']);
        expect(await store.countStories()).toBe(1);

        await store.putAssignments([assignment(aid(1), 's-three')]);
        expect((await store.getStory('s-one'))?.articleCount).toBe(2);
        expect((await store.getStory('s-three'))?.articleIds).toEqual([aid(1)]);
        await store.close();
      });

      it('summarizes a story: no title before its dossier is stored, distinct outlets, date span, members by date with undated last', async () => {
        const store = open();
        await cluster(store, [
          makeArticle({ id: aid(1), title: 'Undated headline', outlet: null, published: null, publishedFrom: null }),
          makeArticle({ id: aid(2), title: 'Latest headline', outlet: 'Zeta Times', published: '2026-03-03' }),
          makeArticle({ id: aid(3), title: null, outlet: 'Alpha Post', published: '2026-03-01T09:00:00Z' }),
          makeArticle({ id: aid(5), title: 'Second on the day', outlet: 'Alpha Post', published: '2026-03-02' }),
          makeArticle({ id: aid(4), title: 'Earliest headline', outlet: 'Zeta Times', published: '2026-03-02' }),
        ], [1, 2, 3, 4, 5].map((n) => [aid(n), 's-story']));
        expect(await store.getStory('s-story')).toEqual({
          id: 's-story',
          title: null, // until a dossier is stored: a story's title is its cross-check's choice, never a member's headline by position
          titleFrom: null,
          claims: null,
          lead: 'The ferry left Port Elan at dawn.', // the first sentence of the earliest article, aid(3)
          articleCount: 5,
          outlets: ['Alpha Post', 'Zeta Times'],
          dateFrom: '2026-03-01',
          dateTo: '2026-03-03',
          articleIds: [aid(3), aid(4), aid(5), aid(2), aid(1)],
        });
        await store.close();
      });

      it('gives a story without titles or dates a null title, its first sentence as lead, and null dates', async () => {
        const store = open();
        await cluster(store, [makeArticle({ id: aid(1), title: null, outlet: null, published: null, publishedFrom: null })],
          [[aid(1), 's-bare']]);
        expect(await store.getStory('s-bare')).toEqual({
          id: 's-bare', title: null, titleFrom: null, claims: null, lead: 'The ferry left Port Elan at dawn.', articleCount: 1, outlets: [], dateFrom: null, dateTo: null, articleIds: [aid(1)],
        });
        await store.close();
      });

      it('lists stories most recently dated first, undated last, with outlet and date-overlap filters and paging', async () => {
        const store = open();
        await cluster(store, [
          makeArticle({ id: aid(1), outlet: 'Wire', published: '2026-03-01' }),
          makeArticle({ id: aid(2), outlet: 'Wire', published: '2026-03-05T18:00:00Z' }),
          makeArticle({ id: aid(3), outlet: 'Daily', published: '2026-03-07' }),
          makeArticle({ id: aid(4), outlet: 'Daily', published: null, publishedFrom: null }),
          makeArticle({ id: aid(5), outlet: 'Other', published: '2026-03-07' }),
        ], [[aid(1), 's-span'], [aid(2), 's-span'], [aid(3), 's-b-late'], [aid(4), 's-undated'], [aid(5), 's-a-late']]);
        expect(await storyIds(store)).toEqual(['s-a-late', 's-b-late', 's-span', 's-undated']);
        expect(await storyIds(store, { outlet: 'daily' })).toEqual(['s-b-late', 's-undated']);
        expect(await storyIds(store, { since: '2026-03-06' })).toEqual(['s-a-late', 's-b-late']);
        expect(await storyIds(store, { until: '2026-03-02' })).toEqual(['s-span']);
        // Overlap, not containment: a range inside the span, and one touching its last day, both match.
        expect(await storyIds(store, { since: '2026-03-02', until: '2026-03-03' })).toEqual(['s-span']);
        expect(await storyIds(store, { since: '2026-03-05', until: '2026-03-06' })).toEqual(['s-span']);
        expect(await storyIds(store, { outlet: 'Daily', since: '2026-03-01' })).toEqual(['s-b-late']);
        expect(await storyIds(store, { limit: 2, offset: 1 })).toEqual(['s-b-late', 's-span']);
        await store.close();
      });

      it('finds a story by a unique prefix of six or more characters after "s-"', async () => {
        const store = open();
        await cluster(store, [1, 2, 3].map((n) => makeArticle({ id: aid(n) })),
          [[aid(1), 's-abcdef000001'], [aid(2), 's-abcdef111111'], [aid(3), 's-123456789abc']]);
        expect((await store.getStory('s-abcdef1'))?.id).toBe('s-abcdef111111');
        expect((await store.getStory('s-123456'))?.id).toBe('s-123456789abc');
        expect(await store.getStory('s-abcdef')).toBeNull(); // ambiguous
        expect(await store.getStory('s-12345')).toBeNull(); // too short
        expect(await store.getStory('123456789abc')).toBeNull(); // no "s-"
        expect(await store.getStory('s-ffffff')).toBeNull();
        await store.close();
      });

      it('lists the articles in no story, in ingestion order', async () => {
        const store = open();
        await store.putArticle(makeArticle({ id: aid(1), ingestedAt: '2026-11-23T09:00:00.000Z' }), null);
        await store.putArticle(makeArticle({ id: aid(2), ingestedAt: '2026-11-23T08:00:00.000Z' }), null);
        await store.putArticle(makeArticle({ id: aid(4), ingestedAt: '2026-11-23T10:00:00.000Z' }), null);
        await store.putArticle(makeArticle({ id: aid(3), ingestedAt: '2026-11-23T10:00:00.000Z' }), null);
        await store.putAssignments([assignment(aid(2), 's-one')]);
        expect(await store.listUnclusteredIds()).toEqual([aid(1), aid(4), aid(3)]);
        await store.close();
      });

      it('lists the clustered articles in assignment order, a re-assigned one last, with text and dates', async () => {
        const store = open();
        const first = makeArticle({ id: aid(1), text: 'First text.', published: null, publishedFrom: null });
        const second = makeArticle({ id: aid(2), text: 'Second text.', ingestedAt: '2026-11-24T08:00:00.000Z' });
        await cluster(store, [first, second], [[aid(2), 's-one']]);
        await store.putAssignments([assignment(aid(1), 's-one')]);
        await store.putAssignments([assignment(aid(2), 's-two')]);
        expect(await store.listClusteredArticles()).toEqual([
          { articleId: aid(1), storyId: 's-one', profile: makeProfile(aid(1)), text: 'First text.', published: null, ingestedAt: first.ingestedAt },
          { articleId: aid(2), storyId: 's-two', profile: makeProfile(aid(2)), text: 'Second text.', published: '2026-03-02', ingestedAt: second.ingestedAt },
        ]);
        await store.close();
      });

      it('clears assignments, related links, duplicate links and stored dossiers, but keeps corrections', async () => {
        const store = open();
        await cluster(store, [1, 2].map((n) => makeArticle({ id: aid(n) })), [[aid(1), 's-one'], [aid(2), 's-two']]);
        await store.putRelated(['s-one'], [{ storyId: 's-one', relatedId: 's-two', score: 0.4, why: 'same people' }]);
        await store.putDuplicates([{ articleId: aid(2), canonicalId: aid(1), similarity: 0.9, reason: 'earliest published' }]);
        const correction: StoryCorrection = { kind: 'split', storyId: 's-one', articleIds: [aid(1)], at: '2026-11-23T12:00:00.000Z' };
        await store.addCorrection(correction);
        await store.putStoryDossier(storedDossier('s-one', [aid(1)], []), await store.storiesVersion());

        await store.clearStories();
        expect(await store.getStoryDossier('s-one')).toBeNull();
        expect(await store.countStories()).toBe(0);
        expect(await store.listStories()).toEqual([]);
        expect(await store.getAssignment(aid(1))).toBeNull();
        expect(await store.listUnclusteredIds()).toEqual([aid(1), aid(2)]);
        expect(await store.getRelated('s-one')).toEqual([]);
        expect(await store.getDuplicates(aid(1))).toEqual([]);
        expect(await store.listCorrections()).toEqual([correction]);
        await store.close();
      });

      it('replaces the related links of the given stories only, and drops links from and to a story that vanishes', async () => {
        const store = open();
        await cluster(store, [1, 2, 3].map((n) => makeArticle({ id: aid(n) })),
          [[aid(1), 's-one'], [aid(2), 's-two'], [aid(3), 's-three']]);
        await store.putRelated(['s-one'], [
          { storyId: 's-one', relatedId: 's-two', score: 0.4, why: 'same people' },
          { storyId: 's-one', relatedId: 's-three', score: 0.6, why: 'same place' },
        ]);
        await store.putRelated(['s-two'], [{ storyId: 's-two', relatedId: 's-one', score: 0.4, why: 'same people' }]);
        expect((await store.getRelated('s-one')).map((r) => [r.relatedId, r.score])).toEqual([['s-three', 0.6], ['s-two', 0.4]]);

        await store.putRelated(['s-one'], [{ storyId: 's-one', relatedId: 's-two', score: 0.5, why: 'same quotes' }]);
        expect(await store.getRelated('s-one')).toEqual([{ storyId: 's-one', relatedId: 's-two', score: 0.5, why: 'same quotes' }]);
        expect(await store.getRelated('s-two')).toEqual([{ storyId: 's-two', relatedId: 's-one', score: 0.4, why: 'same people' }]);

        await store.putAssignments([assignment(aid(2), 's-three')]); // s-two is left empty
        expect(await store.getRelated('s-one')).toEqual([]);
        expect(await store.getRelated('s-two')).toEqual([]);
        await store.close();
      });

      it('keeps near-duplicate links, found from the copy and from the canonical one', async () => {
        const store = open();
        for (const n of [1, 2, 3]) await store.putArticle(makeArticle({ id: aid(n) }), null);
        const copy2 = { articleId: aid(2), canonicalId: aid(1), similarity: 0.85, reason: 'earliest published' };
        const copy3 = { articleId: aid(3), canonicalId: aid(1), similarity: 0.95, reason: 'earliest published' };
        await store.putDuplicates([copy2, copy3]);
        expect(await store.getDuplicates(aid(1))).toEqual([copy3, copy2]);
        expect(await store.getDuplicates(aid(2))).toEqual([copy2]);

        const moved = { ...copy2, canonicalId: aid(3), similarity: 0.9, reason: 'longest text' };
        await store.putDuplicates([moved]);
        expect(await store.getDuplicates(aid(2))).toEqual([moved]);
        expect(await store.getDuplicates(aid(1))).toEqual([copy3]);
        expect(await store.getDuplicates(aid(9))).toEqual([]);
        await store.close();
      });

      it('stores a story’s dossier whole, and lists the story under its title with its claim counts', async () => {
        const store = open();
        await cluster(store, [1, 2].map((n) => makeArticle({ id: aid(n) })), [[aid(1), 's-one'], [aid(2), 's-one']]);
        const built = storedDossier('s-one', [aid(1), aid(2)], ['corroborated', 'corroborated', 'conflicting', 'single-source'], {
          inferred: [], title: 'Ferry leaves at dawn', titleFrom: aid(2),
        });
        expect(await store.getStoryDossier('s-one')).toBeNull();
        expect(await store.getStoryDossierFingerprint('s-one')).toBeNull();
        expect(await store.putStoryDossier(built, await store.storiesVersion())).toBe(true);
        expect(await store.getStoryDossier('s-one')).toEqual(built);
        expect(await store.getStoryDossierFingerprint('s-one')).toBe('fp-s-one');
        expect(await store.getStory('s-one')).toMatchObject({
          title: 'Ferry leaves at dawn', titleFrom: aid(2), claims: { corroborated: 2, conflicting: 1, compatible: 0, changed: 0, 'single-source': 1 },
        });
        expect((await store.listStories())[0]).toMatchObject({ title: 'Ferry leaves at dawn' });
        // A rebuild replaces it.
        expect(await store.putStoryDossier({ ...built, fingerprint: 'fp-2', title: 'Ferry back at dawn' }, await store.storiesVersion())).toBe(true);
        expect((await store.getStory('s-one'))?.title).toBe('Ferry back at dawn');
        await store.close();
      });

      it('refuses a dossier built before the stories changed, or for a story that is gone', async () => {
        const store = open();
        await cluster(store, [1, 2].map((n) => makeArticle({ id: aid(n) })), [[aid(1), 's-one'], [aid(2), 's-two']]);
        const version = await store.storiesVersion();
        await store.putAssignments([assignment(aid(2), 's-one')]); // s-two vanishes, s-one grows
        expect(await store.putStoryDossier(storedDossier('s-one', [aid(1)], []), version)).toBe(false);
        expect(await store.getStoryDossier('s-one')).toBeNull();
        expect(await store.putStoryDossier(storedDossier('s-two', [aid(2)], []), await store.storiesVersion())).toBe(false);
        expect(await store.putStoryDossier(storedDossier('s-one', [aid(1), aid(2)], []), await store.storiesVersion())).toBe(true);
        await store.close();
      });

      it('drops a story’s dossier when the story vanishes; a full re-clustering keeps the dossiers of the stories that come back', async () => {
        const store = open();
        await cluster(store, [1, 2, 3].map((n) => makeArticle({ id: aid(n) })), [[aid(1), 's-one'], [aid(2), 's-two'], [aid(3), 's-three']]);
        for (const [id, n] of [['s-one', 1], ['s-two', 2], ['s-three', 3]] as const) {
          await store.putStoryDossier(storedDossier(id, [aid(n)], []), await store.storiesVersion());
        }
        await store.putAssignments([assignment(aid(2), 's-one')]);
        expect(await store.getStoryDossier('s-two')).toBeNull();
        expect(await store.getStoryDossier('s-one')).not.toBeNull(); // stale now: its fingerprint tells the service
        await store.withClusteringLock((lock) => store.applyStoriesChange({
          clear: true, assignments: [assignment(aid(1), 's-one'), assignment(aid(2), 's-new'), assignment(aid(3), 's-new')], duplicates: [],
        }, lock));
        expect(await store.getStoryDossier('s-one')).not.toBeNull();
        expect(await store.getStoryDossier('s-three')).toBeNull();
        expect(await store.getStoryDossier('s-new')).toBeNull();
        await store.close();
      });

      it('filters stories by a claim status of their stored dossier before paging, and counts what the filters match', async () => {
        const store = open();
        await cluster(store, [
          makeArticle({ id: aid(1), outlet: 'Wire', published: '2026-03-01' }),
          makeArticle({ id: aid(2), outlet: 'Wire', published: '2026-03-05' }),
          makeArticle({ id: aid(3), outlet: 'Daily', published: '2026-03-07' }),
          makeArticle({ id: aid(4), outlet: 'Daily', published: '2026-03-09' }),
          makeArticle({ id: aid(5), outlet: 'Other', published: '2026-03-11' }),
        ], [[aid(1), 's-1'], [aid(2), 's-2'], [aid(3), 's-3'], [aid(4), 's-4'], [aid(5), 's-5']]);
        const statuses: Record<string, ClaimStatus[]> = { 's-1': ['conflicting'], 's-2': ['corroborated'], 's-3': ['conflicting', 'changed'], 's-5': ['conflicting'] };
        for (const [id, list] of Object.entries(statuses)) {
          await store.putStoryDossier(storedDossier(id, [aid(Number(id.slice(2)))], list), await store.storiesVersion());
        }
        // s-4 has no stored dossier yet: no status of it is known, so no status filter matches it.
        expect(await storyIds(store, { status: 'conflicting' })).toEqual(['s-5', 's-3', 's-1']);
        expect(await store.countStories({ status: 'conflicting' })).toBe(3);
        // The first page of a filtered list is full, and the count is the filtered count, not the page's nor the store's.
        expect(await storyIds(store, { status: 'conflicting', limit: 2 })).toEqual(['s-5', 's-3']);
        expect(await storyIds(store, { status: 'conflicting', limit: 2, offset: 2 })).toEqual(['s-1']);
        expect(await storyIds(store, { status: 'conflicting', outlet: 'Wire' })).toEqual(['s-1']);
        expect(await store.countStories({ status: 'conflicting', outlet: 'Wire' })).toBe(1);
        expect(await storyIds(store, { status: 'changed', since: '2026-03-06' })).toEqual(['s-3']);
        expect(await store.countStories({ outlet: 'daily' })).toBe(2);
        expect(await store.countStories({ since: '2026-03-04', until: '2026-03-08' })).toBe(2);
        expect(await store.countStories({ outlet: 'Daily', limit: 1, offset: 5 })).toBe(2);
        expect(await store.countStories()).toBe(5);
        await store.close();
      });

      it('lists corrections in the order they were added', async () => {
        const store = open();
        const merge: StoryCorrection = { kind: 'merge', storyIds: ['s-one', 's-two'], articleIds: [aid(1), aid(2)], at: '2026-11-23T12:00:00.000Z' };
        const split: StoryCorrection = { kind: 'split', storyId: 's-one', articleIds: [aid(1)], at: '2026-11-23T11:00:00.000Z' };
        await store.addCorrection(merge);
        await store.addCorrection(split);
        expect(await store.listCorrections()).toEqual([merge, split]);
        await store.close();
      });
    });

    describe('clustering steps', () => {
      it('writes a step whole — assignments, near-copy and related links, a correction — and changes the stories version', async () => {
        const store = open();
        for (const n of [1, 2, 3]) await store.putArticle(makeArticle({ id: aid(n) }), null);
        const before = await store.storiesVersion();
        const correction: StoryCorrection = { kind: 'merge', storyIds: ['s-one', 's-two'], articleIds: [aid(1), aid(3)], at: '2026-11-23T12:00:00.000Z' };
        const version = await store.withClusteringLock((lock) => store.applyStoriesChange({
          assignments: [assignment(aid(1), 's-one'), assignment(aid(2), 's-one'), assignment(aid(3), 's-two')],
          duplicates: [{ articleId: aid(2), canonicalId: aid(1), similarity: 0.9, reason: 'earliest published' }],
          related: { storyIds: ['s-one'], links: [{ storyId: 's-one', relatedId: 's-two', score: 0.2, why: 'same topic' }] },
          correction,
        }, lock));
        expect(version).not.toBe(before);
        expect(await store.storiesVersion()).toBe(version);
        expect((await store.getStory('s-one'))?.articleIds).toEqual([aid(1), aid(2)]);
        expect(await store.getDuplicates(aid(2))).toHaveLength(1);
        expect(await store.getRelated('s-one')).toHaveLength(1);
        expect(await store.listCorrections()).toEqual([correction]);
        await store.close();
      });

      it('writes nothing of a step that fails half-way', async () => {
        const store = open();
        await store.putArticle(makeArticle({ id: aid(1) }), null);
        const before = await store.storiesVersion();
        await expect(store.withClusteringLock((lock) => store.applyStoriesChange({
          assignments: [assignment(aid(1), 's-one'), assignment(aid(2), 's-one')],
          duplicates: [{ articleId: aid(1), canonicalId: aid(1), similarity: 1, reason: 'itself' }],
          related: { storyIds: ['s-one'], links: [{ storyId: 's-one', relatedId: 's-two', score: 0.2, why: 'same topic' }] },
        }, lock))).rejects.toThrow(/no such article/);
        expect(await store.listUnclusteredIds()).toEqual([aid(1)]);
        expect(await store.countStories()).toBe(0);
        expect(await store.getDuplicates(aid(1))).toEqual([]);
        expect(await store.getRelated('s-one')).toEqual([]);
        expect(await store.storiesVersion()).toBe(before);
        await store.close();
      });

      it('re-clusters in one step: `clear` forgets the old stories in the same transaction', async () => {
        const store = open();
        await cluster(store, [1, 2].map((n) => makeArticle({ id: aid(n) })), [[aid(1), 's-one'], [aid(2), 's-two']]);
        await store.withClusteringLock((lock) => store.applyStoriesChange({
          clear: true, assignments: [assignment(aid(1), 's-new'), assignment(aid(2), 's-new')], duplicates: [],
        }, lock));
        expect(await storyIds(store)).toEqual(['s-new']);
        await store.close();
      });

      it('lets one caller at a time hold the clustering lock; the next waits, told who holds it, then gets it', async () => {
        const store = open();
        const order: string[] = [];
        const waits: string[] = [];
        let release!: () => void;
        const first = store.withClusteringLock(async () => {
          order.push('first in');
          await new Promise<void>((resolve) => (release = resolve));
          order.push('first out');
        });
        await new Promise((resolve) => setTimeout(resolve, 20));
        const second = store.withClusteringLock(async () => { order.push('second in'); }, { onWait: (holder) => waits.push(holder) });
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(order).toEqual(['first in']);
        expect(waits).toEqual([expect.stringMatching(/^process \d+ since \d{4}-\d\d-\d\dT/)]);
        release();
        await Promise.all([first, second]);
        expect(order).toEqual(['first in', 'first out', 'second in']);
        await store.close();
      });

      it('releases the clustering lock when the work under it fails', async () => {
        const store = open();
        await expect(store.withClusteringLock(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
        let waited = false;
        await store.withClusteringLock(async () => undefined, { onWait: () => (waited = true) });
        expect(waited).toBe(false);
        await store.close();
      });
    });
  });
}
