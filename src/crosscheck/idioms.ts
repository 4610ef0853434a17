// Set phrases that state one thing in words no verb class or WordNet relation ties together: "the bill is
// dead on arrival in the council", "the council will not take up the bill" and "pledged not to take up the
// measure" all say the council will not act on it (lexicon/crosscheck-idioms.json). A sentence with a phrase of
// a class is a fact of that class; two of different outlets that share a participant state one fact, and
// the claim's alignment names the class and the participant.
import { crosscheckIdiomsLexicon } from '../config/lexicons.js';
import { once } from '../core/lazy.js';

/** Each class's phrases, lower case with a straight apostrophe. */
const classes = once(() =>
  Object.entries(crosscheckIdiomsLexicon().idiomClasses).map(([name, phrases]) => ({ name, phrases: phrases.map((p) => p.trim().toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ')) })),
);

const LETTER = /\p{L}/u;

/**
 * The idiom classes whose phrases a sentence holds ("will not act on a measure"), each with the phrase as
 * written. Whole words only; a contraction ("n't take up") is glued to its verb ("won't"). Plain substring
 * search, not one pattern per class: every sentence of every story is read, and a case-insensitive Unicode
 * alternation of dozens of phrases tried at each position of a long page took longer than the cross-check.
 */
export function idiomClassesOf(sentence: string): { name: string; phrase: string }[] {
  const lower = sentence.toLowerCase().replace(/’/g, "'");
  // Offsets map back to the sentence only when lower-casing kept its length (it does outside a few scripts).
  const source = lower.length === sentence.length ? sentence : lower;
  const out: { name: string; phrase: string }[] = [];
  for (const c of classes()) {
    let found: string | null = null;
    for (const p of c.phrases) {
      for (let at = lower.indexOf(p); at >= 0 && found === null; at = lower.indexOf(p, at + 1)) {
        const before = lower[at - 1] ?? ' ';
        const after = lower[at + p.length] ?? ' ';
        if ((p.startsWith("n'") || !LETTER.test(before)) && !LETTER.test(after)) found = source.slice(at, at + p.length).toLowerCase();
      }
      if (found !== null) break;
    }
    if (found !== null) out.push({ name: c.name, phrase: found });
  }
  return out;
}
