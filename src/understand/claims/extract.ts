// Turns each sentence into atomic claims with the slots the cross-check compares across outlets:
// actors, predicate, negation, object, time, place, quantities, rankings, and who the claim is attributed to.
//
// Steps, each with its example:
//   1. a sentence splits into segments: the words outside direct quotes, and each direct quote's words
//      (claims inside a quote are its speaker's: `attributedTo`);
//   2. each verb group is a claim (verb-groups.ts); "Velsand and Karsland signed a deal and agreed to …" → two;
//   3. a speech verb with a clause after it is a frame, not a claim: "Fenwick said Velsand wants …" → the
//      claim is "Velsand wants …", attributed to Fenwick; "“…,” Strand said" alone makes no claim (the quote
//      ledger has it); "According to Nordvel, …" attributes the whole sentence;
//   4. slots: actors from the subject (mentions.ts: names, nominals, pronouns, "who"), or from "by …" in
//      the passive; the object is the words after the verb up to a preposition or clause boundary; time,
//      place, quantities and rankings are the ones in the verb's clause (the time closest to the verb);
//   5. quality over recall: a claim needs an actor, a quantity or ranking, or a named subject and an object.
import type { AnnotationInput, Claim, Entity, Quantity, Quote, Ranking, TimeExpression } from '../../core/annotations.js';
import type { Span } from '../../core/types.js';
import { speakerOfWords } from '../quotes/attribution.js';
import { indexMentions, mentionsIn, subjectBefore, type MentionIndex, type Referent, type Subject } from '../quotes/mentions.js';
import { isKnownVerb, isPastForm, tokenize, verbLemma, type Token } from '../../text/index.js';
import { resolveAnaphor, type Antecedent } from './antecedents.js';
import { findAppositions } from './appositions.js';
import { eventNounIn } from './event-nouns.js';
import { quantitiesInTokens } from './quantities.js';
import { rankingsInTokens } from './rankings.js';
import { clauseWordAt, findVerbGroups, grammarWords, nonRestrictiveAt, type VerbGroup } from './verb-groups.js';
import { abbreviationsLexicon, claimGrammarLexicon } from '../../config/lexicons.js';
import { once } from '../../core/lazy.js';

/** The claim grammar's lists this scanner reads (lexicon/claim-grammar.json), and every abbreviation. */
const claimWords = once(() => {
  const g = claimGrammarLexicon();
  const a = abbreviationsLexicon();
  return {
    locatives: new Set(g.locatives),
    motionVerbs: new Set(g.motionVerbs),
    placeObjectVerbs: new Set(g.placeObjectVerbs),
    infinitiveVerbs: new Set(g.infinitiveVerbs),
    subjectPronouns: new Set(g.subjectPronouns),
    forecastVerbs: new Set(g.forecastVerbs),
    causativeVerbs: new Set(g.causativeVerbs),
    appositionOpeners: new Set(g.appositionOpeners),
    depictionVerbs: new Set(g.depictionVerbs),
    supportVerbs: new Map(Object.entries(g.supportVerbs).map(([verb, nouns]) => [verb, new Map(Object.entries(nouns))])),
    parentheticalAdverbs: new Set(g.parentheticalAdverbs),
    prepositionVerbs: { for: new Set(g.forObjectVerbs), against: new Set(g.againstObjectVerbs) } as Record<string, Set<string>>,
    abbreviations: new Set([...a.titles, ...a.beforeNumbers, ...a.other, ...a.ambiguous, ...a.continuations]),
  };
});

