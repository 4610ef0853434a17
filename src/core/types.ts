// The data that flows between Dossier's stages: reader → draft → cleaner → article → store → dossier.
// No I/O here; every stage imports its inputs and outputs from this file so the hand-offs stay explicit.
import type { ArticleAnnotations } from './annotations.js';

/** The forms Dossier reads; chosen by content sniffing (src/ingest/detect-format.ts). */
export type InputFormat = 'text' | 'html' | 'json' | 'jsonl' | 'rss' | 'atom';

/** Where a title came from. `text`: a headline line at the top of a plain-text body. */
export type TitleSource = 'text' | 'html-meta' | 'json' | 'feed';
/** Where an outlet name came from (contract field `outletFrom`). */
export type OutletSource = 'text' | 'html-meta' | 'json' | 'feed' | 'url';
/** Where a publication date came from (contract field `publishedFrom`). */
export type PublishedSource = 'text' | 'html-meta' | 'json' | 'feed' | 'filename' | 'inferred';
/** Where a language came from: declared by the input, or detected from the clean text. */
export type LanguageSource = 'html-meta' | 'json' | 'feed' | 'detected';

/** A value and the place it was read from. */
export interface Sourced<T, S extends string> {
  value: T;
  from: S;
}

/** One piece of text the cleaner or an extractor took out of an article, and why. */
export interface Removal {
  text: string;
  /**
   * `category: detail`, e.g. `boilerplate: call to action`, `metadata: publication date`: the label of a
   * removal code (src/core/removal-reasons.ts, `removalOf`); shown to readers, never tested by logic.
   */
  reason: string;
}

/** A character range in an article's clean `text` (JS string indices, UTF-16 code units). */
export interface Span {
  start: number;
  end: number;
}

/** A sub-heading kept in the clean text as its own paragraph; never a sentence. */
export interface Heading extends Span {
  text: string;
}

/** A sentence of the clean text; `text === article.text.slice(start, end)`. */
export interface Sentence extends Span {
  text: string;
}

/**
 * One article as a reader produced it, before cleaning.
 * `body` is plain text: paragraphs separated by a blank line, one line per paragraph or heading.
 */
export interface ArticleDraft {
  /** The input path as given by the user, or null (stdin, API upload). */
  file: string | null;
  url: string | null;
  /** The input record's own id (JSON/JSONL `id`, feed guid), or null. */
  sourceId: string | null;
  format: InputFormat;
  body: string;
  /** Lines of `body` known to be sub-headings (from HTML <h2>…<h6>); the cleaner also finds its own. */
  headings: string[];
  title: Sourced<string, TitleSource> | null;
  outlet: Sourced<string, OutletSource> | null;
  /** ISO date (YYYY-MM-DD) or datetime. */
  published: Sourced<string, PublishedSource> | null;
  /** A language declared by the input (BCP-47 / ISO 639-1), or null. */
  language: Sourced<string, LanguageSource> | null;
  author: string | null;
  /**
   * The corpus group the record belongs to for boilerplate evidence: a feed or JSONL file, a
   * site's host. Lines that recur across articles of one group (or one outlet) are boilerplate.
   */
  group: string | null;
  /** Pieces a reader already dropped (e.g. an HTML extractor's comments block), with reasons. */
  removed: Removal[];
}

/** A clean, dated, attributed article: what the store keeps and the dossier prints. */
export interface Article {
  /** Derived from the normalized body (src/ingest/article-id.ts): same content → same id. */
  id: string;
  file: string | null;
  url: string | null;
  sourceId: string | null;
  format: InputFormat;
  title: string | null;
  titleFrom: TitleSource | null;
  outlet: string | null;
  outletFrom: OutletSource | null;
  published: string | null;
  publishedFrom: PublishedSource | null;
  dateline: string | null;
  language: string | null;
  languageFrom: LanguageSource | null;
  author: string | null;
  /**
   * A wire service the text credits ("Reuters" in "LONDON (Reuters) -", "This story was first published
   * by X"): the article is (a copy of) wire copy, which later stages must not count as independent.
   */
  wire: string | null;
  /** The clean body, paragraphs (and headings) separated by blank lines. */
  text: string;
  removed: Removal[];
  headings: Heading[];
  sentences: Sentence[];
  /**
   * What the understanding stage found (entities, times, quotes, claims), with the annotator version
   * that found it; recomputed when read by a newer Dossier.
   */
  annotations: ArticleAnnotations & { version: number };
  /** When this copy entered the store (ISO datetime). */
  ingestedAt: string;
}

/** What happened to one input item (a file, or one record of a JSONL file or feed). */
export type IngestOutcome =
  | { status: 'ingested'; input: string; articleId: string; title: string | null }
  | { status: 'duplicate'; input: string; articleId: string; duplicateOf: string }
  | {
      status: 'failed';
      input: string;
      /** An InputError code for bad input; `internal` for a defect of Dossier's on this input. */
      code: string;
      message: string;
      hint?: string;
      /** For a defect: the stage that failed (`read`, `clean`, `sentences`, `annotate`) … */
      stage?: string;
      /** … and the id the article would have had. */
      articleId?: string;
    };

/** The result of one batch: per-item outcomes and their counts. */
export interface IngestReport {
  outcomes: IngestOutcome[];
  ingested: number;
  duplicates: number;
  failed: number;
  /** Problems that affected the batch as a whole without failing any item. */
  warnings?: string[];
}
