// Splits each sentence into words with offsets, the facts the name rules need about each word:
// capitalised or not, possessive ("Starmer’s" → "Starmer" + a mark kept out of the span), and "weak"
// (sentence-initial or after an opening quote/colon, where capitals prove nothing).
import type { Sentence } from '../../core/types.js';
import { abbreviationsLexicon } from '../../config/lexicons.js';
import { once } from '../../core/lazy.js';
import { knownName, isDemonym } from './lexicon.js';

export interface Word {
  text: string;
  start: number;
  /** End of the word without its possessive mark. */
  end: number;
  /** First letter upper-case, and not a lower-case hyphen compound ("Chinese-made"). */
  cap: boolean;
  possessive: boolean;
  /** Capitalised where capitals prove nothing: first in its sentence, after “ ( : — . */
  weak: boolean;
  sentence: number;
  /** Characters between the previous word (possessive mark included) and this one, in the same sentence. */
  gap: string;
  /** Index in the article's word array. */
  index: number;
}

// Word characters by code unit: ASCII by range, the rest by one Unicode test (rare in English news).
const LETTER = /[\p{L}\p{M}\d]/u;
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return c >= 0xaa && LETTER.test(text[i]!);
}
function isUpper(text: string, i: number): boolean {
  if (i >= text.length) return false; // "chose Plan B." looks two characters past the final period
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text[i]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
const JOINERS = new Set(['-', '‐', "'", '’']);

/**
 * End of the word starting at i: an initialism with dots ("U.K.", "U.N."), or letters/digits joined by
 * hyphens, apostrophes and inner dots ("al-Assad", "O’Brien", "News.Az", "Starmer’s" — the possessive
 * is split off by the caller; the caller tells a hyphenated word by the hyphen inside it).
 */
function wordEnd(text: string, i: number, to: number): number {
  if (isUpper(text, i) && text[i + 1] === '.' && isUpper(text, i + 2) && text[i + 3] === '.') {
    let j = i;
    while (j < to && isUpper(text, j) && text[j + 1] === '.') j += 2;
    return j;
  }
  let j = i;
  for (;;) {
    while (j < to && isWordChar(text, j)) j++;
    const ch = text[j];
    if (ch !== undefined && j + 1 < to && (JOINERS.has(ch) || ch === '.') && isWordChar(text, j + 1) && (ch !== '.' || !/\d/.test(text[j + 1]!))) {
      j++;
      continue;
    }
    return j;
  }
}

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'de', 'van', 'von', 'da', 'di', 'le', 'la', 'du', 'mc', 'ul']);
const WEAK_GAP = /[“"‘(\[:—–-]\s*$/u;
// Words whose period is part of them ("Gen. Rasmus Ekdahl", "Dr. Ines Vautrin", "No. 10"): the
// sentence splitter's abbreviation list; and the name suffixes of its ambiguous list ("Jesse Lund Jr.",
// "Harlow Inc."), whose period belongs to the name even where it also ends the sentence.
const dotted = once(() => {
  const abbreviations = abbreviationsLexicon();
  const suffixes = abbreviations.ambiguous.filter((a) => NAME_SUFFIXES.has(a));
  return new Set([...abbreviations.titles, ...abbreviations.beforeNumbers, ...abbreviations.other, ...suffixes]);
});
const NAME_SUFFIXES = new Set(['jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'bros']);

function isCapitalised(text: string, hyphen: boolean): boolean {
  if (isUpper(text, 0) && !hyphen) return true;
  if (!hyphen) return false;
  const parts = text.split(/[-‐]/);
  if (isUpper(text, 0)) {
    // "Chinese-made", "Cross-border": a capital then a lower-case compound part is an adjective.
    const last = parts[parts.length - 1]!;
    return parts.length === 1 || /^[\p{Lu}\d]/u.test(last);
  }
  // "al-Assad", "bin-Salman": a lower-case particle before a capitalised part.
  return parts.length > 1 && PARTICLES.has(parts[0]!) && /^\p{Lu}/u.test(parts[1]!);
}

/** "China-UK", "U.K.-China" → separate words when every part is a known place or demonym. */
function splitCompound(text: string): string[] | null {
  const parts = text.split(/[-‐]/);
  if (parts.every((p) => /^\p{Lu}/u.test(p) && (knownName(p) !== null || isDemonym(p)))) return parts;
  return null;
}

export function scanWords(text: string, sentences: readonly Sentence[]): Word[] {
  const words: Word[] = [];
  sentences.forEach((s, si) => {
    let prevEnd = s.start;
    let first = true;
    const push = (t: string, start: number, end: number, possessive: boolean, hyphen: boolean): void => {
      const gap = start - prevEnd === 1 && text.charCodeAt(prevEnd) === 32 ? ' ' : text.slice(prevEnd, start);
      const weak = first || (gap !== ' ' && WEAK_GAP.test(gap));
      words.push({ text: t, start, end, cap: isCapitalised(t, hyphen), possessive, weak, sentence: si, gap, index: words.length });
      prevEnd = possessive ? end + 2 : end;
      first = false;
    };
    let at = s.start;
    while (at < s.end) {
      if (!isWordChar(text, at)) {
        at++;
        continue;
      }
      let end = wordEnd(text, at, s.end);
      if (text[end] === '.' && (dotted().has(text.slice(at, end).toLowerCase()) || (end === at + 1 && isUpper(text, at)))) end++;
      const m = { index: at, 0: text.slice(at, end) };
      at = end;
      // Only wordEnd's joining takes a hyphen into a word ("al-Assad", "China-UK").
      const hyphen = m[0].includes('-') || m[0].includes('‐');
      let t = m[0];
      let possessive = false;
      const n = t.length;
      if (n > 2 && t.charCodeAt(n - 1) === 115 && (t[n - 2] === '’' || t[n - 2] === "'")) {
        t = t.slice(0, -2);
        possessive = true;
      } else if (t.charCodeAt(n - 1) === 115 && (text[end] === '’' || text[end] === "'") && !isWordChar(text, end + 1)) {
        possessive = true; // "smugglers’ routes"; the mark follows the word
      }
      const parts = hyphen ? splitCompound(t) : null;
      if (parts) {
        let from = m.index;
        parts.forEach((p, i) => {
          push(p, from, from + p.length, possessive && i === parts.length - 1, false);
          from += p.length + 1;
        });
      } else {
        push(t, m.index, m.index + t.length, possessive, hyphen);
      }
      if (possessive && t.length === n) prevEnd = m.index + n + 1;
    }
  });
  return words;
}
