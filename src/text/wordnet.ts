// How two words relate in WordNet, for the cross-check's paraphrase alignment: "trip"/"visit",
// "pact"/"agreement", "executives"/"leaders", "agree"/"agreement". A word is looked up as a noun and as a
// verb (after WordNet's own suffix rules, "morphy"); its first senses give synonyms, derivationally
// related forms and hypernyms (up to three levels, never the top of the hierarchy: "person", "act" and
// "entity" relate everything). Lookups are remembered per word; the files load on first use.
import { wordNetFiles, type WordNetPos } from '../config/wordnet-files.js';
import { boundedMemo } from '../core/lazy.js';
import { verbLemma } from './verbs.js';

/** How two words matched, strongest first. */
export type LexicalRelation = 'same lemma' | 'synonym' | 'derived form' | 'hypernym';

/** Senses read per word: the frequent ones; rare senses ("visit" as "to afflict") only add false matches. */
const SENSES = 2;
/** Hypernym levels climbed: "executive" → administrator → head → leader. */
const HYPERNYM_LEVELS = 3;
/** A hypernym closer to the root than this says nothing ("person" is 3 below "entity", "leader" 4). */
const MIN_NOUN_DEPTH = 4;

interface Synset {
  words: string[];
  hypernyms: string[];
  /** Derivationally related words ("agree" → "agreement"), with their part of speech. */
  derived: { pos: WordNetPos; offset: string; word: string }[];
}

const POS_LETTER: Record<string, WordNetPos | undefined> = { n: 'noun', v: 'verb' };

/** Binary search of a sorted index file for the line of `lemma`; the synset offsets it lists. */
function indexOffsets(pos: WordNetPos, lemma: string): string[] {
  const buf = wordNetFiles().index[pos];
  const key = Buffer.from(`${lemma} `);
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let start = buf.lastIndexOf(10, mid - 1) + 1;
    if (start < 0) start = 0;
    let end = buf.indexOf(10, start);
    if (end < 0) end = buf.length;
    // The licence header's lines start with two spaces and sort before every lemma.
    const cmp = buf[start] === 32 ? -1 : Buffer.compare(buf.subarray(start, Math.min(end, start + key.length)), key);
    if (cmp === 0) return parseIndexLine(buf.toString('latin1', start, end));
    if (cmp < 0) lo = end + 1;
    else hi = start;
  }
  return [];
}

function parseIndexLine(line: string): string[] {
  const f = line.trim().split(' ');
  const synsets = Number(f[2]);
  const pointers = Number(f[3]);
  return f.slice(4 + pointers + 2, 4 + pointers + 2 + synsets);
}

const synsetOf = boundedMemo((id: string): Synset => {
  const [pos, offset] = id.split(':') as [WordNetPos, string];
  const buf = wordNetFiles().data[pos];
  const start = Number(offset);
  const end = buf.indexOf(10, start);
  const f = buf.toString('latin1', start, end < 0 ? buf.length : end).split(' ');
  const wordCount = parseInt(f[3]!, 16);
  const words = Array.from({ length: wordCount }, (_, i) => f[4 + i * 2]!.toLowerCase().replace(/\(.*\)$/, ''));
  let k = 4 + wordCount * 2;
  const pointers = Number(f[k++]);
  const hypernyms: string[] = [];
  const derived: Synset['derived'] = [];
  for (let i = 0; i < pointers; i++, k += 4) {
    const [symbol, target, letter, st] = [f[k]!, f[k + 1]!, f[k + 2]!, f[k + 3]!];
    const targetPos = POS_LETTER[letter];
    if (!targetPos) continue;
    if ((symbol === '@' || symbol === '@i') && targetPos === pos) hypernyms.push(`${pos}:${target}`);
    if (symbol === '+') derived.push({ pos: targetPos, offset: target, word: st.slice(2) });
  }
  return { words, hypernyms, derived: derived.map((d) => ({ ...d, word: d.word })) };
}, 20_000);

/**
 * The lemmas WordNet lists a word under, by its suffix rules ("executives" → executive, "talked" → talk);
 * a form that is a lemma of its own is kept too ("leaders" is also a noun for the leadership).
 */
