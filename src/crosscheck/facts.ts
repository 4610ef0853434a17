// Breaks a story's claims into the facts the cross-check compares across outlets. One claim can state
// several: "Velsand and Karsland signed an agreement on Tuesday that commits €340 million" is an event
// (sign, with a time slot) and a figure (€340 million for the terminal). Each fact keeps its claim, its
// sentence and the words and names around it, so facts from different outlets can be aligned.
import type { Claim, Quantity, Ranking } from '../core/annotations.js';
import type { CrossCheckArticle } from '../core/crosscheck.js';
import type { Article } from '../core/types.js';
import { crosscheckLexicon } from '../config/lexicons.js';
import { once } from '../core/lazy.js';
import { contentTerms, entityKey, foldedWords, stemTerm, verbLemma } from '../text/index.js';
import { dayInterval, parseRole, type DayInterval, type ParsedRole } from './compare-values.js';
import { keyOfName, NO_WORDS, quotedShare, sentenceNames, sourceOfSentence } from './fact-sentences.js';
import { datedOccasions, type DatedOccasion } from './occasions.js';
import { paraphraseWords, type ParaphraseSide } from './paraphrase.js';
import { phraseFacts } from './phrase-facts.js';
export { AGE, DUE, IDIOM, KIN, LIST_ITEM, REPORT } from './phrase-facts.js';
import { spanAround, type TimeSpan } from './time-spans.js';
import type { RelativeTime } from '../understand/index.js';

/** Verb → event class and noun → object class, from lexicon/crosscheck.json. */
const classes = once(() => {
  const lexicon = crosscheckLexicon();
  return {
    predicate: new Map(Object.entries(lexicon.predicateClasses).flatMap(([cls, verbs]) => verbs.map((v) => [v, cls] as const))),
    object: new Map(Object.entries(lexicon.objectClasses).flatMap(([cls, nouns]) => nouns.map((n) => [n, cls] as const))),
    // verb → object noun → class: "hold" + "seat" → serve.
    // verb with a place it goes to → class: "return" + "to Port Elan" → visit.
    destination: new Map(Object.entries(lexicon.destinationClasses).flatMap(([cls, verbs]) => verbs.map((v) => [v, cls] as const))),
    verbObject: verbObjectMap(lexicon.verbObjectClasses),
  };
});

/** verb → object noun → class, one map per verb whichever classes name it ("hold" a seat serves, "hold" a rally appears). */
function verbObjectMap(classesOf: Record<string, Record<string, string[]>>): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [cls, verbs] of Object.entries(classesOf)) {
    for (const [verb, nouns] of Object.entries(verbs)) {
      const byNoun = out.get(verb) ?? new Map<string, string>();
      for (const n of nouns) byNoun.set(n, cls);
      out.set(verb, byNoun);
    }
  }
  return out;
}

/**
 * Units that measure time spans: "for 15 months" is how long a happening lasted, not a figure outlets report —
 * unless the span measures a thing ("a 60-hour course", "30 hours of training", "30 hours per person").
 */
const DURATION_UNITS = /^(?:year|month|week|day|hour|minute|second|decade|centur)/;
/** Verbs that carry no event of their own: speech is the quote ledger's, copulas only frame a figure or rank. */
const NO_EVENT = new Set(['say', 'tell', 'add', 'state']);
const LIGHT = new Set(['be', 'have', 'become', 'remain', 'see', 'make', 'take', 'get']);

interface FactBase {
  member: CrossCheckArticle;
  /**
   * The independent source the fact counts as: the article's, except that a sentence a near-copy added
   * to the text it copies (a local paragraph in a wire re-post) is the copying outlet's own.
   */
  source: string;
  /** True when the fact's sentence is in the copied original (then it never corroborates it). */
  copied: boolean;
  claim: Claim;
  sentenceIndex: number;
  /** Stemmed content words of the sentence. */
  terms: Set<string>;
  /** Entity keys named in the sentence. */
  names: Set<string>;
  /** What paraphrase alignment compares (see paraphrase.ts). */
  paraphrase: ParaphraseSide;
  /** Entity key → the article's fullest name for it (to explain an alignment). */
  nameOf: ReadonlyMap<string, string>;
}

