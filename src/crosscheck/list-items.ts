// The items of a coordinated list, each a fact of its own: "The plan expands ferry service, sets a fare cap
// and makes Founders Day a port holiday" states three things, and another outlet may report only one of them,
// in a list of its own ("proposals declaring Founders Day a port holiday, …"). A long sentence's words drown
// one item's, so items are compared item by item: enough of one item's words, matched through WordNet, in
// an item of another outlet's list. An item only another outlet also states becomes a claim (claim-ledger.ts).
import type { WordMatch } from '../core/crosscheck.js';
import { isKnownVerb } from '../text/index.js';
import { matchWords } from './paraphrase.js';
import { collectByRoot, rootFinder } from './union-find.js';

/** One item of a list: its words as the sentence gives them. */
export interface ListItem {
  text: string;
}

/** A list has this many items at least: "A and B" is one coordination, "A, B and C" a list. */
const MIN_ITEMS = 3;

/**
 * The sentence's top-level comma segments: commas inside parentheses or quotation marks, and a thousands
 * separator ("1,000"), do not split.
 */
function commaSegments(sentence: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let from = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '"' || c === '“' || c === '”') quoted = c === '“' ? true : c === '”' ? false : !quoted;
    else if (c === ',' && depth === 0 && !quoted && !/\d/.test(sentence[i + 1] ?? '')) {
      out.push(sentence.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(sentence.slice(from).replace(/[.!?]+\s*$/, '').trim());
  return out.filter((s) => s.length > 0);
}

const isVerb = (w: string): boolean => /^[a-z]+$/.test(w) && isKnownVerb(w);

const CONJUNCTION = /^(?:and|or)\s+/i;

/**
 * The last item of a list written without a serial comma ("…, requires candidates to disclose returns and
 * makes Founders Day a holiday"): the segment splits at its last "and"/"or" before a verb, so a coordinated
 * noun ("banks and corporations") stays whole.
 */
function splitLast(segment: string): [string, string] | null {
  const re = /\s(?:and|or)\s+(\S+)/gi;
  let at: { index: number; rest: string } | null = null;
  const verbFirst = isVerb(segment.split(/\s+/)[0] ?? '');
  for (const m of segment.matchAll(re)) {
    const word = m[1]!.toLowerCase().replace(/[^\p{L}-]/gu, '');
    // A bare verb ("… strengthen ethics law and end gerrymandering") when the segment opens with a verb too.
    if (isVerb(word) && (/(?:s|ed|ing)$/.test(word) || verbFirst)) at = { index: m.index!, rest: segment.slice(m.index! + m[0].length - m[1]!.length) };
  }
  return at ? [segment.slice(0, at.index).trim(), at.rest.trim()] : null;
}

/**
 * The items of the sentence's list, or [] when it has none: the comma segments before a final segment
 * opened by "and"/"or" (or split at its verb's "and"), at least three in all. The first segment keeps the
 * sentence's head ("It institutes a public financing system"): its own words still say its item.
 */
export function listItems(sentence: string): ListItem[] {
  const segments = commaSegments(sentence);
  if (segments.length < MIN_ITEMS - 1) return [];
  const last = segments[segments.length - 1]!;
  let items: string[];
  // Items are parallel (shapeOf): with a serial comma the item before the last opens as the last does
  // ("registering …, and restoring …"); without one, the two halves of the last segment and every segment
  // between the first and the last ("… expand access, create …, restore … and end …").
  if (CONJUNCTION.test(last)) {
    items = [...segments.slice(0, -1), last.replace(CONJUNCTION, '')];
    if (shapeOf(items[items.length - 2]!) !== shapeOf(items[items.length - 1]!)) return [];
  } else {
    const split = splitLast(last);
    if (!split) return [];
    const shape = shapeOf(split[0]);
    if (shapeOf(split[1]) !== shape || segments.slice(1, -1).some((x) => shapeOf(x) !== shape)) return [];
    items = [...segments.slice(0, -1), ...split];
  }
  if (items.length < MIN_ITEMS) return [];
  return items.map((text) => ({ text }));
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those']);

/**
 * How an item opens, adverbs skipped: list items are parallel ("requires …" / "makes …", "registering …" /
 * "restoring …", "the ethics laws …" / "the creation of …"), while an apposition between commas is not an item
 * ("Molander, then Karsland’s trade minister, walked the quays and opened talks": "then …" / "opened …").
 */
function shapeOf(item: string): string {
  const words = item.toLowerCase().split(/\s+/).filter((w) => !/ly$/.test(w));
  const w = (words[0] ?? '').replace(/[^\p{L}-]/gu, '');
  if (DETERMINERS.has(w)) return 'determiner';
  // An -ing form opens a gerund item whether or not the verb list knows its verb ("registering").
  if (/^[a-z]{3,}ing$/.test(w)) return 'ing';
  if (!isVerb(w)) return 'other';
  return /ed$/.test(w) ? 'ed' : /s$/.test(w) ? 'verb-s' : 'verb';
}

/** Words an item needs to be compared: fewer ("at nearly 700 pages", "the majority leader") say no fact. */
export const MIN_ITEM_WORDS = 3;
/** Matched words two items need, at least two of them the same word or its derived form: "federal", "holiday", "election". */
const MIN_MATCHED = 3;
const MIN_SAME = 2;
/**
 * Share of the shorter item's words that must find a partner: "makes Founders Day a port holiday" /
 * "declaring Founders Day a port holiday" match all of theirs, "reopen harbour pilot stations to
 * thousands of crews" / "reopening harbour pilot stations closed since spring" three of five; two items
 * that only share a topic ("it sets up a public funding system for council races" / "critics said the
 * public funding of council campaigns was costly": public, funding, council of six) fall below it.
 */
const MIN_SHARE = 0.6;

/** The matched words of two list items that state one thing, or null. */
export function itemsMatch(a: readonly string[], b: readonly string[]): WordMatch[] | null {
  if (a.length < MIN_ITEM_WORDS || b.length < MIN_ITEM_WORDS) return null;
  const words = matchWords(a, b);
  const same = words.filter((w) => w.how === 'same lemma' || w.how === 'derived form').length;
  const firm = words.filter((w) => w.how !== 'hypernym').length;
  if (firm < MIN_MATCHED || same < MIN_SAME || firm / Math.min(a.length, b.length) < MIN_SHARE) return null;
  return words;
}

/** Letters of a word that key it for finding candidate pairs: "restore" / "restoring", "felons" / "felony" meet. */
const KEY_LETTERS = 5;
/**
 * A key more items than this share is too common to pair by (a big story's word every list repeats); the
 * items still meet on their rarer words.
 */
const POSTING_LIMIT = 200;

/**
 * Groups items transitively by `link`, comparing only items of different articles that share two word keys
 * (the least two matching items share): a story of hundreds of articles has thousands of list items, and
 * weighing every pair through WordNet took longer than the rest of its cross-check.
 */
export function groupItems<F>(facts: readonly F[], wordsOf: (f: F) => readonly string[], articleOf: (f: F) => string, link: (a: F, b: F) => boolean): F[][] {
  const n = facts.length;
  const postings = new Map<string, number[]>();
  facts.forEach((f, i) => {
    for (const key of new Set(wordsOf(f).map((w) => w.slice(0, KEY_LETTERS)))) {
      const posting = postings.get(key);
      if (posting) posting.push(i);
      else postings.set(key, [i]);
    }
  });
  const article = facts.map(articleOf);
  const shared = new Map<number, number>();
  for (const posting of postings.values()) {
    if (posting.length < 2 || posting.length > POSTING_LIMIT) continue;
    for (let x = 0; x < posting.length; x++) {
      for (let y = x + 1; y < posting.length; y++) {
        const [i, j] = [posting[x]!, posting[y]!];
        if (article[i] !== article[j]) shared.set(i * n + j, (shared.get(i * n + j) ?? 0) + 1);
      }
    }
  }
  const parent = facts.map((_, i) => i);
  const find = rootFinder(parent);
  for (const [pair, count] of shared) {
    if (count < MIN_SAME) continue;
    const [i, j] = [Math.floor(pair / n), pair % n];
    const [ri, rj] = [find(i), find(j)];
    if (ri !== rj && link(facts[i]!, facts[j]!)) parent[rj] = ri;
  }
  return collectByRoot(facts.length, find, (i) => [facts[i]!]);
}
