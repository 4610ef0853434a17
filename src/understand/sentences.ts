// Splits an article's clean text into sentences with exact offsets, so evidence can quote them.
// Base: ICU's sentence segmenter (Intl.Segmenter); then merges the breaks ICU gets wrong in news text.
//
// Steps, each with the example it fixes:
//   1. paragraphs are split at blank lines; headings (given by the cleaner) are never sentences;
//   2. ICU segments each paragraph: "He paid $3.5 million. It rose 2.5%." → two sentences;
//   3. a break after a title or abbreviation is undone: "Mr. | Smith met Gen. | Jones" → one sentence;
//      after "No." only before a number ("No. 10"); after a single capital initial ("J. | R. | Smith");
//      after "p.m."/"Inc." only when the next word continues ("6 p.m. | Monday"); before a lower-case
//      word always ("“Why now?” | she asked."), and after a quoted question or exclamation before its
//      speaker and a speech verb ("“Why now?” | Ms. Okoro asked.", "“Stop!” | Sen. Ann Hale (D-Ore.) said");
//   4. a break inside an open quotation is undone: "He said: “We agree. | We will act.”" → one sentence,
//      so a quote and its speaker stay together (at most 4 pieces, against a stray unclosed quote). In an
//      article in another language the quotation marks are that language's (quote-marks.ts): German
//      „Ja“ closes with the mark English opens with, and French « … » puts a space before the closing mark;
//   5. in another language, a break inside a date chrono-node reads is undone: "Am 12. | März 2026".
import type { Heading, Sentence } from '../core/types.js';
import { abbreviationsLexicon } from '../config/lexicons.js';
import { once } from '../core/lazy.js';
import { isSpeechVerb } from '../text/index.js';
import { chronoLanguage, usesEnglishRules, type ChronoLanguage } from './language-support.js';
import { endsInsideQuote } from './quote-marks.js';
import { dateSpansBreak } from './time/chrono-times.js';

/** The abbreviation lists (lexicon/abbreviations.json) as sets. */
const abbreviations = once(() => {
  const lexicon = abbreviationsLexicon();
  return {
    always: new Set([...lexicon.titles, ...lexicon.other]),
    beforeNumbers: new Set(lexicon.beforeNumbers),
    ambiguous: new Set(lexicon.ambiguous),
    continuations: new Set(lexicon.continuations),
  };
});
const MAX_QUOTE_MERGES = 4;
/** Characters at the end of a piece searched for an abbreviation ("Gen.", "U.K.", "p.m." are far shorter). */
const ABBREVIATION_TAIL = 40;
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const SEGMENT_WINDOW = 2000;
const SEGMENT_MARGIN = 200;