export interface EventFact extends FactBase {
  kind: 'event';
  predicateClass: string;
  objectClass: string | null;
  objectTerms: Set<string>;
  /** Entity keys of the names in the object ("met Chinese President Xi Jinping" → xi). */
  objectNames: Set<string>;
  /** Entity keys in the claim's actor, object and place slots. */
  participants: Set<string>;
  /** Entity keys of the claim's actors (its subject side). */
  actors: Set<string>;
  /** The entity key of the claim's place, or null. */
  place: string | null;
  /** Content words of the subject when no entity names it ("daily crossings"). */
  subjectTerms: Set<string>;
  /** `calendar`: the time names its month, day or year in words ("April 30", "in mid May", "in 2019"), not only the report's day ("at noon", "on Tuesday"). */
  time: { text: string; value: string; interval: DayInterval | null; relative: boolean; calendar: boolean; span: TimeSpan | null } | null;
  /** `done` for past and present statements, `planned` for future and conditional ones: a plan never contradicts a report. */
  mood: 'done' | 'planned';
  light: boolean;
  /** Set for the fact a dated noun phrase states ("the May 14 special election"), which only its like aligns with (occasions.ts). */
  occasion: DatedOccasion | null;
}

export interface QuantityFact extends FactBase {
  kind: 'quantity';
  quantity: Quantity;
  unit: string;
  /** The sentence's words without the figure's own. */
  context: Set<string>;
  predicateClass: string;
}

export interface RankingFact extends FactBase {
  kind: 'ranking';
  ranking: Ranking;
  /** The entity key of what is ranked ("port elan"). */
  subject: string;
  key: string;
}

export interface RoleFact {
  kind: 'role';
  member: CrossCheckArticle;
  source: string;
  copied: boolean;
  sentenceIndex: number;
  /** The person's entity key and fullest name. */
  person: string;
  name: string;
  role: ParsedRole;
}

export type Fact = EventFact | QuantityFact | RankingFact | RoleFact;

/** The lexicon's class of an event verb ("land" → arrive), or null for a verb it does not list. */
export function eventClassOf(lemma: string): string | null {
  return classes().predicate.get(lemma) ?? null;
}

/** The class a claim's verb is compared by: its lexicon class, else the verb itself. */
export function predicateClassOf(lemma: string): string {
  return eventClassOf(lemma) ?? lemma;
}

/**
 * The class of a claim's verb with its object: a verb and object noun that say another verb's happening take its
 * class ("held the seat from 1994 to 2006" is serving, like "served from 1995 to 2007"; "held talks" is not);
 * so does a verb with the place it goes to ("returned to Port Elan" is a journey to Port Elan).
 */
export function claimClassOf(claim: Pick<Claim, 'predicate' | 'object'> & { place?: string | null }): string {
  const nouns = classes().verbObject.get(claim.predicate);
  if (nouns && claim.object) for (const t of contentTerms(claim.object)) {
    const cls = nouns.get(t);
    if (cls) return cls;
  }
  // "planned to return to Port Elan this afternoon" / "travelled to Port Elan on Wednesday": a return with a
  // place is a journey there, not a leaving (lexicon/crosscheck.json `destinationClasses`).
  const destination = claim.place ? classes().destination.get(claim.predicate) : undefined;
  if (destination) return destination;
  return predicateClassOf(claim.predicate);
}

function objectClassOf(object: string | null): { cls: string | null; terms: Set<string> } {
  const terms = new Set(object ? contentTerms(object) : []);
  const objectClass = classes().object;
  for (const t of terms) {
    const cls = objectClass.get(t);
    if (cls) return { cls, terms };
  }
  return { cls: null, terms };
}

function unitOf(q: Quantity): string | null {
  if (!q.unit) return null;
  const u = q.unit.toLowerCase();
  if (u === '€' || u === 'eur' || u === 'euro') return '€';
  if (u === '$' || u === 'usd' || u === 'dollar') return '$';
  if (u === '£' || u === 'gbp' || u === 'pound') return '£';
  const last = stemTerm(u.split(/\s+/).pop() ?? u);
  return DURATION_UNITS.test(last) && q.measureOf === undefined ? null : last;
}

/** A ranked description after an open "it": "It was the first visit by a Velsian premier to Karsland in five years". */
function describedHappening(claim: Claim): boolean {
  return claim.actors.length === 0 && !claim.subject && claim.predicate === 'be' && claim.object !== null && claim.rankings.length > 0;
}

/**
 * A claim's paraphrase side: its sentence's words, and the core words — the verb (unless a light verb:
 * "had a conversation" is said by the noun), the object's words and the figures' units.
 */
