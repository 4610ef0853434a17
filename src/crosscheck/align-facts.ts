// Aligns facts from different articles that state the same thing: the same kind of happening with a
// shared participant ("signed an agreement" / "signed a deal", Karsland and Velsand), the same measured
// thing in similar words (€340 million / €430 million for the Quay 4 terminal and dredging), the same
// rank of the same thing, the same person's role. Links are made pairwise and grouped transitively; a
// second, stricter test (`strong`) says whether two aligned facts are close enough that differing values
// are a contradiction rather than two different statements — a group is only as conflicting as its
// strongest pair allows.
import type { EventFact, Fact, QuantityFact, RankingFact } from './facts.js';
import { crosscheckLexicon } from '../config/lexicons.js';
import { once } from '../core/lazy.js';
import { foldedWords, jaccard, lexicalRelation, sharedCount, stemTerm } from '../text/index.js';
import { dayInterval, quantitiesCompatible } from './compare-values.js';
import { matchWords, paraphraseReason } from './paraphrase.js';
import { complementaryShares } from './complement-figures.js';
import { samePool } from './sum-pools.js';
import { collectByRoot, rootFinder } from './union-find.js';

function objectsMatch(f: EventFact, g: EventFact): 'same' | 'unknown' | 'different' {
  if (sharedCount(f.objectNames, g.objectNames) > 0 || objectLeftOut(f, g) || objectLeftOut(g, f)) return 'same';
  if (f.objectTerms.size === 0 || g.objectTerms.size === 0) return 'unknown';
  if (f.objectClass !== null && f.objectClass === g.objectClass) return 'same';
  return jaccard(f.objectTerms, g.objectTerms) >= 0.5 ? 'same' : 'different';
}

/**
 * A verb without an object whose sentence names, word for word, the other's object: "Varga joined the Brekka
 * harbour board in 2009 and quit last month" leaves out what was quit, and the sentence says it (the harbour
 * board, as "Varga left the Brekka harbour board" does). A named object, so a sentence's common words never do.
 */
function objectLeftOut(f: EventFact, g: EventFact): boolean {
  if (f.claim.object !== null || g.objectNames.size === 0 || g.objectTerms.size === 0) return false;
  return [...g.objectNames].every((k) => f.names.has(k)) && [...g.objectTerms].every((t) => f.terms.has(t));
}

function sharesParticipant(f: EventFact, g: EventFact): boolean {
  return sharedCount(f.participants, g.participants) >= 1 || sharedCount(f.names, g.names) >= 2;
}

/** A plan and a report of one happening agree when they give it the same day ("due to visit … on Wednesday" / "toured … on Wednesday"). */
function sameDay(f: EventFact, g: EventFact): boolean {
  return f.time?.interval?.precision === 'day' && g.time?.interval?.precision === 'day' && f.time.interval.first === g.time.interval.first;
}

/** The verb classes of a journey (lexicon/crosscheck.json `journeyClasses`): their place is where one goes. */
const journeyClasses = once(() => new Set(crosscheckLexicon().journeyClasses));

/** One traveller's journeys to two different places are two journeys ("travel to Valeport" / "a stop in Brekka"). */
function otherDestination(f: EventFact, g: EventFact): boolean {
  return f.place !== null && g.place !== null && f.place !== g.place && journeyClasses().has(f.predicateClass) && journeyClasses().has(g.predicateClass);
}

/**
 * The same actor doing one kind of thing at one place on one day is one happening however the sentences
 * around it are worded ("is also scheduled to visit Valeport on Friday" / "will travel to Valeport on Friday
 * before …").
 */
function sameActorPlaceDay(f: EventFact, g: EventFact): boolean {
  return f.place !== null && f.place === g.place && sameDay(f, g) && sharedCount(f.actors, g.actors) > 0;
}

/**
 * A plan and a report of one actor's happening of one kind, both on one calendar day, are one happening ("is
 * scheduled to appear at a news conference later today" / "planned an event Tuesday", Tuesday that day). The
 * moods differ, so `eventsStrong` never makes the pair a conflict: it only corroborates.
 */
