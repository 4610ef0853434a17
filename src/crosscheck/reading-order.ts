// The order a reader meets a story's articles in: earliest published first. The quote ledger, the
// summary and the title all list or choose by it, and the quote ledger asks who provably published first.
import type { CrossCheckArticle } from '../core/crosscheck.js';

/**
 * A publication time as an interval of epoch milliseconds: a bare date is its whole day (UTC). An
 * inferred date only places an article in reading order; it never tells who published first.
 */
export function publishedInterval(member: CrossCheckArticle, allowInferred = false): { lo: number; hi: number } | null {
  const published = member.article.published;
  if (!published || (member.dateInferred && !allowInferred)) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(published)) {
    const lo = Date.parse(`${published}T00:00:00Z`);
    return Number.isNaN(lo) ? null : { lo, hi: lo + 86_400_000 - 1 };
  }
  // A datetime without a zone is read as UTC, not as this machine's local time.
  const zoned = /T.*(?:Z|[+-]\d{2}:?\d{2})$/i.test(published) ? published : `${published}Z`;
  const t = Date.parse(zoned);
  return Number.isNaN(t) ? null : { lo: t, hi: t };
}

/** Members in reading order: earliest-published first (inferred dates count, undated last), then as given. */
export function readingOrder(members: readonly CrossCheckArticle[]): Map<CrossCheckArticle, number> {
  const keyed = members.map((m, i) => ({ m, i, t: publishedInterval(m, true)?.lo ?? Number.POSITIVE_INFINITY }));
  keyed.sort((a, b) => a.t - b.t || a.i - b.i);
  return new Map(keyed.map((k, rank) => [k.m, rank]));
}
