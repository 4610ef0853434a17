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
//      not a noun of a plural pair that ends the clause ("figures about harbour fines or ferry delays.");
//   4. a base form after "they/we/I/you" or a bare plural at the clause start ("Analysts say", "said analysts expect");
//   5. an -ing form of a known verb right after a comma, following a finite verb, is a participial clause that
//      shares its subject: "The ministry issued a statement, saying it would …" → say (a frame), "The storm hit
//      the coast, cutting power to 9,000 homes" → cut;
//   6. an -ing form right after "before", "after" or "while", following a finite verb, is a gerund clause of that
//      verb's subject: "will sail to Brekka on Friday before making a short stop in Holmstad" → make (future),
//      Halloran's;
//   7. a base form in a mandative "that" clause: "recommended that officers who are armed take a course" → take.
import { claimGrammarLexicon, quoteCuesLexicon } from '../../config/lexicons.js';
import { boundedMemo, once } from '../../core/lazy.js';
import { plannedVerb } from './plan-frames.js';
import { irregularParticiples, isCapitalized, isKnownVerb, isPastForm, isSpeechVerb, verbLemma, type Token } from '../../text/index.js';

/** The claim grammar's word lists (lexicon/claim-grammar.json) as sets, built on first use. */
export const grammarWords = once(() => {
  const g = claimGrammarLexicon();
  return {
    modals: g.modals,
    be: new Set(g.be),
    have: new Set(g.have),
    do: new Set(g.do),
    adverbs: new Set(g.adverbs),
    futureFrames: new Set(g.futureFrames),
    boundaries: new Set(g.boundaries),
    subordinators: new Set(g.subordinators),
    objectStops: new Set(g.objectStops),
    determiners: new Set(g.determiners),
    presentVerbHeads: new Set(g.presentVerbHeads),
    complementVerbs: new Set(g.complementVerbs),
    ingAdjectives: new Set(g.ingAdjectives),
    adjectivalParticiples: new Set(g.adjectivalParticiples),
    participialNonVerbs: new Set(g.participialNonVerbs),
    auxiliaries: new Set([...Object.keys(g.modals), ...g.be, ...g.have, ...g.do]),
    quoteVerbs: new Set(quoteCuesLexicon().quoteVerbs),
    /** Irregular past participles ("taken", "held"), from lexicon/verbs.json. */
    participles: irregularParticiples(),
  };
});



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
  /** ", saying …", ", cutting …": a participial clause after a finite verb; it shares that verb's subject. */
  participial?: boolean;
  /**
   * "before making a stop", "while raising fares": the subordinator of a gerund clause (rule 6), which shares the
   * subject of group `host` (an index into the groups); "before"/"after" set its time apart from the host's.
   */
  gerund?: { after: string; host: number };
  speech: boolean;
  /**
   * "he's asked", "they've hired": the auxiliary is contracted onto the subject pronoun, so the group's first
   * token holds its subject too; the character offset where the pronoun ends.
   */
  subjectEnd?: number;
}

type Grammar = ReturnType<typeof grammarWords>;

const isLowerWord = (t: Token | undefined): boolean => t !== undefined && t.word && !t.cap;
const isAdverb = (t: Token | undefined, g: Grammar): boolean =>
  t !== undefined && (g.adverbs.has(t.lower) || (t.lower.endsWith('ly') && t.word && !t.cap && t.lower !== 'only'));
const isPast = boundedMemo(isPastForm, 50_000); // the scan asks for every word of every sentence
const isParticiple = (t: Token | undefined, g: Grammar): boolean => isLowerWord(t) && !t!.lower.includes('-') && (isPast(t!.lower) || g.participles.has(t!.lower));
const isModal = (w: string, g: Grammar): boolean => w in g.modals;
const CONTRACTED: Record<string, string> = { won: 'will', can: 'can', shan: 'shall', ca: 'can' };
/** "didn’t" → "did", "won’t" → "will": the auxiliary of a contracted negation, or null. */
function contracted(w: string, g: Grammar): string | null {
  if (!w.endsWith("n't") && !w.endsWith('n’t')) return null;
  const m = /^(\p{L}+)n['’]t$/u.exec(w);
  if (!m) return null;
  const aux = CONTRACTED[m[1]!] ?? m[1]!;
  return isModal(aux, g) || g.be.has(aux) || g.have.has(aux) || g.do.has(aux) ? aux : null;
}
/** Pronouns an auxiliary is contracted onto in news prose: "he's", "they've", "it'd", "we'll". */
const CONTRACTED_SUBJECT = /^(he|she|it|they|we|i|you|who|that)['’](s|ve|d|ll|re|m)$/;
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'him', 'them', 'it', 'us', 'me', 'that', 'this', 'these', 'those', 'some', 'no', 'two', 'several']);

