// The story's timeline: what happened when, by the date it happened (not when it was published). Each
// aligned group of event facts gives one entry per date it is given — the same signing told by four
// outlets is one entry with four sentences of evidence; an outlet that puts it on another day gives a
// second entry marked as disputed. Dates keep their precision (day, month, year); events well before
// the story's first report are background, events after its last report are planned, and a date that
// rests only on an inferred publication date is flagged as inferred.
import type { AlignedClaim, CrossCheckArticle, TimelineEntry } from '../core/crosscheck.js';
import { dayInterval, isoDay, type DayInterval } from './compare-values.js';
import { evidenceOf, outletLabel } from './evidence.js';
import type { EventFact, Fact } from './facts.js';
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
  facts: EventFact[];
}

/** Two entries on one date tell one happening when their facts share a verb and a participant, or enough words. */
function mergeable(a: Draft, b: Draft): boolean {
  if (a.date !== b.date) return false;
  return a.facts.some((f) =>
    b.facts.some((g) => {
      const shared = sharedCount(f.participants, g.participants) > 0 || sharedCount(f.names, g.names) >= 2;
      const sim = jaccard(f.terms, g.terms);
      const sameSubject = f.participants.size === 0 && g.participants.size === 0 && sharedCount(f.subjectTerms, g.subjectTerms) > 0;
      return ((shared || sameSubject) && (f.predicateClass === g.predicateClass || sim >= 0.2)) || sim >= 0.35;
    }),
  );
}

export function buildTimeline(members: readonly CrossCheckArticle[], events: readonly EventFact[][], claims: readonly AlignedClaim[], claimFacts: ReadonlyMap<string, Fact[]>): TimelineEntry[] {
  const published = members.filter((m) => m.article.published && !m.dateInferred).map((m) => dayOf(m.article.published!));
  const firstReport = published.length ? Math.min(...published) : null;
  const lastReport = published.length ? Math.max(...published) : null;
  const disputes = claims.filter((c) => c.status === 'conflicting' && c.slot === 'time');

  const drafts: Draft[] = [];
  for (const group of events) {
    const byDate = new Map<string, Draft>();
    for (const f of group) {
      if (!f.time?.interval) continue;
      const d = timelineDate(f.time.value, f.time.interval);
      if (!d) continue;
      const draft = byDate.get(d.date) ?? { ...d, facts: [] };
      draft.facts.push(f);
      byDate.set(d.date, draft);
    }
    for (const d of byDate.values()) {
      const same = drafts.find((x) => mergeable(x, d));
      if (same) same.facts.push(...d.facts);
      else drafts.push(d);
    }
  }

  return drafts
    .map((d): TimelineEntry & { first: number; sources: number } => {
      const lead = [...d.facts].sort((a, b) => Number(a.member.copyOf !== null) - Number(b.member.copyOf !== null) || (a.mood === 'done' ? 0 : 1) - (b.mood === 'done' ? 0 : 1) || (a.member.article.published ?? '\uffff').localeCompare(b.member.article.published ?? '\uffff'))[0]!;
      const seen = new Set<string>();
      const evidence = d.facts.map((f) => evidenceOf(f.member.article, f.sentenceIndex)).filter((e) => !seen.has(`${e.articleId}#${e.sentenceIndex}`) && seen.add(`${e.articleId}#${e.sentenceIndex}`));
      const dispute = disputes.find((c) => claimFacts.get(c.id)?.some((f) => d.facts.includes(f as EventFact)));
      return {
        date: d.date,
        precision: d.precision,
        text: lead.member.article.sentences[lead.sentenceIndex]!.text,
        inferred: d.facts.every((f) => f.member.dateInferred && f.time?.relative),
        background: firstReport !== null && d.interval.last < firstReport - BACKGROUND_DAYS,
        planned: lastReport !== null && d.interval.first > lastReport,
        disputedBy: dispute?.id ?? null,
        evidence,
        outlets: [...new Set(d.facts.map((f) => outletLabel(f.member)))],
        first: dayInterval(d.date)!.first,
        sources: new Set(d.facts.map((f) => f.source)).size,
      };
    })
    // By the date shown (a week shown as its month sorts as the month), coarser dates first.
    .sort((a, b) => a.first - b.first || PRECISION_ORDER[a.precision] - PRECISION_ORDER[b.precision] || b.sources - a.sources)
    .map(({ first: _first, sources: _sources, ...entry }) => entry);
}

const PRECISION_ORDER: Record<TimelineEntry['precision'], number> = { year: 0, month: 1, day: 2 };