function paraphraseSide(claim: Claim, names: Set<string>, words: readonly string[], when: string | null): ParaphraseSide {
  const own = new Set([
    ...(claim.object ? foldedWords(claim.object) : []),
    // A subject that is no name is often the happening itself: "the prime minister’s first trip … comes after".
    ...(claim.subject ? foldedWords(claim.subject) : []),
    ...claim.quantities.flatMap((q) => (q.unit ? foldedWords(q.unit) : [])),
    ...claim.rankings.flatMap((r) => foldedWords(`${r.measure} ${r.of ?? ''}`)),
  ]);
  const light = LIGHT.has(claim.predicate);
  // A span back to a year ("first … since 2018") is what such a sentence states.
  const core = words.filter((w) => own.has(w) || w.startsWith('since-') || (!light && (w === claim.predicate || verbLemma(w) === claim.predicate)));
  return { names, words, core, when, verb: claimClassOf(claim) };
}

/**
 * A date a claim gives in so many words — a year, a month or a day written out ("in 2036", "by 2036",
 * "until Feb. 15", "on May 14"), not told relative to the report ("on Tuesday", "last week", "this
 * year"), which many happenings of one story share.
 */
function statedDate(claim: Claim, relative: RelativeTime | null | undefined): string | null {
  if (!claim.time || !/^\d{4}(?:-\d{2}){0,2}$/.test(claim.time.value)) return null;
  if (relative == null) return claim.time.value;
  // A calendar day without its year ("May 14") is read against the report's year, but names its day.
  const spec = (relative as Partial<RelativeTime>).spec;
  return spec?.kind === 'calendar' && spec.day !== null ? claim.time.value : null;
}

/** The occasions a sentence dates by a calendar day written out (occasions.ts). */
function occasionsOf(article: Article, sentenceIndex: number): DatedOccasion[] {
  const sentence = article.sentences[sentenceIndex]!;
  const times = article.annotations.times
    .filter((t) => t.sentence === sentenceIndex && namesCalendar(t.text, t.relative as RelativeTime | null | undefined))
    .map((t) => ({ start: t.start - sentence.start, end: t.end - sentence.start, value: t.value }));
  return times.length === 0 ? [] : datedOccasions(sentence.text, times);
}

/** Whether a time names its calendar month, day or year ("April 30", "mid May", "in 2019"). */
function namesCalendar(text: string, relative: RelativeTime | null | undefined): boolean {
  if (relative == null) return /\b\d{4}\b/.test(text);
  // Every time of every sentence is read here (occasions), so a relative form of another shape (an older
  // annotator's, a hand-made fixture's) reads as no calendar date rather than failing the story.
  const spec = (relative as Partial<RelativeTime>).spec;
  return spec?.kind === 'absolute' || spec?.kind === 'calendar';
}

/**
 * An apposition's fact ("Strand, the first Karslander minister to tour Velsand in nine years, is expected to sign
 * a treaty"): the apposition's own words, from its noun phrase to the comma that closes it, or null for any
 * other claim. Its sentence's other words state another fact (the treaty), which would drown its own.
 */
function appositionWords(claim: Claim): string | null {
  if (claim.predicate !== 'be' || claim.object === null || claim.actors.length === 0) return null;
  const at = claim.evidence.indexOf(`, ${claim.object}`);
  if (at < 0) return null;
  const from = at + 2;
  const close = claim.evidence.indexOf(',', from + claim.object.length);
  return claim.evidence.slice(from, close < 0 ? claim.evidence.length : close);
}

