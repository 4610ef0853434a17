// The time lexicon (lexicon/time-words.json) and the regex fragments built from it, shared by the rules.
import { loadLexicon } from '../../config/lexicon.js';

interface TimeLexicon {
  months: Record<string, number>;
  weekdays: Record<string, number>;
  seasons: Record<string, string>;
  partsOfDay: Record<string, string>;
  numbers: Record<string, number>;
  vagueNumbers: string[];
  ordinals: Record<string, number>;
  units: Record<string, string>;
  presentRef: string[];
  pastRef: string[];
  futureRef: string[];
  sets: Record<string, string>;
  fixedHolidays: Record<string, string>;
  stopYearFollowers: string[];
}

export const LEX = loadLexicon<TimeLexicon>('time-words');

/** Longest first, so "September" wins over "Sept" and "a couple of" over "a". */
function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\']/g, (c) => (c === "'" ? "['’]" : `\\${c}`)).replace(/\s+/g, '\\s+'))
    .join('|');
}

/** Full names, or abbreviations with an optional period: "September", "Sept.", "Sept" — never "November.". */
function names(table: Record<string, number>): string {
  const words = Object.keys(table);
  const full = words.filter((w) => !words.some((o) => o !== w && o.startsWith(w)) || w === 'may');
  const short = words.filter((w) => !full.includes(w));
  return `(?:(?:${alternation(full)})\\b|(?:${alternation(short)})\\b\\.?)`;
}

export const MONTH = names(LEX.months);
export const WEEKDAY = names(LEX.weekdays);
export const SEASON = `(?:${alternation(Object.keys(LEX.seasons))})`;
export const PART_OF_DAY = `(?:${alternation(Object.keys(LEX.partsOfDay).filter((p) => !/noon|midnight|tonight|overnight/.test(p)))})`;
const SMALL_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SMALL = alternation(SMALL_WORDS);
const TENS = alternation(TENS_WORDS);
/** "3", "2.5", "2 1/2", "twenty-five", "a couple of", "one and a half". */
export const NUMBER = `(?:\\d+(?:\\.\\d+)?(?:\\s+1/2)?|(?:${TENS})(?:[-\\s](?:${SMALL}))?|(?:${alternation(Object.keys(LEX.numbers))})(?:\\s+and\\s+a\\s+half)?)`;
export const VAGUE = `(?:${alternation(LEX.vagueNumbers)})`;
export const ORDINAL = `(?:${alternation(Object.keys(LEX.ordinals))})`;
export const UNIT = `(?:${alternation(Object.keys(LEX.units))})`;

// The same vocabularies as word lists, for the scan keys of the rules (rule.ts `Keys`).
export const MONTH_WORDS = Object.keys(LEX.months);
export const WEEKDAY_WORDS = Object.keys(LEX.weekdays);
export const SEASON_WORDS = Object.keys(LEX.seasons);
export const PART_OF_DAY_WORDS = Object.keys(LEX.partsOfDay);
export const UNIT_WORDS = Object.keys(LEX.units);
export const ORDINAL_WORDS = Object.keys(LEX.ordinals);
/** Every run a NUMBER or VAGUE phrase can hold; '#' = digits ("2 1/2", "twenty-five", "a couple of"). */
export const NUMBER_WORDS = ['#', ...SMALL_WORDS, ...TENS_WORDS, ...Object.keys(LEX.numbers), 'and a half', ...LEX.vagueNumbers];

const lower = (w: string): string => w.toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ').replace(/’/g, "'");

export function monthNumber(word: string): number | null {
  return LEX.months[lower(word)] ?? null;
}

export function weekdayNumber(word: string): number | null {
  return LEX.weekdays[lower(word)] ?? null;
}

/** TIMEX3 unit code of a unit word: "days" → "D", "decade" → "DE". */
export function unitCode(word: string): string | null {
  return LEX.units[lower(word)] ?? null;
}

// parseNumber by phrase, remembered: the same few phrases ("two", "a", "several") recur in every article;
// cleared when full so a long-running server does not grow it without bound.
const NUMBER_MEMO = new Map<string, number | null>();
const NUMBER_MEMO_SIZE = 10_000;

/** The number a number phrase stands for: "twenty-five" → 25, "2 1/2" → 2.5, "a couple of" → 2. */
export function parseNumber(phrase: string): number | null {
  let known = NUMBER_MEMO.get(phrase);
  if (known === undefined) {
    if (NUMBER_MEMO.size >= NUMBER_MEMO_SIZE) NUMBER_MEMO.clear();
    known = readNumber(phrase);
    NUMBER_MEMO.set(phrase, known);
  }
  return known;
}

function readNumber(phrase: string): number | null {
  let p = lower(phrase);
  let extra = 0;
  if (/\s+1\/2$/.test(p) || /\s+and\s+a\s+half$/.test(p)) {
    extra = 0.5;
    p = p.replace(/\s+1\/2$|\s+and\s+a\s+half$/, '');
  }
  if (/^\d+(\.\d+)?$/.test(p)) return Number(p) + extra;
  const known = LEX.numbers[p];
  if (known !== undefined) return known + extra;
  const compound = /^(\w+)[-\s](\w+)$/.exec(p);
  if (compound) {
    const tens = LEX.numbers[compound[1]!];
    const ones = LEX.numbers[compound[2]!];
    if (tens !== undefined && ones !== undefined && tens >= 20 && ones < 10) return tens + ones + extra;
  }
  return null;
}

/** True when a month or weekday word is written as a name ("May", "Sun."), not a verb or noun ("may", "sun"). */
export function isCapitalized(word: string): boolean {
  return /^[A-Z]/.test(word);
}
