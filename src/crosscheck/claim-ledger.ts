// Gives every aligned claim of a story its status. Within a group of aligned facts the best-supported
// value is the main one; facts whose value can also hold (a coarser date, an overlapping figure, a
// complementary role) agree with it; the rest oppose it. Opposing facts make a conflict only when one of
// them is strongly aligned with a fact of the main side — otherwise they were another statement and
// are judged on their own — and only when the difference is not explained by time (a figure "still"
// reported a day later, a rank stated for another year: `changed`). Independent sources are counted by
// `Fact.source`, so a wire copy never corroborates its original (a sentence it added is its own).
import type { Claim } from '../core/annotations.js';
import type { AlignedClaim, AlignmentReason, ClaimAlignment, ClaimEvidence, ClaimSlot, ClaimStatus, CrossCheckArticle } from '../core/crosscheck.js';
import { matchWords } from './paraphrase.js';
import { sharedCount } from '../text/index.js';
import { compareRoles, dayInterval, datesCompatible, hasChangingCue, quantitiesCompatible, quantityEntails, type DayInterval } from './compare-values.js';
import { joinRenamedFigures } from './renamed-figures.js';
import { joinSamePools } from './sum-pools.js';
import { eventsLink, eventsParaphrasable, eventsStrong, groupFacts, joinParaphrases, quantitiesLink, quantitiesParaphrasable, quantitiesStrong, rankingsLink } from './align-facts.js';
import { evidenceOf, outletLabel } from './evidence.js';
import { complementaryShares } from './complement-figures.js';
import { sameOccasion } from './occasions.js';
import { spansCompatible } from './time-spans.js';
import { AGE, DUE, IDIOM, KIN, LIST_ITEM, REPORT, type EventFact, type Fact, type QuantityFact, type RankingFact, type RoleFact } from './facts.js';
import { groupItems, itemsMatch } from './list-items.js';
import { dueTimesOverlap } from './due-decisions.js';

/** How one kind of fact is compared: its value, whether two values can both hold, and when a difference is a change over time. */
export interface Comparison<F extends Fact> {
  slot: Exclude<ClaimSlot, null>;
  valueOf(f: F): string | null;
  /** Whether two facts give one value in other words (defaults to equal `valueOf`). */
  sameValue?(a: F, b: F): boolean;
  compatible(a: F, b: F): boolean;
  strong(a: F, b: F): boolean;
  changedBetween(a: F, b: F): boolean;
  /** Whether distinct but compatible values make the claim `compatible` (figures, roles) or still agreeing (dates at another precision). */
  differenceIsCompatible: boolean;
}

const referenceDay = (f: Fact): string | null => f.member.article.published?.slice(0, 10) ?? null;
const yearOf = (f: EventFact | QuantityFact | RankingFact): string | null =>
  f.claim.time && /^\d{4}/.test(f.claim.time.value) ? f.claim.time.value.slice(0, 4) : (referenceDay(f)?.slice(0, 4) ?? null);
const explicitTime = (f: QuantityFact | RankingFact): string | null => (f.claim.time && /^\d{4}/.test(f.claim.time.value) ? f.claim.time.value : null);

/**
 * A week ("earlier this week", "last week") is a loose reference — reporters use it for the weekend
 * before, a day across the boundary, sometimes a fortnight back — so it never decides a conflict.
 */
function loose(interval: DayInterval): DayInterval {
  return interval.precision === 'week' ? { ...interval, first: -Infinity, last: Infinity } : interval;
}

const EVENT: Comparison<EventFact> = {
  slot: 'time',
  valueOf: (f) => (f.time?.interval ? (f.time.span?.value ?? f.time.value.replace(/T.*$/, '')) : null),
  // A span ("from 1995 to 2007") agrees with a date inside it, and with another span when both ends do.
  compatible: (a, b) => !a.time?.interval || !b.time?.interval || (a.time.span || b.time.span
    ? spansCompatible({ interval: loose(a.time.interval), span: a.time.span }, { interval: loose(b.time.interval), span: b.time.span })
    : datesCompatible(loose(a.time.interval), loose(b.time.interval))),
  strong: eventsStrong,
  changedBetween: () => false,
  differenceIsCompatible: false,
};

const QUANTITY: Comparison<QuantityFact> = {
  slot: 'amount',
  valueOf: (f) => f.quantity.text,
  // "about 18,000" and "some 18,000", "two" and "Two" are one value; only the figure itself tells values
  // apart. An exact figure inside a bound states that bound too: "41 senators" says "more than 40 senators".
  sameValue: (a, b) => (a.quantity.value === b.quantity.value && a.quantity.high === b.quantity.high) || quantityEntails(a.quantity, b.quantity) || quantityEntails(b.quantity, a.quantity),
  // The share taken away and the share left of one whole both hold (complement-figures.ts).
  compatible: (a, b) => quantitiesCompatible(a.quantity, b.quantity) || complementaryShares(a, b),
  strong: quantitiesStrong,
  changedBetween: (a, b) => {
    const ta = explicitTime(a);
    const tb = explicitTime(b);
    if (ta && tb) return ta !== tb && !datesCompatible(dayInterval(ta) ?? NEVER, dayInterval(tb) ?? NEVER);
    return (hasChangingCue(a.claim.evidence) || hasChangingCue(b.claim.evidence)) && referenceDay(a) !== referenceDay(b);
  },
  differenceIsCompatible: true,
};
const NEVER = { first: 0, last: -1, precision: 'day' as const };

