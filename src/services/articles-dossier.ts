// The dossier of some stored articles, cross-checked now: each grouped into its story (with its related
// stories and near-copy links from the store), whatever else the store holds. A story's stored dossier is
// built with it (story-dossiers.ts), and so is a report of part of a story's articles (analyze.ts).
import type { Dossier } from '../core/dossier.js';
import type { RelatedStory } from '../core/stories.js';
import type { DuplicateLink, Store } from '../store/index.js';
import { withCurrentAnnotations } from './article-annotations.js';
import { buildDossier, type DossierInput } from './build-dossier.js';

/**
 * The dossier of the given stored articles, grouped into their stories. Unknown ids are skipped. With
 * `only`, just those stories are cross-checked and printed; the others' articles are their background.
 */
export async function dossierForArticles(store: Store, ids: readonly string[], only?: ReadonlySet<string>): Promise<Dossier> {
  const inputs: DossierInput[] = [];
  const storyOf = new Map<string, string>();
  const related = new Map<string, RelatedStory[]>();
  const duplicates = new Map<string, DuplicateLink>();
  const failed = new Map<string, unknown>();
  for (const id of new Set(ids)) {
    const article = await store.getArticle(id);
    if (!article) continue;
    let current = article;
    try {
      current = withCurrentAnnotations(article);
    } catch (err) {
      // Stored annotations of an older version could not be renewed: the article's story says so.
      failed.set(id, err);
    }
    inputs.push({ article: current, sources: await store.getSources(id) });
    const assignment = await store.getAssignment(id);
    if (assignment) {
      storyOf.set(id, assignment.storyId);
      if (!related.has(assignment.storyId)) related.set(assignment.storyId, await store.getRelated(assignment.storyId));
    }
    const copy = (await store.getDuplicates(id)).find((d) => d.articleId === id);
    if (copy) duplicates.set(id, copy);
  }
  return buildDossier(inputs, undefined, { storyOf, related, duplicates }, { only, failed });
}
