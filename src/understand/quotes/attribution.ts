// Finds who said a quote: the attribution cue after it ("…,” Strand said", "…,” said Aldo Brix"), before it
// ("Halloran added: “…”", "According to Harbour House, “…”"), or the verb governing a fragment
// ("Halloran described Karsland as a “key partner”"), and resolves the speaker through the entity mentions.
import type { Span } from '../../core/types.js';
import { abbreviationsLexicon, stopwordsLexicon } from '../../config/lexicons.js';
import { once } from '../../core/lazy.js';
import { isSpeechVerb, tokenize, verbLemma, type Token } from '../../text/index.js';
import { namingCue } from './naming.js';
import { mentionsIn, quoteCues, referentOf, resolvePronoun, resolveThey, resolveWho, subjectBefore, type MentionIndex, type Referent } from './mentions.js';

const stopwordSet = once(() => new Set(stopwordsLexicon().words));

/** The verbs and stop words attribution reads, as sets. */
const attributionWords = once(() => {
  const cues = quoteCues();
  return { quoteVerbs: new Set(cues.quoteVerbs), fragmentVerbs: new Set(cues.fragmentVerbs), speakerStops: new Set(cues.speakerStops) };
});

// After a verb, the speaker phrase is short: "said Maren Okoro" / "said the harbour authority’s chief executive".
const MAX_SPEAKER_TOKENS = 8;
// An after-cue verb stands within the first words after the closing mark: "…,” state-owned news agency Meridian Wire
// said"; 12 tokens leave room for a name and a short apposition ("…,” Maren Okoro, the authority’s chief executive, said").
const MAX_CUE_DISTANCE = 12;
// A verb after appositions between commas: "…,” Rep. Jerrold Hale, D-N.Y., the former chairman of the
// subcommittee on the Constitution, Civil Rights and Civil Liberties, told The Post" is 30 tokens.
const MAX_APPOSITION_DISTANCE = 40;

export interface Attribution {
  speaker: Referent | null;
  cue: Span & { text: string };
}

/** Abbreviations and initials whose period is no sentence end: "Mr.", "Rep.", "Gov.", "Jr.", "W.". */
const abbreviations = once(() => {
  const a = abbreviationsLexicon();
  return new Set([...a.titles, ...a.other, 'jr', 'sr']);
});

/** The token is the period of an abbreviation or an initial ("Mr" + "." in "Mr. Okoro said"). */
function abbreviationPeriod(tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1];
  if (tokens[j]!.text !== '.' || prev === undefined || prev.end !== tokens[j]!.start) return false;
  // "D-Ill.," / "(D-Calif.) said" — a period before a comma or a closing parenthesis ends no sentence.
  return abbreviations().has(prev.lower) || /^\p{Lu}$/u.test(prev.text) || /^[,)]$/.test(tokens[j + 1]?.text ?? '');
}

/** A verb that attributes quoted words next to a quote: speech verbs and "continued", "reaffirmed" … */
export function isCueVerb(token: Token | undefined, fragment = false): boolean {
  if (!token || !/^\p{Ll}/u.test(token.text)) return false;
  if (/ing$/.test(token.lower) && !fragment) return false; // "adding", "citing": a participle, not the cue
  // Plural nouns that are also speech verbs ("notes", "claims", "charges") are not cues; "reports" is.
  if (isSpeechVerb(token.lower)) return !/^(notes|estimates|charges|claims|states|comments|briefs|promises|pledges|remarks|warnings)$/.test(token.lower);
  const lemma = verbLemma(token.lower);
  return attributionWords().quoteVerbs.has(lemma) || (fragment && attributionWords().fragmentVerbs.has(lemma));
}

function cueOf(text: string, start: number, end: number): Span & { text: string } {
  return { start, end, text: text.slice(start, end) };
}

