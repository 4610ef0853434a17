// Splits an article's clean text into sentences with exact offsets, so evidence can quote them.
// Base: ICU's sentence segmenter (Intl.Segmenter); then merges the breaks ICU gets wrong in news text.
//
// Steps, each with the example it fixes:
//   1. paragraphs are split at blank lines; headings (given by the cleaner) are never sentences;
//   2. ICU segments each paragraph: "He paid $3.5 million. It rose 2.5%." → two sentences;
//   3. a break after a title or abbreviation is undone: "Mr. | Smith met Gen. | Jones" → one sentence;
//      after "No." only before a number ("No. 10"); after a single capital initial ("J. | R. | Smith");
//      after "p.m."/"Inc." only when the next word continues ("6 p.m. | Monday"); before a lower-case
//      word always ("“Why now?” | she asked.");
//   4. a break inside an open quotation is undone: "He said: “We agree. | We will act.”" → one sentence,
//      so a quote and its speaker stay together (at most 4 pieces, against a stray unclosed quote).
import type { Heading, Sentence } from '../core/types.js';
import { loadLexicon } from '../config/lexicon.js';

interface AbbreviationLexicon {
  titles: string[];
  beforeNumbers: string[];
  other: string[];
  ambiguous: string[];
  continuations: string[];
}

const lexicon = loadLexicon<AbbreviationLexicon>('abbreviations');
const ALWAYS = new Set([...lexicon.titles, ...lexicon.other]);
const BEFORE_NUMBERS = new Set(lexicon.beforeNumbers);
const AMBIGUOUS = new Set(lexicon.ambiguous);
const CONTINUATIONS = new Set(lexicon.continuations);
const MAX_QUOTE_MERGES = 4;
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The last word of a piece if it ends in a period: "met Gen." → "Gen"; "U.K." → "U.K". */
function trailingAbbreviation(piece: string): string | null {
  const m = /(?:^|[\s(“"‘'])([\p{L}.]+)\.\s*$/u.exec(piece);
  return m?.[1] ?? null;
}

function continuesAfterAbbreviation(piece: string, next: string): boolean {
  const found = trailingAbbreviation(piece);
  if (found === null) return false;
  const word = found.toLowerCase();
  if (ALWAYS.has(word)) return true;
  if (/^\p{Lu}$/u.test(found) && /^\p{Lu}/u.test(next)) return true; // an initial: "J. R. Smith"
  if (AMBIGUOUS.has(word)) {
    // "at 6 p.m. Monday" goes on; "at 6 p.m. Officials left" is a new sentence.
    const nextWord = /^[\p{L}\p{N}]+/u.exec(next)?.[0] ?? '';
    return /^[\p{Ll}\d]/u.test(nextWord) || CONTINUATIONS.has(nextWord.toLowerCase());
  }
  return BEFORE_NUMBERS.has(word) && /^\d/.test(next);
}

/** Net count of opening minus closing double quotes; straight quotes alternate. */
function quoteDepth(text: string): number {
  let depth = 0;
  let straight = 0;
  for (const ch of text) {
    if (ch === '“') depth++;
    else if (ch === '”') depth = Math.max(0, depth - 1);
    else if (ch === '"') straight++;
  }
  return depth + (straight % 2);
}

function splitParagraph(text: string, offset: number, out: Sentence[]): void {
  const pieces = [...segmenter.segment(text)].map((s) => ({ start: s.index, text: s.segment }));
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
      const abbreviation = continuesAfterAbbreviation(merged, next.text) || /^\p{Ll}/u.test(next.text);
      const inQuote = !abbreviation && quoteDepth(merged) > 0 && quoteMerges < MAX_QUOTE_MERGES;
      if (!abbreviation && !inQuote) break;
      if (inQuote) quoteMerges++;
      merged += next.text;
      end = next.start + next.text.length;
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

/** Sentences of `text`, skipping the heading paragraphs; `text.slice(s.start, s.end) === s.text`. */
export function splitSentences(text: string, headings: readonly Heading[] = []): Sentence[] {
  const headingStarts = new Set(headings.map((h) => h.start));
  const out: Sentence[] = [];
  const paragraph = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const m of text.matchAll(paragraph)) {
    const lead = m[0].length - m[0].trimStart().length;
    if (headingStarts.has(m.index + lead) || !m[0].trim()) continue;
    splitParagraph(m[0], m.index, out);
  }
  return out;
}
