// Incremental story clustering: each new article follows the story of a text it copies, else joins the
// best-scoring candidate story, else opens a new story — and every decision is written down with its
// reasons (shared entities and terms, scores, date gap, the runner-up), for `dossier explain`.
import type { ArticleProfile, AssignmentExplanation, StoryComparison } from '../core/stories.js';
import { NearDuplicateIndex, type NearDuplicateMatch } from './near-duplicates.js';
import { DEFAULT_WEIGHTS, type SimilarityWeights } from './similarity.js';
import { StoryIndex } from './story-index.js';

/** What the clusterer needs of an article besides its profile. */
export interface ClusterInput {
  profile: ArticleProfile;
  /** Clean text, for near-duplicate detection. */
  text: string;
  published: string | null;
  ingestedAt?: string | null;
}

export interface Assignment {
  storyId: string;
  explanation: AssignmentExplanation;
  /**
   * Set when the article and an earlier one are near-copies: which is the copy and which the canonical
   * original (usually the earlier one is canonical; a wire original read after an outlet's re-post of it
   * is canonical, and the re-post becomes the copy).
   */
  duplicate: (NearDuplicateMatch & { copyId: string; canonicalId: string }) | null;
  /** Earlier articles that moved because their story merged into another after this one joined. */
  moved: AssignmentExplanation[];
}

