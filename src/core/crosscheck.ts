// The data the cross-check stage (src/crosscheck) reads and writes for one story: its articles with the
// independent source each counts as, and the ledgers it builds — claims with statuses, quotes with
// variants, a merged timeline, outlet coverage, an extractive summary, a title in the articles' words.
// Every ledger entry carries evidence: the article id and an exact sentence of that article.
import type { TimePrecision } from './annotations.js';
import type { Article } from './types.js';

/** One article of the story as the cross-check sees it. */
export interface CrossCheckArticle {
  /** With annotations resolved against `article.published` (an inferred date once one is inferred). */
  article: Article;
  /**
   * The independent source the article counts as: its outlet (or wire service when it is wire copy);
   * a near-duplicate counts as the source of the article it copies. Two articles with one `source`
   * are one voice.
   */
  source: string;
  /** The article this one is a near-copy of (wire re-post), or null. */
  copyOf: string | null;
  /** True when `article.published` was inferred from the story (see `DateInference`). */
  dateInferred: boolean;
}

/** A sentence quoted as evidence: exactly one of the article's `sentences`. */
export interface EvidenceRef {
  articleId: string;
  sentence: string;
  /** Index of the sentence in the article's sentences. */
  sentenceIndex: number;
}

/** How an undated article's publication date was inferred from its story. */
export interface DateInference {
  articleId: string;
  /** The inferred reference date (YYYY-MM-DD): the earliest day the evidence allows. */
  date: string;
  /** The range of days equally consistent with the evidence (inclusive). */
  earliest: string;
  latest: string;
  /** One sentence a user can check: which expressions matched which siblings' dates. */
  why: string;
  /** The article's own sentences whose times were matched, and the siblings' sentences they matched. */
  evidence: EvidenceRef[];
}

export type ClaimStatus = 'corroborated' | 'single-source' | 'conflicting' | 'compatible' | 'changed';

/** What an aligned claim compares across outlets. */
export type ClaimKind = 'event' | 'quantity' | 'ranking' | 'role';

/** The slot whose values differ (conflicting / compatible / changed), or null when they agree. */
export type ClaimSlot = 'time' | 'place' | 'amount' | 'rank' | 'role' | null;

export interface ClaimEvidence extends EvidenceRef {
  stance: 'supports' | 'contradicts';
  outlet: string | null;
  /** The independent source this sentence counts as (see CrossCheckArticle.source). */
  source: string;
  /** The value this sentence gives the compared slot ("2026-03-03", "€340 million", "chief executive"), or null. */
  value: string | null;
  /** Set when the article is a near-copy of another: that article's id. */
  copyOf: string | null;
}

/** Two words of two aligned sentences and how they matched (WordNet: same lemma, synonym, derived form, hypernym). */
export interface WordMatch {
  a: string;
  b: string;
  how: 'same lemma' | 'synonym' | 'derived form' | 'hypernym';
}

/** Why two facts were aligned: the participants they share and the words matched between their sentences. */
export interface AlignmentReason {
  participants: string[];
  words: WordMatch[];
}

/** Why one evidence sentence was aligned with the claim's lead sentence (`AlignedClaim.text`). */
export interface ClaimAlignment extends AlignmentReason {
  articleId: string;
  sentenceIndex: number;
  /** How the sentences were matched: the same figure, rank or person; the same kind of event; or other words. */
  by: 'value' | 'event' | 'paraphrase' | 'equivalent';
}

/** One claim aligned across the story's articles, with its status. */
export interface AlignedClaim {
  /** "k1", "k2", … stable within one dossier. */
  id: string;
  kind: ClaimKind;
  /** A sentence from the sources that states the claim (the majority side's best-supported one). */
  text: string;
  status: ClaimStatus;
  slot: ClaimSlot;
  /** Why this status, in one sentence (names the slot and values for conflicts, copies counted once). */
  note: string;
  evidence: ClaimEvidence[];
  /** Independent sources for the supporting side. */
  sources: string[];
  /** extension: why each other sentence was aligned with the lead sentence (empty for a single sentence). */
  alignment?: ClaimAlignment[];
}

/** One quoted statement and every outlet that carries it. */
export interface QuoteLedgerEntry {
  speaker: string | null;
  /** The fullest variant's quoted words. */
  text: string;
  evidence: EvidenceRef[];
  variants: {
    articleId: string;
    outlet: string | null;
    text: string;
    /** Against the fullest variant: the same words, a trimmed part, an extension, or other words. */
    relation: 'full' | 'same' | 'trimmed' | 'extended' | 'paraphrased';
  }[];
  outlets: string[];
  /** Independent sources carrying it (copies counted once). */
  sources: string[];
  /** The outlet that published it first, when publication times tell; null when they do not. */
  first: { articleId: string; outlet: string | null; published: string } | null;
}

export interface TimelineEntry {
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  precision: Extract<TimePrecision, 'day' | 'month' | 'year'>;
  /** What happened, in the sources' words: the best-supported evidence sentence. */
  text: string;
  /** True when the date rests on an inferred reference date. */
  inferred: boolean;
  /** Before the story's own days (a meeting two years earlier that an article recalls). */
  background: boolean;
  /** After the latest publication date: planned or expected, not yet happened. */
  planned: boolean;
  /** Set when outlets disagree on this date: the aligned claim id that holds the conflict. */
  disputedBy: string | null;
  evidence: EvidenceRef[];
  outlets: string[];
}

export interface CoverageMatrix {
  /** Row labels: the story's outlets (an unknown outlet shows as the article's source key). */
  outlets: string[];
  /** Column labels: aligned claim ids. */
  claimIds: string[];
  /** cells[row][column]. */
  cells: ('covered' | 'not-covered' | 'contradicts')[][];
  /** Per outlet, the claims only it reports. */
  exclusives: { outlet: string; claimIds: string[] }[];
}

export interface SummarySentence {
  text: string;
  /** The chosen sentence first, then sentences of other articles stating the same claim. */
  evidence: EvidenceRef[];
}

/** Everything the cross-check computes for one story. */
export interface CrossCheckedStory {
  title: { text: string; articleId: string };
  claims: AlignedClaim[];
  quotes: QuoteLedgerEntry[];
  timeline: TimelineEntry[];
  coverage: CoverageMatrix;
  summary: SummarySentence[];
}