export function wordNetLemmas(word: string, pos: WordNetPos): string[] {
  const w = word.toLowerCase();
  const out = indexOffsets(pos, w).length ? [w] : [];
  const rules: [string, string][] = pos === 'noun'
    ? [['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'], ['s', '']]
    : [['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['s', '']];
  if (pos === 'verb') {
    const lemma = verbLemma(w);
    if (lemma !== w && indexOffsets(pos, lemma).length) out.push(lemma);
  }
  for (const [suffix, repl] of rules) {
    if (!w.endsWith(suffix) || w.length <= suffix.length + 2) continue;
    const base = w.slice(0, -suffix.length) + repl;
    // "planned" → plan: a doubled final consonant.
    const found = indexOffsets(pos, base).length ? base : pos === 'verb' && /(.)\1$/.test(base) && indexOffsets(pos, base.slice(0, -1)).length ? base.slice(0, -1) : null;
    if (found) {
      out.push(found);
      break;
    }
  }
  return [...new Set(out)];
}

/** Distance of a synset from the top of its hierarchy (its shortest hypernym path), capped. */
const depthOf = boundedMemo((id: string): number => {
  let frontier = [id];
  for (let depth = 0; depth < 12; depth++) {
    if (frontier.some((s) => synsetOf(s).hypernyms.length === 0)) return depth;
    const next = frontier.flatMap((s) => synsetOf(s).hypernyms);
    frontier = next;
  }
  return 12;
}, 20_000);

/** What one word relates to: its lemmas, synonyms, derived forms and specific-enough hypernyms. */
export interface WordSenses {
  lemmas: Set<string>;
  synonyms: Set<string>;
  derived: Set<string>;
  /** Words of the hypernym synsets (a generalisation of the word). */
  hypernyms: Set<string>;
}

const EMPTY: WordSenses = { lemmas: new Set(), synonyms: new Set(), derived: new Set(), hypernyms: new Set() };

function sensesOf(word: string): WordSenses {
  const out: WordSenses = { lemmas: new Set(), synonyms: new Set(), derived: new Set(), hypernyms: new Set() };
  for (const pos of ['noun', 'verb'] as const) {
    for (const lemma of wordNetLemmas(word, pos)) out.lemmas.add(lemma);
    for (const offset of wordNetLemmas(word, pos).flatMap((lemma) => indexOffsets(pos, lemma).slice(0, SENSES))) {
      const id = `${pos}:${offset}`;
      const synset = synsetOf(id);
      for (const w of synset.words) out.synonyms.add(w);
      for (const d of synset.derived) {
        const target = synsetOf(`${d.pos}:${d.offset}`);
        const n = parseInt(d.word, 16);
        // A lexical pointer names its target word; a semantic one (00) the whole synset.
        for (const w of n > 0 ? [target.words[n - 1]!] : target.words) out.derived.add(w);
      }
      // Verbs' hierarchies are shallow and their upper verbs vague ("meet" → "come together", "pass" → "go"): nouns only.
      let level = pos === 'noun' ? synset.hypernyms : [];
      for (let i = 0; i < HYPERNYM_LEVELS && level.length; i++) {
        for (const h of level) {
          if (depthOf(h) < MIN_NOUN_DEPTH) continue;
          for (const w of synsetOf(h).words) out.hypernyms.add(w);
        }
        level = level.flatMap((h) => synsetOf(h).hypernyms);
      }
    }
  }
  return out;
}

/** The senses of a word (lower case), remembered per word. */
export const wordSenses = boundedMemo((word: string): WordSenses => (word.length < 3 ? EMPTY : sensesOf(word.toLowerCase())), 50_000);

/**
 * How two words relate, or null: the same lemma, synonyms (a shared synset), derived forms ("visit" the
 * verb / "visit" the noun, "agree" / "agreement"), or one a hypernym of the other ("executive" / "leader").
 */
export function lexicalRelation(a: string, b: string): LexicalRelation | null {
  const wa = a.toLowerCase();
  const wb = b.toLowerCase();
  if (wa === wb) return 'same lemma';
  const sa = wordSenses(wa);
  const sb = wordSenses(wb);
  const any = (set: Set<string>, words: Set<string>): boolean => {
    for (const w of words) if (set.has(w)) return true;
    return false;
  };
  if (any(sa.lemmas, sb.lemmas)) return 'same lemma';
  if (any(sa.synonyms, sb.lemmas) || any(sb.synonyms, sa.lemmas)) return 'synonym';
  if (any(sa.derived, sb.lemmas) || any(sb.derived, sa.lemmas)) return 'derived form';
  if (any(sa.hypernyms, sb.lemmas) || any(sb.hypernyms, sa.lemmas)) return 'hypernym';
  return null;
}
