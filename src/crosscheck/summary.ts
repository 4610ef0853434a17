// The story's summary: a few of the sources' own sentences that together say what happened, so the
// dossier never puts words in an outlet's mouth. Each sentence carries the other outlets' sentences
// that state the same corroborated claim, so a reader sees at once how well it is backed.
//
// How it works: candidates are the sentences of independent articles (a wire re-post repeats its
// original), minus those that cannot stand alone in a summary: the contradicting side of a conflicting
// claim, sentences that are mostly a quotation, shorter than six words, questions or teasers, and
// sentences opening with a pronoun that points back to a sentence the summary may not carry.
// Relevance = centrality (cosine of the sentence's content-word vector, words weighted by rarity among
// the story's sentences, to the story centroid, each article weighing the same) + a boost for evidence
// of corroborated claims (growing with the number of sources) + a small bonus for the lead. Maximal
// marginal relevance (λ = 0.7) picks 4–8 sentences (more for bigger stories); redundancy is the
// highest cosine to a chosen sentence or the share of the sentence's claims already stated, and a
// sentence that repeats (redundancy ≥ 0.7, or any claim already stated) is taken only when nothing new
// is left. The chosen ones are put in reading order: earliest-published article first, lead first
// within an article.
import type { AlignedClaim, CrossCheckArticle, EvidenceRef, SummarySentence } from '../core/crosscheck.js';
import type { Article } from '../core/types.js';
import { addUnit, cosineOfNormed, termVector, vectorNorm, type TermVector } from '../text/index.js';
import { evidenceOf } from './evidence.js';
import { readingOrder } from './reading-order.js';
import { sameFact, sameFactInWords, sentenceAnchors, type FactSentence } from './summary-same-fact.js';

/** MMR trade-off: relevance against redundancy with the sentences already chosen. */
const LAMBDA = 0.7;
/**
 * Claims whose supporting sentences several independent sources back: corroborated ones, and the side of
 * a conflict that two or more sources take (the other side is never used).
 */
function corroborates(c: AlignedClaim): boolean {
  return c.status === 'corroborated' || (c.status === 'conflicting' && c.sources.length >= 2);
}

/** Boost for evidence of a corroborated claim: this times log2(sources) (2 sources → 0.15, 4 → 0.3, 8 → 0.45). */
const CORROBORATION_WEIGHT = 0.15;
/** The lead sentence's bonus; it falls linearly to nothing at the sixth sentence. */
const LEAD_BONUS = 0.1;
const LEAD_SENTENCES = 5;
/** Sentences shorter than this many words rarely state a fact by themselves. */
const MIN_WORDS = 6;
/** A sentence at least this share quoted is a quotation: the quote ledger shows those. */
const MAX_QUOTED_SHARE = 0.5;
/** Redundancy from which a sentence counts as a repeat (all its claims, or most of its words, said). */
const REPEATS = 0.7;
/** Share of the story's sentences from which a name, figure or date is too common to anchor a fact. */
const COMMON_ANCHOR = 1 / 3;
/** …and at least this many: in a story of a dozen sentences, four naming the governor still anchor. */
const MIN_COMMON = 5;
const DEFAULT_MIN = 4;
const DEFAULT_MAX = 8;

const key = (articleId: string, sentenceIndex: number): string => `${articleId}#${sentenceIndex}`;

/** The share of a sentence's characters inside quotation marks or inside an annotated quote. */
function quotedShare(article: Article, index: number): number {
  const s = article.sentences[index]!;
  const length = s.end - s.start;
  if (length <= 0) return 0;
  const quoted = new Array<boolean>(length).fill(false);
  for (const q of article.annotations.quotes) {
    for (let i = Math.max(q.start, s.start); i < Math.min(q.end, s.end); i++) quoted[i - s.start] = true;
  }
  for (const m of s.text.matchAll(/“[^”]*”?|"[^"]*"?|«[^»]*»?/g)) {
    for (let i = m.index; i < m.index + m[0].length; i++) quoted[i] = true;
  }
  return quoted.filter(Boolean).length / length;
}