function planAndReportOfOneDay(f: EventFact, g: EventFact): boolean {
  return f.mood !== g.mood && sameDay(f, g) && sharedCount(f.actors, g.actors) > 0;
}

/**
 * Copular statements about two different named subjects are two statements ("Strand is the most recent
 * leader …" / "Castell, the head of the port board"), however alike their words.
 */
function otherCopulaSubjects(f: EventFact, g: EventFact): boolean {
  return f.claim.predicate === 'be' && g.claim.predicate === 'be' && f.actors.size > 0 && g.actors.size > 0 && sharedCount(f.actors, g.actors) === 0;
}

/**
 * A copular statement is about its subject: a sentence that does not name that subject states another fact
 * ("Castell, the head of the port board" / "Strand’s trip is the first visit …").
 */
function copulaSubjectUnnamed(f: EventFact, g: EventFact): boolean {
  const unnamed = (x: EventFact, y: EventFact): boolean => x.claim.predicate === 'be' && x.actors.size > 0 && sharedCount(x.actors, y.names) === 0;
  return unnamed(f, g) || unnamed(g, f);
}

/**
 * An occasion dated with nobody named around it ("Both parties will hold special-election primaries in mid
 * May" / "The primary would be held on April 30"): the thing held is the happening itself, so the same kind
 * of act on one occasion — the same head noun, one wording's words all inside the other's — is one
 * happening, and two dates for it contradict each other. Named participants leave it to the other tests; a
 * modifier on both sides that differs ("the GOP primary" / "the Democratic primary") makes two occasions.
 * Both dates must be written out as calendar dates: "A minute of silence was held at noon" is each
 * outlet's own minute of its own day.
 */
export function sameDatedOccasion(f: EventFact, g: EventFact): boolean {
  // A time told by the report's own day ("was held at noon") dates each outlet's own occasion.
  if (!f.time?.interval || !g.time?.interval || !f.time.calendar || !g.time.calendar || f.light || g.light) return false;
  if (f.names.size > 0 || g.names.size > 0 || f.objectNames.size > 0 || g.objectNames.size > 0) return false;
  const head = (e: EventFact): string | undefined => [...e.objectTerms].pop();
  if (head(f) === undefined || head(f) !== head(g)) return false;
  const [small, large] = f.objectTerms.size <= g.objectTerms.size ? [f.objectTerms, g.objectTerms] : [g.objectTerms, f.objectTerms];
  return [...small].every((t) => large.has(t));
}

/** The head of a noun phrase, stemmed: its last word before a preposition or clause word ("a lewd photo of a pier" → photo). */
function headNoun(phrase: string): string | null {
  const words = phrase.split(/\s+/);
  const stop = words.findIndex((w, i) => i > 0 && /^(?:of|in|on|at|for|from|with|to|by|about|that|which|who|whose)$/i.test(w));
  const head = (stop < 0 ? words[words.length - 1] : words[stop - 1])!.toLowerCase().replace(/[^\p{L}]/gu, '');
  return /^\p{Ll}{3,}$/u.test(head) ? stemTerm(head) : null;
}

/**
 * Statements that name nobody, of one kind of happening, whose subjects and objects have one head noun each are
 * one fact, however those are described: agentless passives ("It was deleted within minutes", the photo in
 * question / "It was quickly deleted", a lewd photo of a pier), or a described subject ("The suit doesn't
 * contain statistics" / "the suit did not mention specific statistics about …"; contain and mention are one
 * class, lexicon/crosscheck.json). Nobody is named to tell two such happenings apart, and a story seldom has
 * two. Nobody named, no conflict: `eventsStrong` needs a shared participant.
 */
export function sameHeads(f: EventFact, g: EventFact): boolean {
  const unnamed = (e: EventFact): boolean => e.participants.size === 0 && e.actors.size === 0 && e.claim.object !== null && !e.light;
  if (!unnamed(f) || !unnamed(g) || f.predicateClass !== g.predicateClass) return false;
  const [sf, sg] = [f.claim.subject ?? null, g.claim.subject ?? null];
  if ((sf === null) !== (sg === null) || (sf !== null && (headNoun(sf) === null || headNoun(sf) !== headNoun(sg!)))) return false;
  const head = headNoun(f.claim.object!);
  return head !== null && head === headNoun(g.claim.object!);
}

