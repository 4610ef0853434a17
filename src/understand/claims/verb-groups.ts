// Finds the verb groups of a clause by a token scan — auxiliaries, negation, the main verb — so each
// becomes one claim: "is expected to sign" → sign (future), "did not sign" → sign (negated), "was signed
// by" → sign (passive), "is Velsand’s fourth-largest export market" → be.
//
// A finite verb is recognised without a tagger:
//   1. an auxiliary or modal starts a group and the verb after it is the head ("will meet", "has praised");
//   2. a simple past form that does not follow a determiner ("the signed deal"), a possessive or a
//      preposition, and is the first verb of its clause ("…met Maren Okoro, the port’s … judge, who said …":
//      "detained" in "a skipper detained in Brekka" follows "raised" in the same clause, so it is skipped);
//   3. a present -s form of a known verb after a name, a pronoun or a noun ("The harbour authority says");
//   4. a base form after "they/we/I/you" or a bare plural at the clause start ("Analysts say").
import { loadLexicon } from '../../config/lexicon.js';
import { IRREGULAR_PARTICIPLES, isKnownVerb, isPastForm, isSpeechVerb, verbLemma } from '../verbs.js';
import { isCapitalized, type Token } from './tokens.js';

export interface GrammarLexicon {
  modals: Record<string, 'future' | 'conditional' | 'present'>;
  be: string[];
  have: string[];
  do: string[];
  negations: string[];
  adverbs: string[];
  futureFrames: string[];
  boundaries: string[];
  subordinators: string[];
  objectStops: string[];
  determiners: string[];
  /** Words that open an apposition after a comma: ", the first KL foreign minister …," */
  appositionOpeners: string[];
  locatives: string[];
  motionVerbs: string[];
  placeObjectVerbs: string[];
  infinitiveVerbs: string[];
  subjectPronouns: string[];
  presentVerbHeads: string[];
  complementVerbs: string[];
  ingAdjectives: string[];
  adjectivalParticiples: string[];
  forecastVerbs: string[];
}

export const GRAMMAR = loadLexicon<GrammarLexicon>('claim-grammar');
const BE = new Set(GRAMMAR.be);
const HAVE = new Set(GRAMMAR.have);
const DO = new Set(GRAMMAR.do);
const ADVERBS = new Set(GRAMMAR.adverbs);
const FUTURE_FRAMES = new Set(GRAMMAR.futureFrames);
export const BOUNDARIES = new Set(GRAMMAR.boundaries);
const SUBORDINATORS = new Set(GRAMMAR.subordinators);
export const OBJECT_STOPS = new Set(GRAMMAR.objectStops);
const DETERMINERS = new Set(GRAMMAR.determiners);
const PRESENT_HEADS = new Set(GRAMMAR.presentVerbHeads);
export const COMPLEMENT_VERBS = new Set(GRAMMAR.complementVerbs);
const ING_ADJECTIVES = new Set(GRAMMAR.ingAdjectives);
const ADJECTIVAL_PARTICIPLES = new Set(GRAMMAR.adjectivalParticiples);
const QUOTE_VERBS = new Set(loadLexicon<{ quoteVerbs: string[] }>('quote-cues').quoteVerbs);
const PARTICIPLES = IRREGULAR_PARTICIPLES;

export type Tense = 'past' | 'present' | 'future' | 'conditional';

export interface VerbGroup {
  /** Token indexes: the group's first token (an auxiliary or the verb) and its head verb. */
  first: number;
  head: number;
  lemma: string;
  tense: Tense;
  negated: boolean;
  passive: boolean;
  /** A participle after a noun ("the agreement, signed by …"): a claim only when its agent is named. */
  reduced: boolean;
  /** Follows "and"/"but"/"or": shares the subject of a previous group ("met Xi and agreed to …"). */
  coordinated: boolean;
  /** ", and"/", but": coordinated at the sentence's top level rather than inside a reported clause. */
  topLevel: boolean;
  speech: boolean;
}

const isLowerWord = (t: Token | undefined): boolean => t !== undefined && t.word && !t.cap;
const isAdverb = (t: Token | undefined): boolean =>
  t !== undefined && (ADVERBS.has(t.lower) || (t.lower.endsWith('ly') && t.word && !t.cap && t.lower !== 'only'));
