// The dossier JSON (contract version 1, ../shared/dossier-contract.md): what every front door emits.
// Contract fields are fixed; fields marked "extension" are Dossier's own additions.
// The same shape is published as a JSON Schema in schema/dossier.schema.json and validated in tests.
import type { Claim, Entity, EntityType, TimePrecision } from './annotations.js';
import type { AlignedClaim, CoverageMatrix, DateInference, QuoteLedgerEntry, SummarySentence, TimelineEntry } from './crosscheck.js';
import type { Article } from './types.js';

export interface Evidence {
  articleId: string;
  /** Copied exactly from that article's `sentences`. */
  sentence: string;
}

export interface TimeAnnotation {
  start: number;
  end: number;
  text: string;
  /** A TimeML TIMEX3 value: 2026-01-28, 2026-01, 2018, P8Y, PRESENT_REF, 2026-W05 … */
  value: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** extension */
  precision: TimePrecision;
  /** extension: TIMEX3 mod (APPROX, START, BEFORE …) */
  mod: string | null;
}

/** One mention of an entity (the contract lists mentions; `entityId` points into `entityIndex`). */
export interface EntityAnnotation {
  start: number;
  end: number;
  text: string;
  name: string;
  type: EntityType;
  /** extension */
  entityId: string;
  /** extension: a name, or a description linked to the entity ("the prime minister") */
  kind: 'name' | 'nominal';
}

export interface QuoteAnnotation {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  /** extension */
  kind: 'direct' | 'fragment';
}

/** extension: the article's entities once each, with roles and aliases. */
export type EntityIndexEntry = Omit<Entity, 'mentions'>;

/** Article fields the contract prints as stored (contract fields, plus titleFrom, languageFrom, format, author, wire, headings). */
type StoredArticleFields =
  | 'id' | 'file' | 'sourceId' | 'url' | 'title' | 'outlet' | 'outletFrom' | 'published' | 'publishedFrom'
  | 'dateline' | 'language' | 'text' | 'removed' | 'titleFrom' | 'languageFrom' | 'format' | 'author' | 'wire' | 'headings';

/** A stage of understanding that knows only English, as it applied to one article. */
export interface StageNote {
  stage: 'sentences' | 'entities' | 'times' | 'quotes' | 'claims';
  /** Why, in a sentence: "English rules only; the article is in German (de)". */
  reason: string;
}

/**
 * extension: how the understanding stage treated the article, by its language. Entities, quotes' speakers
 * and claims are found by English rules; on an article in another language those stages emit nothing
 * (listed in `skipped`) rather than English-rule output, and stages that ran another way (dates by
 * chrono-node's parser for the language, quotes without speakers) are listed in `limited`.
 */
export interface ArticleAnalysis {
  /** The language the article was annotated as (ISO 639-1, as `language`); null when unknown, which is annotated as English. */
  language: string | null;
  /** Stages that did not run: their lists in `annotations` are empty because of the language, not because nothing was there. */
  skipped: StageNote[];
  /** Stages that ran with less than their English rules. */
  limited: StageNote[];
}

export interface DossierArticle extends Pick<Article, StoredArticleFields> {
  /** The clean body split into sentences; evidence quotes these exactly. */
  sentences: string[];
  /** Offsets are JS string indices into `text`. `referenceDate`, `entityIndex` and `claims` are extensions. */
  annotations: {
    times: TimeAnnotation[];
    entities: EntityAnnotation[];
    quotes: QuoteAnnotation[];
    referenceDate: string | null;
    entityIndex: EntityIndexEntry[];
    claims: Claim[];
  };
  storyId: string;
  /** extension: every input this article was read from (duplicates add theirs). */
  sources: string[];
  /** extension: set when the article is a near-copy (wire copy, re-post) of another; it then does not count as an independent source. */
  duplicateOf: { articleId: string; similarity: number; reason: string } | null;
  /** extension: how `published` was inferred from the story (`publishedFrom` is then "inferred"), else null. */
  publishedInference: DateInference | null;
  /** extension: which stages of understanding ran on the article, given its language. */
  analysis: ArticleAnalysis;
}


export interface DossierStory {
  id: string;
  /** Made from the articles' own words. */
  title: string;
  articleIds: string[];
  related: { storyId: string; why: string }[];
  entities: { name: string; type: EntityType; roles: string[]; aliases: string[]; articleIds: string[] }[];
  /** Contract fields speaker, text, evidence; the rest (variants, outlets, sources, first) are extensions. */
  quotes: QuoteLedgerEntry[];
  /** Contract fields date, text, inferred, evidence; precision, background, planned, disputedBy, outlets are extensions. */
  timeline: TimelineEntry[];
  /** Contract fields text, status, evidence (with stance), note; id, kind, slot, sources and evidence extras are extensions. */
  claims: AlignedClaim[];
  /** Evidence items carry `sentenceIndex` as an extension. */
  summary: SummarySentence[];
  /** extension: the article whose words the title is. */
  titleFrom: string;
  /** extension: outlets × claims (covered / not covered / contradicts) and each outlet's exclusive claims. */
  coverage: CoverageMatrix;
  /** extension: the story's near-duplicate copies and the canonical article each copies. */
  duplicates: { articleId: string; canonicalId: string; similarity: number }[];
  /**
   * extension, present only when the story was too big to cross-check whole: how many and which of its
   * articles the ledgers, timeline and summary read, and why. The others are listed but not compared.
   */
  sampled?: { checked: number; of: number; articleIds: string[]; why: string };
  /**
   * extension, present only when the story's analysis failed (a defect, reported instead of aborting the
   * dossier): the stage and its message. Its ledgers, timeline and summary are then empty, never guessed.
   */
  error?: StoryError;
}

/** Where a story's analysis failed: `inferred-dates`, `claim-alignment`, `quote-ledger`, `timeline`, … */
export interface StoryError {
  stage: string;
  message: string;
}

/** The analysis stages a dossier went through, so empty lists can be told apart from "not computed". */
export interface DossierAnalysis {
  /** Stages that ran: e.g. ["ingest", "clean", "sentences"]. */
  stages: string[];
  /** Contract parts this version of Dossier leaves empty, because the stage that fills them is not built yet. */
  notYetComputed: string[];
}

export interface Dossier {
  version: 1;
  generatedAt: string;
  articles: DossierArticle[];
  stories: DossierStory[];
  /** extension */
  analysis: DossierAnalysis;
}