export function eventsLink(f: EventFact, g: EventFact): boolean {
  if (f.claim.negated !== g.claim.negated || f.predicateClass !== g.predicateClass) return false;
  if (f.mood !== g.mood && !sameDay(f, g)) return false;
  if (otherDestination(f, g) || otherCopulaSubjects(f, g)) return false;
  if (f.mood === g.mood && sameDatedOccasion(f, g)) return true;
  if (f.mood === g.mood && sameHeads(f, g)) return true;
  if (sameActorPlaceDay(f, g) && objectsMatch(f, g) !== 'different') return true;
  if (planAndReportOfOneDay(f, g) && objectsMatch(f, g) !== 'different') return true;
  const objects = objectsMatch(f, g);
  if (objects === 'different') return false;
  const shared = sharesParticipant(f, g);
  const sim = jaccard(f.terms, g.terms);
  if (f.light || g.light) return shared && sim >= 0.45;
  // Agentless statements ("Daily crossings are due to resume in April 2027"): the subject's words must match.
  if (f.participants.size === 0 && g.participants.size === 0) return sharedCount(f.subjectTerms, g.subjectTerms) > 0 && sim >= 0.2;
  return shared ? objects === 'same' || sim >= 0.2 : objects === 'same' && sim >= 0.3;
}

/** An object that is only a pronoun ("signed it"): it says nothing about which happening this is. */
const pronounObject = (f: EventFact): boolean => f.claim.object !== null && f.objectTerms.size === 0 && f.objectNames.size === 0;

/**
 * Close enough that two different times for them contradict each other. "Trump signed it on Friday" (the
 * January stopgap) and "Trump signed the package on Friday" (February's bill) are two signings: an
 * unresolved pronoun object never makes a date conflict.
 */
/**
 * Each outlet reports a happening of its own day, and the two reports are days apart: two happenings of one
 * kind (a bill signed on one Friday, another bill two Fridays later), not one happening given two dates.
 * So is a past period told relatively ("last month") beside a day of the report's own week.
 */
export function eachOnItsOwnDay(f: EventFact, g: EventFact): boolean {
  const day = (e: EventFact): number | null => (e.time?.interval?.precision === 'day' ? e.time.interval.first : null);
  const published = (e: EventFact): number | null => {
    const p = e.member.article.published ? dayInterval(e.member.article.published.slice(0, 10)) : null;
    return p?.precision === 'day' ? p.first : null;
  };
  const [df, dg, pf, pg] = [day(f), day(g), published(f), published(g)];
  // Background told as a past period ("at the end of last month, Trump signed a stopgap") beside this
  // week's report of a day ("signed the package on Friday"): the writer dates them apart on purpose.
  const backgroundBeside = (past: EventFact, d: number | null, p: number | null): boolean =>
    d !== null && p !== null && past.time?.relative === true && past.time.interval !== null &&
    past.time.interval.precision !== 'day' && past.time.interval.last < p - 7 && Math.abs(d - p) <= 7;
  if (backgroundBeside(f, dg, pg) || backgroundBeside(g, df, pf)) return true;
  if (df === null || dg === null || pf === null || pg === null) return false;
  return Math.abs(pf - pg) >= 3 && Math.abs(df - pf) <= 1 && Math.abs(dg - pg) <= 1;
}

/**
 * Two doers, each named in the other's sentence but not as its doer, are two happenings: "X is the latest
 * leader to visit since Y came in March" / "Y was the latest leader to visit before X came in May" — Y came,
 * then X came; the months do not contradict each other.
 */
function swappedActors(f: EventFact, g: EventFact): boolean {
  if (f.actors.size === 0 || g.actors.size === 0 || sharedCount(f.actors, g.actors) > 0) return false;
  return [...f.actors].some((k) => g.names.has(k)) && [...g.actors].some((k) => f.names.has(k));
}

