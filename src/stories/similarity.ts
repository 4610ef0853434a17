// How strongly an article belongs to a story: a weighted mix of content-word cosine, named-entity
// overlap and shared quotes, multiplied by a date factor. The weights and the threshold are tuned on
// ECB+ train (bench/stories.ts) and checked on ECB+ dev; the comments say what each one handles.
import type { EntityType } from '../core/annotations.js';

export interface SimilarityWeights {
  /** Content words (TF-IDF cosine): the topic and the event's own vocabulary. */
  terms: number;
  /** Named entities (IDF-weighted cosine): who and where, what tells two events of one kind apart. */
  entities: number;
  /** A quote in common is near-proof of one event (the same words said once). */
  quotes: number;
  /** Per-type multipliers of entity weight: a shared person says more than a shared country. */
  entityTypes: Record<EntityType, number>;
  /** Multiplier for the name of an event ("Storm Ottilie"): sharing it is near-proof of one event. */
  eventName: number;
  /** Dates within this many days of the story's span cost nothing (follow-up coverage of one event). */
  dateGraceDays: number;
  /** Within this many days on calendar dates (not years) the factor is `nearBoost`: reports of the same
   * days that share names are more likely one event than the same words months apart. */
  nearDays: number;
  nearBoost: number;
  /** Beyond the grace, the factor halves every this many days: a 15-month gap leaves little. */
  dateHalfLifeDays: number;
  /** The date factor never drops below this when both sides have calendar dates (publication or a
   * stated event day): identical actors and words still say something, but a 15-month gap says more. */
  dateFloor: number;
  /** The floor when a side is placed only by the years it mentions (an undated article): weaker evidence,
   * since a report may mention only background years. */
  yearFloor: number;
  /**
   * Beyond the grace (both sides dated by the calendar), a name more than this share of all articles
   * mention is a name of a long-running topic — a head of government, a party leader — and is not
   * counted: a shutdown deal, an emergency declaration and an election bill three weeks apart all name
   * the same three leaders, while a follow-up of one event shares its own rarer names (the company
   * whose cable broke, the suspect). Tuned on ECB+ train: B³ is flat from 0.05 to 0.25 and drops
   * below 0.05; 0.1 keeps a margin.
   */
  topicNameShare: number;
  /**
   * Past the grace, a name articles mention in more than this many separate weeks is a topic's standing
   * name too: in a large stream no one name reaches `topicNameShare`, but a leader is in the news week
   * after week, while an event's own names come in a burst or two (the cut, the repair). Tuned on ECB+
   * train: B³ is flat from 5 weeks up and drops at 4; 6 keeps a margin.
   */
  topicNameWeeks: number;
  /** Below this name similarity, both sides naming someone, the score is multiplied by `noSharedNames`. */
  noSharedNamesBelow: number;
  noSharedNames: number;
  /** The score a story needs for the article to join it; below, the article opens a new story. */
  threshold: number;
}

export const DEFAULT_WEIGHTS: SimilarityWeights = {
  terms: 0.55,
  entities: 0.45,
  quotes: 0.1,
  entityTypes: { person: 2, organization: 1.2, place: 1, other: 0.8 },
  eventName: 4,
  dateGraceDays: 10,
  nearDays: 3,
  nearBoost: 1.25,
  dateHalfLifeDays: 60,
  dateFloor: 0.15,
  yearFloor: 0.5,
  topicNameShare: 0.1,
  topicNameWeeks: 6,
  noSharedNamesBelow: 0.02,
  noSharedNames: 0.5,
  threshold: 0.16,
};

/** Days since 1970-01-01 of a YYYY-MM-DD (or YYYY-MM: the 15th) date. */
export function dayNumber(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) || 1;
  const d = date.length >= 10 ? Number(date.slice(8, 10)) : 15;
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/**
 * Whether a name shared across `gapDays` of calendar dates says only "the same topic": past the grace,
 * a name in more than `topicNameShare` of the articles, or mentioned in more than `topicNameWeeks`
 * separate weeks, is not event evidence.
 */
export function isTopicNameAcross(
  gapDays: number | null,
  name: { articles: number; weeks: number },
  documents: number,
  w: SimilarityWeights,
): boolean {
  return gapDays !== null && gapDays > w.dateGraceDays && (name.articles > w.topicNameShare * documents || name.weeks > w.topicNameWeeks);
}

export function dateFactor(gapDays: number | null, w: SimilarityWeights, byYearOnly = false): number {
  if (gapDays === null) return 1;
  if (!byYearOnly && gapDays <= w.nearDays) return w.nearBoost;
  if (gapDays <= w.dateGraceDays) return 1;
  return Math.max(byYearOnly ? w.yearFloor : w.dateFloor, Math.pow(0.5, (gapDays - w.dateGraceDays) / w.dateHalfLifeDays));
}

/** Mixes the parts into one score in [0, 1]; an article without named entities is judged on words alone. */
export function combineScore(
  parts: { termSimilarity: number; entitySimilarity: number; quoteOverlap: number; dateFactor: number; hasEntities: boolean },
  w: SimilarityWeights,
): number {
  let base = parts.hasEntities
    ? (w.terms * parts.termSimilarity + w.entities * parts.entitySimilarity) / (w.terms + w.entities)
    : parts.termSimilarity;
  // Both sides name people and places, and none of them in common: the same kind of event happening to
  // someone else, somewhere else (an earthquake in another region, another minister's visit).
  if (parts.hasEntities && parts.entitySimilarity < w.noSharedNamesBelow) base *= w.noSharedNames;
  return Math.min(1, (base + w.quotes * parts.quoteOverlap) * parts.dateFactor);
}