/** A speaker named by words (no verb): an entity in them, a pronoun, or a capitalised name. */
export function speakerOfWords(index: MentionIndex, start: number, end: number, skip: readonly Span[]): Referent | null {
  const mentions = mentionsIn(index, start, end).filter((m) => !m.possessive && !m.modifier);
  const person = mentions.find((m) => m.entity.type === 'person');
  const chosen = person ?? mentions[0];
  if (chosen) return referentOf(chosen.entity);
  const words = index.text.slice(start, end).trim();
  const first = /^\p{L}+/u.exec(words)?.[0].toLowerCase() ?? '';
  if (first === 'they') return resolveThey(index, start, skip);
  if (first in quoteCues().pronouns) return resolvePronoun(index, first, start, skip);
  if (first === 'who') return resolveWho(index, start);
  // "the news agency Kestrel Wire" with no entity for Kestrel Wire: the last run of capitalised words.
  const name = /(\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of|the|for|and|de)?\s*\p{Lu}[\p{L}.&'’-]*)*)\s*$/u.exec(words)?.[1];
  // A stop word alone ("In brief remarks …" cut at its first word) names no one.
  if (name && !stopwordSet().has(name.toLowerCase())) return { name, id: null, type: null };
  return null;
}

/** "…,” said Aldo Brix" / "…,” Strand said" / "…,” according to Harbour House": tokens after the closing mark. */
export function cueAfter(index: MentionIndex, close: number, limit: number, skip: readonly Span[]): Attribution | null {
  const { text } = index;
  const tokens = tokenize(text.slice(close + 1, limit), close + 1);
  let i = 0;
  while (i < tokens.length && /^[,—–-]$/.test(tokens[i]!.text)) i++;
  if (i >= tokens.length) return null;
  const first = tokens[i]!;
  // "…,” said X": the speaker follows the verb, up to a comma, a preposition or a relative. Right after the
  // quote, a verb of any attitude ("lamented Senator X", "insisted Ms. Y") is the cue.
  if (isCueVerb(first) || (isCueVerb(first, true) && !/ing$/.test(first.lower))) return speakerAfterVerb(index, tokens, i, skip);
  // "…,” according to Harbour House"
  if (first.lower === 'according' && tokens[i + 1]?.lower === 'to') {
    let j = i + 2;
    while (j < tokens.length && (!/^[,.;:!?“"]$/.test(tokens[j]!.text) || abbreviationPeriod(tokens, j)) && !attributionWords().speakerStops.has(tokens[j]!.lower)) j++;
    if (j === i + 2) return null;
    return { speaker: speakerOfWords(index, tokens[i + 2]!.start, tokens[j - 1]!.end, skip), cue: cueOf(text, first.start, tokens[j - 1]!.end) };
  }
  // "…,” the Velsand minister declared" / "…,” Maren Okoro, the chief executive, said". Past a short head
  // ("Rep. Tom Hale"), appositions and relative clauses between commas may run long ("…, Democrat of
  // Arizona and the sponsor of the amendments, said"; "…, who has sued the administration 46 times, said"):
  // a verb right after a comma counts up to MAX_APPOSITION_DISTANCE tokens away.
  let comma = -1;
  for (let j = i; j < tokens.length && j - i <= MAX_APPOSITION_DISTANCE; j++) {
    const t = tokens[j]!;
    if ((/^[.;:!?“”"]$/.test(t.text) && !abbreviationPeriod(tokens, j)) || t.lower === 'that') return null;
    if (t.text === ',' && comma < 0) comma = j;
    const near = j - i <= MAX_CUE_DISTANCE;
    const afterAppositions = comma >= 0 && comma - i <= MAX_CUE_DISTANCE && tokens[j - 1]?.text === ',';
    if (!near && !afterAppositions) continue;
    if (j > i && isCueVerb(t)) {
      const subject = subjectBefore(index, first.start, t.start, skip);
      const speaker = subject?.referents[0] ?? (subject ? speakerOfWords(index, subject.start, subject.end, skip) : null);
      // "…” than a shutdown, said Senator X": no one before the verb; the name after it speaks.
      if (!speaker && tokens[j - 1]?.text === ',') {
        const after = speakerAfterVerb(index, tokens, j, skip);
        if (after?.speaker) return after;
      }
      return { speaker, cue: cueOf(text, first.start, t.end) };
    }
  }
  return null;
}

/** "said Aldo Brix" at tokens[i]: the speaker is the words after the verb, up to a comma, a preposition or a relative. */
function speakerAfterVerb(index: MentionIndex, tokens: readonly Token[], i: number, skip: readonly Span[]): Attribution | null {
  let j = i + 1;
  while (j < tokens.length && j - i <= MAX_SPEAKER_TOKENS && (!/^[,.;:!?“"(]$/.test(tokens[j]!.text) || abbreviationPeriod(tokens, j)) && !attributionWords().speakerStops.has(tokens[j]!.lower)) j++;
  if (j === i + 1) return null;
  const speaker = speakerOfWords(index, tokens[i + 1]!.start, tokens[j - 1]!.end, skip);
  return { speaker, cue: cueOf(index.text, tokens[i]!.start, tokens[j - 1]!.end) };
}

/** "Halloran added: “…”" / "Halloran, who …, continued, “…”" / "According to X, “…”": words before the opening mark. */
export function cueBefore(index: MentionIndex, regionStart: number, open: number, skip: readonly Span[]): Attribution | null {
  const { text } = index;
  const tokens = tokenize(text.slice(regionStart, open), regionStart);
  const last = tokens[tokens.length - 1];
  if (!last || !/^[:,]$/.test(last.text)) return null;
  const according = tokens.findIndex((t, k) => t.lower === 'according' && tokens[k + 1]?.lower === 'to');
  if (according >= 0 && according === 0) {
    const speaker = speakerOfWords(index, tokens[2]?.start ?? open, tokens[tokens.length - 2]?.end ?? open, skip);
    return { speaker, cue: cueOf(text, tokens[0]!.start, tokens[tokens.length - 2]!.end) };
  }
  // "Added Gibbs: “…”": a sentence opening with the verb, its speaker after it.
  const opening = tokens[0]!;
  if (tokens.length <= MAX_SPEAKER_TOKENS + 2 && /^\p{Lu}\p{Ll}+ed$/u.test(opening.text) && isCueVerb({ ...opening, text: opening.lower })) {
    const inverted = speakerAfterVerb(index, tokens, 0, skip);
    if (inverted?.speaker) return inverted;
  }
  // The verb stands within the last few words: "continued," / "told the BBC:" / "said in a statement:".
  for (let k = tokens.length - 2; k >= 0 && k >= tokens.length - 7; k--) {
    const t = tokens[k]!;
    if (isCueVerb(t)) {
      const subject = subjectBefore(index, regionStart, t.start, skip);
      const speaker = subject?.referents[0] ?? (subject ? speakerOfWords(index, subject.start, subject.end, skip) : null);
      return { speaker, cue: cueOf(text, subject?.start ?? t.start, t.end) };
    }
  }
  return null;
}

/** The tokens of text[from, to) (a caller may cut them from a tokenization it keeps). */
export type TokensBetween = (from: number, to: number) => Token[];

/**
 * How far back from a fragment's opening mark its governing verb is looked for: the clause before it.
 * "Halloran, the harbour authority’s chief executive, told reporters at a briefing on Tuesday that there
 * are “openings”" needs 110 characters; 600 is about 100 words. Without a bound, a 36,000-character run of
 * quoted words with no sentence end took a minute: every fragment re-read the whole run.
 */
const GOVERNING_LOOKBACK = 600;

/**
 * The verb governing a fragment, searched back from the opening mark within the sentence: "Halloran told
 * reporters that there are “openings”" → Halloran. A participle ("…, promising to deliver “…”") takes
 * the subject of the finite verb before it ("the Velsand minister declared"), so the search goes on past it.
 */
export function cueGoverning(
  index: MentionIndex,
  regionStart: number,
  open: number,
  skip: readonly Span[],
  tokensBetween: TokensBetween = (from, to) => tokenize(index.text.slice(from, to), from),
): Attribution | null {
  const { text } = index;
  const from = lookbackStart(text, regionStart, open);
  const tokens = tokensBetween(from, open);
  const quoted = insideSpans(tokens, skip);
  const naming = namingCue(index, regionStart, tokens, quoted, skip);
  if (naming) return naming;
  let participleComma: Token | null = null;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (quoted[k]) continue; // a verb inside another quote
    if (!isCueVerb(t, true)) continue;
    // A participle after a comma: the speaker is the main clause's; keep looking back for its verb.
    if (/ing$/.test(t.lower) && tokens[k - 1]?.text === ',') {
      participleComma ??= tokens[k - 1]!;
      continue;
    }
    // "the report was “…”", "a statement", "In brief remarks": after a determiner or a preposition the word
    // is a noun or an adjective.
    if (/^(?:the|a|an|this|that|his|her|its|their|our|whose|in|on|at|of|for|with|by|from|about)$/.test(tokens[k - 1]?.lower ?? '')) continue;
    // "the tax deal announced by the president": a passive participle modifies a noun, it governs nothing.
    if (/ed$/.test(t.lower) && tokens[k + 1]?.lower === 'by') continue;
    const subject = subjectBefore(index, regionStart, t.start, skip);
    if (!subject) continue;
    let speaker = subject.referents[0] ?? speakerOfWords(index, subject.start, subject.end, skip);
    // "Kevin Hale, a former lawmaker, published a blog post stating that …": a participle after a noun
    // names no subject of its own; the one who published the post speaks.
    if (!speaker && /ing$/.test(t.lower) && /^\p{Ll}/u.test(subject.phrase)) {
      const outer = subjectBefore(index, regionStart, subject.start, skip);
      speaker = outer?.referents[0] ?? null;
    }
    return { speaker, cue: cueOf(text, subject.start, t.end) };
  }
  // "Hale left the court, saying she felt no anger": no speech verb before the participle, whose subject
  // is then the main clause's (named, or no cue at all).
  if (participleComma) {
    const subject = subjectBefore(index, regionStart, participleComma.start, skip);
    const speaker = subject?.referents[0];
    if (subject && speaker) return { speaker, cue: cueOf(text, subject.start, participleComma.end) };
  }
  return null;
}

/** `regionStart`, or the start of a word at most GOVERNING_LOOKBACK characters before `open`. */
function lookbackStart(text: string, regionStart: number, open: number): number {
  if (open - regionStart <= GOVERNING_LOOKBACK) return regionStart;
  const from = open - GOVERNING_LOOKBACK;
  const space = text.slice(from, open).search(/\s/);
  return space < 0 ? open : from + space + 1;
}

/** For each token, whether it lies inside one of `spans` (sorted and disjoint, as quotes are): one merge pass. */
function insideSpans(tokens: readonly Token[], spans: readonly Span[]): boolean[] {
  let i = firstEndingAfter(spans, tokens[0]?.start ?? 0);
  return tokens.map((t) => {
    while (i < spans.length && spans[i]!.end < t.end) i++;
    const q = spans[i];
    return q !== undefined && t.start >= q.start && t.end <= q.end;
  });
}

/** Index of the first span whose end is past `at` (binary search over spans sorted by position). */
function firstEndingAfter(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