const RANKING: Comparison<RankingFact> = {
  slot: 'rank',
  valueOf: (f) => f.ranking.text,
  compatible: (a, b) => a.ranking.rank === b.ranking.rank,
  strong: rankingsLink,
  changedBetween: (a, b) => yearOf(a) !== yearOf(b) || ((hasChangingCue(a.claim.evidence) || hasChangingCue(b.claim.evidence)) && referenceDay(a) !== referenceDay(b)),
  differenceIsCompatible: false,
};

/** Roles compared within one story: an article that gives a person both titles says they hold both. */
function roleComparison(roles: readonly RoleFact[]): Comparison<RoleFact> {
  // Per person, the pairs of titles one article gives them together.
  const titles = new Map<string, Set<string>>();
  for (const r of roles) {
    const key = `${r.member.article.id}|${r.person}`;
    titles.set(key, (titles.get(key) ?? new Set()).add(r.role.title));
  }
  const together = new Set<string>();
  for (const [key, set] of titles) {
    const person = key.slice(key.indexOf('|') + 1);
    for (const a of set) for (const b of set) together.add(`${person}|${a}|${b}`);
  }
  const givesBoth = (a: RoleFact, b: RoleFact): boolean => together.has(`${a.person}|${a.role.title}|${b.role.title}`);
  return {
    slot: 'role',
    valueOf: (f) => f.role.title,
    sameValue: (a, b) => compareRoles(a.role, b.role) === 'same',
    compatible: (a, b) => compareRoles(a.role, b.role) !== 'conflicting' || givesBoth(a, b),
    strong: (a, b) => compareRoles(a.role, b.role) === 'conflicting' && !givesBoth(a, b),
    changedBetween: () => false,
    differenceIsCompatible: true,
  };
}

/** A claim before ids and ordering: its facts, with the side each is on. */
export interface LedgerDraft {
  kind: AlignedClaim['kind'];
  status: ClaimStatus;
  slot: ClaimSlot;
  supports: Fact[];
  contradicts: Fact[];
  valueOf: (f: Fact) => string | null;
  /** Facts from related stories that show the value changed (status `changed` only). */
  background: Fact[];
}

function sourcesOf(facts: readonly Fact[]): Set<string> {
  return new Set(facts.map((f) => f.source));
}

/**
 * Judges one aligned group, splitting it when its two sides turn out to be different statements. A
 * worklist, not recursion: each split puts back two groups strictly smaller than the one taken (the main
 * fact is always on the agreeing side, and the opposing side is not empty), so it ends on any input.
 */
export function resolveGroup<F extends Fact>(kind: AlignedClaim['kind'], group: F[], c: Comparison<F>, out: LedgerDraft[]): void {
  const pending: F[][] = [group];
  for (let facts = pending.pop(); facts; facts = pending.pop()) {
    const split = judgeGroup(kind, facts, c, out);
    if (split) pending.push(split[1], split[0]);
  }
}

