// A span a claim's time opens or closes: "served from 1995 to 2007", "held the seat between 2001 and 2004",
// "ran the port from March 2019 until June 2020". The time annotator tags each end on its own and a claim
// keeps the one nearest its verb, so the span's first year alone would stand for the whole: "from 1994 to
// 2006" beside another outlet's "until 2006" would read as 1994 against 2006. Read as a span, a single date
// inside it agrees with it, and two spans of one happening agree only when both ends do ("from 1995 to 2007"
// against "from 1994 to 2006" is a conflict as written).
import type { TimeExpression } from '../core/annotations.js';
import type { Article } from '../core/types.js';
import { dayInterval, type DayInterval } from './compare-values.js';

export interface TimeSpan {
  from: DayInterval;
  to: DayInterval;
  /** Both ends as written for a note: "1995/2007". */
  value: string;
}

const OPENS = /\b(?:from|between)\s+$/i;
const JOINS = /^\s*(?:to|until|till|through|and|-|–)\s*$/i;

const dateOf = (t: TimeExpression): string => t.value.replace(/T.*$/, '');

/** The span the time `t` of a sentence opens or closes, or null when it stands alone. */
export function spanAround(article: Article, t: TimeExpression): TimeSpan | null {
  const times = article.annotations.times.filter((x) => x.sentence === t.sentence && x.type !== 'DURATION' && dayInterval(dateOf(x)) !== null).sort((a, b) => a.start - b.start);
  const at = times.indexOf(t);
  if (at < 0) return null;
  const text = article.text;
  const pair = (a: TimeExpression | undefined, b: TimeExpression | undefined): TimeSpan | null => {
    if (!a || !b || !OPENS.test(text.slice(Math.max(0, a.start - 12), a.start)) || !JOINS.test(text.slice(a.end, b.start))) return null;
    const from = dayInterval(dateOf(a))!;
    const to = dayInterval(dateOf(b))!;
    return from.first <= to.last ? { from, to, value: `${dateOf(a)}/${dateOf(b)}` } : null;
  };
  return pair(t, times[at + 1]) ?? pair(times[at - 1], t);
}

/** Two times of one happening agree: two spans when both ends can hold, a span and a date when the date falls in it. */
export function spansCompatible(a: { interval: DayInterval; span: TimeSpan | null }, b: { interval: DayInterval; span: TimeSpan | null }): boolean {
  const overlap = (x: DayInterval, y: DayInterval): boolean => x.first <= y.last && y.first <= x.last;
  if (a.span && b.span) return overlap(a.span.from, b.span.from) && overlap(a.span.to, b.span.to);
  const whole = (s: { interval: DayInterval; span: TimeSpan | null }): DayInterval => (s.span ? { first: s.span.from.first, last: s.span.to.last, precision: s.span.from.precision } : s.interval);
  return overlap(whole(a), whole(b));
}
