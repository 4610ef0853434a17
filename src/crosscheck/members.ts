// Turns a story's stored articles into the cross-check's view of them: each with the independent source
// it counts as (near-copies and wire copy count as their original) and whether its date was inferred.
import type { CrossCheckArticle } from '../core/crosscheck.js';
import type { Article } from '../core/types.js';
import { independentSource } from './evidence.js';

/** A near-copy link: the copy's id → the canonical article's id. */
export type CopyLinks = ReadonlyMap<string, string>;

export function storyMembers(articles: readonly Article[], copies: CopyLinks, inferred: ReadonlySet<string> = new Set()): CrossCheckArticle[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return articles.map((article) => {
    const copyOf = copies.get(article.id) ?? null;
    return {
      article,
      source: independentSource(article, copyOf ? byId.get(copyOf) ?? null : null),
      copyOf,
      dateInferred: inferred.has(article.id),
    };
  });
}
