// Reads one number at a token position — digits ("18,000", "3.5", "340m") or words ("forty-two",
// "two hundred and fifty", "a dozen") — so the quantity scanner can stay about qualifiers and units.
import { claimQuantitiesLexicon, claimRankingsLexicon } from '../../config/lexicons.js';
import type { Token } from '../../text/index.js';

export interface ParsedNumber {
  value: number;
  /** Index of the first token after the number. */
  next: number;
  /** A scale suffix that only means "million" after a currency ("340m"): the caller checks. */
  suffix: string | null;
  words: boolean;
}

const DIGITS = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/;
const DIGITS_SUFFIX = /^(\d+(?:\.\d+)?)(m|k|b|bn|mn|mln|bln|tn)$/;

function wordValue(word: string): number | null {
  const { units, tens } = claimQuantitiesLexicon();
  if (word in units) return units[word]!;
  if (word in tens) return tens[word]!;
  // "forty-two": a tens word and a units word joined by a hyphen.
  const m = /^(\p{L}+)-(\p{L}+)$/u.exec(word);
  if (m && m[1]! in tens && m[2]! in units && units[m[2]!]! < 10) return tens[m[1]!]! + units[m[2]!]!;
  return null;
}

/** The number starting at `tokens[i]`, or null. "one" alone is not read: it is a pronoun more often than a count. */
export function parseNumber(tokens: readonly Token[], i: number): ParsedNumber | null {
  const t = tokens[i];
  if (!t) return null;
  const { scales } = claimQuantitiesLexicon();
  const digits = DIGITS.exec(t.lower);
  if (digits) {
    let value = Number(t.lower.replace(/,/g, ''));
    let next = i + 1;
    const scale = tokens[next]?.lower;
    if (scale && scale in scales) {
      value *= scales[scale]!;
      next++;
    }
    return { value, next, suffix: null, words: false };
  }
  const suffixed = DIGITS_SUFFIX.exec(t.lower);
  if (suffixed) {
    const suffix = suffixed[2]!;
    if (suffix in scales) return { value: Number(suffixed[1]) * scales[suffix]!, next: i + 1, suffix: null, words: false };
    return { value: Number(suffixed[1]), next: i + 1, suffix, words: false };
  }
  return parseWords(tokens, i);
}

function parseWords(tokens: readonly Token[], i: number): ParsedNumber | null {
  const { scales, dozen } = claimQuantitiesLexicon();
  let total = 0;
  let current = 0;
  let j = i;
  let read = 0;
  let lastWasScale = false;
  while (j < tokens.length) {
    const w = tokens[j]!.lower;
    const nextWord = tokens[j + 1]?.lower ?? '';
    const small = wordValue(w);
    if ((w === 'a' || w === 'an') && read === 0 && (nextWord === 'dozen' || nextWord in scales)) {
      current = 1;
    } else if (small !== null && (read === 0 || lastWasScale || (current % 100 === 0 && small < 100) || (current % 10 === 0 && current % 100 >= 20 && small < 10))) {
      current += small;
      lastWasScale = false;
    } else if (w === 'hundred' && read > 0) {
      current = (current || 1) * 100;
      lastWasScale = true;
    } else if (w in scales && w.length > 3 && read > 0) {
      total += (current || 1) * scales[w]!;
      current = 0;
      lastWasScale = true;
    } else if (w === 'dozen' && read > 0) {
      current = (current || 1) * dozen;
    } else if (w === 'and' && lastWasScale && wordValue(nextWord) !== null) {
      // "two hundred and fifty": the "and" joins, the loop reads "fifty" next.
    } else {
      break;
    }
    read++;
    j++;
  }
  if (read === 0) return null;
  const value = total + current;
  // A lone "a"/"an" or a lone "one" is not a count.
  if (value === 0 && tokens[i]!.lower !== 'zero') return null;
  if (read === 1 && tokens[i]!.lower === 'one') return null;
  return { value, next: j, suffix: null, words: true };
}

/**
 * "three-fifths", "two-thirds": a numerator and a plural denominator in one hyphenated token, read as the
 * spaced "three fifths" is (value 3, unit "fifths"), so the two spellings of one fraction are one figure.
 * "one-third" is left out as "one third" is (a lone "one" is not read).
 */
export function hyphenatedFraction(word: string): { value: number; unit: string } | null {
  const m = /^(\p{L}+)-(\p{L}+s)$/u.exec(word);
  if (!m) return null;
  const value = wordValue(m[1]!);
  if (value === null || value < 2) return null;
  const denominator = m[2]!;
  const { ordinals } = claimRankingsLexicon();
  const d = denominator === 'halves' ? 2 : denominator === 'quarters' ? 4 : ordinals[denominator.slice(0, -1)];
  if (d === undefined || value >= d) return null; // "two-seconds", "five-thirds": no fraction of one
  return { value, unit: denominator };
}