/** Pushes the group's draft, or returns its two sides when they are not the same statement after all. */
function judgeGroup<F extends Fact>(kind: AlignedClaim['kind'], facts: F[], c: Comparison<F>, out: LedgerDraft[]): [F[], F[]] | null {
  const valueOf = c.valueOf as (f: Fact) => string | null;
  const valued = facts.filter((f) => c.valueOf(f) !== null);
  if (valued.length === 0) {
    out.push({ kind, status: statusBySources(facts), slot: null, supports: facts, contradicts: [], valueOf, background: [] });
    return null;
  }
  // A value always holds beside itself, whatever its comparison makes of odd text ("NaN", "1e308").
  const compatible = (a: F, b: F): boolean => a === b || c.compatible(a, b);
  // The main value: the one most independent sources are compatible with; on a tie, the one more
  // articles give, then the one that does not rest on an inferred publication date.
  const weight = (f: F): number[] => {
    const backing = valued.filter((g) => compatible(f, g));
    return [sourcesOf(backing).size, new Set(backing.map((g) => g.member)).size, backing.some((g) => !g.member.dateInferred) ? 1 : 0];
  };
  let main = valued[0]!;
  let best = weight(main);
  for (const f of valued.slice(1)) {
    const w = weight(f);
    const i = w.findIndex((x, k) => x !== best[k]);
    if (i >= 0 && w[i]! > best[i]!) [main, best] = [f, w];
  }
  const agree = facts.filter((f) => c.valueOf(f) === null || compatible(main, f));
  const agreeing = new Set(agree);
  const oppose = facts.filter((f) => !agreeing.has(f));
  if (oppose.length === 0) {
    const same = c.sameValue ?? ((a: F, b: F) => c.valueOf(a) === c.valueOf(b));
    const differ = valued.some((f) => valued.some((g) => !same(f, g)));
    const status = c.differenceIsCompatible && differ && sourcesOf(valued).size > 1 ? 'compatible' : statusBySources(facts);
    out.push({ kind, status, slot: status === 'compatible' ? c.slot : null, supports: facts, contradicts: [], valueOf, background: [] });
    return null;
  }
  const pairs = agree.filter((a) => c.valueOf(a) !== null).flatMap((a) => oppose.filter((o) => c.strong(a, o)).map((o) => [a, o] as const));
  // Not the same statement after all: both sides are judged on their own.
  if (pairs.length === 0) return [agree, oppose];
  // Only the opposing facts strongly aligned with the main side, or with such a fact, contradict it; the rest
  // were another statement joined through the words of a shared sentence ("about €4.6 billion from … along with
  // another €12 million …") and are judged on their own.
  const contradicting = new Set(pairs.map(([, o]) => o));
  for (const queue = [...contradicting]; queue.length > 0; ) {
    const k = queue.pop()!;
    for (const o of oppose) {
      if (!contradicting.has(o) && c.strong(k, o)) {
        contradicting.add(o);
        queue.push(o);
      }
    }
  }
  if (contradicting.size < oppose.length) return [[...agree, ...oppose.filter((o) => contradicting.has(o))], oppose.filter((o) => !contradicting.has(o))];
  if (pairs.every(([a, o]) => c.changedBetween(a, o))) {
    out.push({ kind, status: 'changed', slot: c.slot, supports: facts, contradicts: [], valueOf, background: [] });
    return null;
  }
  // A sentence of a contradicting article that gives no value for the slot is not support for the other side.
  const opposing = new Set(oppose.map((f) => f.member));
  const supports = agree.filter((f) => c.valueOf(f) !== null || !opposing.has(f.member));
  out.push({ kind, status: 'conflicting', slot: c.slot, supports, contradicts: oppose, valueOf, background: [] });
  return null;
}

function statusBySources(facts: readonly Fact[]): ClaimStatus {
  return sourcesOf(facts).size >= 2 ? 'corroborated' : 'single-source';
}

/**
 * Whether an event group says something the figure and rank claims do not already say. `counted` are the
 * claims that gave a figure or rank fact: a figure without a unit ("Weiner, 46, is married to …") makes
 * none, so its sentence is said by the event or not at all. A light verb one outlet alone uses is still
 * its fact ("The ministry is not taking part in the talks", "the decisions were “arbitrary”"): what only
 * one outlet reports is what the reader most needs flagged.
 */
function eventWorthListing(group: readonly EventFact[], counted: ReadonlySet<Claim>, figured: ReadonlySet<Claim>): boolean {
  // … unless several sources state it with ranks and no figures: a rank worded two ways ("the first visit by …"
  // / "the first premier to visit …") has two keys, and only the events align it (figures align on their own).
  if (group.every((f) => counted.has(f.claim))) return sourcesOf(group).size > 1 && !group.some((f) => figured.has(f.claim));
  return true;
}

/** The aligned event groups of a story (the timeline reads them too). */
export function eventGroups(facts: readonly Fact[]): EventFact[][] {
  // Only facts of one verb class can link: grouping within classes keeps big stories from comparing every pair.
  // A dated occasion aligns only with its like (draftLedger): its sentence's claims say other things.
  // List items and idioms align only with their like (draftLedger).
  const byClass = inBuckets(facts.filter((f): f is EventFact => f.kind === 'event' && f.occasion === null && !phraseFact(f)), (f) => f.predicateClass).flatMap((bucket) => groupFacts(bucket, eventsLink));
  return joinParaphrases(byClass, eventsParaphrasable);
}

/** A fact read from a list item or a set phrase (phrase-facts.ts), not from a claim. */
const phraseFact = (f: EventFact): boolean => f.predicateClass === LIST_ITEM || f.predicateClass === DUE || [IDIOM, REPORT, AGE, KIN].some((p) => f.predicateClass.startsWith(p));

/**
 * Two phrases of one idiom class state one fact when their sentences share a participant, or — when one of them
 * names nobody — a word besides the phrases, matched as itself, a synonym or a derived form ("companies" /
 * "companies"): the idiom says what happens, the shared name or word of what. Two sentences that name two
 * different people ("Halloran said the bill is dead on arrival" / "Okoro will not take up the bill") are two.
 */
function idiomsLink(a: EventFact, b: EventFact): boolean {
  if (sharedCount(a.names, b.names) > 0) return true;
  return (a.names.size === 0 || b.names.size === 0) && matchWords(a.paraphrase.words, b.paraphrase.words).some((w) => w.how !== 'hypernym');
}

/**
 * Two awaited decisions are one when their times overlap ("by June" / "this summer": due-decisions.ts) and their
 * sentences share a participant or a word ("court"): a story seldom awaits two rulings at once.
 */