/**
 * "he's asked a firm" (has), "it's expected to" (is), "she'd hired" (had), "they've" (have), "he'll" (will): the
 * auxiliary a pronoun contraction at `i` stands for, and where its pronoun ends, or null. "'s" before a
 * participle is "has" when "been" or an object follows the participle ("he's asked an Internet firm"), else
 * the passive's "is" ("he's named in the suit", "it's expected to"); "'d" before a participle is "had", else "would".
 */
function contractedSubject(tokens: readonly Token[], i: number, g: Grammar): { aux: string; subjectEnd: number } | null {
  const t = tokens[i]!;
  const m = CONTRACTED_SUBJECT.exec(t.lower);
  if (!m) return null;
  const next = tokens[i + 1];
  const participle = isParticiple(next, g) || (next !== undefined && g.participles.has(next.lower));
  let aux: string;
  switch (m[2]) {
    case 's':
      aux = next?.lower === 'been' || (participle && OBJECT_OPENERS.has(tokens[i + 2]?.lower ?? '')) ? 'has' : 'is';
      break;
    case 'd':
      aux = participle || next?.lower === 'been' ? 'had' : 'would';
      break;
    case 've':
      aux = 'have';
      break;
    case 'll':
      aux = 'will';
      break;
    case 're':
      aux = 'are';
      break;
    default:
      aux = 'am';
  }
  return { aux, subjectEnd: t.start + m[1]!.length };
}

const isAuxiliary = (w: string, g: Grammar): boolean => g.auxiliaries.has(w) || contracted(w, g) !== null;
const auxOf = (w: string, g: Grammar): string => contracted(w, g) ?? w;

/** "not", "n't", "never", "no longer" at i: how many tokens it takes, or 0. */
function negationAt(tokens: readonly Token[], i: number): number {
  const w = tokens[i]?.lower;
  if (w === 'not' || w === "n't" || w === 'n’t' || w === 'never') return 1;
  if (w === 'no' && tokens[i + 1]?.lower === 'longer') return 2;
  return 0;
}

