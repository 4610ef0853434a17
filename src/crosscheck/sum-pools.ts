// The pool a sum of money is told as taken from: "divert €40 million from harbour dredging projects", "money from
// the port board’s harbour dredging budget, to the tune of €38 million". Two outlets that give one pool by its
// purpose in the same two words (harbour dredging) speak of one sum, however the rest of their sentences differ:
// the sums align, and two amounts that cannot both hold contradict each other.
//
// Steps, each with its example:
//   1. the pool's words: the noun phrase after the figure's "from" ("€40 million from harbour dredging
//      projects"), or before a link that says "amounting to" ("… dredging budget, to the tune of €38 million",
//      lexicon/crosscheck.json `amountLinks`);
//   2. words that name a pool without saying which (budget, projects, funds, government …: `sumContainers`)
//      are dropped from its end ("harbour dredging projects" → harbour dredging);
//   3. the pool is its last two words, both written in lower case: a purpose, not a name ("from the Velsand
//      treasury" is a payer, and two payments from one payer are often two sums). Fewer words say too little.
import { crosscheckLexicon } from '../config/lexicons.js';
import { once } from '../core/lazy.js';
import { contentTerms, isWord, tokenize, type Token } from '../text/index.js';
import type { QuantityFact } from './facts.js';
import { collectByRoot, rootFinder } from './union-find.js';

const words = once(() => {
  const lex = crosscheckLexicon();
  return {
    links: lex.amountLinks.map((l) => l.split(/\s+/)).sort((a, b) => b.length - a.length),
    containers: new Set(lex.sumContainers),
  };
});

const CURRENCIES = new Set(['€', '$', '£']);
/** Words a pool's noun phrase may open with: "from the harbour dredging budget". */
const OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);
/** A pool is named in a few words; a longer run of content words is a clause, not a noun phrase. */
const MAX_WORDS = 6;

/** A noun phrase's word: a word with content (no stopword), not a number. */
function contentWord(t: Token): boolean {
  return isWord(t) && !/\d/.test(t.text) && contentTerms(t.text).length > 0;
}

/** The content words of the noun phrase starting at token `i` (after any opener), in text order. */
function phraseAfter(tokens: readonly Token[], i: number): Token[] {
  let at = i;
  while (at < tokens.length && OPENERS.has(tokens[at]!.lower)) at++;
  const out: Token[] = [];
  for (; at < tokens.length && out.length <= MAX_WORDS && contentWord(tokens[at]!); at++) {
    // "from harbour dredging funds appropriated last year": a participle after a head noun opens a clause
    // ("harbour dredging" itself is a noun's modifier and a gerund).
    const previous = out[out.length - 1]?.lower ?? '';
    if ((words().containers.has(previous) || previous.endsWith('s')) && /(?:ing|ed)$/.test(tokens[at]!.lower) && !words().containers.has(tokens[at]!.lower)) break;
    out.push(tokens[at]!);
  }
  return out;
}

/** The content words of the noun phrase ending just before token `i`, in text order. */
function phraseBefore(tokens: readonly Token[], i: number): Token[] {
  const out: Token[] = [];
  for (let at = i - 1; at >= 0 && out.length <= MAX_WORDS && contentWord(tokens[at]!); at--) out.unshift(tokens[at]!);
  return out;
}

/** The link ("to the tune of", "totaling") that ends right before token `i`: its first token's index, else -1. */
function linkBefore(tokens: readonly Token[], i: number): number {
  for (const link of words().links) {
    const at = i - link.length;
    if (at >= 0 && link.every((w, k) => tokens[at + k]!.lower === w)) return at;
  }
  return -1;
}

/** The pool's key: its last two words after the containers, both in lower case; null when it names no purpose. */
function poolKey(phrase: readonly Token[]): string | null {
  if (phrase.length > MAX_WORDS) return null;
  const kept = [...phrase];
  while (kept.length > 0 && words().containers.has(kept[kept.length - 1]!.lower.replace(/['’]s$/, ''))) kept.pop();
  if (kept.length < 2) return null;
  const pair = kept.slice(-2);
  if (pair.some((t) => t.text !== t.text.toLowerCase())) return null;
  return pair.map((t) => contentTerms(t.text)[0]).join(' ');
}

const pools = new WeakMap<QuantityFact, string | null>();

/** The pool a sum is told as taken from (see the steps above), or null. */
export function sumPool(f: QuantityFact): string | null {
  const known = pools.get(f);
  if (known !== undefined) return known;
  let pool: string | null = null;
  const s = f.member.article.sentences[f.sentenceIndex];
  if (s && CURRENCIES.has(f.unit)) {
    const tokens = tokenize(s.text, s.start);
    const first = tokens.findIndex((t) => t.start >= f.quantity.start);
    const last = tokens.findIndex((t) => t.start >= f.quantity.end);
    if (last >= 0 && tokens[last]!.lower === 'from') pool = poolKey(phraseAfter(tokens, last + 1));
    if (pool === null && first > 0) {
      const link = linkBefore(tokens, first);
      if (link > 0) pool = poolKey(phraseBefore(tokens, tokens[link - 1]!.text === ',' ? link - 1 : link));
    }
  }
  pools.set(f, pool);
  return pool;
}

/** Whether two sums of one currency are told as taken from one pool ("harbour dredging"). */
export function samePool(f: QuantityFact, g: QuantityFact): boolean {
  if (f.unit !== g.unit) return false;
  const pf = sumPool(f);
  return pf !== null && pf === sumPool(g);
}

/** A pool named this often in one story is a refrain of its sums (a story about that budget), not one sum. */
const MAX_POSTING = 12;

/**
 * Joins aligned figure groups that hold sums of different articles told as taken from one pool. Run after the
 * paraphrase join: a sum joined earlier would carry its group's words into it, and pull in another sum of the
 * same sentences ("$2.5 billion from …") that only shares their topic.
 */
export function joinSamePools(groups: readonly QuantityFact[][]): QuantityFact[][] {
  const parent = groups.map((_, i) => i);
  const find = rootFinder(parent);
  const byPool = new Map<string, { fact: QuantityFact; group: number }[]>();
  groups.forEach((group, i) => {
    for (const fact of group) {
      const pool = sumPool(fact);
      if (pool === null) continue;
      const key = `${fact.unit}|${pool}`;
      byPool.set(key, [...(byPool.get(key) ?? []), { fact, group: i }]);
    }
  });
  for (const posting of byPool.values()) {
    if (posting.length > MAX_POSTING) continue;
    for (let x = 0; x < posting.length; x++) {
      for (let y = x + 1; y < posting.length; y++) {
        const [p, q] = [posting[x]!, posting[y]!];
        if (p.fact.member.article.id === q.fact.member.article.id) continue;
        const [rp, rq] = [find(p.group), find(q.group)];
        if (rp !== rq) parent[rq] = rp;
      }
    }
  }
  return collectByRoot(groups.length, find, (i) => groups[i]!);
}
