// Related stories: same topic, different event — two visits by different ministers 15 months apart,
// two earthquakes in one region. Two stories are related when their words overlap like a topic does
// but clustering kept them apart; the reason names the shared topic words and what tells them apart.
import type { RelatedStory, StoryComparison } from '../core/stories.js';
import type { StoryIndex } from './story-index.js';

/**
 * Term similarity (average link) at which two separate stories count as one topic. Tuned by reading
 * ECB+ train: the two events of one topic score 0.05–0.15 against each other, stories of different
 * topics below 0.03.
 */
export const RELATED_TERM_SIMILARITY = 0.05;
/** At most this many related stories per story, the closest first. */
const MAX_RELATED = 5;

function spanText(span: { from: string | null; to: string | null; yearFrom: number | null; yearTo: number | null }): string | null {
  if (span.from && span.to) return span.from === span.to ? span.from : `${span.from} to ${span.to}`;
  if (span.yearFrom !== null && span.yearTo !== null) return span.yearFrom === span.yearTo ? `about ${span.yearFrom}` : `about ${span.yearFrom}–${span.yearTo}`;
  return null;
}

/** The sentence a user reads: what the stories share, and why they are still two events. */
export function describeRelation(index: StoryIndex, storyId: string, c: StoryComparison): string {
  const words = c.shared.filter((f) => f.kind === 'term').slice(0, 5).map((f) => f.value);
  // Names of a long-running topic were not counted as evidence of one event, but they are what the topic shares.
  const names = [...c.shared.filter((f) => f.kind !== 'term' && f.kind !== 'quote').map((f) => f.value), ...(c.topicNames ?? [])].slice(0, 3);
  const topic = [words.length ? `words ${words.join(', ')}` : '', names.length ? `names ${names.join(', ')}` : ''].filter(Boolean).join(' and ');
  const apart: string[] = [];
  const a = index.storySpan(storyId);
  const b = index.storySpan(c.storyId);
  if (c.dateGapDays !== null && c.dateGapDays > 0 && a && b) {
    const months = Math.round(c.dateGapDays / 30.4);
    apart.push(`dated ${months >= 2 ? `${months} months` : `${c.dateGapDays} days`} apart (${spanText(a) ?? 'undated'} vs ${spanText(b) ?? 'undated'})`);
  }
  if (c.entitySimilarity < 0.1) apart.push(c.topicNames?.length ? 'no names in common but the topic\'s own' : 'different people, places and organizations');
  else if (c.entitySimilarity < 0.3) apart.push('few names in common');
  if (apart.length === 0) apart.push(`their similarity ${c.score.toFixed(2)} is below the threshold for one event`);
  return `Same topic (shared ${topic || 'vocabulary'}) but a different event: ${apart.join('; ')}.`;
}

/** Related links for the given stories (both directions), from the index as it stands. */
export function findRelatedStories(index: StoryIndex, storyIds: Iterable<string>): RelatedStory[] {
  const out: RelatedStory[] = [];
  for (const id of storyIds) {
    const links: RelatedStory[] = [];
    for (const other of index.neighbours(id)) {
      const c = index.compareStories(id, other, true);
      if (!c || c.termSimilarity < RELATED_TERM_SIMILARITY || c.score >= index.weights.threshold) continue;
      links.push({ storyId: id, relatedId: other, score: Number(c.termSimilarity.toFixed(4)), why: describeRelation(index, id, c) });
    }
    out.push(...links.sort((x, y) => y.score - x.score).slice(0, MAX_RELATED));
  }
  return out;
}
