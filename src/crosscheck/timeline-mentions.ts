// What the timeline is built from: every dated happening of a story's sentences, not only the aligned
// event claims. "Her party first won the seat in 2004", "in a Tuesday interview", "the May 3 primary",
// "a report issued last month" each name a day, month or year on which something happened, even when
// the claim reader found no event with that time. A time expression becomes a happening when it names
// a calendar date; lengths ("for 35 days", "43-year-old"), repeats ("every year"), "now" and the current
// period itself ("this year", "this week": the story's own time, not a happening) do not.
import type { TimeExpression } from '../core/annotations.js';
import type { CrossCheckArticle } from '../core/crosscheck.js';
import { contentTerms, entityKey } from '../text/index.js';
import { dayInterval, type DayInterval } from './compare-values.js';
import type { EventFact } from './facts.js';
import { predicateClassOf } from './facts.js';

/** One sentence's statement that something happened at a time: from an event claim, or from a bare time expression. */
export interface Happening {
  member: CrossCheckArticle;
  source: string;
  sentenceIndex: number;
  /** The TIMEX3 value and the days it covers. */
  value: string;
  interval: DayInterval;
  /** True when the value rests on the reference date ("on Tuesday"), false for "March 2, 2010". */
  relative: boolean;
  mood: 'done' | 'planned';
  /** Stemmed content words of the sentence (of the claim, for a fact). */
  terms: Set<string>;
  /** Entity keys named in the sentence. */
  names: Set<string>;
  /** Entity keys of the claim's actors, object and place; a bare mention takes the sentence's names. */
  participants: Set<string>;
  /** The subject's words when no entity names it ("daily crossings"). */
  subjectTerms: Set<string>;
  /** Verb classes of the sentence's claims ("approve" and "endorse" are one class). */
  predicates: Set<string>;
  /** The aligned event fact, when the happening comes from one. */
  fact: EventFact | null;
}

/** A relative expression naming the current period: "this year", "this month", "this week" (shift 0 of a unit longer than a day). */
function currentPeriod(t: TimeExpression): boolean {
  const spec = (t.relative as { spec?: { kind: string; unit?: string; n?: number } } | null)?.spec;
  return spec?.kind === 'shift' && spec.n === 0 && spec.unit !== 'D';
}

/** Whether a time expression names a calendar date a timeline can show (not a length, a repeat or "now"). */
export function namesADate(t: TimeExpression): boolean {
  if ((t.type !== 'DATE' && t.type !== 'TIME') || t.sentence < 0) return false;
  if (currentPeriod(t)) return false;
  return dayInterval(t.value) !== null;
}

/** The happening an aligned event fact states, when its time slot names a date. */
export function happeningOfFact(f: EventFact): Happening | null {
  if (!f.time?.interval) return null;
  return {
    member: f.member,
    source: f.source,
    sentenceIndex: f.sentenceIndex,
    value: f.time.value,
    interval: f.time.interval,
    relative: f.time.relative,
    mood: f.mood,
    terms: f.terms,
    names: f.names,
    participants: f.participants,
    subjectTerms: f.subjectTerms,
    predicates: new Set([f.predicateClass]),
    fact: f,
  };
}

/**
 * Entity keys per sentence of an article. A name inside a time expression is no participant: the
 * "Feb." of "until Feb. 15" taken for a name would join every sentence that names the date.
 */
function namesBySentence(member: CrossCheckArticle, times: readonly TimeExpression[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const e of member.article.annotations.entities) {
    const key = entityKey(e);
    if (!key) continue;
    for (const m of e.mentions) {
      if (times.some((t) => t.sentence === m.sentence && t.start < m.end && m.start < t.end)) continue;
      const set = out.get(m.sentence) ?? new Set<string>();
      set.add(key);
      out.set(m.sentence, set);
    }
  }
  return out;
}

/**
 * Whether most of a sentence lies inside direct quotes: a quoted date is the speaker's ("the government
 * will shut down on Feb. 15", he said), and the quote ledger's; the outlets' own sentences date it.
 */
function mostlyQuoted(member: CrossCheckArticle, sentenceIndex: number): boolean {
  const s = member.article.sentences[sentenceIndex]!;
  let inside = 0;
  for (const q of member.article.annotations.quotes) {
    if (q.kind === 'direct') inside += Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start));
  }
  return inside > 0.5 * (s.end - s.start);
}

/**
 * Every dated happening of an article's sentences, one per date a sentence names ("From Dec. 22 through
 * Jan. 25" gives two). Copies count as their original's source, as everywhere in the cross-check.
 */
export function datedMentions(member: CrossCheckArticle): Happening[] {
  const { article } = member;
  const times = article.annotations.times.filter(namesADate);
  if (times.length === 0) return [];
  const names = namesBySentence(member, times);
  const claims = new Map<number, { predicates: Set<string>; planned: boolean }>();
  for (const c of article.annotations.claims) {
    const entry = claims.get(c.sentence) ?? { predicates: new Set<string>(), planned: false };
    entry.predicates.add(predicateClassOf(c.predicate));
    if (c.tense === 'future' || c.tense === 'conditional') entry.planned = true;
    claims.set(c.sentence, entry);
  }
  const out: Happening[] = [];
  const seen = new Set<string>();
  for (const t of times) {
    const sentence = article.sentences[t.sentence];
    if (!sentence || seen.has(`${t.sentence}|${t.value}`) || mostlyQuoted(member, t.sentence)) continue;
    // "reopened on Tuesday" in an undated article: a side event on a guessed date is two guesses deep;
    // only its aligned event claims reach the timeline (flagged as inferred).
    if (member.dateInferred && t.relative != null) continue;
    seen.add(`${t.sentence}|${t.value}`);
    const own = names.get(t.sentence) ?? new Set<string>();
    const tense = (t.relative as { tense?: string } | null)?.tense;
    const claim = claims.get(t.sentence);
    out.push({
      member,
      source: member.source,
      sentenceIndex: t.sentence,
      value: t.value,
      interval: dayInterval(t.value)!,
      relative: t.relative != null,
      mood: tense === 'future' || claim?.planned ? 'planned' : 'done',
      terms: new Set(contentTerms(sentence.text)),
      names: own,
      participants: own,
      subjectTerms: new Set(),
      predicates: claim?.predicates ?? new Set(),
      fact: null,
    });
  }
  return out;
}
