// Finds the same fact in other words: two sentences of different outlets that say the same kind of thing
// about the same participants ("Starmer’s first trip to China since 2018" / "the first visit to China by a
// British prime minister in eight years"). Participants are matched through the entity index (entity
// keys: "the prime minister" is Starmer's mention); words through WordNet (same lemma, synonym, derived
// form — the nominalization "agree" / "agreement" — or hypernym "executives" / "leaders"). Every link keeps
// its explanation, which the claim ledger prints as the claim's `alignment`.
import type { AlignmentReason, WordMatch } from '../core/crosscheck.js';
import { crosscheckLexicon, stopwordsLexicon } from '../config/lexicons.js';
import { once } from '../core/lazy.js';
import { boundWordRelations, foldedWords, NO_RELATION, relationCode, relationName, SAME_LEMMA, wordIds, type RelationCode } from '../text/index.js';

/** Words too common or too general to show two sentences state one fact ("said", "people", "year"). */
const vague = once(() => new Set([...stopwordsLexicon().words, ...crosscheckLexicon().vagueWords]));

/**
 * The words a sentence is paraphrase-compared by: folded, three letters or more, no stopwords, no vague
 * words, no digits, and none of the words of the names in it (names are compared as participants).
 */
export function paraphraseWords(sentence: string, nameWords: ReadonlySet<string>, year: number | null = null): string[] {
  const stop = vague();
  const words = foldedWords(sentence).filter((w) => w.length >= 3 && !/\d/.test(w) && !stop.has(w) && !nameWords.has(w));
  return [...new Set([...words, ...sinceYears(sentence, year)])];
}

export const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/**
 * The year a span back to now starts, as one comparable word: "since 2018" → "since-2018", and in an
 * article of 2026 "in eight years" / "for 8 years" → "since-2018" too, so "the first visit since 2018"
 * and "the first visit in eight years" share it.
 */
export function sinceYears(sentence: string, year: number | null): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(/\bsince (\d{4})\b/gi)) out.push(`since-${m[1]}`);
  if (year !== null) {
    for (const m of sentence.toLowerCase().matchAll(/\b(?:in|for|over) (?:the (?:past|last) )?(\d{1,2}|[a-z]+) years\b/g)) {
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS.indexOf(m[1]!);
      if (n > 0) out.push(`since-${year - n}`);
    }
  }
  return out;
}

/** Each word of `a` with its best partner in `b` (each used once): same lemmas first, then the looser relations. */
export function matchWords(a: readonly string[], b: readonly string[]): WordMatch[] {
  // Words compared by id (text/word-relations.ts): the relation of each pair is remembered by number.
  boundWordRelations();
  const ia = wordIds(a);
  const ib = wordIds(b);
  const out: WordMatch[] = [];
  const used = new Set<number>();
  for (let i = 0; i < ia.length; i++) {
    const x = ia[i]!;
    let best = -1;
    let bestCode: RelationCode = NO_RELATION;
    for (let j = 0; j < ib.length; j++) {
      const y = ib[j]!;
      if (used.has(y)) continue;
      const code = relationCode(x, y);
      if (code === NO_RELATION) continue;
      // Codes rank relations strongest first (same lemma, synonym, derived form, hypernym).
      if (best < 0 || code < bestCode) {
        best = j;
        bestCode = code;
      }
      if (code === SAME_LEMMA) break;
    }
    if (best >= 0) {
      used.add(ib[best]!);
      out.push({ a: a[i]!, b: b[best]!, how: relationName(bestCode) });
    }
  }
  return out;
}

/** What a fact offers to paraphrase alignment. */
export interface ParaphraseSide {
  /** Entity keys of the sentence (names and nominal mentions such as "the prime minister"). */
  names: ReadonlySet<string>;
  /** The sentence's paraphrase words. */
  words: readonly string[];
  /** The words that say what happens or what is counted: the verb and the object's or unit's nouns. */
  core: readonly string[];
  /**
   * The date the claim gives in so many words ("in 2036", "on Feb. 15"; not "on Tuesday"), as its value:
   * two sentences that give one such date share it as they would share a participant.
   */
  when?: string | null;
  /** The kind of happening the claim states (its verb's class: "become", "meet"), when known. */
  verb?: string;
}

