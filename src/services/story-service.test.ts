// The story service as a specification: every change to the stories (ingest, merge, split, recluster)
// leaves the stories it touched with a current stored dossier — title and claim counts for lists — and
// rebuilds no other; a stored dossier whose story changed behind its back is rebuilt when asked for; and
// analyze's report assembled from the stored dossiers is the very dossier a fresh cross-check gives.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_CORPUS } from '../../test/support/sample-stories.js';
import { openStore, type Store } from '../store/index.js';
import { dossierForArticles, reportDossier } from './analyze.js';
import { ingestPaths } from './ingest-batch.js';
import { StoryService } from './story-service.js';
import { clusterNewArticles } from './stories.js';

const FERRY = 's-0e828562dad0';
const STORM = 's-d190e6512b18';
const TALKS = 's-01d42123b469';

/** When each story's stored dossier was built (a rebuild changes it), or null when none is stored. */
async function builtAt(store: Store): Promise<Record<string, string | null>> {
  const out: Record<string, string | null> = {};
  for (const s of await store.listStories()) out[s.id] = (await store.getStoryDossier(s.id))?.builtAt ?? null;
  return out;
}

/** The id of the story holding the sample article with this headline (story ids depend on the order articles came in). */
async function storyOf(store: Store, headline: string): Promise<string> {
  const [article] = (await store.listArticles({ limit: 100 })).filter((a) => a.title === headline);
  return (await store.getAssignment(article!.id))!.storyId;
}

async function ingest(store: Store, ...paths: string[]): Promise<string[]> {
  const report = await ingestPaths(store, paths.map((p) => join(SAMPLE_CORPUS, p)), { maxBytes: 1 << 24 });
  return report.outcomes.flatMap((o) => (o.status === 'failed' ? [] : [o.articleId]));
}

describe('StoryService', () => {
  it('stores a dossier, title and claim counts for every story an ingest placed articles in', async () => {
    const store = openStore(':memory:');
    const stories = new StoryService(store);
    await ingest(store, '.');
    await stories.placeNewArticles();
    const listed = await store.listStories();
    expect(listed.map((s) => [s.id, s.title, s.claims?.conflicting])).toEqual([
      [FERRY, 'Karsland and Velsand sign €340 million deal to revive Port Elan ferry', 3],
      [STORM, 'Storm Ottilie kills two, cuts power to 18,000 homes in northern Velsand', 0],
      [TALKS, 'Karsland, Velsand to open talks on reviving Brekka ferry', 0],
    ]);
    await store.close();
  });

  it('rebuilds the dossiers of the stories an ingest touched and of the stories related to them, and no other', async () => {
    const store = openStore(':memory:');
    const stories = new StoryService(store);
    await ingest(store, 'json', 'feeds');
    await stories.placeNewArticles();
    const before = await builtAt(store);
    expect(Object.values(before).every((t) => t !== null)).toBe(true);
    // The storm article joins the storm story only; the two ferry stories are related to each other, not to it.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await ingest(store, 'text/2026-02-17-storm-ottilie.txt');
    await stories.placeNewArticles();
    const storm = await storyOf(store, 'Storm Ottilie kills two, cuts power to 18,000 homes in northern Velsand');
    const after = await builtAt(store);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(after[storm]).not.toBe(before[storm]);
    for (const id of Object.keys(before).filter((id) => id !== storm)) expect(after[id], id).toBe(before[id]);
    await store.close();
  });

  it('rebuilds a stored dossier whose story changed behind its back (another process clustering without the service) when it is asked for', async () => {
    const store = openStore(':memory:');
    const stories = new StoryService(store);
    await ingest(store, 'json');
    await stories.placeNewArticles();
    const storm = await storyOf(store, 'Storm Ottilie kills two, cuts power to 18,000 homes in northern Velsand');
    const stale = await store.getStoryDossier(storm);
    await ingest(store, 'html/valeport-post-storm-ottilie.html');
    await clusterNewArticles(store);
    expect(await storyOf(store, 'Valeport counts the cost of Storm Ottilie')).toBe(storm);
    expect((await store.getStoryDossier(storm))?.story.articleIds).toEqual(stale?.story.articleIds);
    const view = await stories.story(storm);
    expect(view?.story.articleIds).toHaveLength(stale!.story.articleIds.length + 1);
    expect((await store.getStoryDossier(storm))?.story.articleIds).toEqual(view?.story.articleIds);
    await store.close();
  });

  it('keeps the touched stories’ dossiers current through a split, a merge and a re-clustering that brings the stories back', async () => {
    const store = openStore(':memory:');
    const stories = new StoryService(store);
    await ingest(store, '.');
    await stories.placeNewArticles();
    const storm = (await store.getStory(STORM))!;
    const { kept, split } = await stories.split(STORM, [storm.articleIds[3]!]);
    expect([kept.articleCount, split.articleCount]).toEqual([3, 1]);
    for (const s of [kept, split]) expect((await store.getStoryDossier(s.id))?.story.articleIds.sort()).toEqual(s.articleIds.sort());
    expect(split.title).toBe((await store.getStoryDossier(split.id))?.title);
    const merged = await stories.merge(kept.id, split.id);
    expect((await store.getStoryDossier(merged.id))?.story.articleIds).toHaveLength(4);
    // Re-clustering in publication order renames the storm story after its earliest report, and rewords related links.
    expect((await stories.recluster()).stories).toBe(3);
    const before = await builtAt(store);
    for (const s of await store.listStories()) expect((await store.getStoryDossier(s.id))?.story.articleIds.sort(), s.id).toEqual(s.articleIds.sort());
    // Again: the same stories come back with the same articles and links, so their stored dossiers are still current.
    expect((await stories.recluster()).stories).toBe(3);
    expect(await builtAt(store)).toEqual(before);
    await store.close();
  });

  it('assembles analyze’s report from the stored dossiers, equal to cross-checking the same articles now', async () => {
    const store = openStore(':memory:');
    const ids = await ingest(store, '.');
    await new StoryService(store).placeNewArticles();
    const stored = await reportDossier(store, ids);
    const fresh = await dossierForArticles(store, ids);
    expect({ ...stored, generatedAt: null }).toEqual({ ...fresh, generatedAt: null });
    // Part of a story is that part's own cross-check: two of the storm story's four articles.
    const storm = (await store.getStory(STORM))!.articleIds.slice(0, 2);
    expect((await reportDossier(store, storm)).stories.map((s) => s.articleIds)).toEqual([storm]);
    await store.close();
  });
});
