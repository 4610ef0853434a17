// Tells sub-headings from sentences: Markdown "## …" lines, headings the reader marked, short
// stand-alone lines between paragraphs ("Jimmy Lai"), and run-in labels ("Ferry plans: After …").
import { headingLexicon } from './lexicon.js';

const MARKDOWN = /^(#{1,6})\s+(.+?)(?:\s+#+)?$/;

/** "## What comes next" → { level: 2, text: "What comes next" }. */
export function readMarkdownHeading(line: string): { level: number; text: string } | null {
  const m = MARKDOWN.exec(line);
  return m?.[1] && m[2] ? { level: m[1].length, text: m[2].trim() } : null;
}

const ENDS_SENTENCE = /[.!?…]["”’)\]]*$|["”’]$/u;
const STARTS_HEADING = /^[\p{Lu}\d“"‘']/u;

/**
 * Whether the paragraph between `previous` and `next` is a stand-alone sub-heading: "Jimmy Lai"
 * in seed 001. A heading is short (≤ 10 words, ≤ 80 characters: a full sentence rarely is),
 * has no closing punctuation (a short "?" is allowed: "What comes next?"), follows a finished paragraph
 * (else it may be the tail of a wrapped sentence) and precedes a longer paragraph of prose.
 */
export function isStandaloneHeading(line: string, previous: string | null, next: string | null): boolean {
  if (previous === null || next === null || line.length > 80) return false;
  const words = line.split(/\s+/).length;
  if (words > 10 || !STARTS_HEADING.test(line)) return false;
  if (/[.!:;,…"”’]$/u.test(line)) return false;
  // "What happens next?" is a heading; "Really, have you ever seen anything so gorgeous?" (a
  // Scrapinghub gold body) is a sentence: a question heading is short and has no comma.
  if (line.endsWith('?') && (words > 8 || line.includes(','))) return false;
  if (!ENDS_SENTENCE.test(previous)) return false;
  return next.length >= Math.max(60, 2 * line.length) && ENDS_SENTENCE.test(next);
}

// "Ferry plans: After the operator went bankrupt…": a label of two to four words in sentence case, a colon,
// then a capitalised sentence. One capitalised word ("Beijing:", "Starmer:") is a dateline or a
// speaker label, and Title Case ("Jimmy Lai:") names someone, so neither is split.
const RUN_IN = /^(\p{Lu}[\p{Ll}'’-]*(?: [\p{Ll}\d][\p{Ll}\d'’-]*){1,3}):\s+(?=\p{Lu})/u;

/**
 * Splits a run-in sub-heading off a mid-article paragraph, or returns null. A line like
 * "Ferry plans: After the old operator went bankrupt in 2019…" is split: the label has no
 * verb, the paragraph sits mid-article where the source had a sub-heading, and what follows is a
 * complete sentence. "Strand added: “We…”" is not (speech verb, and a quotation follows), nor
 * "The reason is simple: …" (a clause word). The rest must be a full sentence of 8+ words so that
 * "Key dates: March 3" style lists stay whole.
 */
export function splitRunInHeading(paragraph: string): { heading: string; restOffset: number } | null {
  const m = RUN_IN.exec(paragraph);
  if (!m?.[1]) return null;
  const { speechVerbs, clauseWords } = headingLexicon();
  const words = m[1].toLowerCase().split(' ');
  if (words.some((w) => speechVerbs.has(w) || clauseWords.has(w))) return null;
  const rest = paragraph.slice(m[0].length);
  if (rest.split(/\s+/).length < 8 || !ENDS_SENTENCE.test(rest)) return null;
  return { heading: m[1], restOffset: m[0].length };
}
