// A finite verb of intention before "to VERB" ("planned to return to Port Elan", "plans to visit Brekka",
// "intends to sign") reports a plan of that later verb, the way "is expected to sign" or "is planning to sign"
// already does: the claim is the later verb in the planned mood. Otherwise the verb "plan" stands alone, with
// the plan's time and place in its object, and no other outlet's "is scheduled to return …" or later "returned
// …" can align with it.
//
// Only verbs that name an arrangement: "hopes to", "wants to", "agreed to", "refused to" say something else
// about the subject (a wish, a commitment, a refusal) and stay their own claim.
import { isKnownVerb, verbLemma, type Token } from '../../text/index.js';

const PLAN_VERBS = new Set(['plan', 'intend']);

/**
 * The head of the planned verb when the group's head is "plan"/"intend" followed by "to" and a lower-case known
 * verb, else null. The group's auxiliaries and negation stay ("does not plan to attend" → attend, negated).
 */
export function plannedVerb(tokens: readonly Token[], head: number, lemma: string): { head: number; lemma: string } | null {
  if (!PLAN_VERBS.has(lemma) || tokens[head + 1]?.lower !== 'to') return null;
  const verb = tokens[head + 2];
  if (verb === undefined || !verb.word || verb.cap || !isKnownVerb(verb.lower)) return null;
  // "plans to be …" and "plans to have …" state something, not a happening the plan arranges.
  const lemmaOf = verbLemma(verb.lower);
  if (lemmaOf === 'be' || lemmaOf === 'have') return null;
  return { head: head + 2, lemma: lemmaOf };
}
