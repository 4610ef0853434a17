// A decision awaited at a time: "the court’s decision, expected by June", "a ruling by the court this summer",
// "a verdict due in March". Outlets date an awaited ruling in their own words and precisions (a month, a
// season), in a clause the claim extractor reads as no claim of its own; two that date one awaited decision at
// times that overlap state one fact.
import { dayInterval, type DayInterval } from './compare-values.js';

/** A decision noun and the time after it that dates it. */
export interface DueDecision {
  noun: string;
  value: string;
  phrase: string;
}

/** A sentence's time, its offsets within the sentence. */
export interface SentenceTime {
  start: number;
  end: number;
  value: string;
}

const NOUN = /\b(decision|ruling|verdict|judgment|judgement)s?\b/gi;
/** The time must follow the noun closely, in its clause: "the decision, expected by June" (13 characters between). */
const MAX_GAP = 40;

/** The awaited decisions a sentence dates. */
export function dueDecisions(sentence: string, times: readonly SentenceTime[]): DueDecision[] {
  const out: DueDecision[] = [];
  for (const m of sentence.matchAll(NOUN)) {
    const end = m.index! + m[0].length;
    const t = times.find((x) => x.start >= end && x.start - end <= MAX_GAP && !/[.;:!?]/.test(sentence.slice(end, x.start)));
    if (t && intervalOf(t.value)) out.push({ noun: m[1]!.toLowerCase(), value: t.value, phrase: sentence.slice(m.index!, t.end) });
  }
  return out;
}

/** Seasons as months (northern hemisphere, as the time annotator reads them): spring March to May, and so on. */
const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], AU: [9, 11], WI: [12, 14] };

/** A time value's days, seasons included ("2011-SU" is June to August 2011). */
export function intervalOf(value: string): DayInterval | null {
  const m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value);
  if (!m) return dayInterval(value);
  const [from, to] = SEASON_MONTHS[m[2]!]!;
  const first = dayInterval(`${m[1]}-${String(from).padStart(2, '0')}`)!;
  const y = Number(m[1]) + (to > 12 ? 1 : 0);
  const last = dayInterval(`${y}-${String(to > 12 ? to - 12 : to).padStart(2, '0')}`)!;
  return { first: first.first, last: last.last, precision: 'month' };
}

/** Two awaited decisions' times that can both hold ("by June" / "this summer"). */
export function dueTimesOverlap(a: string, b: string): boolean {
  const [x, y] = [intervalOf(a), intervalOf(b)];
  return x !== null && y !== null && x.first <= y.last && y.first <= x.last;
}
