// Recognises near-identical copies of one text (wire copy re-posted by several outlets, re-posts with a new
// headline or a trimmed tail, one page fetched twice) so later stages do not count them as independent
// sources: MinHash over 5-word shingles, LSH banding for candidates, exact set comparison to confirm.
import { boundedMemo } from '../core/lazy.js';
import type { DuplicateGroup } from '../core/stories.js';

export interface DuplicateCandidateInput {
  id: string;
  text: string;
  /** Publication date (YYYY-MM-DD) or datetime (ISO 8601), or null when undated. */
  published: string | null;
  /** ISO datetime the copy was stored */
  ingestedAt?: string | null;
}

export interface NearDuplicateMatch {
  articleId: string;
  /** Exact Jaccard similarity of the two shingle sets. */
  jaccard: number;
  /** Share of the smaller shingle set found in the larger one. */
  containment: number;
}

export interface NearDuplicateOptions {
  /** Words per shingle. Five is long enough that two independent reports of one event rarely share a
   * window outside quotes and names, short enough that a changed word spoils only five windows. */
  shingleSize: number;
  /** MinHash functions per signature; must be bands × rows. */
  permutations: number;
  /** LSH bands. With 128 permutations, 32 bands of 4 rows make a pair a candidate with probability
   * 1 − (1 − J⁴)³²: 0.87 at J = 0.5, 0.9997 at J = 0.8, 0.003 at J = 0.1, so the copies we want
   * (J ≥ 0.5, including a re-post trimmed to half) are found and unrelated articles almost never are. */
  bands: number;
  /** Duplicate when the shingle sets overlap this much. A re-post with a new headline and a few page-junk
   * lines keeps ~0.9 of a 200-word article; a wire copy a sub-editor touched in five places ("signed a deal"
   * for "signed an agreement", a sentence cut) keeps ~0.74 (the sample corpus's Valeport Post copy); two
   * outlets rewriting one event stay below 0.2, even when they share a long quote. */
  jaccardThreshold: number;
  /** …or when this share of the shorter text's shingles is in the longer one: a copy that cuts the last
   * two of six paragraphs has J ≈ 0.67 but containment 1; an edited and trimmed copy keeps ~0.86. */
  containmentThreshold: number;
  /** Containment only counts when the shorter text has at least this many shingles (~45 words): a
   * three-sentence brief that shares a stock sentence with a long article is not a copy of it. */
  minContainmentShingles: number;
}

export const DEFAULT_NEAR_DUPLICATE_OPTIONS: NearDuplicateOptions = {
  shingleSize: 5,
  permutations: 128,
  bands: 32,
  jaccardThreshold: 0.6,
  containmentThreshold: 0.8,
  minContainmentShingles: 40,
};

const WORD = /[\p{L}\p{N}]+/gu;

/** The distinct 32-bit hashes of a text's word shingles, sorted ascending. */
export function shingleHashes(text: string, size = DEFAULT_NEAR_DUPLICATE_OPTIONS.shingleSize): Uint32Array {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`shingle size must be a positive integer, got ${size}`);
  const words = text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
  if (words.length === 0) return new Uint32Array(0);
  const wordHashes = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) wordHashes[i] = fnv1a(words[i]!);
  // Texts shorter than one window still get one shingle (all their words), so a one-line brief can match
  // an identical one-line brief.
  const windows = Math.max(1, words.length - size + 1);
  const width = Math.min(size, words.length);
  const out = new Uint32Array(windows);
  for (let start = 0; start < windows; start++) {
    let h = 0x811c9dc5;
    // Order-sensitive combine: "police arrested the man" and "the man arrested police" differ.
    for (let k = 0; k < width; k++) h = Math.imul(((h << 5) | (h >>> 27)) ^ wordHashes[start + k]!, 0x9e3779b1);
    out[start] = fmix32(h ^ width);
  }
  return sortedDistinct(out);
}

/**
 * MinHash signature of a shingle-hash set: for each function i, the minimum of fmix32(aᵢ·x + bᵢ mod 2³²).
 * The textbook (a·x + b) mod p needs 64-bit products that JS numbers cannot hold exactly; mod 2³² via
 * Math.imul is exact, and the murmur finalizer after it spreads the weak low bits, keeping each function a
 * permutation of the 32-bit space. aᵢ, bᵢ come from a fixed-seed PRNG, so signatures are stable everywhere.
 * An empty set gives all 0xFFFFFFFF.
 */
