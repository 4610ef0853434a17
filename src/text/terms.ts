// The words a text is compared by: folded (case and accents off), without function words of its
// language, with plural endings stemmed. Story profiles, the cross-check's alignment and the summary
// all compare texts this one way, so "Málaga’s protesters" and "malaga protester" always meet.
import { otherStopwordsLexicon, stopwordsLexicon } from '../config/lexicons.js';
import { once } from '../core/lazy.js';

/**
 * A character that NFKD may change or that may be a mark: anything outside ASCII and the punctuation news
 * text is full of (curly quotes, dashes, currency signs), which has no decomposition.
 */
const MAY_DECOMPOSE = /[^\x00-\x7f‘’“”–—€£«»]/;

/** Lower case without accents: "Málaga" → "malaga" (compatibility forms too: "ﬁ" → "fi"). */
export const foldText = (s: string): string =>
  // Text without such characters is its own NFKD form: only its case changes (most sentences; a cheaper call).
  MAY_DECOMPOSE.test(s) ? s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase() : s.toLowerCase();

/**
 * A crude stem, enough to join "protesters"/"protester" and "visits"/"visit" without joining unrelated
 * words: only plural and possessive endings go (verbs and derivations keep their forms).
 */
export function stemTerm(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  // Not after s, u or i: "-ss", "-us", "-ous", "-is" are no plurals ("press", "status", "famous", "crisis").
  if (word.length > 4 && word.endsWith('s') && !'sui'.includes(word[word.length - 2]!)) return word.slice(0, -1);
  return word;
}

const SURROGATE = /[\ud800-\udfff]/;

/** Folds the verb endings `stemTerm` keeps, for comparison only: "signed", "signing", "signs" → "sign". */
export function foldEnding(term: string): string {
  // The longest of the endings that leaves four characters or more (asked for every word of every text
  // the summary and the title compare, so without a regular expression). Characters are counted as code
  // points: a term with a surrogate pair takes the expression.
  if (SURROGATE.test(term)) {
    const m = /^(.{4,}?)(?:ing|ed|es|e)$/u.exec(term);
    return m ? m[1]! : term;
  }
  const n = term.length;
  if (n >= 7 && term.endsWith('ing')) return term.slice(0, -3);
  if (n >= 6 && (term.endsWith('ed') || term.endsWith('es'))) return term.slice(0, -2);
  if (n >= 5 && term.endsWith('e')) return term.slice(0, -1);
  return term;
}

const englishStopwords = once(() => new Set(stopwordsLexicon().words));

/**
 * Stopwords of other languages (lexicon/stopwords-other.json, folded like the text), read the first time
 * an article in one of them is compared: English-only stores never load them.
 */
const otherStopwords = once(() => new Map(
  Object.entries(otherStopwordsLexicon().languages).map(([code, words]) => [code, new Set(words.map(foldText))]),
));

function stopwordsOf(language: string | null): Set<string> | null {
  if (!language || language === 'en') return null;
  return otherStopwords().get(language) ?? null;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** A word of `contentTerms`, with one elided or possessive ending ("malaga’s", "don't"). */
const CONTENT_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * Content-word stems of a text: letters or letter+digit words, no stopwords, no bare numbers. `language`
 * (ISO 639-1) adds that language's stopwords: "der", "und", "nicht" say nothing about a German report's story.
 */
export function contentTerms(text: string, language: string | null = null): string[] {
  const stop = englishStopwords();
  const own = stopwordsOf(language);
  const out: string[] = [];
  // `match` with the global flag gives the words as strings (no match object per word).
  for (let w of foldText(text).match(CONTENT_WORD) ?? []) {
    // Only a word with an apostrophe has a possessive or elision to drop (most have none: no new string).
    if (w.includes("'") || w.includes('’')) w = w.replace(/['’]s$/, '').replace(/['’]/g, '');
    if (w.length < 3 || stop.has(w) || own?.has(w) || (isDigit(w.charCodeAt(0)) && /^\d+$/.test(w))) continue;
    w = stemTerm(w);
    out.push(w);
  }
  return out;
}

/** Folded words of a text, letters and digits only: "Don’t stop" → ["don", "t", "stop"]. */
export function foldedWords(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
