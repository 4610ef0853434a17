// Finds the quotations of an article and who said them: `annotations.quotes[]`, the quote ledger's input.
//
// Steps, each with its example:
//   1. pair the quotation marks (marks.ts): “…”, "…", ‘…’, and quotes continued over paragraphs;
//   2. classify: `direct` when the quote stands as a statement (at a paragraph or sentence start, after a
//      colon, or after "continued,"), else `fragment` ("described Karsland as a “key partner”", “Council of Tides”);
//   3. attribute (attribution.ts): a direct quote by the cue after it ("…,” Strand said"), else before it
//      ("Halloran added: “…”"); a fragment by the speech verb governing it, else the cue after it, else
//      a sentence that opens with the speaker's view ("To Rep. Hale, the bill “takes power …”");
//      an unattributed fragment (a title, scare quotes) keeps `speaker: null`;
//   4. a direct quote with no cue that follows an attributed one with no other person named in between
//      continues that speaker ("“…,” said Aldo Brix. “I want my son to have that chance.”");
//   5. (before 4) a direct quote with no cue that opens a sentence after reported speech in its paragraph is
//      the reporting speaker's ("Brix said the ferry mattered. “My son will work on it.”").
import type { AnnotationInput, Entity, Quote } from '../../core/annotations.js';
import type { Span } from '../../core/types.js';
import { tokenize, type Token } from '../../text/index.js';
import { cueAfter, cueBefore, cueGoverning, isCueVerb, type Attribution, type TokensBetween } from './attribution.js';
import { pairQuoteMarks, type QuoteSpan } from './marks.js';
import { indexMentions, mentionsIn, referentOf, sentenceIndexAt, type MentionIndex } from './mentions.js';

export { findUnattributedQuotes } from './unattributed.js';

// A quote of at most this many words with no closing punctuation is a name or scare quotes (“Council of
// Tides”, “pragmatic”), never a statement, even at a sentence start.
const MAX_LABEL_WORDS = 4;

/** The offset where the line holding an offset starts, found by binary search over the text's line starts
 *  (searching back for "\n" from every quote of a 100,000-character line was quadratic). */
type LineStart = (at: number) => number;

function lineStarts(text: string): LineStart {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (at) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return starts[lo]!;
  };
}

/** Characters before an opening mark that decide whether the quote opens a statement ("… he said. “", "continued, “"). */
const LEAD_IN = 80;