/** The last word of a piece if it ends in a period: "met Gen." → "Gen"; "U.K." → "U.K". */
function trailingAbbreviation(piece: string): string | null {
  // Only the tail is read: the piece grows as breaks are undone ("Mr. Mr. Mr. …" is one 100,000-character
  // sentence), and the pattern run on the whole piece at every break made that quadratic (15 s).
  const end = piece.trimEnd();
  const tail = end.slice(-ABBREVIATION_TAIL);
  const m = /(?:^|[\s(“"‘'])([\p{L}.]+)\.$/u.exec(tail);
  if (!m) return null;
  // A tail cut inside a word: that word is longer than any abbreviation.
  if (m.index === 0 && tail.length < end.length && !/^[\s(“"‘']/u.test(tail)) return null;
  return m[1]!;
}

function continuesAfterAbbreviation(piece: string, next: string): boolean {
  const found = trailingAbbreviation(piece);
  if (found === null) return false;
  const word = found.toLowerCase();
  const { always, ambiguous, continuations, beforeNumbers } = abbreviations();
  if (always.has(word)) return true;
  if (/^\p{Lu}$/u.test(found) && /^\p{Lu}/u.test(next)) return true; // an initial: "J. R. Smith"
  if (ambiguous.has(word)) {
    // "at 6 p.m. Monday" goes on; "at 6 p.m. Officials left" is a new sentence.
    const nextWord = /^[\p{L}\p{N}]+/u.exec(next)?.[0] ?? '';
    return /^[\p{Ll}\d]/u.test(nextWord) || continuations.has(nextWord.toLowerCase());
  }
  return beforeNumbers.has(word) && /^\d/.test(next);
}

// "“Have we not been clear?” | Ms. Okoro asked at a briefing": up to six capitalised words or tags (a name
// with its titles, "(D-Ore.)") and then a speech verb are the quote's attribution, not a new sentence.
const SPEAKER_THEN_VERB = /^(?:(?:\p{Lu}[\p{L}.'’-]*|\([^()\s]{1,12}\)),?\s+){1,6}(\p{Ll}+)/u;

/** A break after a quoted question or exclamation that the speaker's cue follows: "“Why?” | Mr. Brix asked." */
function attributesQuestion(piece: string, next: string): boolean {
  if (!/[?!…]\s*["”’]\s*$/u.test(piece)) return false;
  const verb = SPEAKER_THEN_VERB.exec(next)?.[1];
  return verb !== undefined && isSpeechVerb(verb);
}

/**
 * 1 while a double quote is open, else 0. A straight mark after a non-space closes the quote open before
 * it and one before a non-space opens one, so mismatched marks pair as quotes/marks.ts pairs them:
 * “We agree," he said. | Then … is no open quote.
 */
function quoteDepth(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // English nests single marks inside double ones: a second “ is a stray, as quotes/marks.ts reads it.
    if (ch === '“') depth = 1;
    else if (ch === '”') depth = 0;
    else if (ch === '"') {
      if (depth > 0 && !/\s/.test(text[i - 1] ?? ' ')) depth = 0;
      else if (!/\s/.test(text[i + 1] ?? ' ')) depth = 1;
    }
  }
  return depth;
}

/** What the article's language changes: English quotation marks or another language's, and its date parser. */
interface Rules {
  english: boolean;
  dates: ChronoLanguage | null;
}

/**
 * ICU breaks before a closing mark that follows a space — French « Nous agirons. » Puis … gives
 * "Nous agirons. " | "» Puis …" — so the mark (and its space) goes back to the piece it closes.
 * A mark followed by a word opens a quote (German »Wir …«) and stays.
 */
function withClosingMarksBack(pieces: { start: number; text: string }[]): { start: number; text: string }[] {
  for (let i = 1; i < pieces.length; i++) {
    const mark = /^[»”」』](?:[\s\u202f]+|$)/u.exec(pieces[i]!.text)?.[0];
    if (!mark) continue;
    pieces[i - 1]!.text += mark;
    pieces[i] = { start: pieces[i]!.start + mark.length, text: pieces[i]!.text.slice(mark.length) };
  }
  return pieces.filter((p) => p.text !== '');
}

/**
 * ICU's sentences of a paragraph, read through a window of SEGMENT_WINDOW characters. V8's segmenter
 * spends time in proportion to the whole input on every sentence, so one 100,000-character paragraph of
 * 25,000 "Mr." pieces took 10 s; through the window, 40 ms. A break ICU finds near the window's end may
 * be one the following text undoes ("invite.\\n" then a lower-case letter), so only sentences ending
 * SEGMENT_MARGIN characters before it are taken, and the next window starts where they end. A sentence
 * longer than the window widens it.
 */
function segmentsOf(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let from = 0;
  let width = SEGMENT_WINDOW;
  while (from < text.length) {
    const to = Math.min(text.length, from + width);
    const found = [...segmenter.segment(text.slice(from, to))].map((s) => ({ start: from + s.index, text: s.segment }));
    const settled = to === text.length ? found : found.filter((s) => s.start + s.text.length <= to - SEGMENT_MARGIN);
    if (settled.length === 0) {
      width *= 2;
      continue;
    }
    out.push(...settled);
    const last = settled[settled.length - 1]!;
    from = last.start + last.text.length;
    width = SEGMENT_WINDOW;
  }
  return out;
}

function splitParagraph(text: string, offset: number, out: Sentence[], rules: Rules): void {
  const segments = segmentsOf(text);
  const pieces = rules.english ? segments : withClosingMarksBack(segments);
  let i = 0;
  while (i < pieces.length) {
    const first = pieces[i]!;
    let end = first.start + first.text.length;
    let merged = first.text;
    let quoteMerges = 0;
    i++;
    while (i < pieces.length) {
      const next = pieces[i]!;
      // News sentences never start lower-case: “Why now?” | she asked. is one sentence.
      const abbreviation = continuesAfterAbbreviation(merged, next.text) || /^\p{Ll}/u.test(next.text)
        // ICU also breaks after "Ms." in "Ms. | Okoro asked": the cue is read on the paragraph, not the piece.
        || (rules.english && attributesQuestion(merged, text.slice(next.start, next.start + 120)))
        || (rules.dates !== null && dateSpansBreak(merged, next.text, rules.dates));
      const inQuote = !abbreviation && (rules.english ? quoteDepth(merged) > 0 : endsInsideQuote(merged)) && quoteMerges < MAX_QUOTE_MERGES;
      if (!abbreviation && !inQuote) break;
      if (inQuote) quoteMerges++;
      end = next.start + next.text.length;
      // A slice of the paragraph, not `merged += next.text`: reading the end of a concatenated string
      // flattens it, which made a 100,000-character run of merges quadratic in memory.
      merged = text.slice(first.start, end);
      i++;
    }
    const raw = text.slice(first.start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) {
      const start = offset + first.start + lead;
      out.push({ text: trimmed, start, end: start + trimmed.length });
    }
  }
}

/**
 * Sentences of `text`, skipping the heading paragraphs; `text.slice(s.start, s.end) === s.text`.
 * `language` (ISO 639-1; null = unknown, split as English) picks the rules of steps 4 and 5.
 */
export function splitSentences(text: string, headings: readonly Heading[] = [], language: string | null = null): Sentence[] {
  const english = usesEnglishRules(language);
  const rules: Rules = { english, dates: english ? null : chronoLanguage(language) };
  const headingStarts = new Set(headings.map((h) => h.start));
  const out: Sentence[] = [];
  const paragraph = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const m of text.matchAll(paragraph)) {
    const lead = m[0].length - m[0].trimStart().length;
    if (headingStarts.has(m.index + lead) || !m[0].trim()) continue;
    splitParagraph(m[0], m.index, out, rules);
  }
  return out;
}
