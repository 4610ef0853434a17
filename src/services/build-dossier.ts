// Builds the dossier JSON (contract v1) for a set of stored articles grouped into their stories (from
// the stories stage; without a grouping each article is its own story). A story is titled with its
// articles' own words and lists their entities (merged across articles), quotes, related stories and
// near-duplicate copies; nothing is invented, and the parts no stage computes yet stay empty and are
// named in `analysis.notYetComputed`.
import type { ArticleAnnotations } from '../core/annotations.js';
import type { Dossier, DossierArticle, DossierStory } from '../core/dossier.js';
import type { RelatedStory } from '../core/stories.js';
import type { Article } from '../core/types.js';
import type { DuplicateLink } from '../store/index.js';
import { entityKey } from '../stories/profile.js';

/** Stages every stored article went through; with a story grouping, the stories stages too. */
const ARTICLE_STAGES = ['ingest', 'clean', 'metadata', 'sentences', 'entities', 'times', 'quotes', 'claims'];
const STORY_STAGES = ['near-duplicates', 'stories', 'related-stories'];
export const STAGES_RUN = [...ARTICLE_STAGES, ...STORY_STAGES];
export const NOT_YET_COMPUTED = ['stories[].timeline, claims (cross-checked statuses) and summary'];

/** The stories stage's result for the dossier's articles. */
export interface StoryGrouping {
  /** Article id → story id; articles not in the map are their own story. */
  storyOf: ReadonlyMap<string, string>;
  related: ReadonlyMap<string, readonly RelatedStory[]>;
  /** Copy article id → its link to the canonical copy. */
  duplicates: ReadonlyMap<string, DuplicateLink>;
}

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

function toDossierArticle({ article, sources }: DossierInput, storyId: string, duplicate: DuplicateLink | null): DossierArticle {
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
    storyId,
    duplicateOf: duplicate ? { articleId: duplicate.canonicalId, similarity: duplicate.similarity, reason: duplicate.reason } : null,
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

function articleQuotes(article: Article): DossierStory['quotes'] {
  return article.annotations.quotes.flatMap((q) => {
    const sentence = sentenceAt(article, q.start);
    // Scare quotes and names in quotation marks (“Board of Peace”) are not statements anyone made.
    return sentence && (q.kind === 'direct' || q.speaker !== null) ? [{ speaker: q.speaker, text: q.text, evidence: [{ articleId: article.id, sentence }] }] : [];
  });
}

/** The story's entities: one entry per entity across its articles (matched as clustering matches them), fullest name first seen. */
function storyEntities(articles: readonly Article[]): DossierStory['entities'] {
  const merged = new Map<string, DossierStory['entities'][number]>();
  for (const article of articles) {
    for (const e of article.annotations.entities) {
      const key = `${e.type}:${entityKey(e) ?? e.name}`;
      const prev = merged.get(key);
      if (!prev) {
        merged.set(key, { name: e.name, type: e.type, roles: [...e.roles], aliases: [...e.aliases], articleIds: [article.id] });
        continue;
      }
      if (e.name.length > prev.name.length) {
        prev.aliases.push(prev.name);
        prev.name = e.name;
      } else if (e.name !== prev.name) prev.aliases.push(e.name);
      prev.roles.push(...e.roles);
      prev.aliases.push(...e.aliases);
      if (!prev.articleIds.includes(article.id)) prev.articleIds.push(article.id);
    }
  }
  return [...merged.values()].map((e) => ({
    ...e,
    roles: [...new Set(e.roles)],
    aliases: [...new Set(e.aliases)].filter((a) => a !== e.name),
  }));
}

function buildStory(id: string, articles: readonly Article[], related: readonly RelatedStory[], inDossier: ReadonlySet<string>, duplicates: ReadonlyMap<string, DuplicateLink>): DossierStory {
  const lead = articles.find((a) => a.title) ?? articles[0]!;
  const copies = articles.flatMap((a) => {
    const d = duplicates.get(a.id);
    return d ? [{ articleId: a.id, canonicalId: d.canonicalId, similarity: d.similarity }] : [];
  });
  return {
    id,
    title: storyTitle(lead),
    articleIds: articles.map((a) => a.id),
    related: related.filter((r) => inDossier.has(r.relatedId)).map((r) => ({ storyId: r.relatedId, why: r.why })),
    entities: storyEntities(articles),
    quotes: articles.flatMap(articleQuotes),
    timeline: [],
    claims: [],
    summary: [],
    duplicates: copies,
  };
}

function byPublication(a: DossierInput, b: DossierInput): number {
  const pa = a.article.published ?? '\uffff';
  const pb = b.article.published ?? '\uffff';
  return pa < pb ? -1 : pa > pb ? 1 : a.article.id < b.article.id ? -1 : 1;
}

/**
 * Articles in publication order (undated last), each with its story; stories in the order of their
 * first article. Only the given articles appear: a story's other stored articles are left out.
 */
export function buildDossier(inputs: readonly DossierInput[], generatedAt = new Date().toISOString(), grouping?: StoryGrouping): Dossier {
  const sorted = [...inputs].sort(byPublication);
  const storyOf = (id: string): string => grouping?.storyOf.get(id) ?? singleStoryId(id);
  const members = new Map<string, Article[]>();
  for (const { article } of sorted) {
    const id = storyOf(article.id);
    members.set(id, [...(members.get(id) ?? []), article]);
  }
  const duplicates = grouping?.duplicates ?? new Map<string, DuplicateLink>();
  const inDossier = new Set(members.keys());
  return {
    version: 1,
    generatedAt,
    articles: sorted.map((i) => toDossierArticle(i, storyOf(i.article.id), duplicates.get(i.article.id) ?? null)),
    stories: [...members].map(([id, articles]) => buildStory(id, articles, grouping?.related.get(id) ?? [], inDossier, duplicates)),
    analysis: { stages: grouping ? STAGES_RUN : ARTICLE_STAGES, notYetComputed: grouping ? NOT_YET_COMPUTED : ['stories: grouping (each article is its own story here)', ...NOT_YET_COMPUTED] },
  };
}
