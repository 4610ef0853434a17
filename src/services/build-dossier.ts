// Builds the dossier JSON (contract v1) for a set of stored articles. Until the stories stage exists,
// each article is its own story, titled with the article's own words; nothing is invented, and the
// parts no stage computes yet stay empty and are named in `analysis.notYetComputed`.
import type { Dossier, DossierArticle, DossierStory } from '../core/dossier.js';
import type { Article } from '../core/types.js';

export const STAGES_RUN = ['ingest', 'clean', 'metadata', 'sentences'];
export const NOT_YET_COMPUTED = [
  'articles[].annotations (entities, times, quotes)',
  'stories: grouping of several articles, related stories',
  'stories[].entities, quotes, timeline, claims, summary',
];

export interface DossierInput {
  article: Article;
  /** Every input the article was read from. */
  sources: string[];
}

/** The story id of a single-article story: stable, derived from the article id. */
export function singleStoryId(articleId: string): string {
  return `s-${articleId}`;
}

/** The story title: the article's headline, else its first sentence (its own words either way). */
function storyTitle(article: Article): string {
  return article.title ?? article.sentences[0]?.text ?? article.id;
}

function toDossierArticle({ article, sources }: DossierInput): DossierArticle {
  return {
    id: article.id,
    file: article.file,
    sourceId: article.sourceId,
    url: article.url,
    title: article.title,
    outlet: article.outlet,
    outletFrom: article.outletFrom,
    published: article.published,
    publishedFrom: article.publishedFrom,
    dateline: article.dateline,
    language: article.language,
    text: article.text,
    removed: article.removed,
    sentences: article.sentences.map((s) => s.text),
    annotations: { times: [], entities: [], quotes: [] },
    storyId: singleStoryId(article.id),
    titleFrom: article.titleFrom,
    languageFrom: article.languageFrom,
    format: article.format,
    author: article.author,
    wire: article.wire,
    headings: article.headings,
    sources,
  };
}

function singleArticleStory(article: Article): DossierStory {
  return {
    id: singleStoryId(article.id),
    title: storyTitle(article),
    articleIds: [article.id],
    related: [],
    entities: [],
    quotes: [],
    timeline: [],
    claims: [],
    summary: [],
  };
}

/** Articles in publication order (undated last), each with its story. */
export function buildDossier(inputs: readonly DossierInput[], generatedAt = new Date().toISOString()): Dossier {
  const sorted = [...inputs].sort((a, b) => {
    const pa = a.article.published ?? '\uffff';
    const pb = b.article.published ?? '\uffff';
    return pa < pb ? -1 : pa > pb ? 1 : a.article.id < b.article.id ? -1 : 1;
  });
  return {
    version: 1,
    generatedAt,
    articles: sorted.map(toDossierArticle),
    stories: sorted.map((i) => singleArticleStory(i.article)),
    analysis: { stages: STAGES_RUN, notYetComputed: NOT_YET_COMPUTED },
  };
}
