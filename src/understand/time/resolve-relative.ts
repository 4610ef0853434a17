// Turns a relative meaning (spec + clause tense) into a TIMEX3 value against a reference date.
// Direction rule, as news uses it: a past-tense clause looks back ("arrived on Monday" → the previous
// Monday), a future-tense clause looks forward ("will travel on Saturday" → the next Saturday), and a
// same-named day is the reference day itself ("on Thursday" in a Thursday article).
import {
  addDays, addMonths, easter, formatDay, isoWeek, nthWeekday, pad, parseYmd, quarterOf, weekday, type Ymd,
} from './calendar.js';
import type { Direction, RelativeTime, Tense, TimeSpec } from './spec.js';

/** Which way an unanchored name points: back (≤ reference), forward (≥ reference), or the nearer. */
type Lean = 'back' | 'forward' | 'nearest';

/**
 * Present tense and no verb lean back for day names ("Police say the fire started Monday": news narrates
 * the past) but take the nearer occurrence for months ("the vote is in March").
 */
function lean(dir: Direction, tense: Tense, unanchored: Lean): Lean {
  if (dir === 'last' || dir === 'since') return 'back';
  if (dir === 'next') return 'forward';
  if (tense === 'past') return 'back';
  if (tense === 'future') return 'forward';
  return unanchored;
}

/**
 * Picks among ordinal positions (days, months, seasons) relative to the reference position `now`.
 * `window` = [far, near]: a backward pick farther than `far` yields to a forward one within `near`,
 * for reported plans in past-tense sentences ("decided the boy should go home by Jan. 14" written
 * on Jan. 5 is the coming Jan. 14, not last year's). `ahead` is the same for a forward pick: a plan
 * quoted from a report a few days old ("will take the majority on Jan. 5" in a Jan. 6 article) is
 * the Jan. 5 just past, not next year's.
 */
function pick(candidates: number[], now: number, how: Lean, strict: boolean, window: [number, number] | null = null, ahead: [number, number] | null = null): number {
  const back = candidates.filter((c) => (strict ? c < now : c <= now));
  const forward = candidates.filter((c) => (strict ? c > now : c >= now));
  const latestBack = back.length ? Math.max(...back) : null;
  const firstForward = forward.length ? Math.min(...forward) : null;
  if (how === 'back' && latestBack !== null) {
    if (window && firstForward !== null && now - latestBack > window[0] && firstForward - now <= window[1]) return firstForward;
    return latestBack;
  }
  if (how === 'forward' && firstForward !== null) {
    if (ahead && latestBack !== null && firstForward - now > ahead[0] && now - latestBack <= ahead[1]) return latestBack;
    return firstForward;
  }
  if (latestBack === null) return firstForward!;
  if (firstForward === null) return latestBack;
  return now - latestBack <= firstForward - now ? latestBack : firstForward;
}