export function eventsStrong(f: EventFact, g: EventFact): boolean {
  if (pronounObject(f) || pronounObject(g) || eachOnItsOwnDay(f, g) || swappedActors(f, g)) return false;
  if (f.mood === g.mood && f.claim.negated === g.claim.negated && f.predicateClass === g.predicateClass && sameDatedOccasion(f, g)) return true;
  return f.mood === g.mood && eventsLink(f, g) && sharesParticipant(f, g) && objectsMatch(f, g) !== 'different' && !f.light && !g.light;
}

const CURRENCIES = new Set(['€', '$', '£']);

export function quantitiesLink(f: QuantityFact, g: QuantityFact): boolean {
  if (f.unit !== g.unit) return false;
  // "pay 81 percent of promised pensions" / "a 19 percent cut in pensions": one projection from its two sides.
  if (complementaryShares(f, g)) return true;
  // One sum of money stated exactly alike in one story is one sum, however it is worded around.
  if (CURRENCIES.has(f.unit) && f.quantity.value === g.quantity.value && f.quantity.qualifier === 'exact' && g.quantity.qualifier === 'exact') return true;
  const ctx = jaccard(f.context, g.context);
  if (quantitiesCompatible(f.quantity, g.quantity) && (ctx >= 0.15 || relatedContext(f, g, COMPATIBLE_WORDS) || closeLargeFigures(f, g))) return true;
  // The same figure of the same unit in one story, with a word or name in common ("a 212-page report" /
  // "the report, 212 pages long"): one figure, however it is worded around; equal values never conflict.
  if (f.quantity.value === g.quantity.value && f.quantity.high === g.quantity.high && (ctx > 0 || sharedCount(f.names, g.names) > 0 || relatedContext(f, g))) return true;
  return ctx >= 0.45 || (ctx >= 0.3 && (f.predicateClass === g.predicateClass || sharedCount(f.names, g.names) >= 1));
}

/**
 * Whether the words around two figures meet through WordNet, the figure's own words left out: "enough to
 * build just 55 miles of barrier" / "about 55 miles of fencing" (a fence is a barrier).
 */
function relatedContext(f: QuantityFact, g: QuantityFact, atLeast = 1): boolean {
  const own = (q: QuantityFact): Set<string> => new Set(foldedWords(q.quantity.text));
  const [of, og] = [own(f), own(g)];
  return matchWords(f.paraphrase.words.filter((w) => !of.has(w)), g.paraphrase.words.filter((w) => !og.has(w))).length >= atLeast;
}

/**
 * Words around two figures that can both hold, matched through WordNet, that make them one count without a
 * shared name: "the 600,000 dock workers who have been laid off or forced to work unpaid" /
 * "hundreds of thousands of dock workers laid off or working unpaid" (laid, work, unpaid, working).
 * Fewer is a shared topic (two counts of workers in one shutdown story).
 */
const COMPATIBLE_WORDS = 4;

/**
 * "a lawsuit that covers 1.5 million women" / "on behalf of up to 1.6 million women": two large counts of
 * one noun, within a tenth of each other and both able to hold, are one figure however the sentences
 * around them differ; two different counts of one thing in a story are seldom that close.
 */
function closeLargeFigures(f: QuantityFact, g: QuantityFact): boolean {
  const [a, b] = [Math.abs(f.quantity.value), Math.abs(g.quantity.value)];
  return !CURRENCIES.has(f.unit) && f.unit !== 'percent' && f.unit !== 'tally' && Math.min(a, b) >= 1000 && Math.abs(a - b) <= 0.1 * Math.max(a, b);
}

/**
 * Close enough that incompatible figures contradict each other: the same unit counted by the same kind
 * of verb in similar words. "killed 19 miners" and "4 miners were trapped" count different things.
 */
export function quantitiesStrong(f: QuantityFact, g: QuantityFact): boolean {
  // Sums told as taken from one pool by its purpose are one sum, whatever verbs move them (sum-pools.ts).
  if (samePool(f, g)) return true;
  return f.unit === g.unit && f.predicateClass === g.predicateClass && jaccard(f.context, g.context) >= 0.3;
}

