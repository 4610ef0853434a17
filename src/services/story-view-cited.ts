// The parts of the story view that cite sentences — the summary, the timeline and the quote ledger —
// built with ONE numbering of the cited sentences: [1], [2] … in order of first citation (summary, then
// timeline, then quotes), a sentence cited twice keeping its number. Also each timeline entry's flags as
// typed codes in the one order TIMELINE_FLAGS gives. Part of the story view model (story-view.ts).
import type { EvidenceRef, TimelineEntry } from '../core/crosscheck.js';
import type { DossierArticle, DossierStory } from '../core/dossier.js';
import { EMPTY_STATES, TIMELINE_FLAGS, section, type Section, type TimelineFlag } from './view-labels.js';

/** A sentence of an article, with the outlet it is from and where it sits in its article. */
export interface SentenceRef {
  articleId: string;
  outlet: string;
  sentence: string;
  /** Its index in the article's sentences; null when the article is not given or the sentence is not among them. */
  sentenceIndex: number | null;
  /** True when the article is one the view was given (writers link to it). */
  articleKnown: boolean;
}

export interface Citation extends SentenceRef {
  /** The citation's number, from 1, the same wherever the story cites this sentence. */
  n: number;
}

export interface SummaryRow {
  text: string;
  cites: Citation[];
}

export interface FlagView {
  code: TimelineFlag;
  /** "inferred date", "disputed (k2)" */
  label: string;
  /** What the flag means, for a tooltip. */
  explanation: string;
  /** For `disputed`: the claim that holds the conflict, and whether the story's claim list has it (to link to). */
  claimId: string | null;
  claimListed: boolean;
}

export interface TimelineRow {
  date: string;
  precision: string | null;
  text: string;
  cites: Citation[];
  outlets: string[];
  flags: FlagView[];
}

export interface QuoteRow {
  /** null when no speaker was attributed. */
  speaker: string | null;
  text: string;
  cites: Citation[];
  outlets: string[];
  first: { outlet: string; published: string } | null;
  /** Every article's wording with its relation to the fullest (`full`, `same`, `trimmed` …); empty when only one article carries the quote. */
  variants: { relation: string; outlet: string; text: string }[];
}

export interface CitedSections {
  summary: Section<SummaryRow>;
  timeline: Section<TimelineRow>;
  quotes: Section<QuoteRow>;
  /** Every cited sentence once, by number. */
  citations: Citation[];
}

/** The outlet an article is from (else the fallback the evidence names, else its id). */
export type OutletOf = (articleId: string, fallback?: string | null) => string;

/** The index of a quoted sentence in its article: the given index when it still points at it, else where it is found. */
export function sentenceIndexOf(article: DossierArticle | undefined, ref: Pick<EvidenceRef, 'sentence'> & { sentenceIndex?: number }): number | null {
  if (!article) return null;
  if (typeof ref.sentenceIndex === 'number' && article.sentences[ref.sentenceIndex] === ref.sentence) return ref.sentenceIndex;
  const at = article.sentences.indexOf(ref.sentence);
  return at >= 0 ? at : null;
}

/** A reference to a sentence as views carry it; `fallback` names the outlet when the article is not given. */
export function sentenceRef(
  byId: ReadonlyMap<string, DossierArticle>,
  outletOf: OutletOf,
  ref: Pick<EvidenceRef, 'articleId' | 'sentence'> & { sentenceIndex?: number },
  fallback?: string | null,
): SentenceRef {
  return {
    articleId: ref.articleId,
    outlet: outletOf(ref.articleId, fallback),
    sentence: ref.sentence,
    sentenceIndex: sentenceIndexOf(byId.get(ref.articleId), ref),
    articleKnown: byId.has(ref.articleId),
  };
}

/** A timeline entry's flags, in TIMELINE_FLAGS order; `listedClaims` are the ids in the story's claim list. */
export function timelineFlags(entry: TimelineEntry, listedClaims: ReadonlySet<string>): FlagView[] {
  const on: Record<TimelineFlag, boolean> = {
    background: Boolean(entry.background),
    planned: Boolean(entry.planned),
    inferred: Boolean(entry.inferred),
    disputed: Boolean(entry.disputedBy),
  };
  return (Object.keys(TIMELINE_FLAGS) as TimelineFlag[])
    .filter((code) => on[code])
    .map((code) => {
      const claimId = code === 'disputed' ? entry.disputedBy : null;
      const { label, explanation } = TIMELINE_FLAGS[code];
      return { code, label: claimId ? `${label} (${claimId})` : label, explanation, claimId, claimListed: claimId !== null && listedClaims.has(claimId) };
    });
}

export function citedSections(story: DossierStory, byId: ReadonlyMap<string, DossierArticle>, outletOf: OutletOf): CitedSections {
  const numbers = new Map<string, Citation>();
  const citations: Citation[] = [];
  const cite = (refs: readonly (Pick<EvidenceRef, 'articleId' | 'sentence'> & { sentenceIndex?: number })[]): Citation[] =>
    refs.map((ref) => {
      const key = `${ref.articleId}\u0000${ref.sentence}`;
      let found = numbers.get(key);
      if (!found) {
        found = { n: citations.length + 1, ...sentenceRef(byId, outletOf, ref) };
        numbers.set(key, found);
        citations.push(found);
      }
      return found;
    });
  // Numbered in reading order: the summary's citations first, then the timeline's, then the quotes'.
  const summary = story.summary.map((s) => ({ text: s.text, cites: cite(s.evidence) }));
  const listed = new Set(story.claims.map((c) => c.id));
  const timeline = story.timeline.map((t) => ({
    date: t.date,
    precision: t.precision ?? null,
    text: t.text,
    cites: cite(t.evidence),
    outlets: t.outlets ?? [],
    flags: timelineFlags(t, listed),
  }));
  // A quote carried by one article has one wording, the quote itself: there is nothing to compare.
  const quotes = story.quotes.map((q) => ({
    speaker: q.speaker,
    text: q.text,
    cites: cite(q.evidence),
    outlets: q.outlets?.length ? q.outlets : [...new Set(q.evidence.map((e) => outletOf(e.articleId)))],
    first: q.first ? { outlet: outletOf(q.first.articleId, q.first.outlet), published: q.first.published } : null,
    variants: (q.variants ?? []).length > 1 ? q.variants.map((v) => ({ relation: v.relation, outlet: outletOf(v.articleId, v.outlet), text: v.text })) : [],
  }));
  return {
    summary: section('summary', summary, EMPTY_STATES.summary),
    timeline: section('timeline', timeline, EMPTY_STATES.timeline),
    quotes: section('quotes', quotes, EMPTY_STATES.quotes),
    citations,
  };
}