/** The facts of one article's claims; `original` is the article a near-copy copies, when known. */
export function factsOf(member: CrossCheckArticle, original: Article | null = null): Fact[] {
  const { article } = member;
  const { bySentence, keyOf, nameOf, nameWords } = sentenceNames(member);
  const year = article.published ? Number(article.published.slice(0, 4)) : null;
  const sourceOf = sourceOfSentence(member, original);
  const facts: Fact[] = [];
  const sentenceWords = new Map<number, { terms: string[]; paraphrase: string[] }>();
  for (const claim of article.annotations.claims) {
    const sentenceIndex = claim.sentence;
    if (!article.sentences[sentenceIndex]) continue;
    // A quoted sentence is its speaker's, the quote ledger's: only the figures in it ("at 90 percent of the
    // stores, there was no pay disparity") are facts the outlet reports and compares.
    const quoted = quotedShare(member, sentenceIndex) > 0.5;
    if (quoted && claim.quantities.length === 0) continue;
    // One sentence often carries several claims: its words are read once.
    let read = sentenceWords.get(sentenceIndex);
    if (!read) {
      read = { terms: contentTerms(claim.evidence), paraphrase: paraphraseWords(claim.evidence, nameWords.get(sentenceIndex) ?? NO_WORDS, year) };
      sentenceWords.set(sentenceIndex, read);
    }
    const terms = new Set(read.terms);
    const described = describedHappening(claim);
    const own = bySentence.get(sentenceIndex);
    // "The Velsand case dwarfs those rulings. It is the largest pay class action in history.": a ranked description
    // after an open "it" in a sentence that names no one is about what the sentence before names.
    const names = own ?? (described ? (bySentence.get(sentenceIndex - 1) ?? new Set<string>()) : new Set<string>());
    const timeExpr = claim.time ? article.annotations.times.find((t) => t.sentence === sentenceIndex && t.text === claim.time!.text) : undefined;
    // Facts are built field by field, never as `{ ...base, kind, … }`: on Node 20 an object spread followed
    // by more fields gets a hidden class of its own, so every fact would have its own shape and every read
    // of one in the aligner (pairs of facts by the million in a big story) would be a slow lookup.
    const { source, copied } = sourceOf(sentenceIndex);
    const actorKeys = claim.actors.map((a) => keyOfName(a, keyOf));
    // The claim's actor is a participant even where the sentence names it by a pronoun ("He said that he had
    // hired …": Weiner).
    const sides = actorKeys.every((k) => names.has(k)) ? names : new Set([...names, ...actorKeys]);
    const apposition = appositionWords(claim);
    const words = apposition === null ? read.paraphrase : paraphraseWords(apposition, nameWords.get(sentenceIndex) ?? NO_WORDS, year);
    const paraphrase = paraphraseSide(claim, sides, words, statedDate(claim, timeExpr?.relative as RelativeTime | null | undefined));
    const objectNames = new Set((claim.objectEntities ?? []).map((a) => keyOfName(a, keyOf)));
    const placeKey = claim.place ? keyOfName(claim.place, keyOf) : null;
    const participants = new Set([...actorKeys, ...objectNames, ...(placeKey ? [placeKey] : [])]);
    const predicateClass = claimClassOf(claim);

    for (const quantity of claim.quantities) {
      const unit = unitOf(quantity);
      if (!unit) continue;
      const own = new Set(contentTerms(quantity.text));
      const context = new Set([...terms].filter((t) => !own.has(t)));
      facts.push({ member, source, copied, claim, sentenceIndex, terms, names, paraphrase, nameOf, kind: 'quantity', quantity, unit, context, predicateClass });
    }
    if (quoted) continue;
    for (const ranking of claim.rankings) {
      const subject = actorKeys[0] ?? (claim.subject ? contentTerms(claim.subject).join(' ') : null);
      if (!subject) continue;
      const key = `${subject}|${stemTerm(ranking.measure.toLowerCase())}|${stemTerm((ranking.of ?? '').toLowerCase())}`;
      facts.push({ member, source, copied, claim, sentenceIndex, terms, names, paraphrase, nameOf, kind: 'ranking', ranking, subject, key });
    }
    if (NO_EVENT.has(claim.predicate)) continue;
    // "It was the first visit by a Velsian premier to Karsland in five years": a ranked description after an open
    // "it" is a fact about the happening it describes, whose participants are the names of its sentence.
    if (described && participants.size === 0) for (const n of names) participants.add(n);
    // "the sergeant-at-arms was called to remove a protester": an agentless passive is about its patient.
    if (participants.size === 0 && !claim.subject && !claim.object) continue;
    const object = objectClassOf(claim.object);
    facts.push({
      member, source, copied, claim, sentenceIndex, terms, names, paraphrase, nameOf,
      kind: 'event',
      predicateClass,
      objectClass: object.cls,
      objectTerms: object.terms,
      objectNames,
      participants,
      actors: new Set(actorKeys),
      place: placeKey,
      subjectTerms: new Set(claim.subject ? contentTerms(claim.subject) : []),
      time: claim.time ? {
        text: claim.time.text, value: claim.time.value, interval: dayInterval(claim.time.value), relative: timeExpr?.relative != null,
        calendar: timeExpr !== undefined && namesCalendar(claim.time.text, timeExpr.relative as RelativeTime | null | undefined), span: timeExpr ? spanAround(article, timeExpr) : null,
      } : null,
      mood: claim.tense === 'future' || claim.tense === 'conditional' ? 'planned' : 'done',
      light: LIGHT.has(claim.predicate),
      occasion: null,
    });
  }
  facts.push(...occasionFacts(member, sourceOf, { keyOf: bySentence, nameOf, nameWords }, year));
  facts.push(...phraseFacts(member, sourceOf, { keyOf: bySentence, nameOf, nameWords }, year));
  facts.push(...roleFacts(member, sourceOf));
  return facts;
}