export function minhashSignature(shingles: Uint32Array, permutations = DEFAULT_NEAR_DUPLICATE_OPTIONS.permutations): Uint32Array {
  const { a, b } = coefficients(permutations);
  const signature = new Uint32Array(permutations).fill(0xffffffff);
  for (let i = 0; i < permutations; i++) {
    const ai = a[i]!;
    const bi = b[i]!;
    let min = 0xffffffff;
    for (let j = 0; j < shingles.length; j++) {
      const h = fmix32((Math.imul(ai, shingles[j]!) + bi) | 0);
      if (h < min) min = h;
    }
    signature[i] = min;
  }
  return signature;
}

/** Jaccard estimated from two signatures of equal length: the share of positions where they agree. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RangeError(`signatures differ in length (${a.length} vs ${b.length})`);
  if (a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Exact Jaccard and containment (intersection over the smaller set) of two sorted distinct hash sets. */
export function compareShingleSets(a: Uint32Array, b: Uint32Array): { jaccard: number; containment: number } {
  if (a.length === 0 || b.length === 0) return { jaccard: 0, containment: 0 };
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return { jaccard: common / (a.length + b.length - common), containment: common / Math.min(a.length, b.length) };
}

/** Which rule makes two shingle sets copies of one text, or null when neither does. */
function duplicateRule(
  comparison: { jaccard: number; containment: number },
  smaller: number,
  options: NearDuplicateOptions,
): 'jaccard' | 'containment' | null {
  // Below minContainmentShingles a text is a brief: one added sentence already moves its Jaccard to ~0.6,
  // so a brief is a copy only when nearly all of it matches (0.8), and containment does not count.
  if (smaller < options.minContainmentShingles) return comparison.jaccard >= Math.max(options.jaccardThreshold, 0.8) ? 'jaccard' : null;
  if (comparison.jaccard >= options.jaccardThreshold) return 'jaccard';
  if (comparison.containment >= options.containmentThreshold) return 'containment';
  return null;
}

/** The number that made a match a duplicate (its Jaccard, or its containment when only that rule held). */
function matchStrength(match: NearDuplicateMatch, options: NearDuplicateOptions): number {
  return match.jaccard >= options.jaccardThreshold ? match.jaccard : match.containment;
}

/**
 * Near-duplicate index over articles, added one at a time. Per article it keeps the sorted shingle-hash
 * set (for exact verification) and its band keys (to unlink it on removal); the band maps hold slot numbers.
 */
export class NearDuplicateIndex {
  private readonly options: NearDuplicateOptions;
  private readonly rows: number;
  /** One map per band: band key → slot, or slots when several articles share the key (rare, so no array). */
  private readonly bandMaps: Map<number, number | number[]>[];
  private readonly slotOf = new Map<string, number>();
  private readonly ids: (string | undefined)[] = [];
  private readonly sets: (Uint32Array | undefined)[] = [];
  /** Band keys of every slot, `bands` per slot, in one growable array to keep per-article overhead low. */
  private bandKeys = new Uint32Array(0);
  private readonly freeSlots: number[] = [];

  constructor(options?: Partial<NearDuplicateOptions>) {
    this.options = { ...DEFAULT_NEAR_DUPLICATE_OPTIONS, ...options };
    const { permutations, bands } = this.options;
    if (!Number.isInteger(bands) || bands < 1 || !Number.isInteger(permutations) || permutations % bands !== 0) {
      throw new RangeError(`near-duplicates: permutations (${permutations}) must be a whole multiple of bands (${bands})`);
    }
    this.rows = permutations / bands;
    this.bandMaps = Array.from({ length: bands }, () => new Map<number, number | number[]>());
  }

  get size(): number {
    return this.slotOf.size;
  }

  /** Adds an article and returns the already-indexed articles it duplicates, best first. Re-adding an id
   * replaces its earlier text. Cost is independent of index size except for true candidates. */
  add(input: DuplicateCandidateInput): NearDuplicateMatch[] {
    this.remove(input.id);
    const set = shingleHashes(input.text, this.options.shingleSize);
    const keys = this.keysOf(set);
    const matches = this.verify(set, keys);
    const slot = this.freeSlots.pop() ?? this.ids.length;
    this.ids[slot] = input.id;
    this.sets[slot] = set;
    this.slotOf.set(input.id, slot);
    if (keys) {
      this.ensureKeyCapacity(slot + 1);
      this.bandKeys.set(keys, slot * this.options.bands);
      for (let band = 0; band < keys.length; band++) {
        const map = this.bandMaps[band]!;
        const key = keys[band]!;
        const held = map.get(key);
        if (held === undefined) map.set(key, slot);
        else if (typeof held === 'number') map.set(key, [held, slot]);
        else held.push(slot);
      }
    }
    return matches;
  }