function auxTense(w: string, g: Grammar): Tense {
  if (isModal(w, g)) return g.modals[w]!;
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
export function clauseWordAt(tokens: readonly Token[], k: number, first: number, g: Grammar = grammarWords()): boolean {
  const w = tokens[k]!.lower;
  if (g.boundaries.has(w)) return true;
  if (!g.subordinators.has(w) || k + 1 >= first) return false;
  // "after being convicted …", "before sailing to …": a non-finite clause has no subject of its own.
  const next = tokens[k + 1]!;
  if (/ing$/.test(next.lower) || isParticiple(next, g)) return false;
  // "… since 2019 comes after …": a year is not a clause's subject.
  if (k + 2 === first && /^\d/.test(next.text)) return false;
  let commas = 0;
  for (let j = k + 1; j < first; j++) if (tokens[j]!.text === ',') commas++;
  return commas % 2 === 0 && !coordinationBefore(tokens, first).coordinated;
}

/** A clause boundary token lies strictly between token indexes a and b (b: where the next verb group begins). */
export function boundaryBetween(tokens: readonly Token[], a: number, b: number): boolean {
  const g = grammarWords();
  for (let k = a + 1; k < b; k++) if (clauseWordAt(tokens, k, b, g)) return true;
  return false;
}

/** "and"/"but"/"or" (maybe after a comma) right before token `first`, skipping adverbs. */
function coordinationBefore(tokens: readonly Token[], first: number): { coordinated: boolean; topLevel: boolean } {
  const g = grammarWords();
  let k = first - 1;
  while (k >= 0 && isAdverb(tokens[k], g)) k--;
  const w = tokens[k]?.lower;
  if (w !== 'and' && w !== 'but' && w !== 'or') return { coordinated: false, topLevel: false };
  return { coordinated: true, topLevel: tokens[k - 1]?.text === ',' };
}

/** An auxiliary chain at i ("is not expected to", "has been", "will"): the group it starts, or null. */
function auxiliaryGroup(tokens: readonly Token[], i: number): Omit<VerbGroup, 'coordinated' | 'topLevel' | 'speech' | 'reduced'> | null {
  const g = grammarWords();
  const auxes: number[] = [];
  let negated = false;
  let j = i;
  const contraction = contractedSubject(tokens, i, g);
  const auxWord = (k: number): string => (k === i && contraction ? contraction.aux : auxOf(tokens[k]!.lower, g));
  if (contraction) auxes.push(j++);
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (isAuxiliary(t.lower, g) && isLowerWord(t)) {
      if (contracted(t.lower, g)) negated = true;
      auxes.push(j++);
    }
    else if (negationAt(tokens, j)) {
      negated = true;
      j += negationAt(tokens, j);
    } else if (isAdverb(t, g) && auxes.length > 0) j++;
    else break;
  }
  if (auxes.length === 0) return null;
  const tense = auxTense(auxWord(auxes[0]!), g);
  const lastAux = auxWord(auxes[auxes.length - 1]!);
  const next = tokens[j];
  const base = contraction ? { first: i, negated, passive: false, subjectEnd: contraction.subjectEnd } : { first: i, negated, passive: false };
  if (g.be.has(lastAux)) {
    // "is expected to sign", "are set to sign", "is to visit": the later verb, in the future.
    if (next && g.futureFrames.has(next.lower)) {
      const to = next.lower === 'to' ? j : j + 1;
      if (tokens[to]?.lower === 'to' && isLowerWord(tokens[to + 1]) && isKnownVerb(tokens[to + 1]!.lower)) {
        return { ...base, head: to + 1, lemma: verbLemma(tokens[to + 1]!.lower), tense: 'future' };
      }
    }
    // "was deeply alarmed after …": a state, be + adjective; "was concerned by the report" stays a passive.
    if (isParticiple(next, g) && g.adjectivalParticiples.has(next!.lower) && tokens[j + 1]?.lower !== 'by') return { ...base, head: auxes[auxes.length - 1]!, lemma: 'be', tense };
    if (isParticiple(next, g)) return { ...base, head: j, lemma: verbLemma(next!.lower), tense, passive: true };
    // "has been hacking": any -ing word after "be" except a few adjectives ("is willing", "is interesting").
    if (next && /^\p{Ll}{3,}ing$/u.test(next.text) && !g.ingAdjectives.has(next.lower)) return { ...base, head: j, lemma: verbLemma(next.lower), tense };
    return { ...base, head: auxes[auxes.length - 1]!, lemma: 'be', tense };
  }
  if (g.have.has(lastAux)) {
    if (isParticiple(next, g)) return { ...base, head: j, lemma: verbLemma(next!.lower), tense: tense === 'present' ? 'past' : tense };
    return { ...base, head: auxes[auxes.length - 1]!, lemma: 'have', tense };
  }
  if (isLowerWord(next) && isKnownVerb(next!.lower) && !isAuxiliary(next!.lower, g)) {
    return { ...base, head: j, lemma: verbLemma(next!.lower), tense };
  }
  // After a modal or "do" the next word is a verb even when no list knows it: "could shorten", "would reshape",
  // "doesn't contain". Not a preposition or determiner ("the will of the people").
  // ("how do you work out …" is a question: "do" counts only when negated, before a word that is no pronoun.)
  const negatedDo = g.do.has(lastAux) && negated && !g.presentVerbHeads.has(next?.lower ?? '') && !['he', 'she', 'it'].includes(next?.lower ?? '');
  if ((isModal(lastAux, g) || negatedDo) && isLowerWord(next) && !isAuxiliary(next!.lower, g) && !g.objectStops.has(next!.lower) && !g.determiners.has(next!.lower) && !/ly$/.test(next!.lower)) {
    return { ...base, head: j, lemma: verbLemma(next!.lower), tense };
  }
  return null;
}