function dueLink(a: EventFact, b: EventFact): boolean {
  if (!dueTimesOverlap(a.claim.time?.value ?? '', b.claim.time?.value ?? '')) return false;
  return sharedCount(a.names, b.names) > 0 || matchWords(a.paraphrase.words, b.paraphrase.words).some((w) => w.how === 'same lemma' || w.how === 'derived form');
}

/** Two ages of one start year are one thing's when a noun of one is a noun of the other or its synonym ("suit" / "lawsuit"). */
function agesLink(a: EventFact, b: EventFact): boolean {
  return matchWords(a.paraphrase.words, b.paraphrase.words).some((w) => w.how !== 'hypernym');
}

/**
 * Two mentions of one outlet's report say the same report when they share another participant ("the union")
 * or two words of what was reported, matched through WordNet ("cuts" / "cutting", "benefits"): a story seldom
 * cites two reports of one outlet, and these tell them apart when it does.
 */
function reportsLink(a: EventFact, b: EventFact): boolean {
  const outlet = a.predicateClass.slice(REPORT.length);
  if ([...a.names].some((k) => k !== outlet && b.names.has(k))) return true;
  return matchWords(a.paraphrase.words, b.paraphrase.words).filter((w) => w.how !== 'hypernym').length >= 2;
}

/** Two list items of different outlets state one thing: the same polarity, and enough of their words matched. */
function itemsLink(a: EventFact, b: EventFact): boolean {
  return a.claim.negated === b.claim.negated && itemsMatch(a.paraphrase.words, b.paraphrase.words) !== null;
}

function inBuckets<F>(facts: readonly F[], keyOf: (f: F) => string): F[][] {
  const buckets = new Map<string, F[]>();
  for (const f of facts) {
    const key = keyOf(f);
    buckets.set(key, [...(buckets.get(key) ?? []), f]);
  }
  return [...buckets.values()];
}

/** The story's claims with statuses, from its facts; `background` facts (related stories) can only show a change. */
export function draftLedger(facts: readonly Fact[], events: readonly EventFact[][], background: readonly Fact[]): LedgerDraft[] {
  const out: LedgerDraft[] = [];
  const counted = new Set(facts.flatMap((f) => (f.kind === 'quantity' || f.kind === 'ranking' ? [f.claim] : [])));
  const figured = new Set(facts.flatMap((f) => (f.kind === 'quantity' ? [f.claim] : [])));
  for (const group of events) {
    if (eventWorthListing(group, counted, figured)) resolveGroup('event', group, EVENT, out);
    else {
      // A figure's own sentence says when, too: keep its event only when outlets disagree on the date.
      const drafts: LedgerDraft[] = [];
      resolveGroup('event', group, EVENT, drafts);
      out.push(...drafts.filter((d) => d.status === 'conflicting'));
    }
  }
  // Occasions one calendar day dates in several outlets ("the May 14 special election" / "an election set
  // for May 14"): the same day by construction, so they corroborate and never conflict.
  const occasions = facts.filter((f): f is EventFact => f.kind === 'event' && f.occasion !== null);
  for (const group of groupFacts(occasions, (a, b) => sameOccasion(a.occasion!, b.occasion!))) resolveGroup('event', group, EVENT, out);
  // An item of one outlet's list that another outlet's list also states (list-items.ts) is a claim of its own;
  // an item only one outlet gives is already said by its sentence's claims.
  const items = facts.filter((f): f is EventFact => f.kind === 'event' && f.predicateClass === LIST_ITEM);
  for (const group of groupItems(items, (f) => f.paraphrase.words, (f) => f.member.article.id, itemsLink)) if (sourcesOf(group).size > 1) resolveGroup('event', group, EVENT, out);
  // A set phrase of one idiom class in two outlets' sentences about a participant they share ("… is dead on
  // arrival, McConnell said" / "McConnell pledged not to take up the bill"), or about one thing ("a fee on
  // companies that run afoul of the law" / "a fine on companies found to have broken the law"): one fact.
  const idioms = facts.filter((f): f is EventFact => f.kind === 'event' && f.predicateClass.startsWith(IDIOM));
  for (const bucket of inBuckets(idioms, (f) => f.predicateClass)) {
    for (const group of groupFacts(bucket, idiomsLink)) if (sourcesOf(group).size > 1) resolveGroup('event', group, EVENT, out);
  }
  // One thing's age told two ways ("the 12-year-old dispute" / "the quarrel began a dozen years ago"): the same
  // year it began (the bucket), and the same thing, its noun or a synonym.
  const ages = facts.filter((f): f is EventFact => f.kind === 'event' && f.predicateClass.startsWith(AGE));
  for (const bucket of inBuckets(ages, (f) => f.predicateClass)) {
    for (const group of groupFacts(bucket, agesLink)) if (sourcesOf(group).size > 1) resolveGroup('event', group, EVENT, out);
  }
  // One person's kin that outlets give in other words ("whose son …" / "the father of one victim"): one fact.
  const kin = facts.filter((f): f is EventFact => f.kind === 'event' && f.predicateClass.startsWith(KIN));
  for (const bucket of inBuckets(kin, (f) => f.predicateClass)) if (sourcesOf(bucket).size > 1) resolveGroup('event', bucket, EVENT, out);
  // One awaited decision dated in two outlets' words ("the court’s decision, expected by June" / "a ruling by the
  // court this summer"): times that overlap, and a word or participant in common (dueLink).
  const due = facts.filter((f): f is EventFact => f.kind === 'event' && f.predicateClass === DUE);
  for (const group of groupFacts(due, dueLink)) if (sourcesOf(group).size > 1) resolveGroup('event', group, EVENT, out);
  // One outlet's report that several outlets mention ("the Gazette reported Friday that the union …" / "first
  // reported in the Gazette"): one fact when the sentences also meet on what was reported.
  const reports = facts.filter((f): f is EventFact => f.kind === 'event' && f.predicateClass.startsWith(REPORT));
  for (const bucket of inBuckets(reports, (f) => f.predicateClass)) {
    for (const group of groupFacts(bucket, reportsLink)) if (sourcesOf(group).size > 1) resolveGroup('event', group, EVENT, out);
  }
  const quantities = facts.filter((f): f is QuantityFact => f.kind === 'quantity');
  // One figure counted under two names ("544 pilots who serve as harbour masters" / "544 harbour masters") joins too.
  const byUnit = joinRenamedFigures(inBuckets(quantities, (f) => f.unit).flatMap((bucket) => groupFacts(bucket, quantitiesLink)));
  // Figures of related units are already one kind of count: two matched words more make them one fact.
  // Then sums told as taken from one pool ("from harbour dredging projects" / "the harbour dredging budget, to the
  // tune of …") join, whatever else their sentences say (sum-pools.ts).
  for (const group of joinSamePools(joinParaphrases(byUnit, quantitiesParaphrasable, 2))) resolveGroup('quantity', group, QUANTITY, out);
  const rankings = facts.filter((f): f is RankingFact => f.kind === 'ranking');
  for (const group of groupFacts(rankings, rankingsLink)) resolveGroup('ranking', group, RANKING, out);
  const roles = facts.filter((f): f is RoleFact => f.kind === 'role');
  const ROLE = roleComparison(roles);
  const byPerson = new Map<string, RoleFact[]>();
  for (const r of roles) byPerson.set(r.person, [...(byPerson.get(r.person) ?? []), r]);
  for (const group of byPerson.values()) {
    const comparable = group.filter((f) => f.role.recognised && !f.role.former);
    if (sourcesOf(comparable).size < 2 || new Set(comparable.map((f) => f.role.title)).size < 2) continue;
    resolveGroup('role', comparable, ROLE, out);
  }
  // Role claims matter only when outlets word a role differently; agreeing ones are in the entity list.
  const kept = out.filter((d) => d.kind !== 'role' || d.status !== 'corroborated');
  showChanges(kept, background);
  for (const d of kept) if (d.status === 'conflicting' && d.kind === 'event') widenConflict(d, facts.filter((f): f is EventFact => f.kind === 'event'));
  return withoutRepeats(kept, facts);
}

