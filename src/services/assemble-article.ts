// Turns one reader draft into a stored Article: clean it, split sentences, annotate it, give it its content id.
// Each step is a named stage: a defect in one says which (a StageError), and the batch records it and goes on.
// The id comes from the draft body (before cleaning), so it does not depend on which other
// articles were in the batch that supplied the boilerplate evidence.
import { inStage } from '../core/errors.js';
import type { Article, ArticleDraft } from '../core/types.js';
import { cleanDraft, type BoilerplateEvidence } from '../clean/index.js';
import { articleIdFor } from '../ingest/index.js';
import { referenceDateOf, splitSentences } from '../understand/index.js';
import { annotationsFor } from './article-annotations.js';

/** `fallbackReference`: the date relative times resolve against when the article has no publication date. */
export function assembleArticle(
  draft: ArticleDraft,
  evidence: BoilerplateEvidence | undefined,
  ingestedAt: string,
  fallbackReference: string | null = null,
): Article {
  const clean = inStage('clean', () => cleanDraft(draft, evidence));
  const article: Omit<Article, 'annotations'> = {
    id: articleIdFor(draft.body),
    file: draft.file,
    url: draft.url,
    sourceId: draft.sourceId,
    format: draft.format,
    title: clean.title?.value ?? null,
    titleFrom: clean.title?.from ?? null,
    outlet: clean.outlet?.value ?? null,
    outletFrom: clean.outlet?.from ?? null,
    published: clean.published?.value ?? null,
    publishedFrom: clean.published?.from ?? null,
    dateline: clean.dateline,
    language: clean.language?.value ?? null,
    languageFrom: clean.language?.from ?? null,
    author: clean.author,
    wire: clean.wire,
    text: clean.text,
    removed: clean.removed,
    headings: clean.headings,
    sentences: inStage('sentences', () => splitSentences(clean.text, clean.headings, clean.language?.value ?? null)),
    ingestedAt,
  };
  const annotations = inStage('annotate', () => annotationsFor(article, referenceDateOf(article.published) ?? fallbackReference));
  // Not `{ ...article, annotations }`: on Node 20 a spread followed by a new field gives every article a
  // hidden class of its own, and the cross-check reads articles' fields in its hottest loops.
  return Object.assign({}, article, { annotations });
}
