// Set phrases that state one thing in words no verb class or WordNet relation ties together: "the bill is
// dead on arrival in the council", "the council will not take up the bill" and "pledged not to take up the
// measure" all say the council will not act on it (lexicon/crosscheck-idioms.json). A sentence with a phrase of
// a class is a fact of that class; two of different outlets that share a participant state one fact, and
// the claim's alignment names the class and the participant.
import { crosscheckIdiomsLexicon } from '../config/lexicons.js';
import { once } from '../core/lazy.js';

/** Each class's phrases as one pattern: whole words, a straight or curly apostrophe, any spacing. */
const patterns = once(() =>
  Object.entries(crosscheckIdiomsLexicon().idiomClasses).map(([name, phrases]) => {
    const escaped = (p: string): string => p.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]")).join('\\s+');
    // A contraction ("n't take up") is glued to its verb ("won't"): no word boundary before it.
    const glued = phrases.filter((p) => p.startsWith("n'")).map(escaped);
    const words = phrases.filter((p) => !p.startsWith("n'")).map(escaped);
    const alternatives = [...words.map((w) => `(?:^|[^\\p{L}])${w}`), ...glued];
    return { name, pattern: new RegExp(`(?:${alternatives.join('|')})(?![\\p{L}])`, 'iu') };
  }),
);

/** The idiom classes whose phrases a sentence holds ("will not act on a measure"), each with the phrase as written. */
export function idiomClassesOf(sentence: string): { name: string; phrase: string }[] {
  const out: { name: string; phrase: string }[] = [];
  for (const p of patterns()) {
    const m = p.pattern.exec(sentence);
    if (m) out.push({ name: p.name, phrase: m[0].replace(/^[^\p{L}]+/u, '').toLowerCase() });
  }
  return out;
}
