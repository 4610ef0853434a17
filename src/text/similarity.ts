// How alike two texts are, once reduced to words: cosine of term-count vectors (the summary's
// centrality and redundancy, the story title), Jaccard and shared counts of word sets (the claim
// aligner, the timeline, a near-copy's own sentences).

/** A bag of terms with their counts or weights. */
export type TermVector = Map<string, number>;

export function vectorNorm(v: TermVector): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

/** Cosine similarity of two vectors; 0 when either is empty. */
export function cosine(a: TermVector, b: TermVector): number {
  return cosineOfNormed(a, vectorNorm(a), b, vectorNorm(b));
}

/**
 * `cosine` of two vectors whose norms (`vectorNorm`) the caller already has: the same figure, without
 * reading both vectors again (the summary compares each sentence with many others).
 */
export function cosineOfNormed(a: TermVector, na: number, b: TermVector, nb: number): number {
  if (na === 0 || nb === 0) return 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, x] of small) dot += x * (big.get(t) ?? 0);
  return dot / (na * nb);
}

/** Adds `v` scaled to unit length into `sum`, so every part weighs the same however long. */
export function addUnit(sum: TermVector, v: TermVector): void {
  const n = vectorNorm(v);
  if (n === 0) return;
  for (const [t, x] of v) sum.set(t, (sum.get(t) ?? 0) + x / n);
}

/** Jaccard similarity of two word sets: shared / all; 0 when either is empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** How many words two sets share. */
export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared;
}
