// Runs the annotators over one article in dependency order — times, then entities, then quotes
// (speakers are entities), then claims (slots use all three) — as a pure function of its input.
import type { AnnotationInput, ArticleAnnotations } from '../core/annotations.js';
import { extractClaims } from './claims/index.js';
import { findEntities } from './entities/index.js';
import { findQuotes } from './quotes/index.js';
import { tagTimes } from './time/index.js';

/**
 * Bumped whenever an annotator changes what it finds, so annotations stored by an older Dossier
 * are recomputed when read (src/services/article-annotations.ts).
 */
export const ANNOTATIONS_VERSION = 1;

export interface VersionedAnnotations extends ArticleAnnotations {
  version: number;
}

export function annotateArticle(input: AnnotationInput): VersionedAnnotations {
  const times = tagTimes(input);
  const entities = findEntities(input);
  const quotes = findQuotes(input, entities);
  const claims = extractClaims(input, entities, times, quotes);
  return { version: ANNOTATIONS_VERSION, referenceDate: input.reference, entities, times, quotes, claims };
}

/** The reference date of an article: the calendar day of its publication date, or null. */
export function referenceDateOf(published: string | null): string | null {
  return published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
}
