// An apposition after a name states a fact about it: "Mark Weller, the father of one victim, spoke …" says
// Mark Weller is the father of one victim; "Strand, the first Karslander prime minister to tour Velsand in nine
// years, will sign …" says Strand is the first Karslander prime minister (to tour Velsand, in nine years). Each
// becomes a claim of its own — predicate "be", the named entity as the actor, the apposition's head noun phrase
// as the object, its rankings, figures and time — so outlets that say the same thing in a main clause ("Strand
// is the first …") or in another apposition line up with it.
//
// An apposition here: a person, organization or place mention (not a possessive; maybe with an age: "Weller,
// 52, a former partner"), a comma, an opener
// ("the", "a", "his", "one", a possessive: lexicon/claim-grammar.json `appositionOpeners`), words with no verb
// group of their own, and a closing comma or the segment's end. Not a list ("Fenwick, the mayor, and Strand
// …": "and" or "or" after the closing comma), and not a quantity alone ("Weller, 46,": the age stays with the
// clause's claim).
import type { Quantity, Ranking, TimeExpression } from '../../core/annotations.js';
import type { Token } from '../../text/index.js';
import { mentionsIn, type MentionIndex } from '../quotes/mentions.js';
import type { VerbGroup } from './verb-groups.js';
import { grammarWords } from './verb-groups.js';

export interface AppositionFact {
  /** The entity the apposition describes. */
  actor: string;
  /** The apposition's head noun phrase, in the sentence's words ("the first Karslander prime minister"). */
  object: string;
  objectEntities: string[];
  start: number;
  end: number;
  time: { text: string; value: string } | null;
  quantities: Quantity[];
  rankings: Ranking[];
}

const MODIFIER_LEADS = new Set(['of', 'from', 'in', 'at', 'for', 'and', 'or', 'with', 'to', 'by', 'on']);
// The head noun phrase is at most this long: longer, it has run into a clause the scan did not see.
const MAX_HEAD_TOKENS = 10;

/** The appositions of one segment's tokens, with what each states. */
export function findAppositions(
  index: MentionIndex,
  tokens: readonly Token[],
  groups: readonly VerbGroup[],
  openers: ReadonlySet<string>,
  times: readonly TimeExpression[],
  quantities: readonly Quantity[],
  rankings: readonly Ranking[],
): AppositionFact[] {
  const out: AppositionFact[] = [];
  const text = index.text;
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (tokens[k]!.text !== ',') continue;
    const opener = tokens[k + 1]!;
    if (!openers.has(opener.lower) && !/[’']s$/.test(opener.lower)) continue;
    // "Tomas Weller, 52, a former partner …": the name is before the age.
    const age = k >= 3 && /^\d{1,3}$/.test(tokens[k - 1]!.text) && tokens[k - 2]!.text === ',';
    const before = mentionEndingAt(index, tokens[age ? k - 3 : k - 1]!.end);
    if (!before || before.possessive || before.modifier || !['person', 'organization', 'place'].includes(before.entity.type)) continue;
    // "Harry Vance of Lindor, the majority leader": the name after "of" (or "and") is not the one described, nor
    // one a preposition ties to a name before it ("Vance from Lindor, the …"). After a verb's preposition the name is
    // that verb's object, and the apposition is about it: "is married to Ilse Marrow, an aide to …", "met with Fenwick, the mayor".
    const lead = tokens.findIndex((t) => t.end <= before.start && t.end > before.start - 3);
    if (lead >= 0 && MODIFIER_LEADS.has(tokens[lead]!.lower) && !afterVerb(tokens, groups, lead)) continue;
    // The closing comma (or the segment's end), with no verb group of its own in between.
    let close = k + 1;
    while (close < tokens.length && tokens[close]!.text !== ',' && !/^[.;:!?()—–]$/.test(tokens[close]!.text)) close++;
    if (close === tokens.length || tokens[close]!.text !== ',') {
      if (close < tokens.length && !/^[.!?]$/.test(tokens[close]!.text)) continue;
    } else if (/^(and|or)$/.test(tokens[close + 1]?.lower ?? '')) continue;
    if (groups.some((g) => g.head > k && g.head < close)) continue;
    const head = headPhrase(tokens, k + 1, close);
    if (!head) continue;
    const span = { start: tokens[k + 1]!.start, end: tokens[close - 1]!.end };
    const inside = (x: { start: number; end: number }): boolean => x.start >= span.start && x.end <= span.end;
    const time = times.find(inside);
    out.push({
      actor: before.entity.name,
      object: text.slice(tokens[k + 1]!.start, tokens[head - 1]!.end),
      objectEntities: [...new Set(mentionsIn(index, span.start, span.end).filter((m) => !m.possessive && !m.modifier).map((m) => m.entity.name))],
      start: span.start,
      end: span.end,
      time: time ? { text: time.text, value: time.value } : null,
      quantities: quantities.filter(inside),
      rankings: rankings.filter(inside),
    });
    k = close - 1;
  }
  return out;
}

/**
 * The preposition at `k` follows the head of a verb group ("married to", "met with", "travelled to"), maybe
 * after an adverb: its noun phrase is the verb's complement, not a modifier of a name. Never "of" or "and",
 * which join a name to the noun before them ("the mayor of Lindor", "Fenwick and Okoro").
 */
function afterVerb(tokens: readonly Token[], groups: readonly VerbGroup[], k: number): boolean {
  if (tokens[k]!.lower === 'of' || tokens[k]!.lower === 'and' || tokens[k]!.lower === 'or') return false;
  const { adverbs } = grammarWords();
  let j = k - 1;
  while (j >= 0 && adverbs.has(tokens[j]!.lower)) j--;
  return groups.some((g) => g.head === j);
}

/** A mention whose last character is at `end` (a multi-token name ending at the comma). */
function mentionEndingAt(index: MentionIndex, end: number): ReturnType<typeof mentionsIn>[number] | undefined {
  return mentionsIn(index, Math.max(0, end - 80), end).find((m) => m.end === end);
}

/** Token index just after the apposition's head noun phrase: up to "to", a relative word or a preposition other than "of". */
function headPhrase(tokens: readonly Token[], from: number, close: number): number | null {
  const { objectStops } = grammarWords();
  const stops = (t: Token): boolean => objectStops.has(t.lower) && !NOT_STOPS.has(t.lower);
  let j = from + 1;
  while (j < close && j - from < MAX_HEAD_TOKENS && !stops(tokens[j]!)) j++;
  if (j - from >= MAX_HEAD_TOKENS && j < close) return null;
  // A noun phrase ends in a word, not a possessive ("the route’s"): "the one" or "a" alone is not one.
  if (j - from < 2 || !tokens[j - 1]!.word || /[’']s?$/.test(tokens[j - 1]!.text)) return null;
  return j;
}

// Object stops that do not end an apposition's noun phrase: "the route’s last operator", "the chief forecaster and spokeswoman".
const NOT_STOPS = new Set(['and', 'last', 'next', 'this', 'earlier', 'later', 'also', 'too']);
