// The analyze use case: ingest some inputs, give the new articles their stories (and those stories their
// stored dossiers), then the dossier of exactly the articles the inputs yielded (newly stored or already
// known), whatever else the store holds. When the inputs hold whole stories (and their related stories),
// the report is assembled from the stories' stored dossiers — the title and ledgers every front door
// shows, and no second cross-check; a report of part of a story is that part's own cross-check.
import type { Dossier, DossierArticle, DossierStory } from '../core/dossier.js';
import type { IngestReport } from '../core/types.js';
import type { Store, StorySummary } from '../store/index.js';
import { dossierForArticles } from './articles-dossier.js';
import { STAGES_RUN, byPublication } from './build-dossier.js';
import { ingestPaths, type IngestOptions } from './ingest-batch.js';
import { dossierArticles, refreshStoryDossiers } from './story-dossiers.js';
import { StoryService } from './story-service.js';
import type { ClusterReport } from './stories.js';

export { dossierForArticles } from './articles-dossier.js';

/** The stories the articles make up when they hold each whole, with every related story whole too; else null. */
async function wholeStories(store: Store, ids: ReadonlySet<string>): Promise<StorySummary[] | null> {
  const stories = new Map<string, StorySummary>();
  const whole = (s: StorySummary): boolean => s.articleIds.every((id) => ids.has(id));
  for (const id of ids) {
    const storyId = (await store.getAssignment(id))?.storyId;
    if (!storyId) return null;
    if (stories.has(storyId)) continue;
    const story = await store.getStory(storyId);
    if (!story || !whole(story)) return null;
    for (const r of await store.getRelated(storyId)) {
      const other = await store.getStory(r.relatedId);
      if (other && !whole(other)) return null;
    }
    stories.set(storyId, story);
  }
  return [...stories.values()];
}

/**
 * The dossier of the given stored articles: from their stories' stored dossiers when they hold whole
 * stories (built first where missing or stale), else cross-checked now. Either way the same dossier:
 * stories in the order of their first article as stored, articles in publication order (inferred dates count).
 */
export async function reportDossier(store: Store, ids: readonly string[]): Promise<Dossier> {
  const stories = await wholeStories(store, new Set(ids));
  if (!stories) return dossierForArticles(store, ids);
  // Built where missing or stale (several stories per build); a store that cannot keep them hands back the builds.
  const built = await refreshStoryDossiers(store, stories);
  const parts: { story: DossierStory; articles: DossierArticle[]; first: Pick<DossierArticle, 'published' | 'id'> }[] = [];
  for (const s of stories) {
    const d = built.get(s.id) ?? (await store.getStoryDossier(s.id));
    if (!d) return dossierForArticles(store, ids);
    const articles = await dossierArticles(store, d);
    // As stored: an inferred date does not move its story (buildDossier orders stories before dating them).
    const asStored = articles.map((a) => ({ id: a.id, published: a.publishedInference ? null : a.published }));
    parts.push({ story: d.story, articles, first: asStored.sort(byPublication)[0]! });
  }
  parts.sort((a, b) => byPublication(a.first, b.first));
  return {
    version: 1,
    generatedAt: new Date().toISOString(),
    articles: parts.flatMap((p) => p.articles).sort(byPublication),
    stories: parts.map((p) => p.story),
    analysis: { stages: STAGES_RUN, notYetComputed: [] },
  };
}

export async function analyzePaths(
  store: Store,
  paths: readonly string[],
  options: IngestOptions,
): Promise<{ report: IngestReport; stories: ClusterReport; dossier: Dossier }> {
  const report = await ingestPaths(store, paths, options);
  const stories = await new StoryService(store).placeNewArticles();
  const ids = report.outcomes.flatMap((o) => (o.status === 'failed' ? [] : [o.articleId]));
  return { report, stories, dossier: await reportDossier(store, ids) };
}