  /** Matches for a text without adding it. */
  query(text: string): NearDuplicateMatch[] {
    const set = shingleHashes(text, this.options.shingleSize);
    return this.verify(set, this.keysOf(set));
  }

  /** Forgets an article; an unknown id is a no-op. */
  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    if (this.sets[slot]!.length > 0) {
      const base = slot * this.options.bands;
      for (let band = 0; band < this.options.bands; band++) {
        const map = this.bandMaps[band]!;
        const key = this.bandKeys[base + band]!;
        const held = map.get(key);
        if (held === slot) map.delete(key);
        else if (Array.isArray(held)) {
          const rest = held.filter((s) => s !== slot);
          if (rest.length === 1) map.set(key, rest[0]!);
          else map.set(key, rest);
        }
      }
    }
    this.slotOf.delete(id);
    this.ids[slot] = undefined;
    this.sets[slot] = undefined;
    this.freeSlots.push(slot);
  }

  /** Band keys of a set, or null for a text without words (nothing to compare, so never a candidate). */
  private keysOf(set: Uint32Array): Uint32Array | null {
    if (set.length === 0) return null;
    const signature = minhashSignature(set, this.options.permutations);
    const keys = new Uint32Array(this.options.bands);
    for (let band = 0; band < keys.length; band++) {
      let h = 0x811c9dc5;
      for (let r = band * this.rows; r < (band + 1) * this.rows; r++) h = Math.imul(h ^ signature[r]!, 0x01000193);
      keys[band] = fmix32(h);
    }
    return keys;
  }

  private verify(set: Uint32Array, keys: Uint32Array | null): NearDuplicateMatch[] {
    if (!keys) return [];
    const candidates = new Set<number>();
    for (let band = 0; band < keys.length; band++) {
      const held = this.bandMaps[band]!.get(keys[band]!);
      if (held === undefined) continue;
      if (typeof held === 'number') candidates.add(held);
      else for (const s of held) candidates.add(s);
    }
    const matches: NearDuplicateMatch[] = [];
    for (const slot of candidates) {
      const other = this.sets[slot]!;
      const comparison = compareShingleSets(set, other);
      if (duplicateRule(comparison, Math.min(set.length, other.length), this.options)) {
        matches.push({ articleId: this.ids[slot]!, ...comparison });
      }
    }
    return matches.sort(
      (x, y) =>
        matchStrength(y, this.options) - matchStrength(x, this.options) ||
        y.jaccard - x.jaccard ||
        compareStrings(x.articleId, y.articleId),
    );
  }

  private ensureKeyCapacity(slots: number): void {
    const needed = slots * this.options.bands;
    if (this.bandKeys.length >= needed) return;
    const grown = new Uint32Array(Math.max(needed, this.bandKeys.length * 2, 64 * this.options.bands));
    grown.set(this.bandKeys);
    this.bandKeys = grown;
  }
}

/** Batch: every group of near-duplicates (connected components over duplicate pairs) with its canonical
 * copy. Groups come in the order of their first member in `inputs`; singletons are left out. */
export function findDuplicateGroups(
  inputs: readonly DuplicateCandidateInput[],
  options?: Partial<NearDuplicateOptions>,
): DuplicateGroup[] {
  const settings = { ...DEFAULT_NEAR_DUPLICATE_OPTIONS, ...options };
  const index = new NearDuplicateIndex(settings);
  const position = new Map<string, number>();
  const parent: number[] = [];
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  inputs.forEach((input, i) => {
    if (position.has(input.id)) throw new RangeError(`near-duplicates: article id ${input.id} appears twice`);
    position.set(input.id, i);
    parent[i] = i;
    for (const match of index.add(input)) parent[root(position.get(match.articleId)!)] = root(i);
  });

  const components = new Map<number, number[]>();
  inputs.forEach((_, i) => {
    const r = root(i);
    const members = components.get(r);
    if (members) members.push(i);
    else components.set(r, [i]);
  });

  const groups: { first: number; group: DuplicateGroup }[] = [];
  for (const members of components.values()) {
    if (members.length < 2) continue;
    const copies = members.map((i) => inputs[i]!);
    const canonical = chooseCanonical(copies);
    const canonicalInput = copies.find((c) => c.id === canonical.id)!;
    const canonicalSet = shingleHashes(canonicalInput.text, settings.shingleSize);
    const others = copies
      .filter((c) => c.id !== canonical.id)
      .map((c, order) => {
        const set = shingleHashes(c.text, settings.shingleSize);
        const comparison = compareShingleSets(canonicalSet, set);
        // A member linked to the canonical only through another copy (A≈B≈C, A≉C) keeps its Jaccard with it.
        const rule = duplicateRule(comparison, Math.min(set.length, canonicalSet.length), settings);
        return { articleId: c.id, similarity: rule === 'containment' ? comparison.containment : comparison.jaccard, order };
      })
      .sort((x, y) => y.similarity - x.similarity || x.order - y.order)
      .map(({ articleId, similarity }) => ({ articleId, similarity }));
    groups.push({
      first: Math.min(...members),
      group: { canonicalId: canonical.id, members: [{ articleId: canonical.id, similarity: 1 }, ...others], reason: canonical.reason },
    });
  }
  return groups.sort((x, y) => x.first - y.first).map((g) => g.group);
}

