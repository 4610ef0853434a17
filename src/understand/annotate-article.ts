// Runs the annotators over one article in dependency order — times, then entities, then quotes
// (speakers are entities), then claims (slots use all three) — as a pure function of its input.
// Their rules are English: an article in another language gets only what works for it (dates by
// chrono-node's parser for the language, quotes without speakers; language-support.ts says which),
// never English-rule output such as "Mittwoch" or "Partnerschaft" as names.
import type { AnnotationInput, ArticleAnnotations } from '../core/annotations.js';
import { inStage } from '../core/errors.js';
import { extractClaims } from './claims/index.js';
import { findEntities } from './entities/index.js';
import { chronoLanguage, usesEnglishRules } from './language-support.js';
import { findQuotes, findUnattributedQuotes } from './quotes/index.js';
import { tagTimes, tagTimesInLanguage } from './time/index.js';

/**
 * Bumped whenever an annotator changes what it finds, so annotations stored by an older Dossier
 * are recomputed when read (src/services/article-annotations.ts).
 * 2: articles in other languages get no English-rule entities or claims; their dates come from chrono-node.
 * 3: (issue 13) times: "since January" looks back, "this Tuesday" follows its clause, plans dated just past.
 *    names without titles, party and state words, with suffixes and initials; acronyms as organisations;
 *    quote speakers resolved on real news (issue 13).
 *    more claims per sentence (subordinate and participial clauses, agentless passives, appositions,
 *    "they"/"it"/"the two leaders" resolved where one antecedent fits).
 * 4: (issue 13, quotes) "“Why?” Ms. X asked." one sentence; quotes with mismatched marks or a lost
 *    paragraph mark; speakers past party tags, pronoun chains, name modifiers, "To X," and "they" pairs.
 * 5: a relative clause with a figure or rank is its antecedent's claim ("which passed 234-193"); tallies;
 *    claims of gerund clauses after "before"/"after"/"while"; support verbs ("made a stop" → visit, "held
 *    talks" → meet); no -s noun read as a verb after a participle modifier ("long-strained ties").
 * 6: (issue 13, claims) no -s noun of a plural pair read as a verb ("about marijuana arrests or drug
 *    seizures."), so the clause keeps its verb and whole object; a range with a suspended hyphen ("a 30- to
 *    50-hour safety course") is one quantity and stays in the object; a base form in a mandative "that"
 *    clause is its verb ("recommended that officers who are armed take …"); a relative clause without "that"
 *    ("a model the task force has designed") starts at its determiner.
 * 7: (issue 13) measures that describe a thing ("a 212-page report", "a 30- to 50-hour course": unit and
 *    `measureOf`), "$600 to $900" one range, "without"/"within" end a counted noun; appositions after a
 *    verb's preposition, pronoun contractions ("he's asked"), requests as claims, "The Disclose Act" whole;
 *    "set for <date>" looks ahead, "Feb." is no name, a clause's date before its length; naming verbs
 *    ("called a report … an “…”") and speakerless quote pieces.
 * 8: (issue 13) "this class includes" read as a verb after a noun in -ss; "three-fifths" a fraction like "three
 *    fifths"; "planned/plans/intends to VERB" a plan of VERB; "this afternoon" a time.
 * 9: a four-digit number a verb puts before a plural noun is a count ("forcing 1852 locals"), not a year.
 * 10: (issue 13) a participle after an article or possessive modifies the object's noun ("is the estimated
 *    cost"); a spaced dash ("-- supporters noted") ends the parenthetical before it, so its figure stays its own;
 *    an open "it" of an agentless passive is the thing the previous sentence was about ("It was deleted" → the photo);
 *    a happening an opening adjunct names by a noun shared "with" someone ("At a joint appearance with X, Y said")
 *    is the main subject's (event-nouns.ts); "in brief remarks after" makes no verb of "remarks".
 *    A causative verb with "X to VERB" ("will lead the fund to become exhausted") makes the claim "X VERB"; a figure
 *    in a free relative ("at what X said would be a cost of $700") is a claim attributed to X.
 * 11: "the attorney general", "the congressman" link to the one person with that title; a description's
 *    modifiers never reach back over a sentence's closing stop ("the yard. The prime minister"); a past verb
 *    governing a month ("sales began in January") dates the latest such month not after the report.
 *    A one-word nickname in quotes between given and family name is one person (Tomas "Kip" Varga); "Chief of
 *    Staff" is a title, before a name or alone.
 */
export const ANNOTATIONS_VERSION = 11;

export interface VersionedAnnotations extends ArticleAnnotations {
  version: number;
}

export function annotateArticle(input: AnnotationInput): VersionedAnnotations {
  if (!usesEnglishRules(input.language)) return annotateOtherLanguage(input);
  // Each annotator is a named stage: a defect says which one failed (the article's `failed` outcome).
  const times = inStage('times', () => tagTimes(input));
  const entities = inStage('entities', () => findEntities(input));
  const quotes = inStage('quotes', () => findQuotes(input, entities));
  const claims = inStage('claims', () => extractClaims(input, entities, times, quotes));
  return { version: ANNOTATIONS_VERSION, referenceDate: input.reference, entities, times, quotes, claims };
}

/** An article in another language: its dates when chrono-node reads the language, its quotes without speakers. */
function annotateOtherLanguage(input: AnnotationInput): VersionedAnnotations {
  const locale = chronoLanguage(input.language);
  const times = locale ? inStage('times', () => tagTimesInLanguage(input, locale)) : [];
  const quotes = inStage('quotes', () => findUnattributedQuotes(input));
  return { version: ANNOTATIONS_VERSION, referenceDate: input.reference, entities: [], times, quotes, claims: [] };
}

/** The reference date of an article: the calendar day of its publication date, or null. */
export function referenceDateOf(published: string | null): string | null {
  return published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
}