/**
 * One entry per statement: two clauses of one sentence (an event and the figure in it) that nobody else
 * reports would otherwise be two identical single-source lines. Drafts with the same status and the
 * same supporting sentences keep the first (figures, ranks and roles before events).
 */
function withoutRepeats(drafts: readonly LedgerDraft[], facts: readonly Fact[]): LedgerDraft[] {
  const KIND_ORDER = { role: 0, ranking: 1, quantity: 2, event: 3 } as const;
  const signature = (d: LedgerDraft): string =>
    `${d.status}|${[...new Set(d.supports.map((f) => `${f.member.article.id}#${f.sentenceIndex}`))].sort().join(',')}|${d.contradicts.length}`;
  const seen = new Set<string>();
  const sentencesOf = (d: LedgerDraft): string[] => [...d.supports, ...d.contradicts].map((f) => `${f.member.article.id}#${f.sentenceIndex}`);
  // Sentences another claim already cites with more than one source: a single-source reading of another
  // clause of them would show the same sentence twice with two statuses.
  const backing = drafts.filter((d) => d.status !== 'single-source');
  const backed = new Set(backing.flatMap(sentencesOf));
  // ... unless it states a figure or rank none of those claims gives: "move about $200 million from … and
  // another $600 million from …", where only the $600 million is reported elsewhere, keeps its own line.
  // Only when no other source gives that figure or rank at all: one that merely failed to align ("about 18,000
  // homes without power" beside another outlet's "about 18,000 homes") is not news only one outlet has.
  const backedValues = new Set(backing.flatMap((d) => [...d.background, ...d.supports, ...d.contradicts].map((f) => valueKey(f, d.valueOf(f)))));
  const statedBy = new Map<string, Set<string>>();
  for (const f of facts) {
    const v = plainValue(f);
    if (v !== null) statedBy.set(v, (statedBy.get(v) ?? new Set()).add(f.source));
  }
  const ownValue = (d: LedgerDraft): boolean =>
    (d.kind === 'quantity' || d.kind === 'ranking') &&
    d.supports.some((f) => d.valueOf(f) !== null && !backedValues.has(valueKey(f, d.valueOf(f))) && (statedBy.get(plainValue(f) ?? '')?.size ?? 0) <= 1);
  return [...drafts]
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind])
    .filter((d) => {
      if (d.status === 'conflicting' || d.status === 'changed') return true;
      if (d.status === 'single-source' && sentencesOf(d).every((k) => backed.has(k)) && !ownValue(d)) return false;
      const key = signature(d);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * A figure's number (its unit as read may differ: "about 18,000 homes without power" / "some 18,000 homes")
 * or a rank's words.
 */
function plainValue(f: Fact): string | null {
  if (f.kind === 'quantity') return `${f.quantity.value}|${f.quantity.high ?? ''}`;
  if (f.kind === 'ranking') return f.ranking.text.toLowerCase();
  return null;
}

/** A value as stated in one sentence ("about $200 million" in HuffPost's 15th sentence). */
const valueKey = (f: Fact, value: string | null): string => `${f.member.article.id}#${f.sentenceIndex}#${value?.toLowerCase() ?? ''}`;

const publishedYear = (f: Fact): string | null => referenceDay(f)?.slice(0, 4) ?? null;

/**
 * A rank of a story and a rank of a related story's earlier article are one rank when they measure the same
 * thing ("largest trading partner") and share a name ("Britain’s third-largest …" / "China is Britain’s
 * sixth-largest …"): the subject the claim reads may differ ("Starmer has worked to mend relations with …").
 * Only for `changed`, never for a conflict: two articles of different years.
 */
function rankingsAcrossStories(f: RankingFact, b: RankingFact): boolean {
  if (rankingsLink(f, b)) return true;
  const measure = (r: RankingFact): string => r.key.slice(r.key.indexOf('|'));
  return measure(f) === measure(b) && sharedCount(f.names, b.names) > 0;
}

/**
 * The sides of a date conflict counted over every outlet that states the happening, not only the sentences
 * aligned with it: a sentence of another outlet that names the same participants (both of them: "Starmer"
 * and "Xi") with a day, in a clause of the same kind of happening, joins the side its day agrees with ("… on Thursday
 * underscored the need …, as they met in Beijing"), unless its
 * outlet gives both days. The side with more independent sources becomes the main one.
 */
function widenConflict(d: LedgerDraft, events: readonly EventFact[]): void {
  const a = d.supports.find((f): f is EventFact => f.kind === 'event' && f.time?.interval != null);
  const b = d.contradicts.find((f): f is EventFact => f.kind === 'event' && f.time?.interval != null);
  if (!a || !b) return;
  const shared = [...a.participants].filter((k) => b.participants.has(k));
  if (shared.length < 2) return;
  const present = sourcesOf([...d.supports, ...d.contradicts]);
  const bySource = new Map<string, { supports: EventFact[]; contradicts: EventFact[] }>();
  for (const f of events) {
    if (present.has(f.source) || f.claim.negated || f.time?.interval?.precision !== 'day' || !shared.every((k) => f.names.has(k))) continue;
    // The same happening, not another one of the same two people that day ("traveled to Beijing on
    // Wednesday to meet Xi" is the journey, not the meeting).
    if (f.predicateClass !== a.predicateClass && f.predicateClass !== b.predicateClass) continue;
    const entry = bySource.get(f.source) ?? { supports: [], contradicts: [] };
    if (EVENT.compatible(a, f)) entry.supports.push(f);
    else if (EVENT.compatible(b, f)) entry.contradicts.push(f);
    bySource.set(f.source, entry);
  }
  for (const { supports, contradicts } of bySource.values()) {
    if (supports.length > 0 && contradicts.length === 0) d.supports.push(supports[0]!);
    if (contradicts.length > 0 && supports.length === 0) d.contradicts.push(contradicts[0]!);
  }
  if (sourcesOf(d.contradicts).size > sourcesOf(d.supports).size) [d.supports, d.contradicts] = [d.contradicts, d.supports];
}

/** Marks figures and ranks as `changed` when an earlier related story gave another value for another time. */
function showChanges(drafts: LedgerDraft[], background: readonly Fact[]): void {
  for (const d of drafts) {
    if (d.status === 'conflicting' || d.status === 'changed') continue;
    // Only earlier reports show a change: the later story tells it, the earlier one stays as it was.
    const since = d.supports.map((f) => f.member.article.published ?? '').sort()[0] ?? '';
    const older = background.filter((b) =>
      (b.member.article.published ?? '\uffff') < since &&
      d.supports.some((f) => {
        if (f.kind === 'ranking' && b.kind === 'ranking') return rankingsAcrossStories(f, b) && !RANKING.compatible(f, b) && publishedYear(f) !== publishedYear(b);
        if (f.kind === 'quantity' && b.kind === 'quantity') return quantitiesStrong(f, b) && !QUANTITY.compatible(f, b) && QUANTITY.changedBetween(f, b);
        return false;
      }),
    );
    if (older.length === 0) continue;
    d.status = 'changed';
    d.slot = d.kind === 'ranking' ? 'rank' : 'amount';
    d.background = older;
  }
}

const byPublished = (a: Fact, b: Fact): number => (a.member.article.published ?? '\uffff').localeCompare(b.member.article.published ?? '\uffff');

function evidenceItem(f: Fact, stance: ClaimEvidence['stance'], value: string | null): ClaimEvidence {
  const { articleId, sentence, sentenceIndex } = evidenceOf(f.member.article, f.sentenceIndex);
  // Field by field, not `{ ...evidenceOf(…), stance }`: on Node 20 that gives every item a shape of its own.
  return { articleId, sentence, sentenceIndex, stance, outlet: f.member.article.outlet, source: f.source, value, copyOf: f.copied ? f.member.copyOf : null };
}

function label(facts: readonly Fact[]): string {
  return [...new Set(facts.map((f) => outletLabel(f.member)))].join(', ');
}

function copiesNote(facts: readonly Fact[], members: readonly CrossCheckArticle[]): string {
  const copies = [...new Set(facts.filter((f) => f.copied).map((f) => f.member))];
  if (copies.length === 0) return '';
  return ' ' + copies.map((m) => {
    const original = members.find((x) => x.article.id === m.copyOf);
    return `${outletLabel(m)} copies ${original ? outletLabel(original) : m.source} and is counted once.`;
  }).join(' ');
}

/** Names the articles whose compared date is a weekday read against an inferred publication date. */
function inferredNote(facts: readonly Fact[]): string {
  const inferred = [...new Set(facts.filter((f) => f.kind === 'event' && f.time?.relative && f.member.dateInferred).map((f) => outletLabel(f.member)))];
  return inferred.length ? ` The date${inferred.length > 1 ? 's' : ''} of ${inferred.join(', ')} rest${inferred.length > 1 ? '' : 's'} on an inferred publication date.` : '';
}

function valueSummary(facts: readonly Fact[], valueOf: (f: Fact) => string | null): string {
  const byValue = new Map<string, Fact[]>();
  for (const f of facts) {
    const v = valueOf(f);
    if (v !== null) byValue.set(v, [...(byValue.get(v) ?? []), f]);
  }
  return [...byValue].map(([v, fs]) => `${label(fs)}: ${v}`).join('; ');
}

/** The main side's value as the note names it. */
function valueOfSide(d: LedgerDraft): string {
  const values = [...new Set(d.supports.map(d.valueOf).filter((v): v is string => v !== null))];
  return values.join(' / ');
}

const SLOT_NAMES: Record<Exclude<ClaimSlot, null>, string> = { time: 'date', place: 'place', amount: 'figure', rank: 'rank', role: 'role' };

function noteFor(d: LedgerDraft, members: readonly CrossCheckArticle[]): string {
  const all = [...d.supports, ...d.contradicts];
  const sources = sourcesOf(d.supports);
  const copies = copiesNote(all, members);
  switch (d.status) {
    case 'conflicting': {
      const against = sourcesOf(d.contradicts);
      const balance = against.size >= sources.size
        ? ' Neither side has more independent sources.'
        : ` The majority side is ${valueOfSide(d)} (${sources.size} independent sources: ${[...sources].join(', ')}; against ${against.size}).`;
      return `Conflicting ${SLOT_NAMES[d.slot!]}: ${valueSummary(d.supports, d.valueOf)} against ${valueSummary(d.contradicts, d.valueOf)}; both cannot be true.${balance}${inferredNote(all)}${copies}`;
    }
    case 'changed':
      return `The ${SLOT_NAMES[d.slot!]} changed over time, not a contradiction: ${[...d.background, ...d.supports]
        .sort(byPublished)
        .map((f) => `${d.valueOf(f) ?? '?'} (${outletLabel(f.member)}, ${f.member.article.published?.slice(0, 10) ?? 'undated'})`)
        .filter((x, i, xs) => xs.indexOf(x) === i)
        .join(' → ')}.${copies}`;
    case 'compatible':
      return `Different ${SLOT_NAMES[d.slot!]}s that can both hold: ${valueSummary(d.supports, d.valueOf)}.${copies}`;
    case 'corroborated':
      return `Stated by ${sources.size} independent sources (${[...sources].join(', ')}).${copies}`;
    case 'single-source':
      return `Only ${[...sources][0]} reports this.${copies}`;
  }
}

/** How a fact was aligned with the lead fact: the same figure / rank / person, the same kind of event, or other words. */
function alignedBy(lead: Fact, f: Fact): ClaimAlignment['by'] {
  if (lead.kind === 'event' && phraseFact(lead)) return 'paraphrase';
  if (lead.kind === 'event' && f.kind === 'event') return lead.predicateClass === f.predicateClass ? 'event' : 'paraphrase';
  if (lead.kind === 'quantity' && f.kind === 'quantity') return lead.unit === f.unit ? 'value' : 'paraphrase';
  return 'value';
}

/** Why each other sentence of a claim was aligned with its lead sentence (one entry per sentence). */
function alignmentOf(lead: Fact, facts: readonly Fact[]): ClaimAlignment[] {
  const seen = new Set([`${lead.member.article.id}#${lead.sentenceIndex}`]);
  const out: ClaimAlignment[] = [];
  for (const f of facts) {
    const key = `${f.member.article.id}#${f.sentenceIndex}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const by = alignedBy(lead, f);
    const reason = lead.kind !== 'role' && f.kind !== 'role' ? explainParaphrase(lead, f) : null;
    out.push({ articleId: f.member.article.id, sentenceIndex: f.sentenceIndex, by, participants: reason?.participants ?? [], words: reason?.words ?? [] });
  }
  return out;
}

/** The shared participants (named as the lead article names them) and the matched words of two facts. */
function explainParaphrase(a: Exclude<Fact, RoleFact>, b: Exclude<Fact, RoleFact>): AlignmentReason {
  const participants = [...a.paraphrase.names].filter((n) => b.paraphrase.names.has(n)).map((n) => a.nameOf.get(n) ?? b.nameOf.get(n) ?? n);
  // Two phrases of one idiom class ("dead on arrival" / "not to take up") mean the same: synonyms.
  if (a.kind === 'event' && b.kind === 'event' && a.predicateClass.startsWith(IDIOM) && a.predicateClass === b.predicateClass) {
    const [x, y] = [a.claim.object ?? '', b.claim.object ?? ''];
    return { participants, words: [{ a: x, b: y, how: x === y ? 'same lemma' : 'synonym' }, ...matchWords(a.paraphrase.words, b.paraphrase.words).filter((w) => w.how !== 'hypernym')] };
  }
  // One person's kin in two wordings ("whose 6-year-old son" / "the father of one victim").
  if (a.kind === 'event' && b.kind === 'event' && a.predicateClass.startsWith(KIN) && a.predicateClass === b.predicateClass) {
    const [x, y] = [a.claim.object ?? '', b.claim.object ?? ''];
    return { participants, words: [{ a: x, b: y, how: x === y ? 'same lemma' : 'synonym' }] };
  }
  // One start year told as an age and as a time ago ("10-year-old" / "started a decade ago"), and the thing's nouns.
  if (a.kind === 'event' && b.kind === 'event' && a.predicateClass.startsWith(AGE) && a.predicateClass === b.predicateClass) {
    const [x, y] = [a.claim.object ?? '', b.claim.object ?? ''];
    return { participants, words: [...matchWords(a.paraphrase.words, b.paraphrase.words), { a: x, b: y, how: x === y ? 'same lemma' : 'synonym' }] };
  }
  return { participants, words: matchWords(a.paraphrase.words, b.paraphrase.words) };
}

const STATUS_ORDER: Record<ClaimStatus, number> = { conflicting: 0, changed: 1, compatible: 2, corroborated: 3, 'single-source': 4 };

/** The claims ledger: drafts turned into contract claims with evidence, ordered by status then support. */
export function finishLedger(drafts: readonly LedgerDraft[], members: readonly CrossCheckArticle[]): { claims: AlignedClaim[]; facts: Map<string, Fact[]> } {
  const order = new Map(members.map((m, i) => [m, i]));
  const position = (f: Fact): number => (order.get(f.member) ?? -1) * 10_000 + f.sentenceIndex;
  const sorted = [...drafts].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      sourcesOf(b.supports).size - sourcesOf(a.supports).size ||
      Math.min(...a.supports.map(position)) - Math.min(...b.supports.map(position)),
  );
  const facts = new Map<string, Fact[]>();
  const claims = sorted.map((d, i): AlignedClaim => {
    const id = `k${i + 1}`;
    facts.set(id, [...d.supports, ...d.contradicts]);
    // The sentence shown: from an original (not a copy) whose date was read, not inferred, earliest first.
    const lead = [...d.supports].sort(
      (a, b) =>
        Number(a.member.copyOf !== null) - Number(b.member.copyOf !== null) ||
        Number(a.member.dateInferred) - Number(b.member.dateInferred) ||
        byPublished(a, b) ||
        position(a) - position(b),
    )[0]!;
    const seen = new Set<string>();
    const evidence = [
      ...d.background.map((f) => evidenceItem(f, 'supports', d.valueOf(f))),
      ...d.supports.map((f) => evidenceItem(f, 'supports', d.valueOf(f))),
      ...d.contradicts.map((f) => evidenceItem(f, 'contradicts', d.valueOf(f))),
    ].filter((e) => {
      const key = `${e.articleId}#${e.sentenceIndex}#${e.stance}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return {
      id,
      kind: d.kind,
      text: lead.member.article.sentences[lead.sentenceIndex]!.text,
      status: d.status,
      slot: d.slot,
      note: noteFor(d, members),
      evidence,
      sources: [...sourcesOf(d.supports)],
      alignment: alignmentOf(lead, [...d.supports, ...d.contradicts]),
    };
  });
  return { claims, facts };
}
