// The time lexicon (lexicon/time-words.json) and the regex fragments built from it, shared by the rules.
import { timeWordsLexicon } from '../../config/lexicons.js';
import { boundedMemo, once } from '../../core/lazy.js';

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

const SMALL_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * The time lexicon and the regex fragments and word lists the rules are built from, made the first time
 * a text is tagged. Fragment names are upper case: they are spliced into the rules' patterns.
 */
export const timeWords = once(() => {
  const LEX = timeWordsLexicon();
  const SMALL = alternation(SMALL_WORDS);
  const TENS = alternation(TENS_WORDS);
  return {
    LEX,
    MONTH: names(LEX.months),
    WEEKDAY: names(LEX.weekdays),
    SEASON: `(?:${alternation(Object.keys(LEX.seasons))})`,
    PART_OF_DAY: `(?:${alternation(Object.keys(LEX.partsOfDay).filter((p) => !/^(?:noon|midnight|tonight|overnight)$/.test(p)))})`,
    /** "3", "2.5", "2 1/2", "twenty-five", "a couple of", "one and a half". */
    NUMBER: `(?:\\d+(?:\\.\\d+)?(?:\\s+1/2)?|(?:${TENS})(?:[-\\s](?:${SMALL}))?|(?:${alternation(Object.keys(LEX.numbers))})(?:\\s+and\\s+a\\s+half)?)`,
    VAGUE: `(?:${alternation(LEX.vagueNumbers)})`,
    ORDINAL: `(?:${alternation(Object.keys(LEX.ordinals))})`,
    UNIT: `(?:${alternation(Object.keys(LEX.units))})`,
    // The same vocabularies as word lists, for the scan keys of the rules (rule.ts `Keys`).
    MONTH_WORDS: Object.keys(LEX.months),
    WEEKDAY_WORDS: Object.keys(LEX.weekdays),
    SEASON_WORDS: Object.keys(LEX.seasons),
    PART_OF_DAY_WORDS: Object.keys(LEX.partsOfDay),
    UNIT_WORDS: Object.keys(LEX.units),
    ORDINAL_WORDS: Object.keys(LEX.ordinals),
    /** Every run a NUMBER or VAGUE phrase can hold; '#' = digits ("2 1/2", "twenty-five", "a couple of"). */
    NUMBER_WORDS: ['#', ...SMALL_WORDS, ...TENS_WORDS, ...Object.keys(LEX.numbers), 'and a half', ...LEX.vagueNumbers],
  };
});

const lower = (w: string): string => w.toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ').replace(/’/g, "'");

export function monthNumber(word: string): number | null {
  return timeWords().LEX.months[lower(word)] ?? null;
}

export function weekdayNumber(word: string): number | null {
  return timeWords().LEX.weekdays[lower(word)] ?? null;
}

/** TIMEX3 unit code of a unit word: "days" → "D", "decade" → "DE". */
export function unitCode(word: string): string | null {
  return timeWords().LEX.units[lower(word)] ?? null;
}

// parseNumber by phrase, remembered: the same few phrases ("two", "a", "several") recur in every article;
// cleared when full so a long-running server does not grow it without bound.
/** The number a number phrase stands for: "twenty-five" → 25, "2 1/2" → 2.5, "a couple of" → 2. */
export const parseNumber = boundedMemo(readNumber, 10_000);

function readNumber(phrase: string): number | null {
  let p = lower(phrase);
  let extra = 0;
  if (/\s+1\/2$/.test(p) || /\s+and\s+a\s+half$/.test(p)) {
    extra = 0.5;
    p = p.replace(/\s+1\/2$|\s+and\s+a\s+half$/, '');
  }
  if (/^\d+(\.\d+)?$/.test(p)) return Number(p) + extra;
  const { numbers } = timeWords().LEX;
  const known = numbers[p];
  if (known !== undefined) return known + extra;
  const compound = /^(\w+)[-\s](\w+)$/.exec(p);
  if (compound) {
    const tens = numbers[compound[1]!];
    const ones = numbers[compound[2]!];
    if (tens !== undefined && ones !== undefined && tens >= 20 && ones < 10) return tens + ones + extra;
  }
  return null;
}

/** True when a month or weekday word is written as a name ("May", "Sun."), not a verb or noun ("may", "sun"). */
export function isCapitalized(word: string): boolean {
  return /^[A-Z]/.test(word);
}
