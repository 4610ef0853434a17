// The cross-check of one story: its articles' claims broken into facts, aligned across outlets and given
// statuses; the quote ledger; the merged timeline; outlet coverage; an extractive, cited summary; a title
// in the articles' own words. Articles of related stories are passed as `background`: they never join
// this story's claims, but they can show that a figure or rank changed since (status `changed`).
// Each step runs as a named stage, so a defect says where it happened (a StageError).
import { inStage } from '../core/errors.js';
import type { CrossCheckArticle, CrossCheckedStory } from '../core/crosscheck.js';
import { draftLedger, eventGroups, finishLedger } from './claim-ledger.js';
import { buildCoverage } from './coverage.js';
import { storyFacts } from './facts.js';
import { buildQuoteLedger } from './quote-ledger.js';
import { quotePolarityClaims } from './quote-polarity.js';
import { chooseTitle } from './story-title.js';
import { chooseSummary } from './summary.js';
import { buildTimeline } from './timeline.js';

export { inferPublicationDate, storyDating } from './infer-date.js';
export { storyMembers } from './members.js';
export { MAX_CHECKED_ARTICLES, sampleStory, type StorySample } from './sample-story.js';

export function crossCheckStory(members: readonly CrossCheckArticle[], background: readonly CrossCheckArticle[] = []): CrossCheckedStory {
  const { claims: aligned, facts: claimFacts, events } = inStage('claim-alignment', () => {
    const { facts, older } = storyFacts(members, background);
    const events = eventGroups(facts);
    return { ...finishLedger(draftLedger(facts, events, older), [...members, ...background]), events };
  });
  const quotes = inStage('quote-ledger', () => buildQuoteLedger(members));
  // A quote outlets give with opposite meanings is a conflict of the claims ledger (conflicts first).
  const claims = [...inStage('quote-polarity', () => quotePolarityClaims(quotes, members, aligned.length + 1)), ...aligned];
  return {
    title: inStage('story-title', () => chooseTitle(members, claims)),
    claims,
    quotes,
    timeline: inStage('timeline', () => buildTimeline(members, events, claims, claimFacts)),
    coverage: inStage('coverage', () => buildCoverage(members, claims)),
    summary: inStage('summary', () => chooseSummary(members, claims)),
  };
}
