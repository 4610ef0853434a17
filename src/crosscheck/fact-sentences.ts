// What the fact builders read of an article's sentences, apart from its claims: how much of a sentence is
// quoted, the entity keys and name words each sentence carries, which independent source a near-copy's
// sentence counts as. facts.ts (claims broken into facts) and its occasion facts both read them.
import type { CrossCheckArticle } from '../core/crosscheck.js';
import type { Article } from '../core/types.js';
import { contentTerms, entityKey, foldedWords, jaccard } from '../text/index.js';

/** Fraction of a sentence's characters inside direct quotes: a quoted sentence is a quote, not an outlet's claim. */
export function quotedShare(member: CrossCheckArticle, sentenceIndex: number): number {
  const s = member.article.sentences[sentenceIndex];
  if (!s) return 0;
  let inside = 0;
  for (const q of member.article.annotations.quotes) {
    if (q.kind !== 'direct') continue;
    inside += Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start));
  }
  return inside / Math.max(1, s.end - s.start);
}

/** Entity keys per sentence of an article, with each key's fullest name, and the words of the names per sentence. */
export function sentenceNames(member: CrossCheckArticle): {
  bySentence: Map<number, Set<string>>;
  keyOf: Map<string, string>;
  nameOf: Map<string, string>;
  nameWords: Map<number, Set<string>>;
} {
  const bySentence = new Map<number, Set<string>>();
  const keyOf = new Map<string, string>();
  const nameOf = new Map<string, string>();
  const nameWords = new Map<number, Set<string>>();
  for (const e of member.article.annotations.entities) {
    const key = entityKey(e);
    if (!key) continue;
    keyOf.set(e.name, key);
    if (!nameOf.has(key)) nameOf.set(key, e.name);
    for (const a of e.aliases) keyOf.set(a, key);
    // The keys of its other proper names too ("United Kingdom" is also "Britain"): another article may
    // have chosen another of them as the canonical name.
    const alsoKnownAs = e.aliases.filter((a) => /^\p{Lu}/u.test(a)).map((a) => entityKey({ name: a, type: e.type })).filter((k): k is string => k !== null && k !== key);
    for (const m of e.mentions) {
      const set = bySentence.get(m.sentence) ?? new Set<string>();
      set.add(key);
      for (const k of alsoKnownAs) set.add(k);
      bySentence.set(m.sentence, set);
      if (m.kind !== 'name') continue;
      const words = nameWords.get(m.sentence) ?? new Set<string>();
      for (const w of foldedWords(m.text)) words.add(w);
      nameWords.set(m.sentence, words);
    }
  }
  return { bySentence, keyOf, nameOf, nameWords };
}

/** The words of no name, for a sentence that names none. */
export const NO_WORDS: ReadonlySet<string> = new Set();

export function keyOfName(name: string, keyOf: Map<string, string>): string {
  return keyOf.get(name) ?? entityKey({ name, type: 'other' }) ?? name.toLowerCase();
}

/**
 * Who a sentence of a near-copy counts as: sentences found in the original (word sets at least 70% alike)
 * count as the original's source; sentences the copy added count as the copying outlet.
 */
export function sourceOfSentence(member: CrossCheckArticle, original: Article | null): (sentenceIndex: number) => { source: string; copied: boolean } {
  if (!member.copyOf || !original) return () => ({ source: member.source, copied: member.copyOf !== null });
  const originals = original.sentences.map((s) => new Set(contentTerms(s.text)));
  const own = member.article.outlet ?? member.source;
  return (i) => {
    const words = new Set(contentTerms(member.article.sentences[i]?.text ?? ''));
    const copied = originals.some((o) => jaccard(o, words) >= 0.7);
    return { source: copied ? member.source : own, copied };
  };
}