export function rankingsLink(f: RankingFact, g: RankingFact): boolean {
  return f.key === g.key;
}


/** Groups facts of one kind by transitive links between facts of different articles. */
export function groupFacts<F extends Fact>(facts: readonly F[], link: (a: F, b: F) => boolean): F[][] {
  const parent = facts.map((_, i) => i);
  const find = rootFinder(parent);
  const article = facts.map((f) => f.member.article.id);
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      if (article[i] === article[j]) continue;
      const ri = find(i);
      const rj = find(j);
      if (ri !== rj && link(facts[i]!, facts[j]!)) parent[rj] = ri;
    }
  }
  return collectByRoot(facts.length, find, (i) => [facts[i]!]);
}

/**
 * Facts one name is shared by more than this many times are too common to pair by: the main actor of a big
 * story, named in every sentence (a real story of a dozen outlets stays under it; rarer shared names still pair).
 */
const NAME_POSTING_LIMIT = 200;

/**
 * Joins aligned groups whose facts state one fact in other words (`paraphraseReason`). Only facts of
 * different articles that share a participant are compared — an inverted index from entity keys to facts —
 * so a big story is not compared pair by pair.
 */
export function joinParaphrases<F extends EventFact | QuantityFact>(groups: readonly F[][], accept: (a: F, b: F) => boolean, minWeight?: number): F[][] {
  const facts = groups.flat();
  // By fact index, read once: the pair loop below runs up to millions of times in a big story.
  const groupOf: number[] = groups.flatMap((g, i) => g.map(() => i));
  const articleOf: string[] = facts.map((f) => f.member.article.id);
  const parent = groups.map((_, i) => i);
  const find = rootFinder(parent);
  const byName = new Map<string, number[]>();
  facts.forEach((f, i) => {
    // A date given in so many words is compared like a shared participant (paraphraseReason).
    for (const n of f.paraphrase.when ? [...f.paraphrase.names, `\u0000${f.paraphrase.when}`] : f.paraphrase.names) {
      const posting = byName.get(n);
      if (posting) posting.push(i);
      else byName.set(n, [i]);
    }
  });
  const tried = new Set<number>();
  const merged = new Map<number, F[]>();
  const version = groups.map(() => 0);
  const refused = new Set<string>();
  const members = (root: number): F[] => merged.get(root) ?? groups[root]!;
  // Each pair of facts is weighed once: groups are re-weighed as they grow, their pairs are not.
  const indexOf = new Map<F, number>(facts.map((f, i) => [f, i]));
  const linkOf = new Map<number, boolean>();
  const linkedAt = (x: number, y: number): boolean => {
    const key = x < y ? x * facts.length + y : y * facts.length + x;
    let known = linkOf.get(key);
    if (known === undefined) {
      const a = facts[x]!;
      const b = facts[y]!;
      known = accept(a, b) && paraphraseReason(a.paraphrase, b.paraphrase, String, minWeight) !== null;
      linkOf.set(key, known);
    }
    return known;
  };
  const linked = (a: F, b: F): boolean => linkedAt(indexOf.get(a)!, indexOf.get(b)!);
  for (const posting of byName.values()) {
    if (posting.length < 2 || posting.length > NAME_POSTING_LIMIT) continue;
    for (let x = 0; x < posting.length; x++) {
      for (let y = x + 1; y < posting.length; y++) {
        const i = posting[x]!;
        const j = posting[y]!;
        if (articleOf[i] === articleOf[j]) continue;
        const ri = find(groupOf[i]!);
        const rj = find(groupOf[j]!);
        if (ri === rj) continue;
        const pair = i * facts.length + j;
        if (tried.has(pair)) continue;
        tried.add(pair);
        if (!linkedAt(i, j)) continue;
        // Two groups are weighed once as they stand: another linked pair between them changes nothing.
        const weighed = `${ri}:${version[ri]}|${rj}:${version[rj]}`;
        if (refused.has(weighed)) continue;
        if (mostlyLinked(members(ri), members(rj), linked)) {
          parent[rj] = ri;
          merged.set(ri, [...members(ri), ...members(rj)]);
          version[ri]!++;
        } else refused.add(weighed);
      }
    }
  }
  const joined = new Map<number, F[]>();
  groups.forEach((g, i) => {
    const root = find(i);
    const group = joined.get(root);
    if (group) for (const f of g) group.push(f);
    else joined.set(root, [...g]);
  });
  return [...joined.values()];
}

