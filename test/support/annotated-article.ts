// Builds a small Article from plain text with real sentences and annotations (resolved against
// `published`; null leaves relative values unresolved, XXXX…), for specs of the stages that read them.
import type { CrossCheckArticle } from '../../src/core/crosscheck.js';
import type { Article, Sentence } from '../../src/core/types.js';
import { annotationsFor } from '../../src/services/article-annotations.js';
import { splitSentences } from '../../src/understand/index.js';
import { makeArticle } from './make-article.js';

export function annotatedArticle(id: string, text: string, published: string | null, outlet: string | null = 'Coastline Daily'): Article {
  const { annotations: _unused, ...rest } = makeArticle({
    id,
    text,
    sentences: splitSentences(text),
    headings: [],
    published,
    publishedFrom: published ? 'text' : null,
    outlet,
    dateline: null,
  });
  return { ...rest, annotations: annotationsFor(rest, published) };
}

/** A story member as the cross-check sees it: its outlet is its source unless it copies another article. */
export function member(article: Article, copyOf: Article | null = null): CrossCheckArticle {
  return { article, source: copyOf?.outlet ?? article.outlet ?? article.id, copyOf: copyOf?.id ?? null, dateInferred: false };
}

/** A text made of the given sentences joined by spaces, with each sentence's offsets (no splitter involved). */
export function joinSentences(sentences: readonly string[]): { text: string; spans: Sentence[] } {
  const text = sentences.join(' ');
  let at = 0;
  const spans = sentences.map((s) => {
    const start = text.indexOf(s, at);
    at = start + s.length;
    return { text: s, start, end: at };
  });
  return { text, spans };
}