const COORDINATORS = new Set(['and', 'but', 'or']);
const SIMULTANEOUS = new Set(['as', 'when', 'while']);
// An object noun phrase longer than this has run into another clause the scan did not see.
const MAX_OBJECT_TOKENS = 10;
const QUOTE_MARK = /^[“”"‘’]$/;
const ARTICLE_OR_POSSESSIVE = /^(?:the|a|an|its|his|her|their|our|my|your)$/;
const MAX_SUBJECT_WORDS = 8;
// A "sentence" longer than this is a list or a table run together, not prose: the longest of 134,037 sentences
// in the BASIL, ECB+, WCXB and scrapinghub texts has 355 tokens. It makes no claims; the clause scan is
// quadratic in its verbs (one 100,000-character line of "said" took 5 s, of ", signed by Berg" 11 s).
const MAX_SENTENCE_TOKENS = 400;

interface Context {
  input: AnnotationInput;
  index: MentionIndex;
  times: readonly TimeExpression[];
  skips: Span[];
  /** Attribution cues of the quotes ("he told reporters"): their verbs are not claims. */
  cues: Span[];
  /** The previous sentence's main clause, the antecedent "they" or "it" may stand for (antecedents.ts). */
  previous: Antecedent | null;
  /** The thing the previous sentence's main clause is about, in its words, when no entity names it (`describedThing`). */
  previousThing: Phrase | null;
}

type Phrase = { start: number; end: number; text: string };

interface Slots {
  group: VerbGroup;
  subject: Subject | null;
  actors: Referent[];
  object: { start: number; end: number; text: string } | null;
  objectEntities: string[];
  /** The entities the object names, as referents: a plural "they" may stand for the subject and them. */
  objectRefs: Referent[];
  regionStart: number; // char offsets of the verb's clause
  regionEnd: number;
  /** Spans inside the region that belong to another clause: ", who is responsible for ports," */
  holes: Span[];
  /** Appositions describing the subject: their rankings and numbers are the subject's, their time and place are not the claim's. */
  appositions: Span[];
  frame: boolean;
  attributedTo: string | null;
  level: number;
  relative: boolean;
  /** "…, which fishermen claim could be used …,": a frame inside a relative clause reaches only to the next comma. */
  inRelative: boolean;
  /** "…, as they met in Lindor": a clause of "as", "when" or "while" happens at its host clause's time. */
  simultaneous: boolean;
}

/** The span of a quote with its marks, so words of the quote are never read as a subject. */
function markedSpan(text: string, q: Quote): Span {
  let start = q.start;
  while (start > 0 && start > q.start - 3 && !/[“"‘']/.test(text[start - 1]!)) start--;
  let end = q.end;
  while (end < text.length && end < q.end + 3 && !/[”"’']/.test(text[end]!)) end++;
  return { start: Math.max(0, start - 1), end: Math.min(text.length, end + 1) };
}

/** The object noun phrase after the head verb, in the sentence's words. */
function readObject(ctx: Context, tokens: readonly Token[], g: VerbGroup, nextFirst: number): { start: number; end: number; text: string } | null {
  const grammar = grammarWords();
  let j = g.head + 1;
  if (g.lemma === 'meet' && tokens[j]?.lower === 'with') j++;
  const startsTime = (t: Token): boolean => ctx.times.some((x) => x.start === t.start);
  // "is now the country’s second-largest port": an adverb or a one-word time ("now", "today") before the
  // object is not part of it (the time slot has it), and must not end the object before it starts.
  while (j < nextFirst && (grammar.adverbs.has(tokens[j]!.lower) || ctx.times.some((x) => x.start === tokens[j]!.start && x.end === tokens[j]!.end))) j++;
  const first = j;
  if (tokens[j]?.lower === 'to' && claimWords().infinitiveVerbs.has(g.lemma) && isKnownVerb(tokens[j + 1]?.lower ?? '')) j += 2; // "agreed to restore …"
  let lastAnd = -1;
  while (j < nextFirst && j - first < MAX_OBJECT_TOKENS) {
    const t = tokens[j]!;
    if (QUOTE_MARK.test(t.text)) {
      j++;
      continue;
    }
    // Coordination inside the noun phrase goes on: "a more stable and balanced partnership", "his counterpart
    // Strand and Deputy Minister Sune Castell, who …"; "a deal and agreed to …", "a deal and Karsland agreed" stop:
    // there the next verb group follows in the same stretch, with no comma or clause word before it.
    const andContinues = (t.lower === 'and' || t.lower === 'or') && j > first && !newClauseAfter(tokens, j, nextFirst);
    // "a 30- to 50-hour course", "30 to 50 hours": the "to" of a range between two figures is no stop.
    const rangeTo = t.lower === 'to' && /^\d/.test(tokens[j + 1]?.text ?? '') && /^(\d.*|-)$/.test(tokens[j - 1]?.text ?? '');
    // … and its second figure is the range's, even where the time annotator reads a duration ("50-hour").
    const rangeEnd = tokens[j - 1]?.lower === 'to' && /^\d/.test(t.text) && /^(\d.*|-)$/.test(tokens[j - 2]?.text ?? '');
    if (/^[,.;:!?()—–]$/.test(t.text) || (grammar.objectStops.has(t.lower) && !andContinues && !qualifierThan(tokens, j) && !rangeTo) || (startsTime(t) && !rangeEnd)) break;
    if (andContinues) lastAnd = j;
    // "a deal meant to …" stops; "stable and balanced partnership": a participle between "and" and a noun is an adjective.
    const adjective = COORDINATORS.has(tokens[j - 1]?.lower ?? '') && /^\p{Ll}/u.test(tokens[j + 1]?.text ?? '') && !grammar.objectStops.has(tokens[j + 1]!.lower);
    // After "be" the participle is the predicate adjective: "was deeply alarmed".
    const predicative = g.lemma === 'be' && tokens.slice(first, j).every((x) => /ly$/.test(x.lower));
    // "is the estimated cost", "hired a trusted firm": a participle right after an article or a possessive modifies
    // the noun after it — which may itself look like a past form ("cost", "set").
    const modifier = (ARTICLE_OR_POSSESSIVE.test(tokens[j - 1]?.lower ?? '') && /^\p{Ll}/u.test(tokens[j + 1]?.text ?? '') && !grammar.objectStops.has(tokens[j + 1]!.lower)) ||
      (ARTICLE_OR_POSSESSIVE.test(tokens[j - 2]?.lower ?? '') && isPastForm(tokens[j - 1]!.lower) && j - 1 > first);
    if (j > first && isPastForm(t.lower) && /^\p{Ll}/u.test(t.text) && !t.lower.includes('-') && !adjective && !predicative && !modifier) break;
    // "wants to show it is earnest": the words after a complement verb are the next clause's subject.
    if (j === first + 2 && tokens[first]!.lower === 'to' && grammar.complementVerbs.has(tokens[first + 1]!.lower) && newClauseAfter(tokens, j - 1, nextFirst)) break;
    j++;
  }
  // Cut at the limit inside a coordination ("Karsland’s dredging of the channel and the new coastal …"): keep the first conjunct.
  if (j - first >= MAX_OBJECT_TOKENS && j < nextFirst && tokens[j]!.word && lastAnd > first) j = lastAnd;
  let last = j - 1;
  while (last >= first && (QUOTE_MARK.test(tokens[last]!.text) || ['the', 'a', 'an', 'and', 'or', 'of'].includes(tokens[last]!.lower))) last--;
  let start = first;
  while (start <= last && QUOTE_MARK.test(tokens[start]!.text)) start++;
  if (last < start) return null;
  // Keep a fragment's marks balanced: "a “long-term partner”".
  const text0 = ctx.input.text;
  if (text0.slice(tokens[start]!.start, tokens[last]!.end).includes('“') && text0[tokens[last]!.end] === '”') {
    return { start: tokens[start]!.start, end: tokens[last]!.end + 1, text: text0.slice(tokens[start]!.start, tokens[last]!.end + 1) };
  }
  const text = ctx.input.text.slice(tokens[start]!.start, tokens[last]!.end);
  return { start: tokens[start]!.start, end: tokens[last]!.end, text };
}

/**
 * "called for the creation of a safety course", "voted against the bill": a verb with no noun object whose
 * complement is a "for"/"against" phrase (lexicon/claim-grammar.json `forObjectVerbs`, `againstObjectVerbs`;
 * not "signed for her government") has that phrase as its object, preposition included (not "for 30 years",
 * a duration: the time slot's).
 */
function prepositionalObject(ctx: Context, tokens: readonly Token[], g: VerbGroup, nextFirst: number): { start: number; end: number; text: string } | null {
  let j = g.head + 1;
  while (j < nextFirst && grammarWords().adverbs.has(tokens[j]!.lower)) j++;
  const p = tokens[j];
  const next = tokens[j + 1];
  if (!p || !claimWords().prepositionVerbs[p.lower]?.has(g.lemma) || !next?.word || ctx.times.some((t) => t.start === next.start)) return null;
  const inner = readObject(ctx, tokens, { ...g, head: j }, nextFirst);
  return inner ? { start: p.start, end: inner.end, text: ctx.input.text.slice(p.start, inner.end) } : null;
}

/** Words between a support verb and its noun: "a", "his", "quick" in "made a quick stop" (lexicon `supportVerbs`). */
const MAX_SUPPORT_GAP = 3;

/**
 * "made a short stop in Holmstad" → visit, "held talks with Fenwick" → meet: a light verb whose object's head
 * noun names the happening (lexicon/claim-grammar.json `supportVerbs`), with the verb it means and the
 * noun's index; or null. The noun is the object's head: a determiner or adjectives may come before it, no
 * preposition or clause word.
 */
function supportNoun(tokens: readonly Token[], g: VerbGroup, nextFirst: number): { lemma: string; noun: number } | null {
  const nouns = claimWords().supportVerbs.get(g.lemma);
  if (!nouns) return null;
  const { objectStops } = grammarWords();
  for (let j = g.head + 1; j < Math.min(nextFirst, g.head + 2 + MAX_SUPPORT_GAP); j++) {
    const t = tokens[j]!;
    const meant = nouns.get(t.lower);
    // … its head: what follows ends the noun phrase ("a stop in", not "a stop sign").
    const after = tokens[j + 1];
    if (meant !== undefined) return after === undefined || (!after.word && after.text !== '-') || after.cap || objectStops.has(after.lower) ? { lemma: meant, noun: j } : null;
    if (!t.word || t.cap || objectStops.has(t.lower) || QUOTE_MARK.test(t.text)) return null;
  }
  return null;
}

/** "more than 200 jobs", "by more than 40 Karslander port executives": "than" of a quantity qualifier ends no phrase. */
function qualifierThan(tokens: readonly Token[], k: number): boolean {
  return tokens[k]!.lower === 'than' && /^(more|less|fewer)$/.test(tokens[k - 1]?.lower ?? '');
}

/** The next verb group (at `nextFirst`) follows token `j` with no comma or clause word between: "a deal and Karsland agreed". */
function newClauseAfter(tokens: readonly Token[], j: number, nextFirst: number): boolean {
  if (nextFirst >= tokens.length) return false;
  const { boundaries } = grammarWords();
  for (let k = j + 1; k < nextFirst; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === ';' || boundaries.has(t.lower)) return false;
  }
  return true;
}

/** Names of the entities inside a span, not possessive modifiers ("Velsand’s … market" names none). */
function entitiesIn(index: MentionIndex, start: number, end: number): Referent[] {
  const out: Referent[] = [];
  for (const m of mentionsIn(index, start, end)) {
    if (m.possessive || m.modifier || out.some((r) => r.id === m.entity.id)) continue;
    out.push({ name: m.entity.name, id: m.entity.id, type: m.entity.type });
  }
  return out;
}

/** "the deal was signed by Strand and Halloran": the agents after "by", and the by-phrase's words. */
function passiveAgents(ctx: Context, tokens: readonly Token[], g: VerbGroup, nextFirst: number): { referents: Referent[]; words: Subject | null } {
  let j = g.head + 1;
  const none = { referents: [], words: null };
  if (tokens[j]?.lower !== 'by') {
    // "was signed at the Customs House by …": the agent may follow one prepositional phrase.
    const by = tokens.findIndex((t, k) => k > g.head && k < Math.min(nextFirst, g.head + 8) && t.lower === 'by');
    if (by < 0) return none;
    j = by;
  }
  let k = j + 1;
  while (k < nextFirst && !/^[.;:!?]$/.test(tokens[k]!.text) && !(grammarWords().objectStops.has(tokens[k]!.lower) && tokens[k]!.lower !== 'and' && !qualifierThan(tokens, k))) {
    if (tokens[k]!.text === ',' && !(tokens[k + 1]?.lower === 'and')) break;
    k++;
  }
  if (k <= j + 1) return none;
  const start = tokens[j + 1]!.start;
  const end = tokens[k - 1]!.end;
  const referents = entitiesIn(ctx.index, start, end);
  return { referents, words: { referents, phrase: ctx.input.text.slice(start, end), start, end } };
}

/**
 * Token index where the clause of group `g` starts: after the last boundary since the previous verb.
 * `first` is where the clause's verb group begins (the caller may ask about the words before a ", who …,").
 */
function clauseStart(tokens: readonly Token[], groups: readonly VerbGroup[], gi: number, segmentFrom: number, first = groups[gi]!.first): { at: number; relative: boolean; inRelative?: boolean } {
  const grammar = grammarWords();
  const g = groups[gi]!;
  const prev = groups[gi - 1];
  const floor = prev ? prev.head + 1 : segmentFrom;
  // "stay in Velsand until Thursday and will travel to Valeport": a coordinated verb's clause starts at
  // the verb (its subject is shared), so the words before "and" stay with the first verb.
  if (g.coordinated && first === g.first && prev) return { at: g.first, relative: false };
  for (let k = first - 1; k >= floor; k--) {
    const w = tokens[k]!.lower;
    // A quote's segment may hold several sentences: "… for a generation. It is not a favour …" (not "Dr. Vautrin").
    if ((w === '.' && !claimWords().abbreviations.has(tokens[k - 1]?.lower ?? '') && (tokens[k - 1]?.text.length ?? 0) > 1) || w === '!' || w === '?') return { at: k + 1, relative: false };
    // "wants to show it is earnest": the clause after an infinitive complement verb starts after it.
    if (tokens[k - 1]?.lower === 'to' && grammar.complementVerbs.has(w)) return { at: k + 1, relative: false };
    // "… magazine, which estimated it as costing more than $2 million -- supporters noted …": a dash between
    // spaces ends the parenthetical before it; the clause starts after it (when it has words there: not "-- said").
    if (k + 1 < first && spacedDash(tokens, k)) return { at: k + 1, relative: false };
    if (!clauseWordAt(tokens, k, first, grammar) && w !== ';') continue;
    // ", though," between commas is a parenthetical adverb, not a clause: "Hutchinson, though, did call for …".
    if (tokens[k - 1]?.text === ',' && tokens[k + 1]?.text === ',' && claimWords().parentheticalAdverbs.has(w)) continue;
    if (w === 'who' || w === 'whom') return { at: k, relative: false }; // the subject is "who": resolved to its antecedent
    if ((w === 'which' || w === 'that' || w === 'whose') && k === first - 1) return { at: k, relative: true }; // "a dispute that has fueled …"
    if (w === 'whose') return { at: k, relative: true };
    // "find out whether a ferry can pay its way", "if the deal fails": an open question or a condition is not asserted.
    if (w === 'whether' || w === 'if' || w === 'unless') return { at: k + 1, relative: true };
    return { at: k + 1, relative: false, inRelative: w === 'which' || w === 'whom' };
  }
  if (!prev) return { at: segmentFrom, relative: false };
  // "Fenwick, who hosted the talks, said …": after a closed ", who …," the clause began before it; so too after
  // an apposition that ends in a relative clause: "Lai, a media mogul who is facing trial, is …".
  const r = nonRestrictiveAt(tokens, prev.first) >= 0 ? nonRestrictiveAt(tokens, prev.first) : relativeInApposition(tokens, prev.first, segmentFrom);
  if (r >= 0 && tokens.slice(prev.head + 1, first).some((t) => t.text === ',')) return { at: clauseStart(tokens, groups, gi - 1, segmentFrom, r - 1).at, relative: false };
  // "I have worked this harbour for 30 years and I have never seen …": after a verb that takes a noun
  // object, "and" with no comma before the next verb starts a new clause with its own subject. After
  // "said" or "believes" the words are the reported clause's subject ("said Velsand and Karsland signed").
  if (!prev.speech && !grammar.complementVerbs.has(prev.lemma) && !tokens.slice(prev.head + 1, first).some((t) => t.text === ',')) {
    for (let k = prev.head + 2; k < first - 1; k++) if (COORDINATORS.has(tokens[k]!.lower)) return { at: k + 1, relative: false };
  }
  // "signed an agreement on Tuesday to rebuild the link, the most expensive project the two countries have
  // undertaken": after a verb that takes a noun object, the words up to the last comma are its object and
  // adverbials; the new clause starts after that comma, so the first verb keeps "on Tuesday".
  if (!prev.speech && !grammar.complementVerbs.has(prev.lemma) && !prev.reduced) {
    for (let k = first - 1; k > prev.head; k--) if (tokens[k]!.text === ',') return { at: k + 1, relative: false };
  }
  // No boundary: after a reduced participle ("The agreement, signed by …, will see") the clause began before it.
  if (prev.reduced) return clauseStart(tokens, groups, gi - 1, segmentFrom);
  // "take a course based on a model the task force has designed": a relative clause without "that" starts at the
  // determiner right after its antecedent noun, so the words before it stay the previous verb's.
  if (!prev.speech && !grammar.complementVerbs.has(prev.lemma)) {
    for (let k = first - 1; k > prev.head + 2; k--) {
      const before = tokens[k - 1]!;
      if (tokens[k]!.lower === 'the' && /^\p{Ll}{3,}$/u.test(before.text) && !grammar.determiners.has(before.lower) && !grammar.objectStops.has(before.lower) && !grammar.adverbs.has(before.lower) && !isPastForm(before.lower) && !before.lower.endsWith('ing')) {
        return { at: k, relative: false, inRelative: true };
      }
    }
  }
  return { at: prev.head + 1, relative: false };
}

function place(ctx: Context, tokens: readonly Token[], s: Slots, actorIds: Set<string | null>): string | null {
  const isPlace = (e: Entity): boolean => e.type === 'place' || e.subtype === 'facility';
  const headEnd = tokens[s.group.head]!.end;
  const headStart = tokens[s.group.head]!.start;
  for (const m of mentionsIn(ctx.index, s.regionStart, s.regionEnd)) {
    if (!isPlace(m.entity) || m.possessive || m.modifier || actorIds.has(m.entity.id) || !inSlot(s, m) || inApposition(s, m)) continue;
    const before = /(\p{L}+)\s+(?:the\s+)?$/u.exec(ctx.input.text.slice(Math.max(0, m.start - 16), m.start))?.[1]?.toLowerCase() ?? '';
    // "a skipper detained in Brekka": a place after a participle other than the verb belongs to that participle's noun.
    const from = Math.max(0, m.start - 40);
    const lead = /(?<!\p{L})(\p{Ll}+)\s+(\p{L}+)\s+(?:the\s+)?$/u.exec(ctx.input.text.slice(from, m.start));
    if (lead && claimWords().locatives.has(lead[2]!.toLowerCase()) && isPastForm(lead[1]!) && from + lead.index !== headStart) continue;
    // "paid a visit to Valeport": a visit with no object goes to the place after "to", as a journey does.
    const destination = claimWords().motionVerbs.has(s.group.lemma) || (claimWords().placeObjectVerbs.has(s.group.lemma) && !s.object);
    if (claimWords().locatives.has(before) || (before === 'to' && destination && m.start > headEnd)) return m.entity.name;
  }
  if (claimWords().placeObjectVerbs.has(s.group.lemma) && s.object) {
    const target = mentionsIn(ctx.index, s.object.start, s.object.end).find((m) => isPlace(m.entity) && !m.possessive);
    if (target) return target.entity.name;
  }
  return null;
}

/**
 * The time expression of the clause closest to the verb; a date before a length, wherever they stand: "would
 * keep the government open for three weeks until Feb. 15" happens until Feb. 15, for three weeks.
 */
function timeOf(ctx: Context, tokens: readonly Token[], s: Slots): { text: string; value: string } | null {
  const head = tokens[s.group.head]!;
  let best: TimeExpression | null = null;
  let bestDistance = Infinity;
  for (const t of ctx.times) {
    if (!inSlot(s, t) || inApposition(s, t)) continue;
    // A length counts only when the clause gives no date: its distance is pushed past every date's.
    const distance = (t.start >= head.end ? t.start - head.end : head.start - t.end) + (t.type === 'DURATION' || /^PT?\d/.test(t.value) ? 1e6 : 0);
    if (distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
  }
  return best ? { text: best.text, value: best.value } : null;
}

/** "According to Nordvel, …" at the start of a segment: the source of the sentence. */
function accordingTo(ctx: Context, tokens: readonly Token[], from: number): string | null {
  if (tokens[from]?.lower !== 'according' || tokens[from + 1]?.lower !== 'to') return null;
  const comma = tokens.findIndex((t, k) => k > from + 2 && t.text === ',');
  if (comma < 0) return null;
  return speakerOfWords(ctx.index, tokens[from + 2]!.start, tokens[comma - 1]!.end, ctx.skips)?.name ?? null;
}

export interface ClaimDraft extends Omit<Claim, 'id'> {}

/**
 * "The harbour authority expects the terminal work to create more than 200 jobs": the claim is the
 * forecast — "the terminal work" create "more than 200 jobs", future — attributed to the forecaster, so it
 * lines up with "the harbour authority says the terminal will create about 250 jobs".
 */
function forecastClaim(ctx: Context, tokens: readonly Token[], s: Slots, nextFirst: number): void {
  const g = s.group;
  // "… which will lead the reserve fund to become exhausted in 2041": what the fund comes to do is the claim,
  // in the causing verb's tense, attributed to no one (lexicon/claim-grammar.json `causativeVerbs`).
  const causative = claimWords().causativeVerbs.has(g.lemma);
  if (!(causative || claimWords().forecastVerbs.has(g.lemma)) || g.passive || !s.object || s.frame) return;
  const to = tokens.findIndex((t) => t.start >= s.object!.end);
  const verb = tokens[to + 1];
  if (to < 0 || tokens[to]!.lower !== 'to' || verb === undefined || !verb.word || verb.cap || !isKnownVerb(verb.lower)) return;
  const forecast: VerbGroup = { ...g, first: to, head: to + 1, lemma: verbLemma(verb.lower), tense: causative ? g.tense : 'future', speech: false, reduced: false, coordinated: false };
  const object = readObject(ctx, tokens, forecast, nextFirst);
  // "can prompt defendants to settle": with nothing after the caused verb the cause itself is the claim.
  if (causative && object === null) return;
  const subjectWords = s.object;
  if (!causative) s.attributedTo = s.attributedTo ?? s.actors[0]?.name ?? s.subject?.phrase ?? null;
  s.actors = entitiesIn(ctx.index, subjectWords.start, subjectWords.end);
  s.subject = { referents: s.actors, phrase: subjectWords.text, start: subjectWords.start, end: subjectWords.end };
  s.group = forecast;
  s.object = object;
  s.objectEntities = object ? entitiesIn(ctx.index, object.start, object.end).map((r) => r.name) : [];
  // "… this year, which will lead the fund to become exhausted": the caused claim has its own subject, so it
  // is no description of the relative's antecedent.
  if (causative) s.relative = false;
}

/** "at what Fenwick said", "in what officials estimated": a preposition, "what", a speaker and a saying verb. */
const FREE_RELATIVE = /^(?:at|in|for|to|with|from|on)\s+what\s+(.+?)\s+(?:said|says|called|calls|estimated|estimates|described\s+as|expects|expected)$/i;

/** Speech verbs that take an object and an infinitive: "asked a firm to take a look", "urged lawmakers to examine". */
const REQUEST_VERBS = new Set(['ask', 'tell', 'urge', 'order', 'press', 'invite', 'encourage', 'instruct', 'advise', 'remind', 'request', 'persuade', 'direct', 'call']);

/**
 * "he's asked an Internet security firm to take a hard look … and find out what happened": a request — its object
 * then "to" and a verb, before the next verb group — reports no clause; it is a claim of its own (ask, the firm).
 */
function asksToDo(tokens: readonly Token[], g: VerbGroup, nextFirst: number): boolean {
  if (!REQUEST_VERBS.has(g.lemma) || g.passive) return false;
  const objectWords = (k: number): boolean => tokens[k]!.word && !grammarWords().boundaries.has(tokens[k]!.lower);
  for (let k = g.head + 2; k < nextFirst - 1 && k <= g.head + 1 + MAX_OBJECT_TOKENS; k++) {
    const t = tokens[k]!;
    if (t.lower === 'to' && /^\p{Ll}+$/u.test(tokens[k + 1]!.text) && isKnownVerb(tokens[k + 1]!.lower)) return true;
    if (!objectWords(k)) return false;
  }
  return false;
}

/** `g` is the first or the last speech verb inside the quote's cue `c`: the verb that attributes the quote. */
function attributionVerb(tokens: readonly Token[], groups: readonly VerbGroup[], g: VerbGroup, c: Span): boolean {
  const inCue = groups.filter((x) => x.speech && tokens[x.head]!.start >= c.start && tokens[x.head]!.end <= c.end);
  return inCue[0] === g || inCue[inCue.length - 1] === g;
}

/**
 * "Lai, a media mogul who is facing trial, is …": the index of a "who"/"which" right before the verb group at
 * `first`, inside a comma-opened apposition (an odd number of commas before it in the segment), or -1.
 */
function relativeInApposition(tokens: readonly Token[], first: number, from: number): number {
  for (let k = first - 1; k >= Math.max(from + 1, first - 3); k--) {
    const w = tokens[k]!.lower;
    if (w === 'who' || w === 'which') return tokens.slice(from, k).filter((t) => t.text === ',').length % 2 === 1 ? k : -1;
    if (!tokens[k]!.word) return -1;
  }
  return -1;
}

/**
 * A dash that sets off a parenthetical: an em dash, or an en dash or hyphen run ("--") with a space on each
 * side — not the dash of a range or a compound ("1995–2007", "30- to 50-hour", "Colorado-sourced").
 */
function spacedDash(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.text === '—') return !/^\d/.test(tokens[k - 1]?.text ?? '') || !/^\d/.test(tokens[k + 1]?.text ?? '');
  if (t.text !== '–' && t.text !== '-') return false;
  let a = k;
  let b = k;
  while (tokens[a - 1]?.text === '-' && tokens[a - 1]!.end === tokens[a]!.start) a--;
  while (tokens[b + 1]?.text === '-' && tokens[b + 1]!.start === tokens[b]!.end) b++;
  const before = tokens[a - 1];
  const after = tokens[b + 1];
  return before !== undefined && after !== undefined && before.end < tokens[a]!.start && after.start > tokens[b]!.end;
}

/** Words that name a passive's patient: not a pronoun, a question word or a clause the scan misread. */
function namedPatient(words: string): boolean {
  const first = words.split(/\s+/)[0]!.toLowerCase();
  return !claimWords().subjectPronouns.has(words.toLowerCase()) && !/^(what|which|who|whom|whose|how|why|where|when|whether|that|this|these|those|all|some|many|much|more|most|one|none|each|both|either|neither|another|others|older|younger)$/.test(first) && words.split(/\s+/).length <= MAX_SUBJECT_WORDS;
}

/** A clause as the antecedent of a later "they" or "it". */
function antecedentOf(s: Slots): Antecedent {
  // "met Dario Fenwick", "met Strand and Fenwick": names only, no rival for "it" or "they".
  const entityOnly = s.object !== null && s.objectRefs.length > 0 && /^(?:\p{Lu}[\p{L}’'.-]*|and|of)(?:\s+(?:\p{Lu}[\p{L}’'.-]*|and|of))*$/u.test(s.object.text);
  return { actors: s.actors, objectRefs: s.objectRefs, objectWords: s.object && !entityOnly ? s.object.text : null, copula: s.group.lemma === 'be' };
}

/**
 * What a sentence's main clause is about when no entity names it, as the antecedent of the next sentence's
 * "it": its subject's words ("The photo in question showed …"), or a passive's patient ("A photo of the pier
 * was sent to …"). Only a singular noun phrase an article opens (by its head: "a photo of two cranes" is one photo), and none
 * when the clause's object is another singular thing ("The council approved a plan. It …": the plan or the
 * council?) — unless the verb is a copula or shows what the subject depicts ("The photo showed a pier").
 */
function describedThing(slots: readonly Slots[]): Phrase | null {
  const s = slots.find((x) => x.level === 0 && !x.relative && !x.group.reduced && !x.frame);
  if (!s || s.actors.length > 0 || s.objectRefs.some((r) => r.type === 'person')) return null;
  const thing = s.group.passive ? s.object : s.subject && s.subject.referents.length === 0 ? { start: s.subject.start, end: s.subject.end, text: s.subject.phrase } : null;
  // A common noun phrase opened by an article ("The photo in question", "a lewd photo of …"), not a possessive
  // name's ("Oklahoma’s attorney general": a person the entity annotator left unnamed) nor a misread clause.
  if (!thing || !/^(?:the|a|an)\s/i.test(thing.text) || !namedPatient(thing.text) || !singularHead(thing.text)) return null;
  const rival = !s.group.passive && s.object !== null && s.group.lemma !== 'be' && !claimWords().depictionVerbs.has(s.group.lemma) && singularHead(s.object.text);
  return rival ? null : thing;
}

/** Whether a noun phrase's head — its last word before a preposition or clause word — is singular ("a photo of two cranes"). */
function singularHead(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  const stop = words.findIndex((w, i) => i > 0 && /^(?:of|in|on|at|for|from|with|to|by|about|that|which|who|whose)$/i.test(w));
  const head = (stop < 0 ? words[words.length - 1] : words[stop - 1])!.toLowerCase().replace(/[^\p{L}]/gu, '');
  return /^\p{Ll}/u.test(head) && (!/s$/.test(head) || /ss$/.test(head));
}

/** "The two ministers also" → "The two ministers". */
function trimAdverbs(phrase: string): string {
  const words = phrase.split(' ');
  while (words.length > 1 && grammarWords().adverbs.has(words[words.length - 1]!.toLowerCase())) words.pop();
  return words.join(' ');
}

/** A span inside the slot's clause and outside the clauses nested in it. */
function inApposition(s: Slots, x: Span): boolean {
  return s.appositions.some((a) => x.start < a.end && x.end > a.start);
}

function inSlot(s: Slots, x: Span): boolean {
  return x.start >= s.regionStart && x.end <= s.regionEnd && !s.holes.some((h) => x.start < h.end && x.end > h.start);
}

/**
 * "Halloran will meet … Sune Castell, who is responsible for ports and fisheries, in Holmstad on Thursday":
 * a non-restrictive relative clause ends at its closing comma. The words after that comma go back to the
 * clause it interrupts (Halloran meets in Holmstad on Thursday), and no other clause reads its time or place.
 */
function closeRelatives(tokens: readonly Token[], groups: readonly VerbGroup[], slots: Slots[]): void {
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi]!;
    // A reduced participle clause between commas is a parenthetical too: "the Brekka ferry, suspended since 2019, and …".
    const reduced = g.reduced && tokens[g.first - 1]?.text === ',';
    const r = reduced ? g.first : nonRestrictiveAt(tokens, g.first);
    if (r < 0) continue;
    const s = slots[gi]!;
    const close = tokens.findIndex((t, k) => k > groups[gi]!.head && t.text === ',');
    // The clause after it began before it ("The Act, which passed 61-38, was …"): this clause ends at its comma.
    if (close >= 0 && s.regionEnd < tokens[g.head]!.end) s.regionEnd = tokens[close - 1]!.end;
    const hole = { start: tokens[r - 1]!.start, end: close >= 0 ? tokens[close]!.end : s.regionEnd };
    if (close >= 0 && tokens[close - 1]!.end < s.regionEnd && !reduced) {
      const tail = s.regionEnd;
      s.regionEnd = tokens[close - 1]!.end;
      const host = slots[gi - 1];
      if (host && host.regionEnd <= tokens[r]!.start) host.regionEnd = tail;
    }
    for (const o of slots) if (o !== s && o.regionStart < hole.end && o.regionEnd > hole.start) o.holes.push(hole);
  }
}

/**
 * "Strand, the first Karslander foreign minister to tour Velsand in nine years, is expected to sign a treaty": an
 * apposition between the subject and its verb describes the subject, so its time ("nine years") and
 * place are not the claim's. Its rankings and numbers stay with the claim, as facts about the subject
 * ("Port Elan, the third-largest port …, handled …"). It starts with a determiner or a possessive right
 * after a comma and ends at the next comma before the verb.
 */

function markAppositions(tokens: readonly Token[], groups: readonly VerbGroup[], slots: Slots[]): void {
  groups.forEach((g, gi) => {
    const s = slots[gi]!;
    for (let k = 0; k + 1 < g.first; k++) {
      if (tokens[k]!.text !== ',' || tokens[k]!.start < s.regionStart) continue;
      const next = tokens[k + 1]!;
      // Only a noun phrase opens one: ", on Tuesday," between commas is still the claim's time.
      const opens = claimWords().appositionOpeners.has(next.lower) || /[’']s$/.test(next.lower);
      if (!opens) continue;
      const close = tokens.findIndex((t, j) => j > k + 1 && j < g.first && t.text === ',');
      if (close < 0) continue;
      s.appositions.push({ start: tokens[k]!.start, end: tokens[close]!.end });
      k = close;
    }
  });
}

/** Claims of one segment: tokens[from, to) of a sentence, attributed to `attributedTo` when inside a quote. */
export function claimsOfSegment(ctx: Context, sentence: number, evidence: string, tokens: readonly Token[], attributedTo: string | null, quantities: readonly Quantity[], rankings: readonly Ranking[], main = false): ClaimDraft[] {
  const groups = findVerbGroups(tokens);
  // The previous sentence's main clause, for this segment's "they" and "it"; a quote's words have their own referents.
  const previous = main ? ctx.previous : null;
  const previousThing = main ? ctx.previousThing : null;
  if (main) {
    ctx.previous = null;
    ctx.previousThing = null;
  }
  if (groups.length === 0) return [];
  const source = attributedTo ?? accordingTo(ctx, tokens, 0);
  const { text } = ctx.input;
  const slots: Slots[] = [];
  const starts = groups.map((_, gi) => clauseStart(tokens, groups, gi, 0));
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi]!;
    const nextFirst = groups[gi + 1]?.first ?? tokens.length;
    const clause = starts[gi]!;
    const regionStart = tokens[Math.min(clause.at, g.first)]!.start;
    const nextClause = starts[gi + 1];
    const regionEnd = nextClause ? tokens[Math.max(0, Math.min(nextClause.at, groups[gi + 1]!.first) - 1)]!.end : tokens[tokens.length - 1]!.end;
    // Level: a frame's clause is one deeper; ", and"/", but" climbs back to the top.
    const prevSlot = slots[gi - 1];
    let level = prevSlot ? prevSlot.level + (prevSlot.frame ? 1 : 0) : 0;
    if (g.topLevel) level = 0;
    let subject: Subject | null = null;
    let actors: Referent[] = [];
    if (g.coordinated && g.speech && slots.some((s) => s.frame)) level = [...slots].reverse().find((s) => s.frame)!.level; // "said … and added that …"
    if (g.gerund) level = slots[g.gerund.host]!.level;
    if (g.coordinated) {
      // A gerund clause's subject is its host verb's ("will sail on Friday before making a stop").
      const shared = g.gerund ? slots[g.gerund.host] : ([...slots].reverse().find((s) => s.level === level && !s.group.reduced) ?? prevSlot);
      subject = shared?.subject ?? null;
      actors = shared?.actors ?? [];
    } else if (clause.relative && clause.at === g.first - 1 && /^(?:which|that)$/.test(tokens[clause.at]!.lower)) {
      // "The For The People Act, which passed 234-193, …": the relative's subject is the noun phrase before it.
      const end = tokens[clause.at - 1]?.text === ',' ? tokens[clause.at - 1]!.start : tokens[clause.at]!.start;
      const from = prevSlot ? tokens[prevSlot.group.head + 1]!.start : tokens[0]!.start;
      subject = end > from ? subjectBefore(ctx.index, from, end, ctx.skips) : null;
      if (subject && !/\p{L}/u.test(subject.phrase)) subject = null;
      // "doubts about a compensation claim that covers …": the antecedent is the last noun phrase.
      const tail = subject && subject.referents.length === 0 ? /^.*\s(?:about|of|against|for|on|in|with|from|to|by|over|under|at|among)\s+(?=\S)/.exec(subject.phrase) : null;
      if (subject && tail) {
        const start = subject.start + tail[0].length;
        subject = { ...subject, phrase: subject.phrase.slice(tail[0].length), start, referents: entitiesIn(ctx.index, start, subject.end) };
      }
      actors = subject?.referents ?? [];
    } else if (!clause.relative && (clause.at < g.first || (clause.at === g.first && g.subjectEnd !== undefined))) {
      // "he's asked": the subject pronoun is the first part of the contracted auxiliary.
      subject = subjectBefore(ctx.index, tokens[clause.at]!.start, g.subjectEnd ?? tokens[g.first]!.start, ctx.skips);
      // "Hutchinson, though, did call for …", "Weller, 52, a former partner, was named …": the subject is before
      // the parenthetical adverb or the age.
      if (subject && (claimWords().parentheticalAdverbs.has(subject.phrase.toLowerCase()) || /^\d{1,3}$/.test(subject.phrase))) {
        const comma = text.lastIndexOf(',', subject.start);
        subject = comma > tokens[clause.at]!.start ? subjectBefore(ctx.index, tokens[clause.at]!.start, comma, ctx.skips) : null;
      }
      actors = subject?.referents ?? [];
    }
    // "made a short stop in Holmstad": the support verb's noun is the happening; the object follows the noun.
    const support = g.passive ? null : supportNoun(tokens, g, nextFirst);
    const vg = support ? { ...g, head: support.noun, lemma: support.lemma } : g;
    const object = g.passive ? null : (readObject(ctx, tokens, vg, nextFirst) ?? prepositionalObject(ctx, tokens, vg, nextFirst));
    // A speech verb frames the next clause only when it reports it — directly or through "that" — not when
    // another clause word comes between: "underscored the need to restore trust, as they met in Lindor".
    const next = groups[gi + 1];
    const { boundaries } = grammarWords();
    const reports = next !== undefined && !tokens.slice(g.head + 1, next.first).some((t) => t.lower !== 'that' && boundaries.has(t.lower)) && !asksToDo(tokens, g, next.first);
    const frame = g.speech && next !== undefined && !next.coordinated && reports;
    const frameSpeaker = frame ? (actors[0]?.name ?? (subject && !claimWords().subjectPronouns.has(subject.phrase.toLowerCase()) ? subject.phrase : null)) : null;
    // Attribution: a quote's speaker, else the nearest frame above this clause, else "according to".
    const commaBetween = (a: number, b: number): boolean => tokens.slice(a, b).some((t) => t.text === ',');
    const frameAbove = [...slots].reverse().find((s) => s.frame && s.level < level && !(s.inRelative && commaBetween(s.group.head, g.first)));
    // "Velsand said it was deeply alarmed": a pronoun the resolver left open, right under a frame,
    // is the frame's speaker when they agree ("it" a country or organization, "he"/"she" a person).
    if (actors.length === 0 && subject && frameAbove && frameAbove === slots[slots.length - 1] && frameAbove.actors.length === 1) {
      const p = subject.phrase.toLowerCase();
      const person = frameAbove.actors[0]!.type === 'person';
      if ((p === 'it' && !person) || ((p === 'he' || p === 'she') && person)) actors = frameAbove.actors;
    }
    // "The ministry issued a statement, saying it would …": "it" or "they" right under a frame whose speaker
    // no entity names is the speaker, in the frame's words (not a passive's: "said it will be published").
    if (actors.length === 0 && subject && !g.passive && frameAbove && frameAbove === slots[slots.length - 1] && frameAbove.actors.length === 0 && frameAbove.subject && !frameAbove.subject.referents.length) {
      const p = subject.phrase.toLowerCase();
      const words = frameAbove.subject.phrase;
      const pluralWords = /s$/i.test(words.trim());
      if (((p === 'it' && !pluralWords) || (p === 'they' && pluralWords)) && !claimWords().subjectPronouns.has(words.toLowerCase())) subject = frameAbove.subject;
    }
    // "… as they met in Lindor", "They agreed to …" (after "Strand met Fenwick."), "The two leaders …".
    if (actors.length === 0 && subject && !g.coordinated && main) {
      const earlier = [...slots].reverse().filter((s) => !s.relative).map(antecedentOf);
      actors = resolveAnaphor(trimAdverbs(subject.phrase), earlier, previous);
      if (actors.length > 0) subject = { ...subject, referents: actors };
    }
    slots.push({
      group: vg, subject, actors, object, objectEntities: [], objectRefs: [], regionStart, regionEnd, holes: [], appositions: [], frame, level, relative: clause.relative, inRelative: clause.inRelative ?? false,
      simultaneous: clause.at > 0 && SIMULTANEOUS.has(tokens[clause.at - 1]?.lower ?? '') && !g.coordinated,
      attributedTo: source ?? frameAbove?.attributedTo ?? (frameAbove ? frameAbove.actors[0]?.name ?? frameAbove.subject?.phrase ?? null : null),
    });
    if (frame) slots[slots.length - 1]!.attributedTo = attributedTo ?? frameSpeaker;
    if (g.passive) {
      // One representation for both voices, so "X joined Strand" and "Strand was joined by X" compare:
      // the agent (the by-phrase) is the actor side — its entities, else its words as `subject` — and the
      // grammatical subject is the object.
      const agents = passiveAgents(ctx, tokens, g, nextFirst);
      const s = slots[slots.length - 1]!;
      const pronoun = subject !== null && claimWords().subjectPronouns.has(subject.phrase.toLowerCase());
      s.object = subject && !pronoun ? { start: subject.start, end: subject.end, text: subject.phrase } : null;
      // "The photo showed a pier. It was deleted within minutes.": an open "it", the first subject of its sentence,
      // is the patient the previous sentence was about (`describedThing`).
      // Not the "it" of an extraposed clause: "It was decided in advance that …", "It was agreed to …".
      const expletive = tokens.slice(g.head + 1, nextFirst).some((t) => /^(?:that|whether|if)$/.test(t.lower)) || (tokens[g.head + 1]?.lower === 'to' && isKnownVerb(tokens[g.head + 2]?.lower ?? ''));
      if (pronoun && subject!.phrase.toLowerCase() === 'it' && actors.length === 0 && level === 0 && !g.coordinated && !expletive && previousThing && !slots.slice(0, -1).some((x) => x.subject)) s.object = previousThing;
      s.subject = agents.words;
      s.objectEntities = actors.map((a) => a.name);
      s.objectRefs = actors;
      s.actors = agents.referents;
    } else if (object) {
      const s = slots[slots.length - 1]!;
      s.objectRefs = entitiesIn(ctx.index, object.start, object.end);
      s.objectEntities = s.objectRefs.map((r) => r.name);
    }
  }
  closeRelatives(tokens, groups, slots);
  markAppositions(tokens, groups, slots);
  // The sentence's main clause: what a "they" or "it" of the next sentence may stand for.
  const mainSlot = slots.find((s) => s.level === 0 && !s.relative && !s.group.reduced && s.actors.length > 0);
  if (main && mainSlot) ctx.previous = antecedentOf(mainSlot);
  if (main && !mainSlot) ctx.previousThing = describedThing(slots);
  for (let gi = 0; gi < slots.length; gi++) forecastClaim(ctx, tokens, slots[gi]!, groups[gi + 1]?.first ?? tokens.length);
  const out: ClaimDraft[] = [];
  for (let si = 0; si < slots.length; si++) {
    const s = slots[si]!;
    const g = s.group;
    const inRegion = (x: Span): boolean => inSlot(s, x);
    const qs = quantities.filter(inRegion);
    const rs = rankings.filter(inRegion);
    if (s.frame) continue;
    // A relative clause is its antecedent's description; it is a claim of its own when it gives a figure or a
    // rank ("The For The People Act, which passed 234-193, …", "a lawsuit that covers 1.5 million women"), or
    // when a name is its antecedent ("the Disclose Act, which would require all groups to disclose donors").
    if (s.relative && (s.subject === null || (qs.length === 0 && rs.length === 0 && s.actors.length === 0))) continue;
    // "… at what Fenwick said would be a cost of about $700 per pilot": a free relative after a preposition
    // states its figure, as its speaker gives it; the words before the verb are no subject.
    const freeRelative = s.subject ? FREE_RELATIVE.exec(s.subject.phrase) : null;
    if (freeRelative && (qs.length > 0 || rs.length > 0)) {
      s.attributedTo = s.attributedTo ?? s.actors[0]?.name ?? freeRelative[1]!;
      s.subject = null;
      s.actors = [];
      // "would be a cost of about $700 to $900 per pilot": the object runs from the verb to the clause's end or
      // comma, the whole figure with what it is per (an object noun phrase read the usual way stops at "to").
      const from = tokens[g.head]!.end;
      const rest = ctx.input.text.slice(from, s.regionEnd);
      const text = rest.split(/[,;]/)[0]!.replace(/[.!?]+\s*$/, '').trim();
      const start = from + rest.indexOf(text);
      if (text && (!s.object || text.length > s.object.text.length)) s.object = { start, end: start + text.length, text };
    }
    // "Nobody has told us what Velsand pays for the road": an embedded question asserts nothing.
    if (s.subject && /^(?:.*\s)?(?:what|how|why|whether)\s/i.test(s.subject.phrase)) continue;
    const head = tokens[g.head]!;
    // "…,” he continued", "… he told reporters": the quote ledger's. A cue may reach over other clauses ("Obama said
    // economists predict higher growth and urged …"): only its first and last speech verbs are the attribution's.
    // A request is no attribution: "asked a firm to take a “hard look”" quotes the words it asks for.
    if (g.speech && ctx.cues.some((c) => head.start >= c.start && head.end <= c.end && attributionVerb(tokens, groups, g, c)) && !asksToDo(tokens, g, groups[si + 1]?.first ?? tokens.length)) continue;
    if (g.lemma === 'be' && s.object && /^(there|here|so|too)$/i.test(s.object.text)) continue;
    if (!s.object && s.objectEntities.length === 0 && qs.length === 0 && rs.length === 0 && !timeOf(ctx, tokens, s) && !place(ctx, tokens, s, new Set())) continue;
    if (g.speech && !s.object) continue; // "“…,” Strand said": the quote ledger holds it
    if (g.reduced && s.actors.length === 0) continue;
    if (g.lemma === 'be' && !s.object) continue;
    // "The two ministers also unveiled": an adverb before the verb is not part of the subject.
    const subjectWords = s.subject ? trimAdverbs(s.subject.phrase) : null;
    // A subject of more than 8 words is a clause the scan misread, not a name for the actor.
    const namedSubject = subjectWords !== null && !claimWords().subjectPronouns.has(subjectWords.toLowerCase()) && subjectWords.split(/\s+/).length <= MAX_SUBJECT_WORDS;
    // A coordinated verb shares the time of the one before; "…on Thursday underscored the need, as they met in
    // Lindor": a clause of "as"/"when"/"while" shares its host's.
    const host = s.simultaneous ? [...slots.slice(0, si)].reverse().find((x) => x.level <= s.level && !x.relative) : undefined;
    // "… on Friday before making a stop in Holmstad": what happens before or after the host happens at another time.
    const sharesTime = g.coordinated && g.gerund?.after !== 'before' && g.gerund?.after !== 'after';
    const time = timeOf(ctx, tokens, s) ?? (sharesTime ? (out[out.length - 1]?.time ?? null) : null) ?? (host ? timeOf(ctx, tokens, host) : null);
    const where = place(ctx, tokens, s, new Set(s.actors.map((a) => a.id)));
    // "The two ministers met at the Hall of the Harbour Guild": a described subject with a place or time is a claim.
    // "The bill was approved on Tuesday", "It was deleted" (a resolved "it"): a passive with no agent is a claim
    // about what it names, its patient — words of at most 8 words, not a pronoun or a question word.
    const patient = g.passive && s.actors.length === 0 && !namedSubject && !s.inRelative && (s.objectEntities.length > 0 || (s.object !== null && namedPatient(s.object.text)));
    if (s.actors.length === 0 && !patient && qs.length === 0 && rs.length === 0 && !(namedSubject && (s.object || where || time))) continue;
    // Every claim names a participant: "as has been done 27 times" names none.
    if (s.actors.length === 0 && !namedSubject && !s.object && s.objectEntities.length === 0) continue;
    out.push({
      sentence,
      evidence,
      actors: s.actors.map((a) => a.name),
      predicate: g.lemma,
      negated: g.negated,
      object: s.object?.text ?? null,
      time,
      place: where,
      quantities: qs,
      rankings: rs,
      attributedTo: s.attributedTo,
      subject: s.actors.length > 0 || !namedSubject ? null : subjectWords,
      objectEntities: s.objectEntities,
      tense: g.tense,
    });
  }
  out.push(...eventNounClaims(ctx, tokens, slots, { sentence, evidence, attributedTo: source }));
  // "Mark Weller, the father of one victim, spoke …": each apposition's fact about the name before it.
  for (const a of findAppositions(ctx.index, tokens, groups, claimWords().appositionOpeners, ctx.times, quantities, rankings)) {
    const host = slots.find((s) => a.start >= s.regionStart && a.end <= s.regionEnd);
    out.push({
      sentence, evidence, actors: [a.actor], predicate: 'be', negated: false, object: a.object, time: a.time, place: null,
      quantities: a.quantities, rankings: a.rankings, attributedTo: host?.attributedTo ?? source, subject: null, objectEntities: a.objectEntities, tense: 'present',
    });
  }
  out.push(...ageClaims(ctx, tokens, quantities, out, { sentence, evidence, attributedTo: source }));
  return out;
}

