// Builds the dossier JSON (contract v1) for a set of stored articles grouped into their stories (from
// the stories stage; without a grouping each article is its own story). Per story: undated articles get
// a publication date inferred from their siblings (and their relative times re-resolved against it),
// then the cross-check (src/crosscheck) gives the claim and quote ledgers, the timeline, coverage, the
// cited summary and a title in the articles' own words; entities are merged across articles. Articles
// of related stories in the same dossier are the background that shows a figure or rank changed.
import type { ArticleAnnotations } from '../core/annotations.js';
import type { CrossCheckArticle, DateInference } from '../core/crosscheck.js';
import type { Dossier, DossierArticle, DossierStory } from '../core/dossier.js';
import type { RelatedStory } from '../core/stories.js';
import type { Article } from '../core/types.js';
import { StageError, describeError, inStage } from '../core/errors.js';
import { MAX_CHECKED_ARTICLES, crossCheckStory, inferPublicationDate, sampleStory, storyDating, storyMembers, type StorySample } from '../crosscheck/index.js';
import type { DuplicateLink } from '../store/index.js';
import { articleAnalysis, mergeStoryEntities } from '../understand/index.js';
import { annotationsFor } from './article-annotations.js';

/** Stages every stored article went through; with a story grouping, the stories stages too; the cross-check always. */
const ARTICLE_STAGES = ['ingest', 'clean', 'metadata', 'sentences', 'entities', 'times', 'quotes', 'claims'];
const STORY_STAGES = ['near-duplicates', 'stories', 'related-stories'];
const CROSSCHECK_STAGES = ['inferred-dates', 'claim-alignment', 'quote-ledger', 'timeline', 'coverage', 'summary'];
export const STAGES_RUN = [...ARTICLE_STAGES, ...STORY_STAGES, ...CROSSCHECK_STAGES];

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

