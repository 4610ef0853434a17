// The data the stories stage works on and hands on: an article's clustering profile, near-duplicate
// groups, story assignments with their explanation, related-story links and user corrections.
// Pure data, no I/O; produced by src/stories, kept by src/store, printed by the front doors.
import type { EntityType } from './annotations.js';

/** An entity as clustering sees it: a normalized key (lower-case full name), its type and how often it is named. */
export interface ProfileEntity {
  key: string;
  name: string;
  type: EntityType;
  count: number;
  /** Set when the name names one event ("Storm Ottilie", "the Lindor Summit"): weighed above other names. */
  event?: boolean;
}

/**
 * What clustering needs of one article, computed once from the clean text and its annotations
 * (src/stories/profile.ts). Small enough to keep 100,000 in memory.
 */
export interface ArticleProfile {
  articleId: string;
  outlet: string | null;
  /** Publication date YYYY-MM-DD, or null (undated). */
  published: string | null;
  /** The wire service the article credits as its source ("Meridian Wire"), or null; absent in old profiles. */
  wire?: string | null;
  /** Upper-cased dateline place ("BEIJING"), or null. */
  dateline: string | null;
  /** Content-word stems with their counts in title + text; the title counts twice. */
  terms: [term: string, count: number][];
  /** People, organizations, places and other named things, with mention counts. */
  entities: ProfileEntity[];
  /**
   * Dates the article says things happened on (resolved DATE values of day or month precision, YYYY-MM-DD
   * or YYYY-MM), most mentioned first; years mentioned as such (YYYY) are in `years`.
   */
  eventDates: string[];
  years: number[];
  /** Normalized keys of the direct quotes it carries (lower-case words of the quote). */
  quotes: string[];
  /** Number of content-word tokens (for length normalization). */
  length: number;
}

/** One near-duplicate group: copies of one text (wire copy, re-posts). The canonical copy is the first. */
export interface DuplicateGroup {
  canonicalId: string;
  /** Every member, canonical first, with its estimated Jaccard similarity to the canonical copy. */
  members: { articleId: string; similarity: number }[];
  /** Why this copy is canonical ("earliest published", "longest text" …). */
  reason: string;
}

/** A scored piece of evidence behind an assignment: one shared entity or term and its weight in the score. */
export interface SharedFeature {
  kind: 'person' | 'organization' | 'place' | 'other' | 'term' | 'quote' | 'dateline';
  value: string;
  weight: number;
}

/** How an article compared to one candidate story. */
export interface StoryComparison {
  storyId: string;
  /** The combined score in [0, 1] the decision used. */
  score: number;
  /** Its parts: term cosine, entity overlap, quotes in common, and the date factor that multiplied them. */
  termSimilarity: number;
  entitySimilarity: number;
  quoteOverlap: number;
  /** Days between the article's event/publication date and the story's, or null when either is undated. */
  dateGapDays: number | null;
  dateFactor: number;
  shared: SharedFeature[];
  /**
   * Names both sides mention that were not counted: the two are dated weeks apart and many articles
   * mention these names (a long-running topic's leaders), so they say "same topic", not "same event".
   * Absent when there were none (and in explanations written before this rule).
   */
  topicNames?: string[];
}

/** Why an article is in its story: written when it is assigned, shown by `dossier explain`. */
export interface AssignmentExplanation {
  articleId: string;
  storyId: string;
  decision: 'joined' | 'opened' | 'merged-by-user' | 'split-by-user' | 'duplicate-of';
  /** The story it joined (its comparison), or null when it opened a new one. */
  chosen: StoryComparison | null;
  /** The best story it did not join, or null when there was no other candidate. */
  runnerUp: StoryComparison | null;
  /** The score a story needed. */
  threshold: number;
  /** One sentence for people. */
  summary: string;
  /** Set for `duplicate-of`: the canonical copy whose story the article follows. */
  duplicateOf: string | null;
}

/** A same-topic, different-event link between two stories. */
export interface RelatedStory {
  storyId: string;
  relatedId: string;
  score: number;
  why: string;
}

/** A correction by a user, replayed after every re-clustering. */
export type StoryCorrection =
  | { kind: 'merge'; storyIds: [string, string]; articleIds: string[]; at: string }
  | { kind: 'split'; storyId: string; articleIds: string[]; at: string };