/**
 * ", saying it would …", ", cutting power to 9,000 homes": an -ing form of a known verb right after a comma
 * (not a preposition-like "including", "according", "following" — lexicon/claim-grammar.json
 * `participialNonVerbs` — nor an adjective such as "leading"), with a word after it (not a noun's end:
 * "…, rising."), is a participial clause.
 */
function participialAt(tokens: readonly Token[], i: number, g: Grammar, continuesParticipial: boolean): boolean {
  const t = tokens[i]!;
  // "…, killing two people and cutting power": a participle after "and" continues a participial clause.
  const after = tokens[i - 1]?.text === ',' || (tokens[i - 1]?.lower === 'and' && continuesParticipial);
  if (!after || !isLowerWord(t) || !/^\p{Ll}{3,}ing$/u.test(t.text)) return false;
  if (g.participialNonVerbs.has(t.lower) || g.ingAdjectives.has(t.lower)) return false;
  const next = tokens[i + 1];
  return next !== undefined && next.word && next.lower !== 'and' && next.lower !== 'or' && isKnownVerb(t.lower);
}

/**
 * "a lawsuit that covers 1.5 million women", "the bill, which includes …": a verb in -s right after a relative
 * pronoun that follows a noun of the previous verb's object starts a clause of its own. Not right after the
 * verb ("said that rates …": a reported clause's subject), nor before a past form ("that rates rose").
 */
