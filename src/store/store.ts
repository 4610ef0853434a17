// The store interface every front door and service uses. Asynchronous on purpose: the embedded SQLite
// implementation answers synchronously, but a PostgreSQL one (shared by several workers) cannot.
import type { Article, InputFormat, PublishedSource } from '../core/types.js';

/** The fields of an article that lists and search results show. */
export interface ArticleSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  publishedFrom: PublishedSource | null;
  language: string | null;
  format: InputFormat;
  file: string | null;
  url: string | null;
  ingestedAt: string;
  /** Length of the clean text in characters. */
  chars: number;
}

export interface SearchHit extends ArticleSummary {
  /** A short extract of the matching text with the matched terms in [brackets]. */
  snippet: string;
}

export interface ArticleQuery {
  limit?: number;
  offset?: number;
  outlet?: string;
  /** Inclusive ISO date bounds on the publication date. */
  since?: string;
  until?: string;
}

/** `duplicate`: an article with the same id was stored before; `existing` is that copy. */
export type PutResult = { status: 'inserted' } | { status: 'duplicate'; existing: ArticleSummary };

export interface Store {
  /** Stores an article unless its id is known; records `input` as one more place it was read from. */
  putArticle(article: Article, input: string | null): Promise<PutResult>;
  /** By full id, or by a unique id prefix of at least 6 characters. */
  getArticle(idOrPrefix: string): Promise<Article | null>;
  /** The inputs (paths, `path#N` records) an article was read from, oldest first. */
  getSources(id: string): Promise<string[]>;
  /** Newest publication first; undated articles after dated ones. */
  listArticles(query?: ArticleQuery): Promise<ArticleSummary[]>;
  countArticles(): Promise<number>;
  /** Full-text search over title and text; words are matched as prefixes, all must occur. */
  searchArticles(text: string, options?: { limit?: number }): Promise<SearchHit[]>;
  close(): Promise<void>;
}
