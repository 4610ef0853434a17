// What the understanding stage finds in one article: entities, time expressions, quotes and claims.
// All offsets are JS string indices (UTF-16 code units) into the annotated text — the article's clean
// `text`, or the raw input under `dossier annotate --raw`. Every type here is plain JSON, so it is
// stored with the article and printed in the dossier as is.
import type { Heading, Sentence, Span } from './types.js';

export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** One place in the text that refers to an entity. */
export interface EntityMention extends Span {
  /** `text.slice(start, end)`. */
  text: string;
  /**
   * `name`: a proper name or part of one ("Keir Starmer", "Starmer", "Sir Keir Starmer", "Starmer’s" → "Starmer");
   * `nominal`: a description linked to the entity ("the prime minister", "the Nigerian minister").
   */
  kind: 'name' | 'nominal';
  sentence: number;
}

export interface Entity {
  /** Unique within the article: "e1", "e2", … in order of first mention. */
  id: string;
  /** The canonical name: the fullest form the article uses, without titles ("Keir Starmer"). */
  name: string;
  type: EntityType;
  /** A finer kind when known: "facility" (a named hall, stadium), "country", "city", "agency" … */
  subtype: string | null;
  /** Roles from titles and appositions, several kept: ["British Prime Minister", "Labour leader"]. */
  roles: string[];
  /** Every other surface form used for it in the article ("Starmer", "Sir Keir Starmer", "the prime minister"). */
  aliases: string[];
  mentions: EntityMention[];
}

/** Calendar precision of a resolved time value. */
export type TimePrecision = 'time' | 'day' | 'week' | 'month' | 'season' | 'quarter' | 'year' | 'decade' | 'century' | 'none';

export interface TimeExpression extends Span {
  text: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /**
   * TimeML TIMEX3 value resolved against the reference date: 2026-03-02, 2026-03, 2026-W10, 2026-SU,
   * 2015, 201 (a decade), P10Y, PRESENT_REF, PAST_REF, FUTURE_REF, T14:30 … When the expression needs a
   * reference date and there is none, the unknown parts are X: "XXXX-XX-XX", "XXXX-WXX-1".
   */
  value: string;
  precision: TimePrecision;
  /** TIMEX3 mod when the expression qualifies the value: BEFORE, AFTER, ON_OR_AFTER, START, MID, END, APPROX, LESS_THAN, MORE_THAN … */
  mod: string | null;
  /**
   * For expressions relative to the reference date ("on Tuesday", "last year", "later this month"):
   * a JSON description that `resolveTime` can resolve again when a reference date is learned later
   * (an undated article whose date is inferred from its story). Null for absolute expressions.
   */
  relative: unknown | null;
  /** The reference date used, or null when none was known. */
  reference: string | null;
  sentence: number;
}

export interface Quote extends Span {
  /** The quoted words without the quotation marks: `text.slice(start, end)`. */
  text: string;
  /** The speaker's canonical entity name, or a name/organization/outlet named as the source; null when unattributable. */
  speaker: string | null;
  /** The entity id of the speaker in this article's entities, when it is one. */
  speakerId: string | null;
  /** Where the attribution was read from: the span of "Strand said", "according to X", "he told reporters" … */
  cue: (Span & { text: string }) | null;
  /** `direct`: a whole quoted statement; `fragment`: quoted words inside reported speech ("described it as a “vital player”"). */
  kind: 'direct' | 'fragment';
  /** Index of the sentence the quote starts in (a quote may run over several). */
  sentence: number;
}

/** "more than 200" → {value: 200, qualifier: 'more-than'}; "about forty" → {value: 40, qualifier: 'approx'}. */
export interface Quantity extends Span {
  text: string;
  value: number;
  /** The upper bound of a range ("between 200 and 300", "200–300"), or a tally's second figure ("234-193", unit `tally`), else null. */
  high: number | null;
  qualifier: 'exact' | 'approx' | 'more-than' | 'less-than' | 'at-least' | 'at-most' | 'nearly' | 'up-to' | 'range';
  /** What is counted or measured: "protesters", "jobs", "€" (with value in units), "percent", "tonnes" … or null. */
  unit: string | null;
  /**
   * What a measure describes, when the figure says: "a 212-page report" (unit "page") → "report", "a 30- to
   * 50-hour safety course" → "safety course", "30 hours of training" → "training", "30-50 hours per person"
   * → "per person". Absent otherwise. A span of time that measures a thing is a figure; one that only says how
   * long a happening lasted ("for 35 days") is not.
   */
  measureOf?: string;
}

/** "the second-busiest port" → {rank: 2, measure: 'busiest', of: 'port'}. */
export interface Ranking extends Span {
  text: string;
  rank: number;
  measure: string;
  of: string | null;
}

/** One atomic factual statement in one sentence, with the slots the cross-check compares across outlets. */
export interface Claim {
  /** "c1", "c2", … in text order. */
  id: string;
  sentence: number;
  /** The exact sentence text (evidence). */
  evidence: string;
  /** Canonical entity names of the actors (subject side); may be empty for agentless statements. */
  actors: string[];
  /** The main verb's lemma: "meet", "sign", "visit", "agree", "say", "kill", "rise" … */
  predicate: string;
  /** True for "did not sign", "never met". */
  negated: boolean;
  /**
   * What the predicate acts on, in the sentence's words ("a ferry agreement", "Anneli Strand"), or null; for an
   * agentless passive whose subject is an open "it", the words of the previous sentence for the thing it stands
   * for ("The photo showed a pier. It was deleted." → "The photo").
   */
  object: string | null;
  /** The time slot: a time expression of the sentence (its value), or null. */
  time: { text: string; value: string } | null;
  /** The place slot: a place entity's canonical name, or null. */
  place: string | null;
  quantities: Quantity[];
  rankings: Ranking[];
  /** Set when the statement is attributed ("X said the talks failed"): the source's name. */
  attributedTo: string | null;
  /** The subject in the sentence's words when no entity names it ("the new ferry terminal"), else null. */
  subject?: string | null;
  /** Canonical names of the entities the object names ("met Karsland’s Foreign Minister Anneli Strand" → ["Karsland", "Anneli Strand"]). */
  objectEntities?: string[];
  /** From the verb group: "signed" past, "says" present, "will sign"/"is expected to sign" future, "could sign" conditional. */
  tense?: 'past' | 'present' | 'future' | 'conditional';
}

/** Everything the understanding stage found in one article. */
export interface ArticleAnnotations {
  /** The reference date times were resolved against (the publication date, or --ref), or null. */
  referenceDate: string | null;
  entities: Entity[];
  times: TimeExpression[];
  quotes: Quote[];
  claims: Claim[];
}

/** What every annotator reads: the text, its sentences (with offsets) and headings, and the reference date. */
export interface AnnotationInput {
  text: string;
  sentences: Sentence[];
  headings: Heading[];
  /** ISO date (YYYY-MM-DD) relative expressions resolve against: the publication date or --ref; null if unknown. */
  reference: string | null;
  /** The article's dateline place, when the cleaner found one ("BEIJING/LONDON"). */
  dateline: string | null;
  /**
   * The article's language (ISO 639-1, `Article.language`). Null or absent means unknown, and unknown
   * is annotated as English (the annotators' rules are English); any other language gets only what works
   * for it (src/understand/language-support.ts).
   */
  language?: string | null;
}
