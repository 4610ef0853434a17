// Evidence is always a whole sentence of one article, copied from its `sentences`: these helpers are
// the only way the cross-check makes evidence, so no ledger can quote words a source does not contain.
import type { CrossCheckArticle, EvidenceRef } from '../core/crosscheck.js';
import type { Article, Span } from '../core/types.js';

/** The evidence for sentence `index` of `article`. Throws on an index outside the article: a bug, not bad input. */
export function evidenceOf(article: Article, index: number): EvidenceRef {
  const sentence = article.sentences[index];
  if (!sentence) throw new RangeError(`article ${article.id} has no sentence ${index}`);
  return { articleId: article.id, sentence: sentence.text, sentenceIndex: index };
}

/** The indices of the sentences a span overlaps (a quote may run over several sentences). */
export function sentencesOverlapping(article: Article, span: Span): number[] {
  const out: number[] = [];
  article.sentences.forEach((s, i) => {
    if (s.start < span.end && span.start < s.end) out.push(i);
  });
  return out;
}

/** The outlet shown for an article: its outlet, else the source key it counts as. */
export function outletLabel(member: CrossCheckArticle): string {
  return member.article.outlet ?? member.source;
}

/**
 * The independent source each article counts as: a near-copy counts as the article it copies, wire copy
 * as the wire service it credits, anything else as its outlet (or itself when the outlet is unknown).
 */
export function independentSource(article: Article, copyOf: Article | null): string {
  const base = copyOf ?? article;
  return base.wire ?? base.outlet ?? `unnamed outlet (${base.file?.split(/[\\/]/).pop() ?? base.url ?? base.id})`;
}
