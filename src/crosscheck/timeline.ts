// The story's timeline: what happened when, by the date it happened (not when it was published). It is
// built from every dated happening of the story's sentences (timeline-mentions.ts): first the aligned
// event claims — the same signing told by four outlets is one entry with four sentences of evidence; an
// outlet that puts it on another day gives a second entry marked as disputed — then every other sentence
// that names a date ("first elected in 2004", "in a Tuesday interview"), joined to an entry of its date
// when it tells the same happening. Dates keep their precision (day, month, year); events well before
// the story's first report are background, events after its last report are planned, and a date that
// rests only on an inferred publication date is flagged as inferred.
import type { AlignedClaim, CrossCheckArticle, TimelineEntry } from '../core/crosscheck.js';
import { dayInterval, isoDay, type DayInterval } from './compare-values.js';
import { evidenceOf, outletLabel } from './evidence.js';
import type { EventFact, Fact } from './facts.js';
import { datedMentions, happeningOfFact, type Happening } from './timeline-mentions.js';
import { jaccard, sharedCount } from '../text/index.js';

/** Days before a story's first report after which a recalled event counts as background. */
const BACKGROUND_DAYS = 14;
const DAY_MS = 86_400_000;

/** The date a timeline shows for an interval: YYYY-MM-DD, YYYY-MM or YYYY; a week only when it lies in one month. */
function timelineDate(value: string, interval: DayInterval): { date: string; precision: TimelineEntry['precision']; interval: DayInterval } | null {
  switch (interval.precision) {
    case 'day':
      return { date: value.slice(0, 10), precision: 'day', interval };
    case 'month':
      return { date: value.slice(0, 7), precision: 'month', interval };
    case 'year':
      return { date: value.slice(0, 4), precision: 'year', interval };
    case 'week': {
      const first = isoDay(interval.first);
      if (first.slice(0, 7) !== isoDay(interval.last).slice(0, 7)) return null;
      return { date: first.slice(0, 7), precision: 'month', interval };
    }
  }
}

const dayOf = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS;

interface Draft {
  date: string;
  precision: TimelineEntry['precision'];
  /** The days the sources' expression covers (a week shown as its month keeps its week here). */
  interval: DayInterval;
  items: Happening[];
}

/**
 * Two sentences on one date tell one happening when they share a participant and a verb class, a name
 * and a fifth of their words, or a third of their words: "Trump declared a national emergency on
 * Friday" and "President Trump said Friday he is declaring a national emergency" (one name, 8 of 30
 * words) are one entry; "Trump signed the bill on Friday" and "Trump spent his speech on Friday
 * rehashing crime figures" (one name, 2 words) stay two.
 */
function sameHappening(f: Happening, g: Happening): boolean {
  const sim = jaccard(f.terms, g.terms);
  if (sim >= 0.35) return true;
  const samePredicate = sharedCount(f.predicates, g.predicates) > 0;
  const names = sharedNames(f.names, g.names);
  if (names > 0 && sim >= 0.15) return true;
  const shared = sharedCount(f.participants, g.participants) > 0 || names >= 2;
  const sameSubject = f.participants.size === 0 && g.participants.size === 0 && sharedCount(f.subjectTerms, g.subjectTerms) > 0;
  return (shared || sameSubject) && samePredicate;
}

/**
 * Names two sentences share, a shorter form counting as the longer one it begins or ends: outlets name
 * one company "Wal-Mart", "Wal-Mart Stores" and "Wal-Mart Stores Inc." (keys "wal mart", "wal mart stores" …).
 */
function sharedNames(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) {
    if (b.has(x)) n++;
    else for (const y of b) if (sameName(x, y)) { n++; break; }
  }
  return n;
}
function sameName(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long.startsWith(`${short} `) || long.endsWith(` ${short}`);
}

const mergeable = (a: Draft, b: Draft): boolean => a.date === b.date && a.items.some((f) => b.items.some((g) => sameHappening(f, g)));

/** The story's drafts, kept by date so a new happening is compared only with those of its date. */
class Drafts {
  readonly byDate = new Map<string, Draft[]>();
  /** Sentences already placed on a date: "articleId#sentence|date". */
  private readonly placed = new Set<string>();