/**
 * "At a joint appearance with Velsian President Anneli Strand, Fenwick said …": the happening an opening adjunct
 * names by a noun (event-nouns.ts), with the main clause's subject as its doer and the names after "with" as its
 * object — appear(Fenwick, Strand). Only when the adjunct ends at a comma before that subject and names someone.
 */
function eventNounClaims(ctx: Context, tokens: readonly Token[], slots: readonly Slots[], at: { sentence: number; evidence: string; attributedTo: string | null }): ClaimDraft[] {
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 2) return [];
  const ev = eventNounIn(tokens, comma);
  if (!ev || ev.with + 1 >= comma) return [];
  const main = slots.find((s) => s.group.first > comma && !s.relative && !s.inRelative && s.actors.length > 0 && (s.subject === null || s.subject.start > tokens[comma]!.start || s.group.coordinated));
  const withStart = tokens[ev.with + 1]!.start;
  const withEnd = tokens[comma - 1]!.end;
  const named = entitiesIn(ctx.index, withStart, withEnd).filter((r) => r.type === 'person' || r.type === 'organization');
  if (!main || named.length === 0 || named.some((r) => main.actors.some((a) => a.id === r.id))) return [];
  return [{
    sentence: at.sentence, evidence: at.evidence, actors: main.actors.map((a) => a.name), predicate: ev.lemma, negated: false,
    object: ctx.input.text.slice(withStart, withEnd), time: null, place: null, quantities: [], rankings: [], attributedTo: at.attributedTo,
    subject: null, objectEntities: named.map((r) => r.name), tense: main.group.tense === 'present' ? 'past' : main.group.tense,
  }];
}