/** One stored article as the dossier prints it, in its story, with its near-copy link and inferred date if any. */
export function toDossierArticle({ article, sources }: DossierInput, storyId: string, duplicate: DuplicateLink | null, inference: DateInference | null): DossierArticle {
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
    publishedInference: inference,
    analysis: articleAnalysis(article.language),
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

/** The story's entities: one entry per entity across its articles (see mergeStoryEntities), fullest name, first mentioned first. */
function storyEntities(articles: readonly Article[]): DossierStory['entities'] {
  return mergeStoryEntities([...articles].sort(byPublication).map((a) => ({ id: a.id, entities: a.annotations.entities })));
}

/**
 * Each quote's speaker as the story's entity names it: "Hale" and "Rep. Hale" → "Ann Hale", the fullest
 * name any outlet gave (a speaker that names no entity, or several, is left as written).
 */
function canonicalSpeakers(quotes: DossierStory['quotes'], entities: DossierStory['entities']): DossierStory['quotes'] {
  const byForm = new Map<string, string | null>();
  for (const e of entities) {
    if (e.type !== 'person' && e.type !== 'organization') continue;
    for (const form of new Set([e.name, ...e.aliases].map((f) => f.toLowerCase()))) {
      const seen = byForm.get(form);
      byForm.set(form, seen === undefined || seen === e.name ? e.name : null);
    }
  }
  return quotes.map((q) => {
    const name = q.speaker === null ? null : byForm.get(q.speaker.toLowerCase());
    return name ? { ...q, speaker: name } : q;
  });
}

/** An undated article dated from its story: `published` set and its relative times re-resolved against it. */
function withInferredDate(article: Article, inference: DateInference): Article {
  const dated = { ...article, published: inference.date, publishedFrom: 'inferred' as const };
  return { ...dated, annotations: annotationsFor(dated, inference.date) };
}

/** Inference rounds per story: each can date articles that only the previous round's dates tie to the story. */
const DATING_ROUNDS = 4;

/**
 * A story's articles after date inference, and the inferences made. Inference runs in rounds: an article
 * dated in one round can date another in the next (a report dated from its siblings' "on Tuesday" then
 * anchors a third report that only its own weekdays tie to the story).
 */
function dateStory(articles: readonly Article[]): { articles: Article[]; inferences: Map<string, DateInference> } {
  const inferences = new Map<string, DateInference>();
  let current = [...articles];
  for (let round = 0; round < Math.min(articles.length, DATING_ROUNDS); round++) {
    if (current.every((a) => a.published)) break;
    const siblings = storyDating(current);
    let changed = false;
    current = current.map((article) => {
      if (article.published) return article;
      const inference = inferPublicationDate(article, siblings);
      if (!inference) return article;
      inferences.set(article.id, inference);
      changed = true;
      return withInferredDate(article, inference);
    });
    if (!changed) break;
  }
  return { articles: current, inferences };
}

/**
 * One story ready to cross-check: its checked articles dated and made members, and the ones a sample left
 * out; or, when dating or reading the members failed, its articles and the error.
 */
type PreparedStory =
  | { members: CrossCheckArticle[]; unchecked: Article[]; sample: StorySample }
  | { articles: Article[]; error: unknown };

function prepareStory(
  articles: readonly Article[],
  copies: ReadonlyMap<string, string>,
  inferences: Map<string, DateInference>,
  maxChecked = MAX_CHECKED_ARTICLES,
): PreparedStory {
  try {
    const sample = sampleStory(articles, copies, maxChecked);
    const dated = inStage('inferred-dates', () => dateStory(sample.checked));
    const checked = new Set(sample.checked);
    const members = inStage('members', () => storyMembers([...dated.articles].sort(byPublication), copies, new Set(dated.inferences.keys())));
    for (const [articleId, inference] of dated.inferences) inferences.set(articleId, inference);
    return { members, unchecked: articles.filter((a) => !checked.has(a)), sample };
  } catch (err) {
    return { articles: [...articles], error: err };
  }
}

function copiesOf(articles: readonly Article[], duplicates: ReadonlyMap<string, DuplicateLink>): DossierStory['duplicates'] {
  return articles.flatMap((a) => {
    const d = duplicates.get(a.id);
    return d ? [{ articleId: a.id, canonicalId: d.canonicalId, similarity: d.similarity }] : [];
  });
}

function buildStory(
  id: string,
  members: readonly CrossCheckArticle[],
  unchecked: readonly Article[],
  related: readonly RelatedStory[],
  background: readonly CrossCheckArticle[],
  duplicates: ReadonlyMap<string, DuplicateLink>,
  sample: StorySample,
): DossierStory {
  const checked = members.map((m) => m.article);
  const articles = [...checked, ...unchecked].sort(byPublication);
  const result = crossCheckStory(members, background);
  const entities = inStage('entities', () => storyEntities(articles));
  return {
    id,
    title: result.title.text,
    titleFrom: result.title.articleId,
    articleIds: articles.map((a) => a.id),
    related: related.map((r) => ({ storyId: r.relatedId, why: r.why })),
    entities,
    quotes: canonicalSpeakers(result.quotes, entities),
    timeline: result.timeline,
    claims: result.claims,
    summary: result.summary,
    coverage: result.coverage,
    duplicates: copiesOf(articles, duplicates),
    ...(sample.why ? { sampled: { checked: checked.length, of: articles.length, articleIds: checked.map((a) => a.id), why: sample.why } } : {}),
  };
}

/**
 * A story whose analysis failed: its articles and links, the error, and no analysis at all — every
 * ledger empty rather than half-made. Its title is its earliest headline (else first sentence), as is.
 */
function failedStory(
  id: string,
  articles: readonly Article[],
  related: readonly RelatedStory[],
  duplicates: ReadonlyMap<string, DuplicateLink>,
  err: unknown,
): DossierStory {
  const sorted = [...articles].sort(byPublication);
  const titled = sorted.find((a) => a.title) ?? sorted[0]!;
  return {
    id,
    title: titled.title ?? titled.sentences[0]?.text ?? '',
    titleFrom: titled.id,
    articleIds: sorted.map((a) => a.id),
    related: related.map((r) => ({ storyId: r.relatedId, why: r.why })),
    entities: [],
    quotes: [],
    timeline: [],
    claims: [],
    summary: [],
    coverage: { outlets: [], claimIds: [], cells: [], exclusives: [] },
    duplicates: copiesOf(sorted, duplicates),
    error: { stage: err instanceof StageError ? err.stage : 'cross-check', message: describeError(err) },
  };
}

/** Publication order: earliest first, undated last, then by id. */
export function byPublication(a: Pick<Article, 'published' | 'id'>, b: Pick<Article, 'published' | 'id'>): number {
  const pa = a.published ?? '\uffff';
  const pb = b.published ?? '\uffff';
  return pa < pb ? -1 : pa > pb ? 1 : a.id < b.id ? -1 : 1;
}

/**
 * Articles in publication order (undated last; an inferred date counts), each with its story; stories
 * in the order of their first article. Only the given articles appear: a story's other stored articles
 * are left out, and related stories are linked only when they are in the dossier too.
 */
export function buildDossier(
  inputs: readonly DossierInput[],
  generatedAt = new Date().toISOString(),
  grouping?: StoryGrouping,
  options: {
    /**
     * Cross-check and print only these stories; the other inputs' stories are background only (their
     * figures and ranks can show a change). The server uses it for one story beside its related ones.
     */
    only?: ReadonlySet<string>;
    /** Articles one story's cross-check reads at most; past it the story is sampled and says so. */
    maxCheckedArticles?: number;
    /** Articles whose preparation failed (re-annotation), with the error: their stories are reported failed. */
    failed?: ReadonlyMap<string, unknown>;
  } = {},
): Dossier {
  const storyOf = (id: string): string => grouping?.storyOf.get(id) ?? singleStoryId(id);
  const duplicates = grouping?.duplicates ?? new Map<string, DuplicateLink>();
  const sourcesOf = new Map(inputs.map((i) => [i.article.id, i.sources]));
  const grouped = new Map<string, Article[]>();
  for (const { article } of [...inputs].sort((a, b) => byPublication(a.article, b.article))) {
    const id = storyOf(article.id);
    grouped.set(id, [...(grouped.get(id) ?? []), article]);
  }
  const copies = new Map([...duplicates].map(([copy, link]) => [copy, link.canonicalId]));
  const inferences = new Map<string, DateInference>();
  const prepared = new Map<string, PreparedStory>();
  for (const [id, articles] of grouped) {
    const broken = articles.find((a) => options.failed?.has(a.id));
    prepared.set(id, broken ? { articles, error: options.failed!.get(broken.id) } : prepareStory(articles, copies, inferences, options.maxCheckedArticles));
  }
  const members = new Map([...prepared].flatMap(([id, p]) => ('members' in p ? [[id, p.members] as const] : [])));
  const printed = [...prepared].filter(([id]) => !options.only || options.only.has(id));
  const stories = printed.map(([id, story]) => {
    const related = (grouping?.related.get(id) ?? []).filter((r) => prepared.has(r.relatedId));
    if ('error' in story) return failedStory(id, story.articles, related, duplicates, story.error);
    const background = related.flatMap((r) => members.get(r.relatedId) ?? []);
    try {
      return buildStory(id, story.members, story.unchecked, related, background, duplicates, story.sample);
    } catch (err) {
      return failedStory(id, [...story.members.map((m) => m.article), ...story.unchecked], related, duplicates, err);
    }
  });
  const articles = printed.flatMap(([, p]) => ('members' in p ? [...p.members.map((m) => m.article), ...p.unchecked] : p.articles)).sort(byPublication);
  return {
    version: 1,
    generatedAt,
    articles: articles.map((a) => toDossierArticle({ article: a, sources: sourcesOf.get(a.id) ?? [] }, storyOf(a.id), duplicates.get(a.id) ?? null, inferences.get(a.id) ?? null)),
    stories,
    analysis: {
      stages: grouping ? STAGES_RUN : [...ARTICLE_STAGES, ...CROSSCHECK_STAGES],
      notYetComputed: grouping ? [] : ['stories: grouping (each article is its own story here)'],
    },
  };
}
