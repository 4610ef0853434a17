// Clusters a batch of profiles from scratch, in the order given (benchmarks; the store-backed path is
// src/services/stories.ts). Returns article id → story id.
import type { ArticleProfile } from '../core/stories.js';
import { StoryClusterer } from './clusterer.js';
import type { SimilarityWeights } from './similarity.js';

export function clusterProfiles(
  items: readonly { profile: ArticleProfile; text?: string; published?: string | null }[],
  weights?: SimilarityWeights,
  options: { refinePasses?: number } = {},
): Map<string, string> {
  const clusterer = new StoryClusterer(weights);
  for (const item of items) clusterer.assign({ profile: item.profile, text: item.text ?? '', published: item.published ?? item.profile.published });
  for (let pass = 0; pass < (options.refinePasses ?? 0); pass++) {
    if (clusterer.refine(items.map((i) => i.profile.articleId)) === 0) break;
  }
  const out = new Map<string, string>();
  for (const { profile } of items) out.set(profile.articleId, clusterer.index.storyOfArticle(profile.articleId)!);
  return out;
}
