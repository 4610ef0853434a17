// The cross-check of one story: its articles' claims broken into facts, aligned across outlets and given
// statuses; the quote ledger; the merged timeline; outlet coverage; an extractive, cited summary; a title
// in the articles' own words. Articles of related stories are passed as `background`: they never join
// this story's claims, but they can show that a figure or rank changed since (status `changed`).
import type { CrossCheckArticle, CrossCheckedStory } from '../core/crosscheck.js';
import { draftLedger, eventGroups, finishLedger } from './claim-ledger.js';
import { buildCoverage } from './coverage.js';
import { storyFacts } from './facts.js';
import { buildQuoteLedger } from './quote-ledger.js';
import { chooseTitle } from './story-title.js';
import { chooseSummary } from './summary.js';
import { buildTimeline } from './timeline.js';

export { inferPublicationDate } from './infer-date.js';
export { storyMembers } from './members.js';

export function crossCheckStory(members: readonly CrossCheckArticle[], background: readonly CrossCheckArticle[] = []): CrossCheckedStory {
  const { facts, older: olderFacts } = storyFacts(members, background);
  const events = eventGroups(facts);
  const { claims, facts: claimFacts } = finishLedger(draftLedger(facts, events, olderFacts), [...members, ...background]);
  return {
    title: chooseTitle(members),
    claims,
    quotes: buildQuoteLedger(members),
    timeline: buildTimeline(members, events, claims, claimFacts),
    coverage: buildCoverage(members, claims),
    summary: chooseSummary(members, claims),
  };
}
