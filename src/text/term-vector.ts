// A text as a bag of comparable terms: its amounts (one term each) and its content words with verb
// endings folded. What the summary and the story title compare sentences and headlines by.
import { amountTerms } from './amounts.js';
import type { TermVector } from './similarity.js';
import { contentTerms, foldEnding } from './terms.js';

/** The stemmed content words and amounts of a text, with their counts. */
export function termVector(text: string): TermVector {
  const { terms, rest } = amountTerms(text);
  const v: TermVector = new Map();
  for (const t of terms) v.set(t, (v.get(t) ?? 0) + 1);
  for (const word of contentTerms(rest)) {
    const t = foldEnding(word);
    v.set(t, (v.get(t) ?? 0) + 1);
  }
  return v;
}
