// WordNet relations of word pairs, remembered by number. Paraphrase alignment asks how two words relate
// for every word pair of every compared pair of facts (millions in a big story, over a vocabulary of a
// few thousand words): each word gets a small integer id once, a word list's ids are read once per list,
// and a pair's relation is then an array index and a map read of an integer.
import { lexicalRelation, type LexicalRelation } from './wordnet.js';

/** A relation as a number, strongest first: 0 none, 1 same lemma, 2 synonym, 3 derived form, 4 hypernym. */
export type RelationCode = 0 | 1 | 2 | 3 | 4;
export const NO_RELATION: RelationCode = 0;
export const SAME_LEMMA: RelationCode = 1;
const RELATIONS: readonly (LexicalRelation | null)[] = [null, 'same lemma', 'synonym', 'derived form', 'hypernym'];
const CODES = new Map<LexicalRelation, RelationCode>([['same lemma', 1], ['synonym', 2], ['derived form', 3], ['hypernym', 4]]);

/** Pairs (and words) remembered before all is forgotten: answers never change, only their cost. */
const MAX_PAIRS = 2_000_000;
const MAX_WORDS = 200_000;

let idOfWord = new Map<string, number>();
let wordOfId: string[] = [];
/** Row of the smaller id of a pair: the larger id → the pair's relation. */
let rows: Map<number, RelationCode>[] = [];
let pairs = 0;
/** Bumped when everything is forgotten: ids read before are no longer valid. */
let generation = 0;
const listIds = new WeakMap<readonly string[], { generation: number; ids: number[] }>();

/**
 * Forgets every id and relation past the bounds. Called before the ids of one comparison are read (never
 * between), so the ids a comparison holds stay valid while it runs.
 */
export function boundWordRelations(): void {
  if (pairs < MAX_PAIRS && wordOfId.length < MAX_WORDS) return;
  idOfWord = new Map();
  wordOfId = [];
  rows = [];
  pairs = 0;
  generation++;
}

function idOf(word: string): number {
  let id = idOfWord.get(word);
  if (id === undefined) {
    id = wordOfId.length;
    idOfWord.set(word, id);
    wordOfId.push(word);
    rows.push(new Map());
  }
  return id;
}

/** The ids of a list of words (lower case), read once per list: lists are not changed after they are made. */
export function wordIds(words: readonly string[]): readonly number[] {
  const known = listIds.get(words);
  if (known && known.generation === generation) return known.ids;
  const ids = words.map(idOf);
  listIds.set(words, { generation, ids });
  return ids;
}

/** How the words of two ids relate (`lexicalRelation`, which is symmetric), computed once per pair. */
export function relationCode(a: number, b: number): RelationCode {
  if (a === b) return SAME_LEMMA;
  const lo = a < b ? a : b;
  const hi = a < b ? b : a;
  const row = rows[lo]!;
  let code = row.get(hi);
  if (code === undefined) {
    const how = lexicalRelation(wordOfId[lo]!, wordOfId[hi]!);
    code = how === null ? NO_RELATION : CODES.get(how)!;
    row.set(hi, code);
    pairs++;
  }
  return code;
}

/** The relation a code stands for (never called with NO_RELATION). */
export function relationName(code: RelationCode): LexicalRelation {
  return RELATIONS[code]!;
}