type Criterion = {
  compare: (x: DuplicateCandidateInput, y: DuplicateCandidateInput) => number;
  reason: (winner: DuplicateCandidateInput) => string;
};

// The first copy out is the likeliest original: outlets re-post wire copy after it appears, and a later
// fetch of the same page adds nothing. Longer text breaks remaining ties because re-posts trim, not add.
const CANONICAL_ORDER: Criterion[] = [
  { compare: (x, y) => compareMoments(x.published, y.published), reason: (w) => `earliest published (${w.published})` },
  { compare: (x, y) => compareMoments(x.ingestedAt ?? null, y.ingestedAt ?? null), reason: (w) => `earliest ingested (${w.ingestedAt})` },
  { compare: (x, y) => y.text.length - x.text.length, reason: (w) => `longest text (${w.text.length} characters)` },
  { compare: (x, y) => compareStrings(x.id, y.id), reason: (w) => `smallest id (${w.id})` },
];

/**
 * The canonical copy among members: earliest published (a date-only value and a datetime compare on the
 * date part), then earliest ingestedAt, then the longest text, then the smallest id. The reason names the
 * criterion that set the winner apart from the runner-up, e.g. "earliest published (2026-03-03)".
 */
export function chooseCanonical(members: readonly DuplicateCandidateInput[]): { id: string; reason: string } {
  if (members.length === 0) throw new RangeError('chooseCanonical needs at least one member');
  const ranked = [...members].sort((x, y) => {
    for (const criterion of CANONICAL_ORDER) {
      const c = criterion.compare(x, y);
      if (c !== 0) return c;
    }
    return 0;
  });
  const winner = ranked[0]!;
  const runnerUp = ranked[1];
  if (!runnerUp) return { id: winner.id, reason: 'only copy' };
  const deciding = CANONICAL_ORDER.find((c) => c.compare(winner, runnerUp) !== 0) ?? CANONICAL_ORDER[CANONICAL_ORDER.length - 1]!;
  return { id: winner.id, reason: deciding.reason(winner) };
}

/** Earlier first, missing last. When either side is a bare date, only the date parts are compared
 * (2026-03-03 and 2026-03-03T09:00Z tie); two datetimes compare as instants, so offsets count. */
function compareMoments(x: string | null, y: string | null): number {
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/;
  if (dateOnly.test(x) || dateOnly.test(y)) return compareStrings(x.slice(0, 10), y.slice(0, 10));
  const tx = Date.parse(x);
  const ty = Date.parse(y);
  // An unparseable value still orders deterministically by its text rather than counting as a tie.
  if (Number.isNaN(tx) || Number.isNaN(ty)) return compareStrings(x, y);
  return tx - ty;
}

function compareStrings(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** FNV-1a over a word's UTF-16 code units. */
function fnv1a(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** MurmurHash3's 32-bit finalizer: a bijection that lets every input bit affect every output bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function sortedDistinct(values: Uint32Array): Uint32Array {
  values.sort();
  let n = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[n - 1]) values[n++] = values[i]!;
  return values.slice(0, n);
}

/**
 * Multipliers (odd, so a·x mod 2³² is a bijection) and offsets from a fixed-seed splitmix32 stream, made
 * once per number of permutations (one, in practice).
 */
const coefficients = boundedMemo((permutations: number): { a: Uint32Array; b: Uint32Array } => {
  if (!Number.isInteger(permutations) || permutations < 1) throw new RangeError(`permutations must be a positive integer, got ${permutations}`);
  let state = 0x2545f491;
  const next = (): number => {
    state = (state + 0x9e3779b9) | 0;
    return fmix32(state);
  };
  const a = new Uint32Array(permutations);
  const b = new Uint32Array(permutations);
  for (let i = 0; i < permutations; i++) {
    a[i] = next() | 1;
    b[i] = next();
  }
  return { a, b };
}, 16);
