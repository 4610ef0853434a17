// The store interface every front door and service uses. Asynchronous on purpose: the embedded SQLite
// implementation answers synchronously, but a PostgreSQL one (shared by several workers) cannot.
import type { ClaimStatus } from '../core/crosscheck.js';
import type { DossierArticle, DossierStory } from '../core/dossier.js';
import type { ArticleProfile, AssignmentExplanation, RelatedStory, StoryCorrection } from '../core/stories.js';
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

/** One article's place in the stories: its story, why, and the profile clustering compared. */
export interface StoryAssignment {
  articleId: string;
  storyId: string;
  explanation: AssignmentExplanation;
  profile: ArticleProfile;
}

/** What clustering needs to rebuild its in-memory index: every clustered article in assignment order. */
export interface ClusteredArticle {
  articleId: string;
  storyId: string;
  profile: ArticleProfile;
  /** The clean text (near-duplicate detection shingles it again). */
  text: string;
  published: string | null;
  ingestedAt: string;
}

/** A near-duplicate: `articleId` is a copy of `canonicalId`. */
export interface DuplicateLink {
  articleId: string;
  canonicalId: string;
  similarity: number;
  reason: string;
}

/** How many of a story's aligned claims have each status. */
export type ClaimCounts = Record<ClaimStatus, number>;

/** A story's cross-checked dossier as it was built and stored (src/services/story-dossiers.ts). */
export interface StoredStoryDossier {
  storyId: string;
  /**
   * A digest of what the dossier was built from — the story's articles, its related stories and their
   * articles, the annotator and cross-check versions: a story whose digest differs now is rebuilt.
   */
  fingerprint: string;
  /** The story's title as the cross-check chose it (its articles' own words), and the article it is from. */
  title: string;
  titleFrom: string;
  claims: ClaimCounts;
  /** The story's part of the dossier contract. */
  story: DossierStory;
  /** Its articles whose publication date the story inferred, as the dossier prints them (re-annotated); the others are as stored. */
  inferred: DossierArticle[];
  builtAt: string;
}

/** The fields story lists show. */
export interface StorySummary {
  id: string;
  /** The title its stored dossier gives it (see StoredStoryDossier), the same in every front door; null until one is stored. */
  title: string | null;
  /** The article the title is from; null until a dossier is stored. */
  titleFrom: string | null;
  /** Claim counts by status from its stored dossier; null until one is stored. */
  claims: ClaimCounts | null;
  /** The first sentence of its earliest article. */
  lead: string | null;
  articleCount: number;
  /** Distinct outlets, alphabetical; articles of unknown outlet are not listed. */
  outlets: string[];
  /** Earliest and latest publication date of its articles (YYYY-MM-DD…), null when none is dated. */
  dateFrom: string | null;
  dateTo: string | null;
  /** The ids of its articles, earliest published first, undated last. */
  articleIds: string[];
}

export interface StoryQuery {
  limit?: number;
  offset?: number;
  /** Stories with at least one article of this outlet. */
  outlet?: string;
  /** Inclusive ISO date bounds: stories whose date span overlaps them. */
  since?: string;
  until?: string;
  /** Stories whose stored dossier has at least one claim of this status ("conflicting": stories with a conflict). */
  status?: ClaimStatus;
}

/** The clustering lock as its holder has it (see `Store.withClusteringLock`). */
export interface ClusteringLock {
  /** A token of this acquisition; a write under a lock someone took over is refused. */
  readonly holder: string;
}

