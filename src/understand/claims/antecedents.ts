// Who "they", "it" and "the two leaders" are, when the entity annotator left them open ("he" and "she" it
// resolves itself): a claim whose subject is such a word names no participant, and is dropped, unless one
// antecedent fits. "Strand met Fenwick in Lindor. They agreed to cut fares." → agree(Strand, Fenwick);
// "Strand and Fenwick discussed trade as they met in Lindor" → meet(Strand, Fenwick).
//
// The candidates, nearest first: the subjects of the earlier clauses of the same sentence, then the main
// subject of the previous sentence. A candidate fits by number and type: "it" one non-person, "they" two or
// more, "the two leaders" / "both men" exactly two of one type. A clause's subject and the persons its object
// names together fit a plural ("Strand met Fenwick. They …") when the subject alone does not. A clause whose
// object is a common noun phrase of the same number offers a second antecedent ("Velsand signed a deal. It
// …": the deal or Velsand?), so nothing is resolved: quality over recall.
import type { Referent } from '../quotes/mentions.js';

/** A clause as an antecedent: its subject's entities, the entities its object names, and its object words. */
export interface Antecedent {
  actors: readonly Referent[];
  objectRefs: readonly Referent[];
  /** The object in words when it is not just entity names ("a deal", "the protesters"), else null. */
  objectWords: string | null;
  /** "be": the object describes the subject ("China is Britain’s largest partner. It …"), it is no rival. */
  copula: boolean;
}

const COUNTS: Record<string, number> = { both: 2, two: 2, three: 3, four: 4, five: 5, six: 6 };

/**
 * How many referents the words ask for: "it" → 1, "they" → 0 (two or more), "the two leaders", "both men",
 * "the three countries" → that number; null for any other words (a name, a described subject, "he").
 */
export function anaphorCount(phrase: string): number | null {
  const p = phrase.trim().toLowerCase();
  if (p === 'it') return 1;
  if (p === 'they') return 0;
  const m = /^(?:the\s+)?(both|two|three|four|five|six)\s+(?:\p{L}+\s+)?\p{L}+s$/u.exec(p) ?? /^(both)\s+of\s+them$/u.exec(p);
  return m ? COUNTS[m[1]!]! : null;
}

/** Referents of one type, counted as the words ask. */
function fits(count: number, refs: readonly Referent[]): boolean {
  if (refs.length === 0 || refs.some((r) => r.type !== refs[0]!.type)) return false;
  if (count === 1) return refs.length === 1 && refs[0]!.type !== 'person';
  if (count === 0) return refs.length >= 2;
  return refs.length === count;
}

/** Object words of the same number as the anaphor: a rival antecedent. */
function rivalObject(count: number, a: Antecedent): boolean {
  if (a.copula || a.objectWords === null) return false;
  const plural = /s$/i.test(a.objectWords.trim());
  return count === 1 ? !plural : count === 0 ? plural : false;
}

/**
 * The referents of one antecedent for the anaphor, or null. In the same sentence a plural subject wins over
 * its own object ("Strand and Fenwick discussed fares as they met"): `sameSentence`.
 */
function resolveIn(count: number, a: Antecedent, sameSentence: boolean): Referent[] | null {
  if (rivalObject(count, a) && !(sameSentence && count !== 1)) return null;
  if (fits(count, a.actors)) return [...a.actors];
  if (count === 1) return null;
  // "Strand met Fenwick. They …": the subject and the persons of its object, when they make the number.
  const both = [...a.actors, ...a.objectRefs.filter((r) => r.type === 'person' && !a.actors.some((x) => x.id === r.id))];
  return both.length > a.actors.length && both.every((r) => r.type === 'person') && fits(count === 0 ? 2 : count, both) && (count !== 0 || both.length === 2) ? both : null;
}

/**
 * The referents `phrase` stands for, or [] when none or more than one fit: the nearest earlier clause of the
 * same sentence with a subject decides, else the previous sentence's main clause.
 */
export function resolveAnaphor(phrase: string, earlier: readonly Antecedent[], previous: Antecedent | null): Referent[] {
  const count = anaphorCount(phrase);
  if (count === null) return [];
  const near = earlier.find((a) => a.actors.length > 0);
  if (near) return resolveIn(count, near, true) ?? [];
  return previous && previous.actors.length > 0 ? (resolveIn(count, previous, false) ?? []) : [];
}
