// Finds ordinals and rankings ("the second-largest fleet", "third-highest-ranking judge", "the
// busiest port", "the first visit"), the slot that tells "third-largest" (2024) from "second-largest" (2026).
//
// Forms, each with its example:
//   1. ordinal + superlative in one token: "second-largest fleet" → rank 2, measure "largest", of "fleet";
//      "third-highest-ranking judge" → measure "highest-ranking"; "second-ranked minister" → "ranked";
//   2. ordinal + superlative as words: "the third largest port", "second most populous city";
//   3. a bare superlative after "the" or a possessive: "the busiest port", "Velsand’s largest export market"
//      → rank 1;
//   4. a bare ordinal after a determiner, before a noun: "the first visit" → rank 1, measure "order"; not before
//      time words ("for the first time", "the second half"), which are not rankings.
import type { Ranking } from '../../core/annotations.js';
import { claimRankingsLexicon } from '../../config/lexicons.js';
import { once } from '../../core/lazy.js';
import { isPastForm, isWord, tokenize, type Token } from '../../text/index.js';

/** The ranking words of lexicon/claim-rankings.json as sets. */
const rankWords = once(() => {
  const lex = claimRankingsLexicon();
  return {
    ordinals: lex.ordinals,
    ordinalWords: new Set(Object.keys(lex.ordinals)),
    superlatives: new Set(lex.superlatives),
    superlativeFirst: new Set(lex.superlatives.map((w) => w.split(' ')[0]!)),
    timeNouns: new Set(lex.timeNouns),
    nounStops: new Set(lex.nounStops),
  };
});

const ORDINAL_DIGITS = /^(\d+)(st|nd|rd|th)$/;

function ordinalValue(word: string): number | null {
  const { ordinals } = rankWords();
  if (word in ordinals) return ordinals[word]!;
  const m = ORDINAL_DIGITS.exec(word);
  return m ? Number(m[1]) : null;
}

/** "most populous" at i (two tokens) or "largest" (one): the measure and the index after it. */
function superlativeAt(tokens: readonly Token[], i: number): { measure: string; next: number } | null {
  const one = tokens[i]?.lower;
  if (!one) return null;
  const two = `${one} ${tokens[i + 1]?.lower ?? ''}`;
  if (rankWords().superlatives.has(two)) return { measure: two, next: i + 2 };
  if (rankWords().superlatives.has(one)) return { measure: one, next: i + 1 };
  return null;
}

/** The ranked noun: up to 3 lower-case words after the measure ("trading partner"), or null. */
function rankedNoun(tokens: readonly Token[], j: number): { of: string | null; next: number } {
  const words: string[] = [];
  let k = j;
  while (k < tokens.length && words.length < 3) {
    const t = tokens[k]!;
    if (!isWord(t) || rankWords().nounStops.has(t.lower) || /ly$/.test(t.lower) || isPastForm(t.lower)) break;
    // A capitalised word only as a modifier of a lower-case noun: "the first KL foreign minister".
    if (/^\p{Lu}/u.test(t.text) && !(isWord(tokens[k + 1]) && /^\p{Ll}/u.test(tokens[k + 1]!.text))) break;
    words.push(t.lower);
    k++;
  }
  return { of: words.length ? words.join(' ') : null, next: k };
}

/** A possessive or determiner before a bare superlative: "the busiest", "Velsand’s largest", "its biggest". */
function takesSuperlative(prev: Token | undefined): boolean {
  if (!prev) return false;
  return ['the', 'its', 'their', 'his', 'her', 'our', 'whose'].includes(prev.lower) || /['’]s$/.test(prev.lower);
}

/** A cheap first test, since the scan visits every token: an ordinal, or a superlative after "the"/a possessive. */
function mayStartRanking(t: Token, prev: Token | undefined, words: ReturnType<typeof rankWords>): boolean {
  const dash = t.lower.indexOf('-');
  const head = dash > 0 ? t.lower.slice(0, dash) : t.lower;
  if (words.ordinalWords.has(head)) return true;
  const c = head.charCodeAt(0);
  if (c >= 48 && c <= 57 && ORDINAL_DIGITS.test(head)) return true;
  return (words.superlatives.has(t.lower) || words.superlativeFirst.has(t.lower)) && takesSuperlative(prev);
}

/** Rankings in `text`, in order; offsets are shifted by `offset`. */
export function findRankings(text: string, offset = 0): Ranking[] {
  return rankingsInTokens(tokenize(text, offset), text, offset);
}

/** Same as findRankings, on tokens already made. */
export function rankingsInTokens(tokens: readonly Token[], text: string, offset: number): Ranking[] {
  const words = rankWords();
  const out: Ranking[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!mayStartRanking(t, tokens[i - 1], words)) {
      i++;
      continue;
    }
    let rank: number | null = null;
    let measure: string | null = null;
    let next = i + 1;
    const joined = /^(\p{L}+|\d+(?:st|nd|rd|th))-(.+)$/u.exec(t.lower);
    const joinedRank = joined ? ordinalValue(joined[1]!) : null;
    if (joined && joinedRank !== null && words.superlatives.has(joined[2]!)) {
      rank = joinedRank; // "second-largest", "third-highest-ranking"
      measure = joined[2]!;
    } else if (ordinalValue(t.lower) !== null) {
      const sup = superlativeAt(tokens, i + 1);
      if (sup) {
        rank = ordinalValue(t.lower); // "third largest", "second most populous"
        measure = sup.measure;
        next = sup.next;
      } else if (takesSuperlative(tokens[i - 1]) && !words.timeNouns.has(tokens[i + 1]?.lower ?? '') && isWord(tokens[i + 1])) {
        rank = ordinalValue(t.lower); // "the first visit"
        measure = 'order';
      }
    } else if (takesSuperlative(tokens[i - 1])) {
      const sup = superlativeAt(tokens, i);
      if (sup && sup.measure !== 'leading' && sup.measure !== 'ranking') {
        rank = 1;
        measure = sup.measure;
        next = sup.next;
      }
    }
    if (rank === null || measure === null) {
      i++;
      continue;
    }
    const noun = rankedNoun(tokens, next);
    // A bare ordinal needs a noun to rank ("the first visit"); "first" alone is an adverb.
    if (measure === 'order' && noun.of === null) {
      i++;
      continue;
    }
    const last = tokens[Math.max(noun.next, next) - 1]!;
    out.push({ start: t.start, end: last.end, text: text.slice(t.start - offset, last.end - offset), rank, measure, of: noun.of });
    i = Math.max(noun.next, next);
  }
  return out;
}