  has(h: Happening, date: string): boolean {
    return this.placed.has(`${h.member.article.id}#${h.sentenceIndex}|${date}`);
  }

  /** Adds a draft, into an existing one of its date when they tell the same happening. */
  add(d: Draft): void {
    for (const h of d.items) this.placed.add(`${h.member.article.id}#${h.sentenceIndex}|${d.date}`);
    const list = this.byDate.get(d.date) ?? [];
    const same = list.find((x) => mergeable(x, d));
    if (same) same.items.push(...d.items);
    else list.push(d);
    this.byDate.set(d.date, list);
  }
}

/** Lead sentence first: an original before a copy, an aligned event before a bare mention, a report before a plan, the earliest article. */
function byLead(a: Happening, b: Happening): number {
  return Number(a.member.copyOf !== null) - Number(b.member.copyOf !== null) ||
    Number(a.fact === null) - Number(b.fact === null) ||
    (a.mood === 'done' ? 0 : 1) - (b.mood === 'done' ? 0 : 1) ||
    (a.member.article.published ?? '\uffff').localeCompare(b.member.article.published ?? '\uffff');
}

export function buildTimeline(members: readonly CrossCheckArticle[], events: readonly EventFact[][], claims: readonly AlignedClaim[], claimFacts: ReadonlyMap<string, Fact[]>): TimelineEntry[] {
  const published = members.filter((m) => m.article.published && !m.dateInferred).map((m) => dayOf(m.article.published!));
  const firstReport = published.length ? Math.min(...published) : null;
  const lastReport = published.length ? Math.max(...published) : null;
  const disputes = claims.filter((c) => c.status === 'conflicting' && c.slot === 'time');

  const drafts = new Drafts();
  // The aligned event claims first: each group gives one draft per date its outlets give.
  for (const group of events) {
    const byDate = new Map<string, Draft>();
    for (const h of group.map(happeningOfFact)) {
      if (!h) continue;
      const d = timelineDate(h.value, h.interval);
      if (!d) continue;
      const draft = byDate.get(d.date) ?? { ...d, items: [] };
      draft.items.push(h);
      byDate.set(d.date, draft);
    }
    for (const d of byDate.values()) drafts.add(d);
  }
  // Then every other dated sentence: background and side events no claim carries a time for.
  for (const m of members) {
    for (const h of datedMentions(m)) {
      const d = timelineDate(h.value, h.interval);
      if (!d || drafts.has(h, d.date)) continue;
      drafts.add({ ...d, items: [h] });
    }
  }

  return [...drafts.byDate.values()].flat()
    .map((d): TimelineEntry & { first: number; sources: number } => {
      const lead = [...d.items].sort(byLead)[0]!;
      const seen = new Set<string>();
      const evidence = d.items.map((f) => evidenceOf(f.member.article, f.sentenceIndex)).filter((e) => !seen.has(`${e.articleId}#${e.sentenceIndex}`) && seen.add(`${e.articleId}#${e.sentenceIndex}`));
      const facts = new Set<Fact>(d.items.flatMap((h) => (h.fact ? [h.fact] : [])));
      const dispute = facts.size ? disputes.find((c) => claimFacts.get(c.id)?.some((f) => facts.has(f))) : undefined;
      return {
        date: d.date,
        precision: d.precision,
        text: lead.member.article.sentences[lead.sentenceIndex]!.text,
        inferred: d.items.every((f) => f.member.dateInferred && f.relative),
        background: firstReport !== null && d.interval.last < firstReport - BACKGROUND_DAYS,
        planned: lastReport !== null && d.interval.first > lastReport,
        disputedBy: dispute?.id ?? null,
        evidence,
        outlets: [...new Set(d.items.map((f) => outletLabel(f.member)))],
        first: dayInterval(d.date)!.first,
        sources: new Set(d.items.map((f) => f.source)).size,
      };
    })
    // By the date shown (a week shown as its month sorts as the month), coarser dates first.
    .sort((a, b) => a.first - b.first || PRECISION_ORDER[a.precision] - PRECISION_ORDER[b.precision] || b.sources - a.sources)
    .map(({ first: _first, sources: _sources, ...entry }) => entry);
}

const PRECISION_ORDER: Record<TimelineEntry['precision'], number> = { year: 0, month: 1, day: 2 };