const PAST = new Map<string, boolean>(); // memo: the scan asks for every word of every sentence
function isPast(w: string): boolean {
  let known = PAST.get(w);
  if (known === undefined) {
    if (PAST.size > 50_000) PAST.clear();
    known = isPastForm(w);
    PAST.set(w, known);
  }
  return known;
}
const isParticiple = (t: Token | undefined): boolean => isLowerWord(t) && !t!.lower.includes('-') && (isPast(t!.lower) || PARTICIPLES.has(t!.lower));
const isModal = (w: string): boolean => w in GRAMMAR.modals;
const CONTRACTED: Record<string, string> = { won: 'will', can: 'can', shan: 'shall', ca: 'can' };
/** "didn’t" → "did", "won’t" → "will": the auxiliary of a contracted negation, or null. */
function contracted(w: string): string | null {
  if (!w.endsWith("n't") && !w.endsWith('n’t')) return null;
  const m = /^(\p{L}+)n['’]t$/u.exec(w);
  if (!m) return null;
  const aux = CONTRACTED[m[1]!] ?? m[1]!;
  return isModal(aux) || BE.has(aux) || HAVE.has(aux) || DO.has(aux) ? aux : null;
}
const AUXILIARIES = new Set([...Object.keys(GRAMMAR.modals), ...GRAMMAR.be, ...GRAMMAR.have, ...GRAMMAR.do]);
const isAuxiliary = (w: string): boolean => AUXILIARIES.has(w) || contracted(w) !== null;
const auxOf = (w: string): string => contracted(w) ?? w;

/** "not", "n't", "never", "no longer" at i: how many tokens it takes, or 0. */
function negationAt(tokens: readonly Token[], i: number): number {
  const w = tokens[i]?.lower;
  if (w === 'not' || w === "n't" || w === 'n’t' || w === 'never') return 1;
  if (w === 'no' && tokens[i + 1]?.lower === 'longer') return 2;
  return 0;
}

function auxTense(w: string): Tense {
  if (isModal(w)) return GRAMMAR.modals[w]!;
  return ['was', 'were', 'had', 'did'].includes(w) ? 'past' : 'present';
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whom', 'whose']);

/**
 * ", who is responsible for ports," — a non-restrictive relative clause whose verb group starts at
 * `first`: the index of its relative pronoun (right after a comma, at most 3 tokens before the verb:
 * "who is", "which fishermen claim", "whose father was"), or -1.
 */
export function nonRestrictiveAt(tokens: readonly Token[], first: number): number {
  for (let k = first - 1; k >= Math.max(1, first - 4); k--) {
    const t = tokens[k]!;
    if (RELATIVE_PRONOUNS.has(t.lower)) return tokens[k - 1]!.text === ',' ? k : -1;
    if (!t.word) return -1;
  }
  return -1;
}

/**
 * Token k starts a clause whose verb group begins at `first`: a boundary word ("that", "who", "when"), or
 * a subordinator ("after", "before", "since") with its own subject before the verb — "after Meridian
 * Wire reported" yes; "until Thursday and will travel" no (the verb is coordinated with an earlier one); "Port
 * Elan, the third-largest port after Grenmouth, handled" no (an odd number of commas: the comma closes a
 * parenthetical the subordinator is in); "after Henrik Molander, then trade minister, walked" yes (two).
 */
export function clauseWordAt(tokens: readonly Token[], k: number, first: number): boolean {
  const w = tokens[k]!.lower;
  if (BOUNDARIES.has(w)) return true;
  if (!SUBORDINATORS.has(w) || k + 1 >= first) return false;
  // "after being convicted …", "before sailing to …": a non-finite clause has no subject of its own.
  const next = tokens[k + 1]!;
  if (/ing$/.test(next.lower) || isParticiple(next)) return false;
  let commas = 0;
  for (let j = k + 1; j < first; j++) if (tokens[j]!.text === ',') commas++;
  return commas % 2 === 0 && !coordinationBefore(tokens, first).coordinated;
}

/** A clause boundary token lies strictly between token indexes a and b (b: where the next verb group begins). */
export function boundaryBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (clauseWordAt(tokens, k, b)) return true;
  return false;
}

/** "and"/"but"/"or" (maybe after a comma) right before token `first`, skipping adverbs. */
function coordinationBefore(tokens: readonly Token[], first: number): { coordinated: boolean; topLevel: boolean } {
  let k = first - 1;
  while (k >= 0 && isAdverb(tokens[k])) k--;
  const w = tokens[k]?.lower;
  if (w !== 'and' && w !== 'but' && w !== 'or') return { coordinated: false, topLevel: false };
  return { coordinated: true, topLevel: tokens[k - 1]?.text === ',' };
}

/** An auxiliary chain at i ("is not expected to", "has been", "will"): the group it starts, or null. */
function auxiliaryGroup(tokens: readonly Token[], i: number): Omit<VerbGroup, 'coordinated' | 'topLevel' | 'speech' | 'reduced'> | null {
  const auxes: number[] = [];
  let negated = false;
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (isAuxiliary(t.lower) && isLowerWord(t)) {
      if (contracted(t.lower)) negated = true;
      auxes.push(j++);
    }
    else if (negationAt(tokens, j)) {
      negated = true;
      j += negationAt(tokens, j);
    } else if (isAdverb(t) && auxes.length > 0) j++;
    else break;
  }
  if (auxes.length === 0) return null;
  const tense = auxTense(auxOf(tokens[auxes[0]!]!.lower));
  const lastAux = auxOf(tokens[auxes[auxes.length - 1]!]!.lower);
  const next = tokens[j];
  const base = { first: i, negated, passive: false };
  if (BE.has(lastAux)) {
    // "is expected to sign", "are set to sign", "is to visit": the later verb, in the future.
    if (next && FUTURE_FRAMES.has(next.lower)) {
      const to = next.lower === 'to' ? j : j + 1;
      if (tokens[to]?.lower === 'to' && isLowerWord(tokens[to + 1]) && isKnownVerb(tokens[to + 1]!.lower)) {
        return { ...base, head: to + 1, lemma: verbLemma(tokens[to + 1]!.lower), tense: 'future' };
      }
    }
    // "was deeply alarmed after …": a state, be + adjective; "was concerned by the report" stays a passive.
    if (isParticiple(next) && ADJECTIVAL_PARTICIPLES.has(next!.lower) && tokens[j + 1]?.lower !== 'by') return { ...base, head: auxes[auxes.length - 1]!, lemma: 'be', tense };
    if (isParticiple(next)) return { ...base, head: j, lemma: verbLemma(next!.lower), tense, passive: true };
    // "has been hacking": any -ing word after "be" except a few adjectives ("is willing", "is interesting").
    if (next && /^\p{Ll}{3,}ing$/u.test(next.text) && !ING_ADJECTIVES.has(next.lower)) return { ...base, head: j, lemma: verbLemma(next.lower), tense };
    return { ...base, head: auxes[auxes.length - 1]!, lemma: 'be', tense };
  }
  if (HAVE.has(lastAux)) {
    if (isParticiple(next)) return { ...base, head: j, lemma: verbLemma(next!.lower), tense: tense === 'present' ? 'past' : tense };
    return { ...base, head: auxes[auxes.length - 1]!, lemma: 'have', tense };
  }
  if (isLowerWord(next) && isKnownVerb(next!.lower) && !isAuxiliary(next!.lower)) {
    return { ...base, head: j, lemma: verbLemma(next!.lower), tense };
  }
  // After a modal the next word is a verb even when no list knows it: "could shorten", "would reshape".
  // Not a preposition or determiner ("the will of the people").
  if (isModal(lastAux) && isLowerWord(next) && !isAuxiliary(next!.lower) && !OBJECT_STOPS.has(next!.lower) && !DETERMINERS.has(next!.lower) && !/ly$/.test(next!.lower)) {
    return { ...base, head: j, lemma: verbLemma(next!.lower), tense };
  }
  return null;
}