function relativeVerbAt(tokens: readonly Token[], i: number, last: VerbGroup | undefined): boolean {
  const prev = tokens[i - 1]?.lower;
  if (prev !== 'which' && prev !== 'that' && prev !== 'who') return false;
  if (last !== undefined && last.head >= i - 2) return false;
  const next = tokens[i + 1];
  return next === undefined || !isPastForm(next.lower);
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

/** Verbs whose "that" clause states what should be done, in the base form: "recommended that pilots take …". */
const MANDATIVE_VERBS = new Set(['recommend', 'urge', 'require', 'demand', 'insist', 'propose', 'ask', 'request', 'suggest', 'order']);

/**
 * Rule 7: a base form in a mandative "that" clause ("recommended that officers who are armed take a course"):
 * the first known verb in the base form after a subject of two words or more, where no finite verb of the
 * clause came before it other than one of a relative clause ("who are armed").
 */
function subjunctiveAt(tokens: readonly Token[], i: number, out: readonly VerbGroup[], g: Grammar): boolean {
  const t = tokens[i]!;
  if (!isLowerWord(t) || !isKnownVerb(t.lower) || verbLemma(t.lower) !== t.lower || isAuxiliary(t.lower, g)) return false;
  const prev = tokens[i - 1];
  if (!prev || !prev.word || prev.lower === 'to' || g.determiners.has(prev.lower) || g.objectStops.has(prev.lower) || isModal(prev.lower, g)) return false;
  for (let m = i - 2; m >= Math.max(1, i - 12); m--) {
    const w = tokens[m]!;
    if (!w.word) return false;
    if (w.lower !== 'that') continue;
    if (!isLowerWord(tokens[m - 1]) || !MANDATIVE_VERBS.has(verbLemma(tokens[m - 1]!.lower))) return false;
    const inside = out.filter((x) => x.first > m);
    return inside.every((x) => tokens.slice(m + 1, x.first).some((y) => RELATIVE_PRONOUNS.has(y.lower)));
  }
  return false;
}

const isPresentS = (w: string): boolean => isKnownVerb(w) && verbLemma(w) !== w;

/**
 * The second -s word of a plural noun pair at i ("arrests or drug seizures." → the index of "seizures"), or -1:
 * an -s word coordinated with a plural that ends the clause, which has a noun modifier of its own ("drug
 * seizures") or is no verb form ("arrests or seizures"). Verbs coordinate bare or after an adverb ("rises and
 * falls", "wants and badly needs", "cuts and then restores"), and a verb takes an object after it.
 */
function pluralPairEnd(tokens: readonly Token[], i: number, g: Grammar): number {
  const first = tokens[i];
  if (!isLowerWord(first) || !/\p{Ll}s$/u.test(first!.lower) || !['and', 'or'].includes(tokens[i + 1]?.lower ?? '')) return -1;
  let k = i + 2;
  const modifier = tokens[k];
  const modified = isLowerWord(modifier) && isLowerWord(tokens[k + 1]) && !/s$/.test(modifier!.lower) && !isAdverb(modifier, g) && !g.determiners.has(modifier!.lower) && !g.objectStops.has(modifier!.lower) && !isAuxiliary(modifier!.lower, g);
  if (modified) k++;
  const second = tokens[k];
  if (!isLowerWord(second) || !/\p{Ll}s$/u.test(second!.lower) || second!.lower.endsWith('ss')) return -1;
  if (!modified && isPresentS(second!.lower)) return -1;
  const after = tokens[k + 1];
  return after === undefined || !after.word ? k : -1;
}

/** "statistics about marijuana arrests or drug seizures.": either -s word of a plural noun pair is a noun. */
function pluralNounPair(tokens: readonly Token[], i: number, g: Grammar): boolean {
  return pluralPairEnd(tokens, i, g) >= 0 || pluralPairEnd(tokens, i - 2, g) === i || pluralPairEnd(tokens, i - 3, g) === i;
}

const GERUND_SUBORDINATORS = new Set(['before', 'after', 'while']);

/**
 * Rule 6: the group whose subject a gerund at `i` ("before making a stop") shares, or -1. The last finite group
 * before it, skipping a ", who …," clause a comma closed and a reduced participle; and not when an infinitive
 * no verb controls comes between ("praised the trip as a chance to improve ties while raising …": whose raising
 * is not said), only one right after the verb ("agreed to cut fares while keeping …").
 */
function gerundHost(tokens: readonly Token[], i: number, out: readonly VerbGroup[], g: Grammar): number {
  const t = tokens[i]!;
  if (!GERUND_SUBORDINATORS.has(tokens[i - 1]?.lower ?? '') || !isLowerWord(t) || !/^\p{Ll}{3,}ing$/u.test(t.text)) return -1;
  if (g.participialNonVerbs.has(t.lower) || g.ingAdjectives.has(t.lower) || !isKnownVerb(t.lower) || !tokens[i + 1]?.word) return -1;
  for (let k = out.length - 1; k >= 0; k--) {
    const host = out[k]!;
    if (host.reduced || (nonRestrictiveAt(tokens, host.first) >= 0 && tokens.slice(host.head + 1, i).some((x) => x.text === ','))) continue;
    if (host.speech) return -1;
    for (let j = host.head + 2; j < i - 1; j++) if (tokens[j]!.lower === 'to' && isLowerWord(tokens[j + 1]) && isKnownVerb(tokens[j + 1]!.lower)) return -1;
    return k;
  }
  return -1;
}

/** Prepositions whose noun phrase an -s word may end ("in brief remarks"): it is no verb there. */
const PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'with', 'from', 'after', 'before', 'during', 'about', 'over', 'under', 'into', 'among', 'between', 'amid', 'without', 'within', 'through']);