const dayNumber = (t: Ymd): number => Date.UTC(t.y, t.m - 1, t.d) / 86_400_000;
const fromDayNumber = (n: number): Ymd => {
  const dt = new Date(n * 86_400_000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
};

const SEASON_INDEX: Record<string, number> = { SP: 0, SU: 1, FA: 2, WI: 3 };
const SEASON_CODES = ['SP', 'SU', 'FA', 'WI'];

/** The season an instant falls in, as year*4 + index; January and February belong to the previous year's winter. */
function seasonPosition(t: Ymd): number {
  if (t.m <= 2) return (t.y - 1) * 4 + 3;
  return t.y * 4 + Math.floor((t.m - 3) / 3);
}

function holidayDate(name: string, y: number): Ymd | null {
  const fixed = /^(\d{2})-(\d{2})$/.exec(name);
  if (fixed) return { y, m: Number(fixed[1]), d: Number(fixed[2]) };
  if (name === 'easter') return easter(y);
  if (name === 'good friday') return addDays(easter(y), -2);
  if (name === 'thanksgiving') return nthWeekday(y, 11, 4, 4);
  if (name === 'memorial day') return nthWeekday(y, 5, 1, -1);
  if (name === 'labor day') return nthWeekday(y, 9, 1, 1);
  return null;
}

function unknownValue(spec: TimeSpec): string {
  switch (spec.kind) {
    case 'absolute': return spec.value;
    case 'calendar': return spec.day === null ? `XXXX-${pad(spec.month)}` : `XXXX-${pad(spec.month)}-${pad(spec.day)}`;
    case 'weekday': return `XXXX-WXX-${spec.weekday}`;
    case 'shift': return { D: 'XXXX-XX-XX', W: 'XXXX-WXX', WE: 'XXXX-WXX-WE', M: 'XXXX-XX', Q: 'XXXX-QX', H: 'XXXX-HX', Y: 'XXXX', DE: 'XXX', CE: 'XX' }[spec.unit];
    case 'season': return `XXXX-${spec.season}`;
    case 'weekend': return 'XXXX-WXX-WE';
    case 'part': return spec.n === null ? `XXXX-${spec.unit}X` : `XXXX-${spec.unit}${spec.n}`;
    case 'holiday': return /^\d\d-\d\d$/.test(spec.name) ? `XXXX-${spec.name}` : 'XXXX-XX-XX';
  }
}

function resolveShift(unit: string, n: number, ref: Ymd): string {
  switch (unit) {
    case 'D': return formatDay(addDays(ref, n));
    case 'W': return isoWeek(addDays(ref, 7 * n));
    case 'WE': return `${isoWeek(addDays(ref, 7 * n))}-WE`;
    case 'M': { const t = addMonths(ref, n); return `${t.y}-${pad(t.m)}`; }
    case 'Q': { const q = ref.y * 4 + quarterOf(ref.m) - 1 + n; return `${Math.floor(q / 4)}-Q${(q % 4) + 1}`; }
    case 'H': { const h = ref.y * 2 + (ref.m > 6 ? 1 : 0) + n; return `${Math.floor(h / 2)}-H${(h % 2) + 1}`; }
    case 'Y': return String(ref.y + n);
    case 'DE': return String(Math.floor(ref.y / 10) + n);
    default: return pad(Math.floor(ref.y / 100) + n); // CE
  }
}

function resolveKnown(spec: TimeSpec, tense: Tense, ref: Ymd): string {
  switch (spec.kind) {
    case 'absolute': return spec.value;
    case 'shift': return resolveShift(spec.unit, spec.n, ref);
    case 'weekday': {
      const today = dayNumber(ref);
      const offset = spec.weekday - weekday(ref);
      const candidates = [-7, 0, 7].map((w) => today + offset + w);
      // "this Tuesday" is the current week's, unless the clause looks ahead or back: "it will not be
      // held this Tuesday" written on a Friday is the coming Tuesday
      if (spec.dir === 'this') {
        if (tense !== 'future' && tense !== 'past') return formatDay(fromDayNumber(today + offset));
        return formatDay(fromDayNumber(pick(candidates, today, lean(null, tense, 'back'), false)));
      }
      return formatDay(fromDayNumber(pick(candidates, today, lean(spec.dir, tense, 'back'), spec.dir === 'last' || spec.dir === 'next')));
    }
    case 'calendar': {
      if (spec.yearShift !== null) {
        const y = ref.y + spec.yearShift;
        return spec.day === null ? `${y}-${pad(spec.month)}` : formatDay({ y, m: spec.month, d: spec.day });
      }
      if (spec.day === null) {
        const now = ref.y * 12 + ref.m;
        const how = spec.dir === 'this' ? 'nearest' : lean(spec.dir, tense, 'nearest');
        const chosen = pick([-1, 0, 1].map((k) => (ref.y + k) * 12 + spec.month), now, how, spec.dir === 'last' || spec.dir === 'next', spec.dir ? null : [6, 2]);
        const y = Math.floor((chosen - 1) / 12);
        return `${y}-${pad(spec.month)}`;
      }
      const candidates = [-1, 0, 1].map((k) => dayNumber({ y: ref.y + k, m: spec.month, d: spec.day! }));
      return formatDay(fromDayNumber(pick(candidates, dayNumber(ref), lean(spec.dir, tense, 'nearest'), spec.dir === 'last' || spec.dir === 'next', spec.dir ? null : [180, 60], spec.dir ? null : [300, 14])));
    }
    case 'weekend': {
      // on a Saturday or Sunday "the weekend" is the current one either way
      const inWeekend = weekday(ref) >= 6;
      const back = lean(null, tense, 'back') === 'back';
      return `${isoWeek(addDays(ref, inWeekend || !back ? 0 : -7))}-WE`;
    }
    case 'season': {
      const now = seasonPosition(ref);
      const s = SEASON_INDEX[spec.season] ?? 1;
      const candidates = [-1, 0, 1].map((k) => (ref.y + k) * 4 + s);
      const how = spec.dir === 'this' ? 'nearest' : lean(spec.dir, tense, 'nearest');
      const chosen = pick(candidates, now, how, spec.dir === 'last' || spec.dir === 'next');
      return `${Math.floor(chosen / 4)}-${SEASON_CODES[chosen % 4]}`;
    }
    case 'part': {
      if (spec.n === null) return resolveShift(spec.unit, spec.latest ? -1 : 0, ref);
      return `${ref.y + (spec.yearShift ?? 0)}-${spec.unit}${spec.n}`;
    }
    case 'holiday': {
      const dates = [-1, 0, 1].map((k) => holidayDate(spec.name, ref.y + k)).filter((d): d is Ymd => d !== null);
      if (!dates.length) return unknownValue(spec);
      const chosen = pick(dates.map(dayNumber), dayNumber(ref), lean(spec.dir, tense, 'nearest'), spec.dir === 'last' || spec.dir === 'next');
      return formatDay(fromDayNumber(chosen));
    }
  }
}

/** The TIMEX3 value of a relative meaning; with no usable reference the unknown parts are X ("XXXX-WXX-2"). */
export function resolveRelative(rel: RelativeTime, reference: string | null): string {
  const ref = reference === null ? null : parseYmd(reference);
  const base = ref === null ? unknownValue(rel.spec) : resolveKnown(rel.spec, rel.tense, ref);
  if (rel.time === null) return base;
  // a time of day only attaches to a day: "Wednesday night" → 2026-03-04TNI
  return /^(\d{4}|XXXX)-(\d{2}|XX|WXX)-(\d{2}|XX|\d)$/.test(base) ? `${base}${rel.time}` : base;
}