const TEASER_START = /^(?:here['’]s|here is|here are|what (?:we|you) (?:know|need)|read (?:more|the)|watch|listen|click|sign up|subscribe|follow)\b/i;
const POINTING_PRONOUN = /^(?:he|she|it|they|this|these|those|that|his|her|its|their|him|them)\b/i;

/** Whether a text has at least `n` words (it stops counting at `n`: asked for every sentence of the story). */
function hasWords(text: string, n: number): boolean {
  const word = /[\p{L}\p{N}]+/gu;
  let count = 0;
  while (count < n && word.exec(text)) count++;
  return count >= n;
}

/** Why a sentence cannot stand in the summary, or null when it can. */
function unusable(article: Article, index: number): string | null {
  const text = article.sentences[index]!.text.trim();
  if (!hasWords(text, MIN_WORDS)) return 'short';
  const end = text.replace(/[\s"'”’»)\]]+$/u, '');
  if (/[?:]$/.test(end) || TEASER_START.test(text)) return 'question or teaser';
  if (POINTING_PRONOUN.test(text)) return 'opens with a pronoun';
  if (quotedShare(article, index) >= MAX_QUOTED_SHARE) return 'quotation';
  return null;
}

interface Candidate extends FactSentence {
  rank: number;
  relevance: number;
}

/** What the chosen sentences say of one candidate, updated as each sentence is chosen (not re-read per round). */
interface Said {
  /** The highest cosine of the candidate to a chosen sentence. */
  closest: number;
  /** Whether a chosen sentence states its fact in other words. */
  sameFact: boolean;
}

/**
 * How much of candidate `c` the chosen sentences already say: 1 when it states the same fact as one of
 * them in other words (summary-same-fact.ts: shared names, figures and dates with enough words in
 * common), else the highest cosine of its words to one, or the share of its claims they state, whichever
 * is higher. Outlets word one fact in many ways ("put their names to a deal", "signed the accord").
 */
function redundancy(c: Candidate, said: Said, claimsSaid: ReadonlySet<string>): { share: number; restates: boolean } {
  if (said.sameFact) return { share: 1, restates: true };
  let shared = 0;
  for (const id of c.claims) if (claimsSaid.has(id)) shared++;
  return { share: Math.max(said.closest, c.claims.size > 0 ? shared / c.claims.size : 0), restates: shared > 0 };
}

/** What is said of `c` once `d` (at cosine `cos` to it) is chosen too. */
function hear(said: Said, c: Candidate, d: Candidate, cos: number): void {
  if (said.sameFact) return;
  if (sameFactInWords(c, d, cos)) said.sameFact = true;
  else said.closest = Math.max(said.closest, cos);
}

/**
 * A name, figure or date that a third or more of the story's sentences (five at least) carry tells no fact from another
 * (the visiting minister, the day of the visit): only the rarer ones anchor a fact.
 */
function dropCommonAnchors(sentences: readonly FactSentence[]): void {
  const df = new Map<string, number>();
  for (const s of sentences) for (const a of s.anchors) df.set(a, (df.get(a) ?? 0) + 1);
  const common = new Set([...df].filter(([, n]) => n >= Math.max(MIN_COMMON, sentences.length * COMMON_ANCHOR)).map(([a]) => a));
  if (common.size) for (const s of sentences) for (const a of common) s.anchors.delete(a);
}

/** How many sentences a story of `articles` independent articles gets: 4 for one, one more per two more, within [min, max]. */
export function summaryLength(articles: number, min = DEFAULT_MIN, max = DEFAULT_MAX): number {
  const scaled = DEFAULT_MIN + Math.floor(Math.max(0, articles - 1) / 2);
  return Math.max(min, Math.min(max, scaled));
}

/** Chooses the story's extractive summary (see the file comment). */
export function chooseSummary(
  members: readonly CrossCheckArticle[],
  claims: readonly AlignedClaim[],
  options: { min?: number; max?: number } = {},
): SummarySentence[] {
  const independent = members.filter((m) => m.copyOf === null);
  const pool = independent.length > 0 ? independent : [...members];
  const order = readingOrder(members);
  const byId = new Map(members.map((m) => [m.article.id, m]));

  const contradicting = new Set<string>();
  const boost = new Map<string, number>();
  /** The claims each sentence states (supports), for redundancy. */
  const stated = new Map<string, Set<string>>();
  for (const c of claims) {
    for (const e of c.evidence) {
      if (e.stance === 'supports') {
        const k = key(e.articleId, e.sentenceIndex);
        stated.set(k, (stated.get(k) ?? new Set()).add(c.id));
      }
      if (c.status === 'conflicting' && e.stance === 'contradicts') contradicting.add(key(e.articleId, e.sentenceIndex));
      if (corroborates(c) && e.stance === 'supports') {
        const b = CORROBORATION_WEIGHT * Math.log2(Math.max(1, c.sources.length));
        const k = key(e.articleId, e.sentenceIndex);
        boost.set(k, Math.max(boost.get(k) ?? 0, b));
      }
    }
  }

  // Words weigh by how rare they are among the story's sentences: the names every sentence repeats
  // ("Port Elan", "Karsland") would otherwise make every long sentence central and all of them alike.
  const sentenceVectors = new Map<CrossCheckArticle, TermVector[]>(pool.map((m) => [m, m.article.sentences.map((s) => termVector(s.text))]));
  const df = new Map<string, number>();
  let sentenceCount = 0;
  for (const vs of sentenceVectors.values()) {
    for (const v of vs) {
      sentenceCount++;
      for (const t of v.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    }
  }
  const weigh = (v: TermVector): TermVector => {
    const weighed: TermVector = new Map();
    for (const [t, x] of v) weighed.set(t, x * Math.log(1 + sentenceCount / (df.get(t) ?? 1)));
    return weighed;
  };
  for (const [m, vs] of sentenceVectors) sentenceVectors.set(m, vs.map(weigh));
  // Each weighed vector's norm, read once: a sentence is compared with the centroid, the chosen ones and the backers.
  const norms = new Map<TermVector, number>();
  for (const vs of sentenceVectors.values()) for (const v of vs) norms.set(v, vectorNorm(v));
  const cosine = (a: TermVector, b: TermVector): number => cosineOfNormed(a, norms.get(a)!, b, norms.get(b)!);

  const centroid: TermVector = new Map();
  for (const vs of sentenceVectors.values()) {
    const article: TermVector = new Map();
    for (const v of vs) for (const [t, x] of v) article.set(t, (article.get(t) ?? 0) + x);
    addUnit(centroid, article);
  }
  norms.set(centroid, vectorNorm(centroid));

  // Every usable sentence of the pool is a candidate; every sentence not on a conflict's losing side can back one.
  const candidates: Candidate[] = [];
  const backers: FactSentence[] = [];
  for (const member of pool) {
    const anchors = sentenceAnchors(member);
    member.article.sentences.forEach((s, index) => {
      const k = key(member.article.id, index);
      if (contradicting.has(k)) return;
      const sentence = { member, index, vector: sentenceVectors.get(member)![index]!, claims: stated.get(k) ?? new Set<string>(), anchors: anchors[index]! };
      backers.push(sentence);
      if (unusable(member.article, index) !== null) return;
      const lead = LEAD_BONUS * Math.max(0, 1 - index / LEAD_SENTENCES);
      const relevance = cosine(sentence.vector, centroid) + (boost.get(k) ?? 0) + lead;
      // Field by field, not `{ ...sentence, rank }`: on Node 20 that gives every candidate a shape of its own.
      candidates.push({ member, index, vector: sentence.vector, claims: sentence.claims, anchors: sentence.anchors, rank: order.get(member)!, relevance });
    });
  }
  dropCommonAnchors(backers);
  candidates.sort((a, b) => a.rank - b.rank || a.index - b.index);

  const wanted = Math.min(candidates.length, summaryLength(pool.length, options.min, options.max));
  const chosen: Candidate[] = [];
  const left = [...candidates];
  const said = new Map<Candidate, Said>(candidates.map((c) => [c, { closest: 0, sameFact: false }]));
  const claimsSaid = new Set<string>();
  while (chosen.length < wanted) {
    // MMR; a sentence that says nothing new (every claim already stated, or nearly the same words)
    // waits until no sentence that does is left.
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    let bestRepeats = true;
    left.forEach((c, i) => {
      const r = redundancy(c, said.get(c)!, claimsSaid);
      // A sentence that restates a claim already said repeats it, whatever new it adds: "Strand, the first
      // minister to visit in nine years, is expected to sign a treaty" after "Strand's trip is the first
      // visit in nine years" says the visit twice; another outlet's sentence says the treaty alone.
      const repeats = r.share >= REPEATS || r.restates;
      const score = LAMBDA * c.relevance - (1 - LAMBDA) * r.share;
      if ((bestRepeats && !repeats) || (repeats === bestRepeats && score > bestScore)) {
        best = i;
        bestScore = score;
        bestRepeats = repeats;
      }
    });
    const [picked] = left.splice(best, 1) as [Candidate];
    chosen.push(picked);
    for (const id of picked.claims) claimsSaid.add(id);
    for (const c of left) hear(said.get(c)!, c, picked, cosine(c.vector, picked.vector));
  }
  chosen.sort((a, b) => a.rank - b.rank || a.index - b.index);

  return chosen.map((c) => {
    const article = c.member.article;
    const evidence: EvidenceRef[] = [evidenceOf(article, c.index)];
    const seen = new Set([key(article.id, c.index)]);
    for (const claim of claims) {
      if (!corroborates(claim)) continue;
      if (!claim.evidence.some((e) => e.stance === 'supports' && e.articleId === article.id && e.sentenceIndex === c.index)) continue;
      for (const e of claim.evidence) {
        const k = key(e.articleId, e.sentenceIndex);
        // Evidence names an article of this story; one that is not is left out rather than quoted unchecked.
        const other = byId.get(e.articleId);
        if (e.stance !== 'supports' || e.articleId === article.id || seen.has(k) || !other) continue;
        seen.add(k);
        evidence.push(evidenceOf(other.article, e.sentenceIndex));
      }
    }
    // Then each other article that states the same fact in sentences no claim aligned: its closest one.
    const cited = new Set(evidence.map((e) => e.articleId));
    const best = new Map<CrossCheckArticle, { index: number; cos: number }>();
    for (const b of backers) {
      if (cited.has(b.member.article.id)) continue;
      const cos = cosine(c.vector, b.vector);
      if (cos > (best.get(b.member)?.cos ?? -1) && sameFact(c, b, cos)) best.set(b.member, { index: b.index, cos });
    }
    for (const [member, { index }] of [...best].sort(([a], [b]) => order.get(a)! - order.get(b)!)) evidence.push(evidenceOf(member.article, index));
    return { text: article.sentences[c.index]!.text, evidence };
  });
}
