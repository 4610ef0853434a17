// Drops candidates a careful reader would not call names: sentence-initial common words ("Following",
// "During", "Trade", "Both"), demonyms ("Chinese"), days and months, and weak single capitals that the
// article never writes capitalised in mid-sentence ("Analysts say …").
import type { Word } from './words.js';
import { EVENT_PREFIXES, HONORIFICS, PLACE_PREFIXES, TITLE_HEADS, TITLE_MODIFIERS, isDemonym, knownName } from './lexicon.js';
import { isCommonWord, type Candidate } from './runs.js';

/**
 * Evidence is read from the strong (mid-sentence) candidates: "Starmer" opening a sentence is a name
 * because "Keir Starmer" appears mid-sentence; "Trade" is not, because the article writes "trade".
 */
export function filterCandidates(text: string, words: readonly Word[], candidates: readonly Candidate[]): Candidate[] {
  // "Does the article write this word in lower case?" is asked for a few sentence-initial words only,
  // so a text search beats building a set of every word.
  const lowerWords = { has: (w: string): boolean => text.includes(` ${w} `) || text.includes(` ${w},`) || text.includes(` ${w}.`) };
  const strongCores = new Set<string>();
  for (const c of candidates) if (!c.weak || c.titled) strongCores.add(c.core.join(' '));
  const kept: (Candidate | null)[] = [];
  const deferred = new Map<number, Candidate>();
  for (const original of candidates) {
    let c = original;
    if (c.weak && !c.titled && knownName(c.core.join(' ')) === null && !strongCores.has(c.core.join(' '))) {
      // Peel sentence-initial words that are vocabulary, not names: "Meanwhile China" → "China".
      while (c.core.length > 0 && dropsFirst(c.core[0]!, lowerWords)) c = withoutFirst(text, words, c);
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

function dropsFirst(word: string, lowerWords: { has(w: string): boolean }): boolean {
  if (isCommonWord(word)) return true;
  if (EVENT_PREFIXES.has(word) || PLACE_PREFIXES.has(word)) return false;
  return lowerWords.has(word.toLowerCase());
}

function withoutFirst(text: string, words: readonly Word[], c: Candidate): Candidate {
  if (c.core.length === 1) return { ...c, core: [] };
  const first = words[c.first + 1]!;
  // "of"/"the" connectors cannot start a name: "Members of Parliament" → nothing.
  if (!first.cap) return { ...c, core: [] };
  return { ...c, start: first.start, text: text.slice(first.start, c.end), core: c.core.slice(1), lead: c.first + 1, first: c.first + 1, weak: false };
}

/** Never a name: demonyms alone, days and months, lone common words, title + first name fragments. */
function isJunk(c: Candidate): boolean {
  const core = c.core.join(' ');
  if (c.core.length === 1 && (isDemonym(core) || isCommonWord(core))) return true;
  if (c.core.every((w) => isCommonWord(w) || isDemonym(w))) return true;
  // A title without a name ("President", "Prime Minister"), but not "Labour", a modifier that is also a name.
  const titleWord = (w: string): boolean => TITLE_HEADS.has(w) || HONORIFICS.has(w);
  if (c.core.some(titleWord) && c.core.every((w) => titleWord(w) || TITLE_MODIFIERS.has(w) || isCommonWord(w) || isDemonym(w))) return true;
  return /^\d/.test(core);
}