/** One step of clustering, written in one transaction: all of it is stored, or none. */
export interface StoriesChange {
  /** Forget every assignment, related link and near-copy link first (a full re-clustering); corrections stay. */
  clear?: boolean;
  /** Articles placed or moved, in the order they were decided. */
  assignments: readonly StoryAssignment[];
  duplicates: readonly DuplicateLink[];
  /** Replaces the related links of `storyIds` with `links`. */
  related?: { storyIds: readonly string[]; links: readonly RelatedStory[] };
  /** A user's correction to append (merge, split), with the assignments it made. */
  correction?: StoryCorrection;
}

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
  /**
   * A number that changes whenever another connection (another process) has written to the store since
   * the last call, so a long-running server knows its caches are stale.
   */
  dataVersion(): Promise<number>;
  /** Every outlet name the store holds, alphabetically (for filters). */
  listOutlets(): Promise<string[]>;
  /** Full-text search over title and text; words are matched as prefixes, all must occur. */
  searchArticles(text: string, options?: { limit?: number }): Promise<SearchHit[]>;

  // ── stories (src/stories) ────────────────────────────────────────────────────────────────────────
  /** Records (or moves) articles into stories, with explanation and profile, in one transaction; stories left empty vanish. */
  putAssignments(assignments: readonly StoryAssignment[]): Promise<void>;
  /** Forgets every assignment, related link, duplicate link and stored dossier (before a full re-clustering); corrections stay. */
  clearStories(): Promise<void>;
  getAssignment(articleId: string): Promise<StoryAssignment | null>;
  /** Every clustered article, in the order it was assigned (oldest first). */
  listClusteredArticles(): Promise<ClusteredArticle[]>;
  /** Ids of stored articles that are in no story yet, in ingestion order. */
  listUnclusteredIds(): Promise<string[]>;
  /** By full id, or by a unique prefix of at least 6 characters after "s-". */
  getStory(idOrPrefix: string): Promise<StorySummary | null>;
  /** Most recently dated first, undated last; filters and paging in the store, so a page is always full. */
  listStories(query?: StoryQuery): Promise<StorySummary[]>;
  /** How many stories match the query's filters (its limit and offset aside). */
  countStories(query?: StoryQuery): Promise<number>;
  /**
   * Stores a story's built dossier (replacing the one before) unless the stories changed since
   * `storiesVersion` was read, or the story is gone: then false, and the caller checks whether the change
   * touched this story. A story's dossier goes with it when the story vanishes.
   */
  putStoryDossier(dossier: StoredStoryDossier, storiesVersion: number): Promise<boolean>;
  getStoryDossier(storyId: string): Promise<StoredStoryDossier | null>;
  /** The fingerprint of the story's stored dossier (to tell whether it is current without reading it), or null. */
  getStoryDossierFingerprint(storyId: string): Promise<string | null>;
  /** Replaces the related links of the given stories (both directions are stored as given). */
  putRelated(storyIds: readonly string[], links: readonly RelatedStory[]): Promise<void>;
  getRelated(storyId: string): Promise<RelatedStory[]>;
  putDuplicates(links: readonly DuplicateLink[]): Promise<void>;
  /** The links where the article is the copy or the canonical one. */
  getDuplicates(articleId: string): Promise<DuplicateLink[]>;
  /** Appends a user correction; corrections are replayed in order after every re-clustering. */
  addCorrection(correction: StoryCorrection): Promise<void>;
  listCorrections(): Promise<StoryCorrection[]>;

  // ── clustering by several processes at once ────────────────────────────────────────────────────────
  /**
   * Runs `fn` holding the store's clustering lock, which one caller of one process holds at a time, across
   * as many transactions as it likes: other writers go on storing articles meanwhile, but nobody else
   * changes the stories. Waits while another holds it (`onWait` is told who, once), and takes it over from
   * a holder that died without releasing it (kill -9).
   */
  withClusteringLock<T>(fn: (lock: ClusteringLock) => Promise<T>, options?: { onWait?: (holder: string) => void }): Promise<T>;
  /** Writes one clustering step in one transaction, refused when `lock` was taken over; returns the new stories version. */
  applyStoriesChange(change: StoriesChange, lock: ClusteringLock): Promise<number>;
  /** Changes with every change to the stories, by any process: an index loaded at another version is stale. */
  storiesVersion(): Promise<number>;

  close(): Promise<void>;
}
