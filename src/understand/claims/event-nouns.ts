// A happening told by a noun in a sentence's opening adjunct, with the person it was shared with: "At a
// joint appearance with Velsian President Anneli Strand, Fenwick said …" states that Fenwick appeared with
// Strand; "After a meeting with Strand, Fenwick flew home" that he met her. The noun's verb comes from WordNet
// (a derived form: appearance → appear, meeting → meet, talks → talk), the doer is the main clause's subject.
import { isKnownVerb, verbLemma, wordNetLemmas, wordSenses, type Token } from '../../text/index.js';

/** Prepositions that open an adjunct placing the main clause at, in or after a happening. */
const OPENERS = new Set(['at', 'in', 'during', 'after', 'before', 'following']);
/** Words between the opener and the noun: determiners and modifiers ("a joint", "his brief"). */
const MAX_MODIFIERS = 3;
/** Words between the noun and "with": a place phrase ("at the Customs House"). */
const MAX_GAP = 5;

export interface EventNoun {
  /** Token index of the noun. */
  noun: number;
  /** The verb the noun names ("appear"). */
  lemma: string;
  /** Token index of "with". */
  with: number;
}

/**
 * The verb a noun of a happening names, by WordNet's derived forms that share its first letters ("appearance" →
 * appear, "meeting" → meet), or null ("remarks" names a remark; "joint" is no happening here: only a noun
 * before "with" is read).
 */
export function eventVerbOf(noun: string): string | null {
  const w = noun.toLowerCase();
  if (w.length < 4 || wordNetLemmas(w, 'noun').length === 0) return null;
  // "talks", "visit": the noun is a verb's form itself.
  const same = verbLemma(w);
  if (isKnownVerb(w) && wordNetLemmas(same, 'verb').includes(same) && wordSenses(w).derived.has(same)) return same;
  for (const d of wordSenses(w).derived) {
    if (d.length >= 4 && w.startsWith(d.slice(0, Math.min(d.length, 5))) && wordNetLemmas(d, 'verb').includes(d)) return d;
  }
  return null;
}

/**
 * "at a joint appearance with …", "after meeting with …", "during talks at the Customs House with …": the event
 * noun of an adjunct in tokens[0, end), or null. The adjunct must hold no other clause (no comma before "with").
 */
export function eventNounIn(tokens: readonly Token[], end: number): EventNoun | null {
  for (let k = 0; k < end; k++) {
    if (!OPENERS.has(tokens[k]!.lower)) continue;
    for (let n = k + 1; n <= Math.min(end - 2, k + 1 + MAX_MODIFIERS); n++) {
      const t = tokens[n]!;
      if (!t.word || t.cap) break;
      const w = tokens.findIndex((x, i) => i > n && i < end && i <= n + 1 + MAX_GAP && x.lower === 'with');
      if (w < 0 || tokens.slice(n + 1, w).some((x) => !x.word)) continue;
      // Only the noun right before "with" or before the place phrase it takes ("appearance at the White House with").
      if (w !== n + 1 && !['at', 'in', 'on'].includes(tokens[n + 1]!.lower)) continue;
      const lemma = eventVerbOf(t.lower);
      if (lemma) return { noun: n, lemma, with: w };
    }
  }
  return null;
}
