// Decides whether two values outlets give for one slot can both be true. This is where false conflicts
// are prevented: a date is an interval of days at its precision ("2019" contains "March 2019"), a
// figure is an interval its qualifier and rounding allow ("more than 200" and "about 250" meet at 240),
// and a role is a title in an organisation (two titles conflict only when they are posts one person
// cannot hold at once, such as chair and chief executive, and no source gives both).
import type { Quantity } from '../core/annotations.js';
import { crosscheckLexicon, entityTitlesLexicon } from '../config/lexicons.js';
import { once } from '../core/lazy.js';

/** A span of calendar days (day numbers since 1970-01-01), inclusive, and the precision it was given at. */
export interface DayInterval {
  first: number;
  last: number;
  precision: 'day' | 'week' | 'month' | 'year';
}

const DAY_MS = 86_400_000;
// setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
const dayNumber = (y: number, m: number, d: number): number => new Date(0).setUTCFullYear(y, m - 1, d) / DAY_MS;
/** TimeML dates have four-digit years: 0000-01-01 to 9999-12-31. */
const FIRST_DAY = dayNumber(0, 1, 1);
const LAST_DAY = dayNumber(9999, 12, 31);

/**
 * The ISO day (YYYY-MM-DD) of a day number, clamped to four-digit years: the undated sibling of an article
 * dated 9999-12-31 is looked for up to 21 days later, and "+010000-01-10" is no date (the time annotator
 * refused it as a reference, and the story's cross-check failed).
 */