/** Verb groups of tokens[from, to), in order. */
export function findVerbGroups(tokens: readonly Token[], from = 0, to = tokens.length): VerbGroup[] {
  const out: VerbGroup[] = [];
  // One finite verb per clause, unless the previous verb takes a clause without "that" ("said he raised").
  const sameClause = (i: number): boolean => {
    const prev = out[out.length - 1];
    if (prev === undefined) return false;
    const commaSince = tokens.slice(prev.head + 1, i).some((t) => t.text === ',');
    if ((prev.speech || COMPLEMENT_VERBS.has(prev.lemma)) && !commaSince) return false;
    // "Fenwick, who hosted the talks, said …": the comma closing a ", who …," clause ends it.
    if (commaSince && nonRestrictiveAt(tokens, prev.first) >= 0) return false;
    return !boundaryBetween(tokens, prev.head, i) && !coordinationBefore(tokens, i).coordinated;
  };
  // "a more stable and balanced partnership": a participle coordinated with an adjective.
  const adjectiveCoordination = (i: number): boolean =>
    tokens[i - 1]?.lower === 'and' && ['more', 'most', 'very', 'less', 'the', 'a', 'an', 'so', 'too', 'increasingly'].includes(tokens[i - 3]?.lower ?? '') &&
    // … and a noun follows ("balanced partnership"), not an object or an infinitive ("a deal and agreed to cut fares").
    isLowerWord(tokens[i + 1]) && !OBJECT_STOPS.has(tokens[i + 1]!.lower) && !DETERMINERS.has(tokens[i + 1]!.lower);
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const afterDeterminer = prev !== undefined && (DETERMINERS.has(prev.lower) || prev.lower.endsWith('’s') || prev.lower.endsWith("'s"));
    let group: Omit<VerbGroup, 'coordinated' | 'topLevel' | 'speech'> | null = null;
    // "to be hosted", "after being convicted": a non-finite auxiliary starts no claim.
    if (isLowerWord(t) && isAuxiliary(t.lower) && (prev?.lower === 'to' || t.lower === 'being' || t.lower === 'having')) {
      i = (auxiliaryGroup(tokens, i)?.head ?? i) + 1;
      continue;
    }
    if (isLowerWord(t) && isAuxiliary(t.lower)) {
      const aux = auxiliaryGroup(tokens, i);
      if (aux) group = { ...aux, reduced: false };
    } else if (isParticiple(t) && !afterDeterminer && isPast(t.lower) && !adjectiveCoordination(i)) {
      const byAgent = tokens[i + 1]?.lower === 'by';
      // ", elected in July," / ", signed by …,": a participle after a comma, before a preposition, is a reduced clause.
      const reduced = prev?.text === ',' && ['by', 'in', 'on', 'at', 'for', 'from', 'after', 'last', 'this', 'since', 'until', 'during', 'amid', 'over', 'under'].includes(tokens[i + 1]?.lower ?? '') && !isSpeechVerb(t.lower);
      // A reduced clause is read even inside another clause, so its time and place stay its own: "the ferry, suspended since 2019,".
      if (!sameClause(i) || reduced) group = { first: i, head: i, lemma: verbLemma(t.lower), tense: 'past', negated: false, passive: reduced && byAgent, reduced };
      else if (byAgent) group = { first: i, head: i, lemma: verbLemma(t.lower), tense: 'past', negated: false, passive: true, reduced: true };
    } else if (isLowerWord(t) && t.lower.endsWith('s') && !t.lower.endsWith('ss') && !afterDeterminer && isKnownVerb(t.lower) && verbLemma(t.lower) !== t.lower && (out[out.length - 1]?.reduced || !sameClause(i))) {
      const afterReduced = prev?.text === ',' && out[out.length - 1]?.reduced === true; // "The council, chosen in May, wants"
      const subjectLike = prev !== undefined && (afterReduced || isCapitalized(prev) || ['he', 'she', 'it', 'who', 'which', 'that'].includes(prev.lower) || (isLowerWord(prev) && !/s$/.test(prev.lower)));
      const next = tokens[i + 1];
      if (subjectLike && !isParticiple(next) && !(next && /ing$/.test(next.lower))) {
        group = { first: i, head: i, lemma: verbLemma(t.lower), tense: 'present', negated: false, passive: false, reduced: false };
      }
    } else if (prev !== undefined && isLowerWord(t) && (PRESENT_HEADS.has(prev.lower) || (prev.word && prev.lower.endsWith('s')))) {
      // "Analysts say …", "They meet …": a base form after a plural subject at the clause start.
      const bareStart = i - 1 === from || BOUNDARIES.has(tokens[i - 2]?.lower ?? '') || tokens[i - 2]?.text === ',';
      const plural = PRESENT_HEADS.has(prev.lower) || (bareStart && isSpeechVerb(t.lower));
      if (plural && isKnownVerb(t.lower) && verbLemma(t.lower) === t.lower && !isAuxiliary(t.lower) && !sameClause(i)) {
        group = { first: i, head: i, lemma: t.lower, tense: 'present', negated: false, passive: false, reduced: false };
      }
    }
    if (!group) {
      i++;
      continue;
    }
    out.push({ ...group, ...coordinationBefore(tokens, group.first), speech: isSpeechVerb(tokens[group.head]!.lower) || QUOTE_VERBS.has(group.lemma) });
    i = group.head + 1;
  }
  return out;
}