/**
 * "Mr. Weller, 52, who is known as Max, is …": an age between commas after a person's name is a fact about
 * that person, whatever clause it sits in (the clauses around it may read their subject elsewhere).
 */
function ageClaims(ctx: Context, tokens: readonly Token[], quantities: readonly Quantity[], made: readonly ClaimDraft[], at: { sentence: number; evidence: string; attributedTo: string | null }): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  for (const q of quantities) {
    if (q.unit !== 'years old' || !/^\d+$/.test(q.text)) continue;
    const k = tokens.findIndex((t) => t.start === q.start);
    const comma = tokens[k - 1];
    if (k < 1 || comma?.text !== ',') continue;
    const person = entitiesIn(ctx.index, tokens[Math.max(0, k - 5)]!.start, comma.start).filter((r) => r.type === 'person').pop();
    if (!person || made.some((c) => c.actors.includes(person.name) && c.quantities.includes(q))) continue;
    out.push({
      sentence: at.sentence, evidence: at.evidence, actors: [person.name], predicate: 'be', negated: false, object: null, time: null, place: null,
      quantities: [q], rankings: [], attributedTo: at.attributedTo, subject: null, objectEntities: [], tense: 'present',
    });
  }
  return out;
}

/** Claims of every sentence, in text order, with ids "c1", "c2", … */
export function extractClaims(input: AnnotationInput, entities: readonly Entity[], times: readonly TimeExpression[], quotes: readonly Quote[]): Claim[] {
  const { text } = input;
  const index = indexMentions(input, entities);
  const ctx: Context = { input, index, times, skips: quotes.map((q) => markedSpan(text, q)), cues: quotes.flatMap((q) => (q.cue ? [q.cue] : [])), previous: null, previousThing: null };
  const directs = quotes.filter((q) => q.kind === 'direct').map((q) => ({ quote: q, span: markedSpan(text, q) }));
  const out: ClaimDraft[] = [];
  input.sentences.forEach((sentence, si) => {
    const tokens = tokenize(sentence.text, sentence.start);
    if (tokens.length === 0 || tokens.length > MAX_SENTENCE_TOKENS) return;
    const quantities = quantitiesInTokens(tokens, sentence.text, sentence.start).filter((q) => !times.some((t) => t.type !== 'DURATION' && q.start < t.end && q.end > t.start));
    const rankings = rankingsInTokens(tokens, sentence.text, sentence.start);
    const inside = directs.filter((d) => d.span.start < sentence.end && d.span.end > sentence.start);
    const outside = tokens.filter((t) => !inside.some((d) => t.start >= d.span.start && t.end <= d.span.end));
    out.push(...claimsOfSegment(ctx, si, sentence.text, outside.filter((t) => !QUOTE_MARK.test(t.text)), null, quantities, rankings, true));
    for (const d of inside) {
      const words = tokens.filter((t) => t.start >= d.quote.start && t.end <= d.quote.end && !QUOTE_MARK.test(t.text));
      out.push(...claimsOfSegment(ctx, si, sentence.text, words, d.quote.speaker, quantities, rankings));
    }
  });
  return out
    .sort((a, b) => a.sentence - b.sentence)
    .map((c, k) => ({ id: `c${k + 1}`, ...c }));
}