export function isoDay(day: number): string {
  return new Date(Math.min(LAST_DAY, Math.max(FIRST_DAY, day)) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The days a TIMEX3 date value covers: "2026-03-03" (and "2026-03-03TEV"), "2026-W10", "2026-03", "2026";
 * null for values that are not a calendar span (durations, PRESENT_REF, seasons, unresolved XXXX).
 */
export function dayInterval(value: string): DayInterval | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
  if (m) {
    const d = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
    return { first: d, last: d, precision: 'day' };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    // ISO week 1 holds the year's first Thursday.
    const jan4 = dayNumber(Number(m[1]), 1, 4);
    const monday = jan4 - ((new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7) + (Number(m[2]) - 1) * 7;
    return { first: monday, last: monday + 6, precision: 'week' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return { first: dayNumber(y, mo, 1), last: dayNumber(y, mo + 1, 1) - 1, precision: 'month' };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    return { first: dayNumber(y, 1, 1), last: dayNumber(y + 1, 1, 1) - 1, precision: 'year' };
  }
  return null;
}

/** Two dates can both be true when their spans overlap: a difference of precision only is no conflict. */
export function datesCompatible(a: DayInterval, b: DayInterval): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/**
 * The value range a quantity allows, from its qualifier and the rounding its wording implies. Always a
 * non-empty interval that holds the stated value, so every figure is compatible with itself: tolerances
 * scale with the magnitude (a negative "-3" too), and a figure that is not a finite number ("NaN",
 * "1e999") allows any value rather than none — an unreadable figure never makes a conflict.
 */
export function quantityRange(q: Pick<Quantity, 'value' | 'high' | 'qualifier' | 'text'>): [number, number] {
  const v = q.value;
  if (!Number.isFinite(v)) return [-Infinity, Infinity];
  const size = Math.abs(v);
  const rounding = roundingOf(q.text, v);
  const range = ((): [number, number] => {
    switch (q.qualifier) {
      case 'exact':
        return [v - rounding, v + rounding];
      case 'approx':
        // "about $3.6 billion": a figure given to a decimal place is already rounded to it; "about" says
        // so and widens it no further ($3.5 billion is another figure). "about 250": ±10%.
        return statesDecimals(q.text) ? [v - rounding, v + rounding] : [v - size * 0.1 - rounding, v + size * 0.1 + rounding];
      case 'more-than':
        return [v + Number.EPSILON, size > 0 ? v + size * 2 : Infinity];
      case 'at-least':
        // "hundreds of thousands" (read as at least 200,000) runs up to the next order of magnitude: 600,000 is one.
        return [v, size > 0 ? v + size * (VAGUE_PLURAL.test(q.text) ? 4 : 2) : Infinity];
      case 'less-than':
        return [v > 0 ? 0 : -Infinity, v - Number.EPSILON];
      case 'at-most':
      case 'up-to':
        return [v > 0 ? 0 : -Infinity, v];
      case 'nearly':
        return [v - size * 0.15, v];
      case 'range': {
        const high = q.high !== null && Number.isFinite(q.high) ? q.high : v;
        return [Math.min(v, high), Math.max(v, high)];
      }
    }
  })();
  const [low, high] = range;
  if (Number.isNaN(low) || Number.isNaN(high)) return [-Infinity, Infinity];
  return low <= high ? [low, high] : [high, low];
}

/** A count given as a vague plural ("dozens of", "hundreds of", "tens of thousands of"): quantities.ts reads its lower bound. */
const VAGUE_PLURAL = /^(?:dozens|scores|tens|hundreds|thousands|millions|billions)\s+of\b/i;

/**
 * Half the place value of the last digit the text states: "€340 million" → 0.5 million, "5.6 million" →
 * 50,000, "18,000" → 500 (a round figure is taken as rounded to its last non-zero digit), "12" → 0.
 */
function roundingOf(text: string, value: number): number {
  const digits = /(\d[\d,]*)(?:\.(\d+))?/.exec(text);
  if (!digits || value === 0) return 0;
  const whole = digits[1]!.replace(/,/g, '');
  const stated = Number(`${whole}${digits[2] ? `.${digits[2]}` : ''}`);
  if (!stated || !Number.isFinite(stated)) return 0;
  // A fraction in words ("two-thirds", "½") or a negative figure: the scale is the size, not the sign.
  const scale = Math.abs(value / stated);
  if (!Number.isFinite(scale)) return 0;
  if (digits[2]) return (0.5 * 10 ** -digits[2].length) * scale;
  const zeros = /0*$/.exec(whole)![0].length;
  // "€340 million": the stated digits are exact to one unit of the scale word; a bare "12" is exact.
  if (zeros === 0) return scale > 1 ? 0.5 * scale : 0;
  return 0.5 * 10 ** zeros * scale;
}

/** Two figures for one thing can both be true when their ranges overlap. */
export function quantitiesCompatible(a: Parameters<typeof quantityRange>[0], b: Parameters<typeof quantityRange>[0]): boolean {
  // "as many as 120 workers" / "up to 150 workers": each states the maximum, and two maxima of one count
  // that differ beyond their rounding disagree, as two exact figures would. ("no more than 120" and "at most
  // 150" only bound it, and both can hold.)
  if (a.qualifier === 'up-to' && b.qualifier === 'up-to') return quantitiesCompatible({ ...a, qualifier: 'exact' }, { ...b, qualifier: 'exact' });
  const [a0, a1] = quantityRange(a);
  const [b0, b1] = quantityRange(b);
  // Ranges that only touch at a rounding edge do not overlap: "$3.5 billion" (3.45–3.55) and "$3.6 billion"
  // (3.55–3.65) are two figures. A point ("12", "up to 40" at 40) inside or at the edge of a range holds.
  // (Edges are compared to 1e-9 of their size: 3.6e9 − 0.05e9 is not exactly 3.5e9 + 0.05e9 in floating point.)
  const low = Math.max(a0, b0);
  const high = Math.min(a1, b1);
  const tolerance = 1e-9 * Math.max(1, Math.abs(low), Math.abs(high));
  if (high - low > tolerance) return true;
  return high - low >= -tolerance && (a1 - a0 <= tolerance || b1 - b0 <= tolerance);
}

/** Whether a figure's text gives decimals ("3.6 billion", "2.25%"). */
function statesDecimals(text: string): boolean {
  return /\d\.\d/.test(text);
}

/**
 * Whether figure `a` states figure `b` too: `a` is exact to the unit ("41", "1,212", not a rounded "600,000")
 * and lies inside the bound `b` gives ("more than 40", "at least 1,200", "under 50"). Then the two corroborate.
 */
export function quantityEntails(a: Parameters<typeof quantityRange>[0], b: Parameters<typeof quantityRange>[0]): boolean {
  if (a.qualifier !== 'exact' || b.qualifier === 'exact' || b.qualifier === 'approx') return false;
  const [a0, a1] = quantityRange(a);
  if (a0 !== a1) return false;
  const [b0, b1] = quantityRange(b);
  return b0 <= a0 && a1 <= b1;
}

/** Whether a sentence says its figure is a state at a time that moves ("still", "so far", "now"). */
const changingCue = once(() => new RegExp(`\\b(?:${crosscheckLexicon().changingCues.map((c) => c.replace(/\s+/g, '\\s+')).join('|')})\\b`, 'i'));

export function hasChangingCue(sentence: string): boolean {
  return changingCue().test(sentence);
}

/** A role read as a title in an organisation: "the harbour authority’s chief executive" → chief executive / harbour authority. */
export interface ParsedRole {
  text: string;
  title: string;
  organisation: string | null;
  /** "then trade minister", "former chair": a past role, never compared with a current one. */
  former: boolean;
  /** Whether the title ends in a known role word (a relation such as "her counterpart" is not a title). */
  recognised: boolean;
}

/** The last words of titles and roles (lexicon/entity-titles.json), without relations ("counterpart"). */
const roleHeads = once(() => {
  const relational = new Set(crosscheckLexicon().relationalRoles);
  const titles = entityTitlesLexicon();
  return new Set([...titles.titleHeads, ...titles.roleHeads, ...titles.personalRoleHeads].map((w) => w.toLowerCase().split(/\s+/).pop()!).filter((w) => !relational.has(w)));
});

export function parseRole(role: string): ParsedRole {
  let text = role.toLowerCase().replace(/’/g, "'").trim();
  const former = /\b(then|former|ex-|outgoing|erstwhile)\b/.test(text);
  text = text.replace(/\b(then|former|outgoing|erstwhile|acting|interim)\b\s*/g, '').replace(/\bex-/g, '');
  let organisation: string | null = null;
  const of = /^(.*?)\s+(?:of|at|for)\s+(?:the\s+)?(.+)$/.exec(text);
  if (of) {
    text = of[1]!;
    organisation = of[2]!;
  }
  const possessive = /^(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(.+?)'s?\s+(.+)$/.exec(text);
  if (possessive) {
    organisation ??= possessive[1]!;
    text = possessive[2]!;
  }
  const title = text.replace(/^(?:the|a|an|his|her|their)\s+/, '').trim();
  const head = title.split(/\s+/).pop() ?? '';
  return { text: role, title, organisation: organisation?.replace(/^the\s+/, '') ?? null, former, recognised: roleHeads().has(head) };
}

/** Modifiers that make another post of a title: a deputy prime minister is not the prime minister. */
const OTHER_POST = new Set(['deputy', 'vice', 'assistant', 'junior', 'shadow', 'acting', 'interim', 'associate', 'under']);

/**
 * One title in other words: "president" / "chinese president", "uk prime minister" / "british prime minister"
 * (one ends the other, or both end in the same two words), unless the extra words make another post.
 */
function sameTitle(a: string, b: string): boolean {
  const wa = a.split(/\s+/);
  const wb = b.split(/\s+/);
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (long.some((w) => OTHER_POST.has(w)) !== short.some((w) => OTHER_POST.has(w))) return false;
  const tail = (ws: string[], n: number) => ws.slice(-n).join(' ');
  if (tail(long, short.length) === short.join(' ')) return true;
  return short.length >= 2 && tail(short, 2) === tail(long, 2);
}

function postOf(title: string): number {
  return crosscheckLexicon().exclusivePosts.findIndex((post) => post.includes(title));
}

/** Whether two organisation wordings can name one body: equal, one missing, or one's words inside the other's. */
function sameOrganisation(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const wa = new Set(a.split(/\s+/));
  const wb = b.split(/\s+/);
  const shared = wb.filter((w) => wa.has(w)).length;
  return shared >= Math.min(wa.size, wb.length) || shared >= 2;
}

/**
 * How two roles one person is given relate: `same` (one title), `conflicting` (two different posts one
 * person cannot hold at once in the same organisation), `compatible` (different titles that can both
 * hold), or `unrelated` when either is not a comparable current title.
 */
export function compareRoles(a: ParsedRole, b: ParsedRole): 'same' | 'conflicting' | 'compatible' | 'unrelated' {
  if (a.former || b.former || !a.recognised || !b.recognised) return 'unrelated';
  if (a.title === b.title || sameTitle(a.title, b.title)) return 'same';
  const pa = postOf(a.title);
  const pb = postOf(b.title);
  if (pa >= 0 && pa === pb) return 'same';
  if (pa >= 0 && pb >= 0 && sameOrganisation(a.organisation, b.organisation)) return 'conflicting';
  return 'compatible';
}