/** Verb groups of tokens[from, to), in order. */
export function findVerbGroups(tokens: readonly Token[], from = 0, to = tokens.length): VerbGroup[] {
  const g = grammarWords();
  const out: VerbGroup[] = [];
  // One finite verb per clause, unless the previous verb takes a clause without "that" ("said he raised").
  const sameClause = (i: number): boolean => {
    const prev = out[out.length - 1];
    if (prev === undefined) return false;
    const commaSince = tokens.slice(prev.head + 1, i).some((t) => t.text === ',');
    if ((prev.speech || g.complementVerbs.has(prev.lemma)) && !commaSince) return false;
    // "Fenwick, who hosted the talks, said …": the comma closing a ", who …," clause ends it.
    if (commaSince && nonRestrictiveAt(tokens, prev.first) >= 0) return false;
    // "… armed and trained, and it proposed a model program": "and" with a subject pronoun of its own starts a clause.
    if (SUBJECT_PRONOUNS.has(tokens[i - 1]?.lower ?? '') && ['and', 'but', 'or'].includes(tokens[i - 2]?.lower ?? '')) return false;
    return !boundaryBetween(tokens, prev.head, i) && !coordinationBefore(tokens, i).coordinated;
  };
  // "a more stable and balanced partnership": a participle coordinated with an adjective.
  const adjectiveCoordination = (i: number): boolean =>
    tokens[i - 1]?.lower === 'and' && ['more', 'most', 'very', 'less', 'the', 'a', 'an', 'so', 'too', 'increasingly'].includes(tokens[i - 3]?.lower ?? '') &&
    // … and a noun follows ("balanced partnership"), not an object or an infinitive ("a deal and agreed to cut fares").
    isLowerWord(tokens[i + 1]) && !g.objectStops.has(tokens[i + 1]!.lower) && !g.determiners.has(tokens[i + 1]!.lower);
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const afterDeterminer = prev !== undefined && (g.determiners.has(prev.lower) || prev.lower.endsWith('’s') || prev.lower.endsWith("'s"));
    let group: Omit<VerbGroup, 'coordinated' | 'topLevel' | 'speech'> | null = null;
    // "to be hosted", "after being convicted": a non-finite auxiliary starts no claim.
    if (isLowerWord(t) && isAuxiliary(t.lower, g) && (prev?.lower === 'to' || t.lower === 'being' || t.lower === 'having')) {
      i = (auxiliaryGroup(tokens, i)?.head ?? i) + 1;
      continue;
    }
    if ((isLowerWord(t) && isAuxiliary(t.lower, g)) || (t.word && CONTRACTED_SUBJECT.test(t.lower))) {
      const aux = auxiliaryGroup(tokens, i);
      if (aux) group = { ...aux, reduced: false };
    } else if (isParticiple(t, g) && !afterDeterminer && isPast(t.lower) && !adjectiveCoordination(i)) {
      const byAgent = tokens[i + 1]?.lower === 'by';
      // ", elected in July," / ", signed by …,": a participle after a comma, before a preposition, is a reduced clause.
      const reduced = prev?.text === ',' && ['by', 'in', 'on', 'at', 'for', 'from', 'after', 'last', 'this', 'since', 'until', 'during', 'amid', 'over', 'under'].includes(tokens[i + 1]?.lower ?? '') && !isSpeechVerb(t.lower);
      // A reduced clause is read even inside another clause, so its time and place stay its own: "the ferry, suspended since 2019,".
      if (!sameClause(i) || reduced) group = { first: i, head: i, lemma: verbLemma(t.lower), tense: 'past', negated: false, passive: reduced && byAgent, reduced };
      else if (byAgent) group = { first: i, head: i, lemma: verbLemma(t.lower), tense: 'past', negated: false, passive: true, reduced: true };
    } else if (isLowerWord(t) && t.lower.endsWith('s') && !t.lower.endsWith('ss') && isKnownVerb(t.lower) && verbLemma(t.lower) !== t.lower && ((!afterDeterminer && (out[out.length - 1]?.reduced || !sameClause(i))) || relativeVerbAt(tokens, i, out[out.length - 1]))) {
      const afterReduced = prev?.text === ',' && out[out.length - 1]?.reduced === true; // "The council, chosen in May, wants"
      // "The ambitious bill, at nearly 700 pages, includes …": the first verb after a closed parenthetical.
      const afterParenthetical = prev?.text === ',' && out.length === 0 && tokens.slice(from, i - 1).filter((x) => x.text === ',').length % 2 === 1 && isCapitalized(tokens[from]);
      // "… first trip to Velsand since 2019 comes after …": a year ends the subject too (not "the 2019 plans"; and
      // never a count: "23 states", "50 leaders" are nouns).
      const afterNumber = prev !== undefined && /^(1[89]|20)\d\d$/.test(prev.text) && g.objectStops.has(tokens[i - 2]?.lower ?? '') && !g.determiners.has(tokens[i - 2]?.lower ?? '');
      // "to mend long-strained ties", "years of strained ties": after a participle that modifies it, an -s word is a noun.
      const afterModifier = prev !== undefined && isLowerWord(prev) && (isPast(prev.lower) || /-\p{Ll}+ed$/u.test(prev.lower));
      // "this class includes …", "the witness says …": a noun in -ss after a determiner is singular, not a plural
      // whose -s word would be a noun of its compound (not "discuss plans": no determiner before "discuss").
      const singularSs = prev !== undefined && /\p{Ll}ss$/u.test(prev.lower) && g.determiners.has(tokens[i - 2]?.lower ?? '');
      // "In brief remarks after …", "during long talks with …": an -s word after a preposition and one modifier, before
      // another preposition or a comma, ends that preposition's noun phrase (not "the official in charge says the …").
      const afterPreposition = prev !== undefined && isLowerWord(prev) && PREPOSITIONS.has(tokens[i - 2]?.lower ?? '') && (PREPOSITIONS.has(tokens[i + 1]?.lower ?? '') || tokens[i + 1]?.text === ',');
      const subjectLike = !afterPreposition && !pluralNounPair(tokens, i, g) && prev !== undefined && (afterReduced || afterParenthetical || afterNumber || isCapitalized(prev) || ['he', 'she', 'it', 'who', 'which', 'that'].includes(prev.lower) || (isLowerWord(prev) && (!/s$/.test(prev.lower) || singularSs) && !afterModifier));
      const next = tokens[i + 1];
      if (subjectLike && !isParticiple(next, g) && !(next && /ing$/.test(next.lower))) {
        group = { first: i, head: i, lemma: verbLemma(t.lower), tense: 'present', negated: false, passive: false, reduced: false };
      }
    } else if (prev !== undefined && isLowerWord(t) && (g.presentVerbHeads.has(prev.lower) || (prev.word && prev.lower.endsWith('s')))) {
      // "Analysts say …", "They meet …": a base form after a plural subject at the clause start.
      // … or right after a verb that takes a clause: "Halloran said economists expect …".
      const before = tokens[i - 2];
      const afterReport = before !== undefined && isLowerWord(before) && (isSpeechVerb(before.lower) || g.complementVerbs.has(verbLemma(before.lower))) && isLowerWord(prev) && !g.determiners.has(prev.lower);
      const bareStart = i - 1 === from || g.boundaries.has(before?.lower ?? '') || before?.text === ',' || afterReport;
      const plural = g.presentVerbHeads.has(prev.lower) || (bareStart && (isSpeechVerb(t.lower) || afterReport));
      if (plural && isKnownVerb(t.lower) && verbLemma(t.lower) === t.lower && !isAuxiliary(t.lower, g) && !sameClause(i)) {
        group = { first: i, head: i, lemma: t.lower, tense: 'present', negated: false, passive: false, reduced: false };
      }
    }
    if (!group && subjunctiveAt(tokens, i, out, g)) {
      group = { first: i, head: i, lemma: t.lower, tense: 'present', negated: false, passive: false, reduced: false };
    }
    const last = out[out.length - 1];
    // After "be" the participle describes the subject's state ("is Velsand’s fourth-largest market, accounting for
    // 7% of exports"): the copula's claim keeps its figures.
    const host = !group && last ? gerundHost(tokens, i, out, g) : -1;
    if (host >= 0) {
      const h = out[host]!;
      out.push({ first: i, head: i, lemma: verbLemma(t.lower), tense: h.tense, negated: false, passive: false, reduced: false, coordinated: true, topLevel: h.topLevel, participial: true, gerund: { after: tokens[i - 1]!.lower, host }, speech: isSpeechVerb(t.lower) || g.quoteVerbs.has(verbLemma(t.lower)) });
      i++;
      continue;
    }
    if (!group && last && last.lemma !== 'be' && participialAt(tokens, i, g, last.participial === true)) {
      out.push({ first: i, head: i, lemma: verbLemma(t.lower), tense: last.tense, negated: false, passive: false, reduced: false, coordinated: true, topLevel: !last.coordinated || last.topLevel, participial: true, speech: isSpeechVerb(t.lower) || g.quoteVerbs.has(verbLemma(t.lower)) });
      i++;
      continue;
    }
    if (!group) {
      i++;
      continue;
    }
    const plan = plannedVerb(tokens, group.head, group.lemma);
    if (plan) group = { ...group, ...plan, tense: 'future' };
    out.push({ ...group, ...coordinationBefore(tokens, group.first), speech: isSpeechVerb(tokens[group.head]!.lower) || g.quoteVerbs.has(group.lemma) });
    i = group.head + 1;
  }
  return out;
}
