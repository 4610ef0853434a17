// Gives an article its annotations: computed at ingest from the clean text and publication date,
// and recomputed when a stored article was annotated by an older version of the annotators.
import type { Article } from '../core/types.js';
import { ANNOTATIONS_VERSION, annotateArticle, referenceDateOf, type VersionedAnnotations } from '../understand/index.js';

/** Annotates an article (everything but its annotations) against its own publication date, by the rules its language gets. */
export function annotationsFor(article: Omit<Article, 'annotations'>, reference = referenceDateOf(article.published)): VersionedAnnotations {
  return annotateArticle({
    text: article.text,
    sentences: article.sentences,
    headings: article.headings,
    reference,
    dateline: article.dateline,
    language: article.language,
  });
}

/** The article with current annotations: stored ones when their version is current, else fresh. */
export function withCurrentAnnotations(article: Article): Article {
  const stored = article.annotations as VersionedAnnotations | undefined;
  if (stored && stored.version === ANNOTATIONS_VERSION) return article;
  return { ...article, annotations: annotationsFor(article) };
}
