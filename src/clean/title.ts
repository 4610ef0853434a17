// Finds a headline printed at the top of a plain-text body ("# Title" or a short unpunctuated first
// line); never promotes a first sentence, so bodies without a headline keep a null title.
import { readMarkdownHeading } from './headings.js';

/**
 * The headline in `first` (the first paragraph left after junk and metadata), or null. A plain line
 * counts when it is 3–25 words (two words are a sub-heading or a name; longer is a sentence), has
 * no closing punctuation and no sentence break inside, and is followed by longer prose. A first line
 * like "Valeport: The harbour reopened on Tuesday…." ends with a full stop: a sentence, not a title.
 * Questions are refused although some headlines are questions: on real bodies (WCXB, Scrapinghub
 * gold texts) a first line ending in "?" was as often the lede ("Remember New Jersey’s epic quest
 * to find a state slogan?"), and an invented title is worse than a missing one. ALL-CAPS lines
 * were kickers and calls to action there ("CLICK FOR FULL STATE SWIM RESULTS").
 */
export function readTitleLine(first: string, next: string | null): string | null {
  const markdown = readMarkdownHeading(first);
  if (markdown) return markdown.level === 1 ? markdown.text : null;
  if (next === null || next.length < Math.max(60, first.length)) return null;
  const words = first.split(/\s+/).length;
  if (words < 3 || words > 25 || first.length > 200) return null;
  if (!/^[\p{Lu}\d“"‘']/u.test(first)) return null;
  // A headline may end in a quotation (Xi hails “new starting point”) but not in sentence punctuation.
  if (/[.,;:!?…]["”’]?$/u.test(first) || /[.!?]["”’]?\s+\p{Lu}/u.test(first)) return null;
  if (/[|›»]|www\.|https?:/.test(first) || (first.match(/:/g)?.length ?? 0) > 1) return null;
  if (first === first.toUpperCase()) return null;
  return first;
}
