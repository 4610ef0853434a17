// The claim ledger of a few story members, as the cross-check builds it (facts → event groups → draft →
// finished ledger), for specs of the rules that decide how claims align and what status they get.
import type { AlignedClaim, CrossCheckArticle } from '../../src/core/crosscheck.js';
import { draftLedger, eventGroups, finishLedger } from '../../src/crosscheck/claim-ledger.js';
import { storyFacts } from '../../src/crosscheck/facts.js';

/** The aligned claims of `members`; `background` articles (related stories) can only show a changed value. */
export function storyClaims(members: readonly CrossCheckArticle[], background: readonly CrossCheckArticle[] = []): AlignedClaim[] {
  const { facts, older } = storyFacts(members, background);
  return finishLedger(draftLedger(facts, eventGroups(facts), older), [...members, ...background]).claims;
}