function isDirect(text: string, span: QuoteSpan, lineStart: LineStart): boolean {
  const before = text.slice(lineStart(span.open), span.open).trimEnd().slice(-LEAD_IN);
  const content = text.slice(span.start, span.end);
  const closing = text[span.close - 1] ?? '';
  const words = content.split(/\s+/).length;
  if (words <= MAX_LABEL_WORDS && !/[.,!?…]/.test(closing) && !/[.!?…]$/.test(content)) return false;
  if (before === '' || /:$/.test(before)) return true;
  if (!/^[\p{Lu}\d…"‘'(\[]/u.test(content)) return false;
  if (/[.!?…]["”’]?$/.test(before)) return true; // a new sentence: "… he said. “Trade …”"
  if (/,$/.test(before)) {
    // "Halloran, who …, continued, “You know …”": a cue verb just before the comma.
    const tokens = tokenize(before.slice(-60));
    return tokens.slice(-5).some((t) => isCueVerb(t));
  }
  return false;
}

interface Found {
  span: QuoteSpan;
  kind: Quote['kind'];
  sentence: number;
  attribution: Attribution | null;
}

function attribute(index: MentionIndex, spans: readonly QuoteSpan[], k: number, kind: Quote['kind'], skip: readonly Span[], lineStart: LineStart, tokensBetween: TokensBetween): Attribution | null {
  const { input, text } = index;
  const span = spans[k]!;
  const openSentence = input.sentences[Math.max(0, sentenceIndexAt(input, span.open))];
  const closeSentence = input.sentences[Math.max(0, sentenceIndexAt(input, span.close))];
  const nextOpen = spans[k + 1]?.open ?? text.length;
  const lineEnd = text.indexOf('\n', span.close);
  const afterLimit = Math.min(closeSentence && closeSentence.end > span.close ? closeSentence.end : text.length, nextOpen, lineEnd < 0 ? text.length : lineEnd);
  const prevClose = k > 0 ? spans[k - 1]!.close + 1 : 0;
  const regionStart = Math.max(openSentence && openSentence.start <= span.open ? openSentence.start : lineStart(span.open), prevClose, lineStart(span.open));
  if (kind === 'direct') {
    // "Sen. Ann Hale said Tuesday, “…,” and predicted …": a cue after that names no one yields to one before.
    const after = cueAfter(index, span.close, afterLimit, skip);
    if (after?.speaker) return after;
    return cueBefore(index, regionStart, span.open, skip) ?? after;
  }
  const sentenceStart = Math.max(openSentence && openSentence.start <= span.open ? openSentence.start : lineStart(span.open), lineStart(span.open));
  return cueGoverning(index, sentenceStart, span.open, skip, tokensBetween) ?? cueAfter(index, span.close, afterLimit, skip) ?? cueInTheView(index, sentenceStart, span.open);
}

/**
 * "To Rep. Dana Whitlow, D-Ore., the bill “takes power from the few”": a sentence that opens with "To"
 * and a person, then a comma, gives that person's view; the person speaks the fragments after it.
 */
function cueInTheView(index: MentionIndex, sentenceStart: number, open: number): Attribution | null {
  const lead = /^To\s+/.exec(index.text.slice(sentenceStart, open));
  if (!lead) return null;
  const person = mentionsIn(index, sentenceStart + lead[0].length, open).find((m) => m.entity.type === 'person' && !m.possessive);
  if (!person) return null;
  // Only the person's name (with its titles and a party-state tag) before the comma: "To Dana Whitlow, …", not "To the harbour, Whitlow …".
  const head = index.text.slice(sentenceStart + lead[0].length, person.start);
  if (!/^(?:[\p{Lu}][\p{L}.]*\s+){0,3}$/u.test(head) || !/^(?:,\s*[\p{Lu}][\p{L}.-]*\.?)?,/u.test(index.text.slice(person.end, open))) return null;
  return { speaker: referentOf(person.entity), cue: { start: sentenceStart, end: person.end, text: index.text.slice(sentenceStart, person.end) } };
}

/**
 * Tokens of text[from, to), cut from one tokenization per sentence: every fragment of a sentence reads back
 * from its opening mark, and tokenizing the sentence again for each (25,000 quotes on one 100,000-character
 * line) took seconds. Cuts fall on token boundaries: the start of a sentence or a word, and a quotation mark.
 */
function sentenceTokens(input: AnnotationInput): TokensBetween {
  const cache = new Map<number, Token[]>();
  return (from, to) => {
    const at = sentenceIndexAt(input, from);
    const sentence = input.sentences[at];
    if (!sentence || from < sentence.start || to > sentence.end) return tokenize(input.text.slice(from, to), from);
    let tokens = cache.get(at);
    if (!tokens) cache.set(at, (tokens = tokenize(sentence.text, sentence.start)));
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < tokens.length && tokens[end]!.end <= to) end++;
    return tokens.slice(lo, end);
  };
}

/** True when no person other than `speakerId` is named between two offsets (a quote may continue its speaker). */
function noOtherPerson(index: MentionIndex, from: number, to: number, speakerId: string | null): boolean {
  return mentionsIn(index, from, to).every((m) => m.entity.type !== 'person' || m.entity.id === speakerId);
}

/**
 * Where the persons that break a speaker's run start counting after a quote: past the rest of its cue's
 * sentence when the cue follows the quote, except a person who starts a clause there ("…, and Halloran
 * disagreed"). "“…,” said Mr. Brix, who joined Mr. Venn at the briefing. “…”" and "“…,” Strand said of
 * Halloran. “…”" name their objects, not a new speaker.
 */
function pastCueObjects(index: MentionIndex, prev: Found): number {
  const cue = prev.attribution?.cue;
  const from = prev.span.close;
  if (!cue || cue.start < from) return from;
  const sentence = index.input.sentences[sentenceIndexAt(index.input, cue.start)];
  if (!sentence || sentence.end <= cue.end) return from;
  const clauseStart = mentionsIn(index, cue.end, sentence.end).some((m) => m.entity.type === 'person' && /(?:[,;]|\band|\bbut)\s*$/.test(index.text.slice(Math.max(cue.end, m.start - 8), m.start)));
  return clauseStart ? from : sentence.end;
}

/**
 * "Dukes walked out saying she feels no anger. “We are a big company. …”": a quote with no cue of its own
 * that opens a sentence right after one of reported speech in the same paragraph is the reporting
 * speaker's, found as a fragment's would be (the speech verb back from that sentence's end).
 */
function reportedBefore(index: MentionIndex, span: QuoteSpan, lineStart: LineStart, skip: readonly Span[], tokensBetween: TokensBetween): Attribution | null {
  const { input } = index;
  const at = sentenceIndexAt(input, span.open);
  const own = input.sentences[at];
  const prev = input.sentences[at - 1];
  if (!own || !prev || own.start !== span.open || prev.start < lineStart(span.open)) return null;
  // A sentence holding a quote of its own: its speech verb is that quote's cue, not a report.
  if (skip.some((q) => q.start < prev.end && q.end > prev.start)) return null;
  const found = cueGoverning(index, prev.start, prev.end, skip, tokensBetween);
  return found?.speaker?.id ? found : null;
}

/** Quotations of the article with their speakers, in text order. */
export function findQuotes(input: AnnotationInput, entities: readonly Entity[]): Quote[] {
  const { text } = input;
  const spans = pairQuoteMarks(text);
  if (spans.length === 0) return [];
  const index = indexMentions(input, entities);
  const skip: Span[] = spans.map((s) => ({ start: s.open, end: s.close + 1 }));
  const lineStart = lineStarts(text);
  const tokensBetween = sentenceTokens(input);
  const found: Found[] = spans.map((span, k) => {
    const kind: Quote['kind'] = isDirect(text, span, lineStart) ? 'direct' : 'fragment';
    const sentence = Math.max(0, sentenceIndexAt(input, span.open));
    return { span, kind, sentence, attribution: attribute(index, spans, k, kind, skip, lineStart, tokensBetween) };
  });
  // The pieces of one multi-paragraph quote share the attribution found on any of them.
  const byGroup = new Map<number, Attribution>();
  for (const f of found) if (f.attribution?.speaker && !byGroup.has(f.span.group)) byGroup.set(f.span.group, f.attribution);
  for (const f of found) f.attribution = byGroup.get(f.span.group) ?? f.attribution;
  // Step 5: a quote with no cue that opens a sentence after reported speech in its paragraph is that speech's.
  for (const f of found) {
    if (f.kind !== 'direct' || f.attribution?.speaker || byGroup.has(f.span.group)) continue;
    const reported = reportedBefore(index, f.span, lineStart, skip, tokensBetween);
    if (!reported) continue;
    byGroup.set(f.span.group, reported);
    for (const g of found) if (g.span.group === f.span.group) g.attribution = reported;
  }
  // Step 4: an unattributed direct quote continues the previous direct quote's speaker.
  for (let k = 1; k < found.length; k++) {
    const f = found[k]!;
    const prev = found[k - 1]!;
    if (f.kind !== 'direct' || f.attribution?.speaker || !prev.attribution?.speaker || prev.kind !== 'direct') continue;
    const between = text.slice(prev.span.close + 1, f.span.open);
    const breaks = (between.match(/\n\s*/g) ?? []).length;
    const startsParagraph = text.slice(lineStart(f.span.open), f.span.open).trim() === '';
    if (breaks > 1 || (breaks === 1 && !startsParagraph)) continue;
    if (!noOtherPerson(index, pastCueObjects(index, prev), f.span.open, prev.attribution.speaker.id)) continue;
    f.attribution = prev.attribution;
  }
  return found.map(({ span, kind, sentence, attribution }) => ({
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    speaker: attribution?.speaker?.name ?? null,
    speakerId: attribution?.speaker?.id ?? null,
    cue: attribution?.cue ?? null,
    kind,
    sentence,
  }));
}
