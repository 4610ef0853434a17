// Measures that describe a thing: "a 212-page report", "a 9-person review panel", "a 30- to 50-hour safety
// course", "a 30-50 hour safety program", "30 hours of training", "30-50 hours per person". English puts the
// measure word in the singular before the noun it describes ("212-page", never "212-pages"), so the unit is
// the measure word (page, hour, person) and the noun is what is measured (`Quantity.measureOf`). Another
// outlet's "the report runs 212 pages" then counts the same unit, and the noun stays in the sentence's words
// the cross-check aligns on. A span of time that measures a thing ("a 60-hour course", "30 hours of training")
// is a figure outlets compare; "for 35 days" only says how long a happening lasted.
import type { Token } from '../../text/index.js';
import { claimQuantitiesLexicon } from '../../config/lexicons.js';
import { once } from '../../core/lazy.js';

/** The counted noun phrase at a token (quantities.ts's reading): its words and the token after them. */
export type NounPhraseAt = (tokens: readonly Token[], j: number) => { unit: string | null; end: number };

export interface MeasureRead {
  value: number;
  unit: string;
  measureOf: string;
  /** Token index after the measure word: the noun described stays outside the figure's span. */
  end: number;
}

const words = once(() => {
  const lex = claimQuantitiesLexicon();
  return {
    units: lex.units,
    tens: lex.tens,
    scales: lex.scales,
    measures: new Set(lex.measureWords),
  };
});

/**
 * Words after a number's hyphen that name no measure: "a 30-odd", "a 100-plus", "a 10-fold rise", "a
 * 200-strong crowd" (the crowd is counted, not measured), fractions ("two-thirds") and number words
 * ("forty-two") the number reader takes.
 */
const NOT_MEASURE = /^(?:odd|plus|fold|something|ish|old|strong|years?-olds?|half|halves|thirds?|quarters?|(?:fif|six|seven|eigh|nin|ten)ths?)$/u;

/** Counts of people a number word measures a body by ("a five-member board", "a three-person crew"). */
const PEOPLE = new Set(['member', 'person', 'judge', 'seat']);

function numberBefore(part: string): number | null {
  if (/^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$/.test(part)) return Number(part.replace(/,/g, ''));
  const { units, tens } = words();
  return units[part] ?? tens[part] ?? null;
}

/**
 * "212-page report", "six-year term", "9-person review panel", "2 million-member union": a number
 * joined by a hyphen to a measure word, before the noun it describes; null for anything else.
 */
export function adjectivalMeasure(tokens: readonly Token[], i: number, nounAt: NounPhraseAt): MeasureRead | null {
  const t = tokens[i]!;
  // ".45-caliber": the number began before the point.
  if (tokens[i - 1]?.text === '.' && tokens[i - 1]!.end === t.start) return null;
  let value: number | null = null;
  let unit: string | undefined;
  let at = i;
  const joined = /^(.+?)-(\p{Ll}{2,}(?:-\p{Ll}{2,})?)$/u.exec(t.lower);
  if (joined) {
    value = numberBefore(joined[1]!);
    unit = joined[2];
    // A number word joined to a noun is as often an idiom as a measure ("a one-time payment", "a two-state
    // solution", "a two-way street"): in words, only units of measure and counts of people are read.
    if (value !== null && !/^\d/.test(joined[1]!) && !words().measures.has(unit!) && !PEOPLE.has(unit!)) return null;
  } else if (/^\d+(?:\.\d+)?$/.test(t.lower)) {
    // "2 million-member": the scale word carries the hyphen.
    const scaled = /^(\p{Ll}+)-(\p{Ll}{2,})$/u.exec(tokens[i + 1]?.lower ?? '');
    const scale = scaled ? words().scales[scaled[1]!] : undefined;
    if (scaled && scale !== undefined && scaled[1]!.length > 3) {
      value = Number(t.lower) * scale;
      unit = scaled[2];
      at = i + 1;
    }
  }
  if (value === null || unit === undefined || value <= 0 || NOT_MEASURE.test(unit) || numberBefore(unit) !== null) return null;
  if (unit in words().scales) return null;
  const described = nounAt(tokens, at + 1);
  if (!described.unit) return null;
  return { value, unit, measureOf: described.unit, end: at + 1 };
}

/**
 * "a 30-50 hour safety program": a counted noun phrase that opens with a singular measure word (a unit of
 * time, length, weight … or a page) and goes on is that measure of the rest. "200 harbour pilots" opens with
 * no measure word and stays a count of pilots.
 */
export function measureFirst(unit: string): { unit: string; measureOf: string } | null {
  const space = unit.indexOf(' ');
  if (space < 0) return null;
  const first = unit.slice(0, space);
  return words().measures.has(first) ? { unit: first, measureOf: unit.slice(space + 1) } : null;
}

/** A single measure word ("hours", "miles") before "of" or "per" and a noun: what it measures. */
export function measureAfter(tokens: readonly Token[], j: number, nounAt: NounPhraseAt): { measureOf: string; end: number } | null {
  const link = tokens[j]?.lower;
  if (link !== 'of' && link !== 'per') return null;
  const described = nounAt(tokens, j + 1);
  if (!described.unit) return null;
  return { measureOf: link === 'per' ? `per ${described.unit}` : described.unit, end: described.end };
}

/** Whether a word is a measure word in the singular or the plural ("hour", "hours", "miles"). */
export function isMeasureWord(word: string): boolean {
  const { measures } = words();
  return measures.has(word) || (word.endsWith('s') && measures.has(word.slice(0, -1))) || (word === 'centuries');
}