/**
 * Average link, not single link: two groups join only when most of their facts of different articles
 * state one fact in other words (or were aligned already), so a chain of loosely similar sentences
 * ("met Xi" / "met Zhao Leji" / "Zhao said relations…") never becomes one claim. A lone fact is weighed
 * against a group article by article (the mean over the group's articles of the share of their facts it
 * links to): an outlet that tells the fact twice ("had hired a security company to investigate …" and,
 * later, "why he was hiring a lawyer") is one voice, and its second sentence must not outvote a third
 * outlet's match.
 */
function mostlyLinked<F extends EventFact | QuantityFact>(a: readonly F[], b: readonly F[], linkedPair: (a: F, b: F) => boolean): boolean {
  if (a.length === 1 || b.length === 1) {
    const lone: F = a.length === 1 ? a[0]! : b[0]!;
    const group: readonly F[] = a.length === 1 ? b : a;
    const articles = new Map<string, F[]>();
    for (const g of group) if (g.member.article.id !== lone.member.article.id) articles.set(g.member.article.id, [...(articles.get(g.member.article.id) ?? []), g]);
    let linked = 0;
    for (const facts of articles.values()) linked += facts.filter((g) => linkedPair(lone, g)).length / facts.length;
    return articles.size > 0 && linked * 2 >= articles.size;
  }
  const pairs: [F, F][] = [];
  for (const f of a) for (const g of b) if (f.member.article.id !== g.member.article.id) pairs.push([f, g]);
  let linked = 0;
  let left = pairs.length;
  // Stops as soon as the answer is known: half linked, or too few pairs left to reach half.
  for (const [f, g] of pairs) {
    if (linked * 2 >= pairs.length) return true;
    if ((linked + left) * 2 < pairs.length) return false;
    left--;
    if (linkedPair(f, g)) linked++;
  }
  return pairs.length > 0 && linked * 2 >= pairs.length;
}

/**
 * A ranked description is one whether it is stated or foreseen: "a lawsuit that would be the largest of its kind
 * in history" / "It is the largest class action in history". A plan and a report differ for happenings only.
 */
function copularBoth(f: EventFact, g: EventFact): boolean {
  return f.claim.predicate === 'be' && g.claim.predicate === 'be' && rankedDescription(f) && rankedDescription(g);
}

/** "the largest of its kind", "the first visit …": a copula's object that ranks its subject. */
const RANKED = /^(?:the|its|their|his|her)\s+(?:\p{L}+est|first|second|third|last|most|least)\b/iu;
const rankedDescription = (f: EventFact): boolean => f.claim.rankings.length > 0 || RANKED.test(f.claim.object ?? '');

/** Two events can be one fact in other words: the same polarity, and a plan is not joined to a report of another day. */
export function eventsParaphrasable(f: EventFact, g: EventFact): boolean {
  // Named objects that differ are two happenings, however alike the words ("met Zhao Leji" / "met Xi").
  const otherNamedObject = f.objectNames.size > 0 && g.objectNames.size > 0 && sharedCount(f.objectNames, g.objectNames) === 0;
  return f.claim.negated === g.claim.negated && (f.mood === g.mood || sameDay(f, g) || copularBoth(f, g)) && !otherNamedObject && !otherDestination(f, g) && !otherCopulaSubjects(f, g) && !copulaSubjectUnnamed(f, g);
}

/** Two figures can be one fact in other words when they count the same unit or related ones ("leaders" / "executives"). */
export function quantitiesParaphrasable(f: QuantityFact, g: QuantityFact): boolean {
  if (f.unit === g.unit) return true;
  if (CURRENCIES.has(f.unit) || CURRENCIES.has(g.unit)) return false;
  return lexicalRelation(f.unit, g.unit) !== null;
}