/** A new story is named after the article that opened it, so the id is stable across runs. */
export function newStoryId(articleId: string): string {
  return `s-${articleId.slice(0, 12)}`;
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

function describeComparison(c: StoryComparison): string {
  const names = c.shared.filter((f) => f.kind !== 'term' && f.kind !== 'quote').slice(0, 3).map((f) => f.value);
  const terms = c.shared.filter((f) => f.kind === 'term').slice(0, 4).map((f) => f.value);
  const parts: string[] = [];
  if (names.length) parts.push(`shared names: ${names.join(', ')}`);
  if (terms.length) parts.push(`shared words: ${terms.join(', ')}`);
  if (c.quoteOverlap > 0) parts.push('a quote in common');
  if (c.topicNames?.length) parts.push(`not counted, as names of a topic weeks apart: ${c.topicNames.slice(0, 3).join(', ')}`);
  if (c.dateGapDays !== null && c.dateGapDays > 0) {
    parts.push(`${c.dateGapDays} ${c.dateGapDays === 1 ? 'day' : 'days'} from the story's dates (date factor ${c.dateFactor.toFixed(2)})`);
  }
  return parts.join('; ') || 'nothing in common';
}

export class StoryClusterer {
  readonly index: StoryIndex;
  readonly duplicates = new NearDuplicateIndex();
  /**
   * Stories a user merged or split: automatic merging never touches them, so the next ingest cannot undo
   * a correction (new articles may still join them one by one).
   */
  private readonly pinned = new Set<string>();

  constructor(readonly weights: SimilarityWeights = DEFAULT_WEIGHTS) {
    this.index = new StoryIndex(weights);
  }

  /** Marks a story as corrected by a user (see `pinned`). */
  pin(storyId: string): void {
    this.pinned.add(storyId);
  }

  /** Puts back an article whose story is already decided (rebuilding state from the store). */
  restore(input: ClusterInput, storyId: string): void {
    this.index.observe(input.profile);
    this.index.attach(input.profile.articleId, storyId);
    this.duplicates.add({ id: input.profile.articleId, text: input.text, published: input.published, ingestedAt: input.ingestedAt ?? null });
  }

  /**
   * Decides the story of a new article and records why; then merges its story with any story it has
   * converged with (see StoryIndex.closestStory), moving the smaller one's articles.
   */
  assign(input: ClusterInput): Assignment {
    const decided = this.decide(input);
    const id = input.profile.articleId;
    const moved: AssignmentExplanation[] = [];
    const storyId = this.mergeConverging(decided.storyId, (from, to, score) => {
      const comparison = this.index.compareStories(from, to, true)!;
      const why = `Its story ${from} merged into ${to} after article ${id} joined: the two stories now score ` +
        `${score.toFixed(2)} against each other (${describeComparison(comparison)}), above the threshold ${this.weights.threshold}.`;
      for (const member of this.index.membersOf(from)) {
        this.index.attach(member, to);
        if (member !== id) {
          moved.push({ articleId: member, storyId: to, decision: 'joined', chosen: this.index.compareWith(member, to), runnerUp: null, threshold: this.weights.threshold, summary: why, duplicateOf: null });
        }
      }
    });
    if (storyId !== decided.storyId) {
      decided.explanation = { ...decided.explanation, storyId, summary: `${decided.explanation.summary} Its story then merged into ${storyId}.` };
    }
    return { ...decided, storyId, moved };
  }

  private decide(input: ClusterInput): Omit<Assignment, 'moved'> {
    const { profile } = input;
    const id = profile.articleId;
    const threshold = this.weights.threshold;
    this.index.observe(profile);
    const copies = this.duplicates.add({ id, text: input.text, published: input.published, ingestedAt: input.ingestedAt ?? null });
    const copy = copies.find((m) => this.index.storyOfArticle(m.articleId) !== null) ?? null;
    const ranked = this.index.rank(id, { explain: true });

    if (copy) {
      const storyId = this.index.storyOfArticle(copy.articleId)!;
      this.index.attach(id, storyId);
      const chosen = ranked.find((c) => c.storyId === storyId) ?? this.index.compareWith(id, storyId);
      const similarity = Math.max(copy.jaccard, copy.containment);
      // The earlier article credits this one's outlet as its wire source ("This story was first published by
      // Meridian Wire"): this is the original, the earlier one the re-post.
      const earlier = this.index.profile(copy.articleId);
      if (profile.outlet && earlier?.wire && earlier.wire.toLowerCase() === profile.outlet.toLowerCase()) {
        return {
          storyId,
          duplicate: { ...copy, copyId: copy.articleId, canonicalId: id },
          explanation: {
            articleId: id, storyId, decision: 'joined', chosen, runnerUp: ranked.find((c) => c.storyId !== storyId) ?? null, threshold,
            summary: `The wire original (${profile.outlet}) of article ${copy.articleId}, which re-posts it (${pct(similarity)} of its word sequences shared), so it joins that article's story and is the canonical copy.`,
            duplicateOf: null,
          },
        };
      }
      return {
        storyId,
        duplicate: { ...copy, copyId: id, canonicalId: copy.articleId },
        explanation: {
          articleId: id, storyId, decision: 'duplicate-of', chosen, runnerUp: ranked.find((c) => c.storyId !== storyId) ?? null, threshold,
          summary: `A near-copy (${pct(similarity)} of its word sequences shared) of article ${copy.articleId}, so it follows that article's story.`,
          duplicateOf: copy.articleId,
        },
      };
    }

    const best = ranked[0];
    if (best && best.score >= threshold) {
      this.index.attach(id, best.storyId);
      const runnerUp = ranked[1] ?? null;
      return {
        storyId: best.storyId,
        duplicate: null,
        explanation: {
          articleId: id, storyId: best.storyId, decision: 'joined', chosen: best, runnerUp, threshold,
          summary: `Joined ${best.storyId} (score ${best.score.toFixed(2)}; ${describeComparison(best)}), above the threshold ${threshold}` +
            (runnerUp ? `; the runner-up ${runnerUp.storyId} scored ${runnerUp.score.toFixed(2)}.` : '; no other story was a candidate.'),
          duplicateOf: null,
        },
      };
    }

    const storyId = newStoryId(id);
    this.index.attach(id, storyId);
    return {
      storyId,
      duplicate: null,
      explanation: {
        articleId: id, storyId, decision: 'opened', chosen: null, runnerUp: best ?? null, threshold,
        summary: best
          ? `Opened a new story: the closest story ${best.storyId} scored ${best.score.toFixed(2)} (${describeComparison(best)}), below the threshold ${threshold}.`
          : 'Opened a new story: no stored story shares its names or distinctive words.',
        duplicateOf: null,
      },
    };
  }

  /**
   * One pass of batch refinement (for a full re-clustering, not incremental ingest): each article leaves
   * its story and is placed again against all the others — the story it scores best with, or a story of
   * its own below the threshold — then converging stories merge. This undoes what the arrival order did:
   * an early article that opened a story of its own before its event's other reports arrived.
   * Returns how many articles moved. User-corrected (pinned) stories keep their articles.
   */
  refine(articleIds: readonly string[]): number {
    let moved = 0;
    this.index.batchMode = true;
    for (const id of articleIds) {
      const from = this.index.storyOfArticle(id);
      if (!from || this.pinned.has(from)) continue;
      this.index.detach(id);
      const best = this.index.rank(id).find((c) => !this.pinned.has(c.storyId));
      const to = best && best.score >= this.weights.threshold ? best.storyId : this.index.sizeOf(from) === 0 ? from : newStoryId(id);
      this.index.attach(id, to);
      if (to !== from) moved++;
    }
    for (const storyId of this.index.storyIds()) {
      if (this.index.sizeOf(storyId) === 0) continue;
      this.mergeConverging(storyId, (from, to) => {
        for (const member of this.index.membersOf(from)) this.index.attach(member, to);
        moved++;
      });
    }
    this.index.batchMode = false;
    return moved;
  }

  /** Why an article is where it is now (after re-clustering moved it): its story against the others, without itself. */
  explainPlacement(articleId: string): AssignmentExplanation | null {
    const storyId = this.index.storyOfArticle(articleId);
    if (!storyId) return null;
    this.index.detach(articleId);
    const ranked = this.index.rank(articleId, { explain: true });
    this.index.attach(articleId, storyId);
    const chosen = ranked.find((c) => c.storyId === storyId) ?? null;
    const runnerUp = ranked.find((c) => c.storyId !== storyId) ?? null;
    const threshold = this.weights.threshold;
    const summary = chosen
      ? `Placed in ${storyId} by re-clustering (score ${chosen.score.toFixed(2)}; ${describeComparison(chosen)})` +
        (runnerUp ? `; the runner-up ${runnerUp.storyId} scored ${runnerUp.score.toFixed(2)}.` : '.')
      : `Placed in a story of its own by re-clustering: ${runnerUp ? `the closest story ${runnerUp.storyId} scored ${runnerUp.score.toFixed(2)}, below the threshold ${threshold}.` : 'no other story shares its names or distinctive words.'}`;
    return { articleId, storyId, decision: chosen ? 'joined' : 'opened', chosen, runnerUp, threshold, summary, duplicateOf: null };
  }

  /**
   * Merges `storyId` with the story it now scores at least the threshold against, again and again, the
   * smaller story moving into the larger (`move` does the moving); user-corrected stories are never
   * merged. Returns the story the articles ended in.
   */
  private mergeConverging(storyId: string, move: (from: string, to: string, score: number) => void): string {
    let current = storyId;
    while (!this.pinned.has(current)) {
      const near = this.index.closestStory(current);
      if (!near || near.score < this.weights.threshold || this.pinned.has(near.storyId)) break;
      const [from, to] = this.index.sizeOf(current) < this.index.sizeOf(near.storyId) ? [current, near.storyId] : [near.storyId, current];
      move(from, to, near.score);
      current = to;
    }
    return current;
  }

  /** Moves articles to a story by a user's decision, recording it as the explanation. */
  move(articleIds: readonly string[], storyId: string, decision: 'merged-by-user' | 'split-by-user', why: string): AssignmentExplanation[] {
    const out: AssignmentExplanation[] = [];
    this.pin(storyId);
    for (const id of articleIds) {
      const from = this.index.storyOfArticle(id);
      if (from) this.pin(from);
      this.index.attach(id, storyId);
    }
    for (const id of articleIds) {
      out.push({
        articleId: id, storyId, decision, chosen: this.index.compareWith(id, storyId), runnerUp: null, threshold: this.weights.threshold,
        summary: why, duplicateOf: null,
      });
    }
    return out;
  }
}

export { DEFAULT_WEIGHTS };