/** Matched words needed: "first trip … since 2018" / "first visit … in eight years" match first, trip~visit, prime, minister. */
const MIN_WORDS = 3;
/**
 * What a match is worth: a hypernym is a loose match ("country" is a word of a hypernym of "moorings"), so
 * "hit … bringing down" / "hit … brought down" with one hypernym (2.5) is not yet one fact; events need 3.
 */
const WEIGHT: Record<WordMatch['how'], number> = { 'same lemma': 1, 'derived form': 1, synonym: 0.75, hypernym: 0.5 };
/**
 * Share of the shorter sentence's words that must find a partner: below it, two sentences share a topic
 * (Starmer, China, trade), not a fact.
 */
const MIN_SHARE = 0.3;
/**
 * With two participants in common, two matched words that are most of the shorter sentence's words do:
 * "Cowan will become the second black senator from Massachusetts, after Edward Brooke" / "Cowan … will
 * become Massachusetts’ first black senator since Edward Brooke" (black, senator; Cowan, Massachusetts, Brooke).
 */
const FEW_WORDS = 2;
const FEW_SHARE = 0.5;
/**
 * A short sentence, in paraphrase words: in a longer one two matched words and the story's two main actors
 * ("Starmer", "Xi", named in most of its sentences) are a shared topic.
 */
const SHORT = 4;

/**
 * Why two facts state the same thing, or null when they do not: at least one shared participant (or the
 * same date given in so many words: "will be exhausted in 2036" / "exhausted by 2036"), what
 * each says happens (its core words) matched to the other's core, and enough of their words matched.
 */
export function paraphraseReason(f: ParaphraseSide, g: ParaphraseSide, nameOf: (key: string) => string, minWeight = MIN_WORDS): AlignmentReason | null {
  const sameDate = f.when != null && f.when === g.when;
  if (f.core.length === 0 || g.core.length === 0 || !(sameDate || sharesAny(f.names, g.names))) return null;
  // The cheap test first (a few core words each): most pairs of a story's facts fail it.
  boundWordRelations();
  const coreF = wordIds(f.core);
  const coreG = wordIds(g.core);
  if (!coreF.some((x) => coreG.some((y) => relationCode(x, y) !== NO_RELATION))) return null;
  // Two participants in common and one kind of happening already say much of the fact: two words of a short
  // sentence may say the rest ("was candid" and "met", each beside the words of a title, do not).
  const both = f.verb !== undefined && f.verb === g.verb && Math.min(f.words.length, g.words.length) <= SHORT && sharedNames(f.names, g.names) >= 2;
  const [atLeast, share, weightNeeded] = both ? [FEW_WORDS, FEW_SHARE, Math.min(minWeight, FEW_WORDS)] : [MIN_WORDS, MIN_SHARE, minWeight];
  if (Math.min(f.words.length, g.words.length) < atLeast) return null;
  const words = matchWords(f.words, g.words);
  const weight = words.reduce((sum, w) => sum + WEIGHT[w.how], 0);
  if (words.length < atLeast || weight < weightNeeded || words.length / Math.min(f.words.length, g.words.length) < share) return null;
  const coreA = new Set(f.core);
  const coreB = new Set(g.core);
  if (!words.some((w) => coreA.has(w.a) && coreB.has(w.b))) return null;
  return { participants: [...[...f.names].filter((n) => g.names.has(n)).map(nameOf), ...(sameDate ? [f.when!] : [])], words };
}

/** How many names two sets share, counting to two at most (all the looser test needs). */
function sharedNames(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x) && ++n === 2) break;
  return n;
}

/** Whether two sets meet (no array built: asked for every compared pair of facts). */
function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}
