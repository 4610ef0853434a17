// Builds the dossier JSON (contract v1) for a set of stored articles. Until the stories stage exists,
// each article is its own story, titled with the article's own words, with that article's entities
// and quotes; nothing is invented, and the parts no stage computes yet stay empty and are named in
// `analysis.notYetComputed`.
import type { ArticleAnnotations } from '../core/annotations.js';
import type { Dossier, DossierArticle, DossierStory } from '../core/dossier.js';
import type { Article } from '../core/types.js';

export const STAGES_RUN = ['ingest', 'clean', 'metadata', 'sentences', 'entities', 'times', 'quotes', 'claims'];
export const NOT_YET_COMPUTED = [
  'stories: grouping of several articles, related stories',
  'stories[].timeline, claims (cross-checked statuses) and summary',
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
    annotations: toContractAnnotations(article.annotations),
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

/** The contract's per-article annotations: entity mentions, times and quotes, plus extensions. */
export function toContractAnnotations(a: ArticleAnnotations): DossierArticle['annotations'] {
  return {
    times: a.times.map((t) => ({ start: t.start, end: t.end, text: t.text, value: t.value, type: t.type, precision: t.precision, mod: t.mod })),
    entities: a.entities
      .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, name: e.name, type: e.type, entityId: e.id, kind: m.kind })))
      .sort((x, y) => x.start - y.start),
    quotes: a.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.speaker, kind: q.kind })),
    referenceDate: a.referenceDate,
    entityIndex: a.entities.map(({ mentions: _mentions, ...entry }) => entry),
    claims: a.claims,
  };
}

/** The sentence of `article` that contains offset `at` (evidence must quote a whole sentence). */
function sentenceAt(article: Article, at: number): string | null {
  return article.sentences.find((s) => s.start <= at && at < s.end)?.text ?? null;
}

function singleArticleStory(article: Article): DossierStory {
  return {
    id: singleStoryId(article.id),
    title: storyTitle(article),
    articleIds: [article.id],
    related: [],
    entities: article.annotations.entities.map((e) => ({
      name: e.name,
      type: e.type,
      roles: e.roles,
      aliases: e.aliases,
      articleIds: [article.id],
    })),
    quotes: article.annotations.quotes.flatMap((q) => {
      const sentence = sentenceAt(article, q.start);
      // Scare quotes and names in quotation marks (“Board of Peace”) are not statements anyone made.
      return sentence && (q.kind === 'direct' || q.speaker !== null) ? [{ speaker: q.speaker, text: q.text, evidence: [{ articleId: article.id, sentence }] }] : [];
    }),
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
