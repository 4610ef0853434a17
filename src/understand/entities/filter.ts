// Drops candidates a careful reader would not call names: sentence-initial common words ("Following",
// "During", "Trade", "Both"), demonyms ("Chinese"), days and months, and weak single capitals that the
// article never writes capitalised in mid-sentence ("Analysts say …").
import { isSpeechVerb } from '../../text/index.js';
import { acronymLetters } from './acronyms.js';
import type { Word } from './words.js';
import { entityLexicon, isDemonym, knownName } from './lexicon.js';
import { isCommonWord, type Candidate } from './runs.js';

/**
 * Evidence is read from the strong (mid-sentence) candidates: "Starmer" opening a sentence is a name
 * because "Keir Starmer" appears mid-sentence; "Trade" is not, because the article writes "trade".
 */
export function filterCandidates(text: string, words: readonly Word[], candidates: readonly Candidate[]): Candidate[] {
  const lowerWords = wordsWritten(text);
  const strongCores = new Set<string>();
  // An acronym's capitals prove a name even where a sentence starts: "NHPA said …".
  for (const c of candidates) if (!c.weak || c.titled || (c.core.length === 1 && acronymLetters(c.core[0]!) !== null)) strongCores.add(c.core.join(' '));
  const kept: (Candidate | null)[] = [];
  const deferred = new Map<number, Candidate>();
  for (const original of candidates) {
    let c = original;
    if (c.weak && !c.titled && knownName(c.core.join(' ')) === null && !strongCores.has(c.core.join(' '))) {
      // Peel sentence-initial words that are vocabulary, not names: "Meanwhile China" → "China".
      c = withoutVocabulary(text, words, c, lowerWords);
      if (c.core.length === 0) continue;
      if (c.weak && c.core.length === 1 && !c.ownsTitle) {
        // Judged below, once every surer name is known: "Starmer" opens a sentence after "Keir Starmer".
        deferred.set(kept.length, c);
        kept.push(null);
        continue;
      }
    }
    if (!isJunk(c)) kept.push(c);
  }
  const sure = kept.filter((c): c is Candidate => c !== null);
  const sureWords = new Set<string>();
  if (deferred.size > 0) for (const c of sure) for (const w of c.core) sureWords.add(w);
  const out: Candidate[] = [];
  kept.forEach((c, i) => {
    if (c) return void out.push(c);
    const d = deferred.get(i)!;
    // "Velsand and Karsland signed": coordinated with a name, a weak capital is a name too.
    const coordinated = sure.some((o) => o.start === d.end + 5 && text.slice(d.end, o.start) === ' and ');
    if ((sureWords.has(d.core[0]!) || coordinated) && !isJunk(d)) out.push(d);
  });
  return out;
}

/** Text searches answered before the set of every word is built (see wordsWritten). */
const SEARCHES_BEFORE_SET = 50;

/**
 * "Does the article write this word in lower case?" (` word `, ` word,` or ` word.`). It is asked for a few
 * sentence-initial words, so a text search beats building a set of every word; but an article of 9,000
 * sentences that each open with a name searched its whole text 27,000 times (3.5 s), so after
 * SEARCHES_BEFORE_SET questions the set is built once.
 */
function wordsWritten(text: string): { has(w: string): boolean } {
  let searches = 0;
  let all: Set<string> | null = null;
  const search = (w: string): boolean => text.includes(` ${w} `) || text.includes(` ${w},`) || text.includes(` ${w}.`);
  return {
    has(w) {
      // A word holding a space, comma or period is not one entry of the set.
      if (/[ ,.]/.test(w)) return search(w);
      if (all === null && ++searches <= SEARCHES_BEFORE_SET) return search(w);
      all ??= new Set(text.match(/(?<= )[^ ,.]+(?=[ ,.])/g));
      return all.has(w);
    },
  };
}

function dropsFirst(word: string, lowerWords: { has(w: string): boolean }): boolean {
  const lex = entityLexicon();
  if (isCommonWord(word)) return true;
  // "Added Gibbs: …", "Said Okafor, …": a sentence-initial speech verb in the past, inverted before its speaker.
  if (/ed$/.test(word) && isSpeechVerb(word.toLowerCase())) return true;
  if (lex.eventPrefixes.has(word) || lex.placePrefixes.has(word)) return false;
  return lowerWords.has(word.toLowerCase());
}

/**
 * The candidate without its leading vocabulary words, cut once: one word at a time copied the rest of a
 * run of 50,000 capitals ("A A A …") at every step. "of"/"the" connectors cannot start a name: "Members of
 * Parliament" → nothing.
 */
function withoutVocabulary(text: string, words: readonly Word[], c: Candidate, lowerWords: { has(w: string): boolean }): Candidate {
  let k = 0;
  while (k < c.core.length && dropsFirst(c.core[k]!, lowerWords)) {
    if (k + 1 === c.core.length || !words[c.first + k + 1]!.cap) return { ...c, core: [] };
    k++;
  }
  if (k === 0) return c;
  const first = words[c.first + k]!;
  return { ...c, start: first.start, text: text.slice(first.start, c.end), core: c.core.slice(k), lead: c.first + k, first: c.first + k, weak: false };
}

/** Never a name: demonyms alone, days and months, lone common words, title + first name fragments. */
function isJunk(c: Candidate): boolean {
  const lex = entityLexicon();
  const core = c.core.join(' ');
  if (c.core.length === 1 && (isDemonym(core) || isCommonWord(core))) return true;
  if (c.core.every((w) => isCommonWord(w) || isDemonym(w))) return true;
  // A title without a name ("President", "Prime Minister"), but not "Labour", a modifier that is also a name.
  const titleWord = (w: string): boolean => lex.titleHeads.has(w) || lex.honorifics.has(w);
  if (c.core.some(titleWord) && c.core.every((w) => titleWord(w) || lex.titleModifiers.has(w) || isCommonWord(w) || isDemonym(w))) return true;
  return /^\d/.test(core);
}