/**
 * The occasions the article's sentences date by a calendar day written out (occasions.ts), each a fact of
 * its own: every sentence is read, with claims or none ("Castell said he was prepared to sign a bill to fund
 * the ferry through March 20" yields no claim of its own), except quoted ones.
 */
function occasionFacts(
  member: CrossCheckArticle,
  sourceOf: (sentenceIndex: number) => { source: string; copied: boolean },
  { keyOf: bySentence, nameOf, nameWords }: { keyOf: Map<number, Set<string>>; nameOf: Map<string, string>; nameWords: Map<number, Set<string>> },
  year: number | null,
): EventFact[] {
  const { article } = member;
  const out: EventFact[] = [];
  const sentences = new Set(article.annotations.times.map((t) => t.sentence));
  for (const sentenceIndex of sentences) {
    const sentence = article.sentences[sentenceIndex];
    if (!sentence || quotedShare(member, sentenceIndex) > 0.5) continue;
    const occasions = occasionsOf(article, sentenceIndex);
    if (occasions.length === 0) continue;
    const { source, copied } = sourceOf(sentenceIndex);
    const names = bySentence.get(sentenceIndex) ?? new Set<string>();
    const terms = new Set(contentTerms(sentence.text));
    const words = paraphraseWords(sentence.text, nameWords.get(sentenceIndex) ?? NO_WORDS, year);
    for (const occasion of occasions) {
      const time = article.annotations.times.find((t) => t.sentence === sentenceIndex && occasion.phrase.includes(t.text));
      const claim: Claim = {
        id: `occasion-${sentenceIndex}`, sentence: sentenceIndex, evidence: sentence.text, actors: [], predicate: 'hold', negated: false, object: occasion.phrase,
        time: time ? { text: time.text, value: time.value } : null, place: null, quantities: [], rankings: [], attributedTo: null, subject: null, objectEntities: [],
      };
      out.push({
        member, source, copied, claim, sentenceIndex, terms, names, paraphrase: paraphraseSide(claim, names, words, occasion.day), nameOf,
        kind: 'event',
        predicateClass: `occasion:${occasion.head}`,
        objectClass: null,
        objectTerms: new Set(contentTerms(occasion.phrase)),
        objectNames: new Set(),
        participants: new Set(),
        actors: new Set(),
        place: null,
        subjectTerms: new Set(),
        time: time ? { text: time.text, value: time.value, interval: dayInterval(occasion.day), relative: time.relative != null, calendar: true, span: null } : null,
        mood: 'planned',
        light: false,
        occasion,
      });
    }
  }
  return out;
}

/**
 * The facts of a story's articles, and the figures and ranks of related stories' articles (which can
 * only show that a value changed). A near-copy is read against its original when it is at hand.
 */
export function storyFacts(members: readonly CrossCheckArticle[], background: readonly CrossCheckArticle[] = []): { facts: Fact[]; older: Fact[] } {
  const byId = new Map([...members, ...background].map((m) => [m.article.id, m.article]));
  const of = (m: CrossCheckArticle): Fact[] => factsOf(m, m.copyOf ? (byId.get(m.copyOf) ?? null) : null);
  return { facts: members.flatMap(of), older: background.flatMap(of).filter((f) => f.kind === 'quantity' || f.kind === 'ranking') };
}

/** One fact per role an article gives a person, in the sentence that states it. */
function roleFacts(member: CrossCheckArticle, sourceOf: (sentenceIndex: number) => { source: string; copied: boolean }): RoleFact[] {
  const out: RoleFact[] = [];
  const { article } = member;
  for (const e of article.annotations.entities) {
    if (e.type !== 'person' || e.roles.length === 0) continue;
    const person = entityKey(e);
    if (!person) continue;
    const mentioned = [...new Set(e.mentions.map((m) => m.sentence))];
    for (const role of e.roles) {
      const needle = role.toLowerCase();
      const sentenceIndex = mentioned.find((i) => article.sentences[i]?.text.toLowerCase().includes(needle));
      if (sentenceIndex === undefined) continue;
      out.push({ kind: 'role', member, sentenceIndex, ...sourceOf(sentenceIndex), person, name: e.name, role: parseRole(role) });
    }
  }
  return out;
}
