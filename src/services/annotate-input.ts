// The annotate use case (`dossier annotate`): one input read and cleaned like `ingest` would — or,
// with `raw`, taken exactly as given — then annotated against its publication date or `ref`.
// Nothing is stored.
import type { ArticleAnnotations } from '../core/annotations.js';
import type { ArticleAnalysis } from '../core/dossier.js';
import type { InputError, StageError } from '../core/errors.js';
import { detectLanguage, gatherBoilerplateEvidence } from '../clean/index.js';
import { readPaths, readRawText, type ReadOptions } from '../ingest/index.js';
import { annotateArticle, articleAnalysis, splitSentences } from '../understand/index.js';
import { assembleArticle } from './assemble-article.js';

export interface AnnotatedText {
  input: string;
  /** The annotated text: the clean text, or the input as given with `raw`. Offsets point into it. */
  text: string;
  sentences: string[];
  published: string | null;
  annotations: ArticleAnnotations;
  /** Its language (ISO 639-1, null = unknown, annotated as English) and the stages that language skips or limits. */
  analysis: ArticleAnalysis;
}

export interface AnnotateOptions extends ReadOptions {
  /** Annotate the input exactly as given: no format reader, no cleaning. */
  raw: boolean;
  /** The reference date when the input has no publication date (YYYY-MM-DD). */
  ref: string | null;
}

export async function annotateInput(path: string, options: AnnotateOptions): Promise<{ texts: AnnotatedText[]; errors: (InputError | StageError)[] }> {
  if (options.raw) {
    const read = await readRawText(path, options);
    if ('error' in read) return { texts: [], errors: [read.error] };
    // Not cleaned, but its language still decides which rules annotate it.
    const language = detectLanguage(read.text, null)?.value ?? null;
    const sentences = splitSentences(read.text, [], language);
    const annotations = annotateArticle({ text: read.text, sentences, headings: [], reference: options.ref, dateline: null, language });
    return { texts: [{ input: read.input, text: read.text, sentences: sentences.map((s) => s.text), published: null, annotations, analysis: articleAnalysis(language) }], errors: [] };
  }
  const items = [];
  for await (const item of readPaths([path], options)) items.push(item);
  const drafts = items.flatMap((i) => ('draft' in i ? [i.draft] : []));
  const evidence = gatherBoilerplateEvidence(drafts);
  const now = new Date().toISOString();
  const texts: AnnotatedText[] = [];
  const errors: (InputError | StageError)[] = [];
  for (const item of items) {
    if ('error' in item) {
      errors.push(item.error);
      continue;
    }
    const article = assembleArticle(item.draft, evidence, now, options.ref);
    texts.push({ input: item.input, text: article.text, sentences: article.sentences.map((s) => s.text), published: article.published, annotations: article.annotations, analysis: articleAnalysis(article.language) });
  }
  return { texts, errors };
}
