// The stories use cases over the store: cluster newly stored articles (incremental), re-cluster
// everything, merge and split stories by hand (corrections that are replayed after every re-clustering),
// and explain an article's assignment. The clustering itself is src/stories; this file keeps it in step
// with the store. Every change to the stories is made holding the store's clustering lock, from an index
// that is current under it, and written with its near-copy and related links in one transaction — so
// several processes never place one article twice, and a process killed at any moment leaves the stories
// consistent, its unplaced articles to the next run.
import { InputError } from '../core/errors.js';
import type { AssignmentExplanation, RelatedStory, StoryCorrection } from '../core/stories.js';
import type { ClusteringLock, StoriesChange, Store, StoryAssignment, StorySummary } from '../store/index.js';
import { StoryClusterer, newStoryId, type Assignment } from '../stories/clusterer.js';
import { findRelatedStories } from '../stories/related.js';
import { profileArticle } from '../stories/profile.js';
import { withCurrentAnnotations } from './article-annotations.js';

/** Refinement passes of a full re-clustering (bench:stories measures the effect on ECB+ train). */
const RECLUSTER_REFINE_PASSES = 3;
/**
 * New articles are placed and stored this many at a time: a kill loses at most one step's work, and the
 * write lock is held for one step's writes only (about 50 ms at 10,000 articles), so other processes'
 * articles are stored in between.
 */
const CLUSTER_STEP_ARTICLES = 250;

export interface ClusterOptions {
  /** Told once, with who holds it, when another process is changing the stories and this one waits. */
  onWait?: (holder: string) => void;
  /** Told the stories each written step placed articles in or changed the related links of (their dossiers are then stale). */
  onChange?: (storyIds: readonly string[]) => void;
}

export interface ClusterReport {
  /** Articles given a story in this run. */
  assigned: number;
  joined: number;
  opened: number;
  duplicates: number;
  /** Earlier articles that moved because two stories merged. */
  moved: number;
  stories: number;
}

/** Rebuilds the in-memory clustering state from the store. */
export async function loadClusterer(store: Store): Promise<StoryClusterer> {
  const clusterer = new StoryClusterer();
  for (const a of await store.listClusteredArticles()) {
    clusterer.restore({ profile: a.profile, text: a.text, published: a.published, ingestedAt: a.ingestedAt }, a.storyId);
  }
  // Stories touched by a correction stay as the user left them (no automatic merging).
  for (const c of await store.listCorrections()) {
    for (const id of c.articleIds) {
      const story = clusterer.index.storyOfArticle(id);
      if (story) clusterer.pin(story);
    }
  }
  return clusterer;
}

async function assignArticle(store: Store, clusterer: StoryClusterer, id: string): Promise<{ result: Assignment; record: StoryAssignment } | null> {
  const stored = await store.getArticle(id);
  if (!stored) return null;
  const article = withCurrentAnnotations(stored);
  const profile = profileArticle(article);
  const result = clusterer.assign({ profile, text: article.text, published: article.published, ingestedAt: article.ingestedAt });
  return { result, record: { articleId: id, storyId: result.storyId, explanation: result.explanation, profile } };
}

/**
 * A story index kept in memory between calls (a server's): used while it matches the store's stories
 * version (see Store.storiesVersion), reloaded when anyone — another process, a merge — changed the stories.
 */
export class KeptStoryIndex {
  #clusterer: StoryClusterer | null = null;
  #version: number | null = null;

  /** The index as the stories are now; call it holding the clustering lock, so that nobody changes them meanwhile. */
  async current(store: Store): Promise<StoryClusterer> {
    const version = await store.storiesVersion();
    if (this.#clusterer && this.#version === version) return this.#clusterer;
    this.#clusterer = null;
    this.#clusterer = await loadClusterer(store);
    this.#version = version;
    return this.#clusterer;
  }

  /** Writes a step made on the index; the index then matches the new version, or (the write failed) is forgotten. */
  async apply(store: Store, lock: ClusteringLock, change: StoriesChange, options: ClusterOptions = {}): Promise<void> {
    this.#version = null;
    this.#version = await apply(store, lock, change, options);
  }
}

/** Writes a step under the lock; returns the new stories version. */
async function apply(store: Store, lock: ClusteringLock, change: StoriesChange, options: ClusterOptions = {}): Promise<number> {
  const version = await store.applyStoriesChange(change, lock);
  options.onChange?.([...new Set([...change.assignments.map((a) => a.storyId), ...(change.related?.storyIds ?? [])])]);
  return version;
}

type Decided = { result: Assignment; record: StoryAssignment };

/** The store change for a batch of decisions: assignments and moves, near-copy links, the touched stories' related links. */
async function changeFor(store: Store, clusterer: StoryClusterer, decided: readonly Decided[]): Promise<StoriesChange> {
  const records: StoryAssignment[] = [];
  for (const { result, record } of decided) {
    records.push({ ...record, storyId: clusterer.index.storyOfArticle(record.articleId) ?? record.storyId });
    for (const m of result.moved) {
      const profile = clusterer.index.profile(m.articleId);
      if (profile) records.push({ articleId: m.articleId, storyId: m.storyId, explanation: m, profile });
    }
  }
  // A later merge in the same batch may have moved an article again: keep its last record only.
  const last = new Map(records.map((r) => [r.articleId, r]));
  const touched = new Set<string>();
  for (const r of last.values()) touched.add(clusterer.index.storyOfArticle(r.articleId) ?? r.storyId);
  return {
    assignments: [...last.values()].map((r) => {
      const storyId = clusterer.index.storyOfArticle(r.articleId) ?? r.storyId;
      return { ...r, storyId, explanation: { ...r.explanation, storyId } };
    }),
    duplicates: decided.flatMap(({ result }) =>
      result.duplicate
        ? [{ articleId: result.duplicate.copyId, canonicalId: result.duplicate.canonicalId, similarity: Math.max(result.duplicate.jaccard, result.duplicate.containment), reason: result.explanation.summary }]
        : [],
    ),
    related: await relatedChange(store, clusterer, touched),
  };
}

/**
 * The related links of the given stories and of their partners, as the index now stands. The partners'
 * other links are read before the step is written, so a link to a story this step merges away is dropped
 * here (the store drops it only from the stories as they were).
 */
async function relatedChange(store: Store, clusterer: StoryClusterer, storyIds: Iterable<string>): Promise<NonNullable<StoriesChange['related']>> {
  const live = (id: string) => clusterer.index.sizeOf(id) > 0;
  const ids = new Set([...storyIds].filter(live));
  const links = findRelatedStories(clusterer.index, ids);
  // Links are symmetric: each touched story's partners learn of it too.
  const reverse: RelatedStory[] = links.map((l) => ({ storyId: l.relatedId, relatedId: l.storyId, score: l.score, why: l.why }));
  const partners = new Set(reverse.map((l) => l.storyId).filter((id) => !ids.has(id)));
  const existing: RelatedStory[] = [];
  for (const p of partners) existing.push(...(await store.getRelated(p)).filter((l) => !ids.has(l.relatedId) && live(l.relatedId)));
  const all = [...links, ...reverse.filter((l) => !ids.has(l.storyId) || !links.some((x) => x.storyId === l.storyId && x.relatedId === l.relatedId)), ...existing];
  const unique = new Map(all.map((l) => [`${l.storyId} ${l.relatedId}`, l]));
  return { storyIds: [...ids, ...partners], links: [...unique.values()] };
}

function count(report: ClusterReport, result: Assignment): void {
  report.assigned++;
  report.moved += result.moved.length;
  if (result.explanation.decision === 'duplicate-of') report.duplicates++;
  else if (result.explanation.decision === 'opened') report.opened++;
  else report.joined++;
}

/**
 * Gives every article that has no story yet its story, in ingestion order, CLUSTER_STEP_ARTICLES at a time;
 * articles other processes store meanwhile are placed too. `kept` (a server's index, kept between calls) is
 * used when it is current, else reloaded.
 */
export async function clusterNewArticles(store: Store, kept = new KeptStoryIndex(), options: ClusterOptions = {}): Promise<ClusterReport> {
  const report: ClusterReport = { assigned: 0, joined: 0, opened: 0, duplicates: 0, moved: 0, stories: 0 };
  // Nothing to place (a batch of duplicates, a read-only store): no lock, no write.
  if ((await store.listUnclusteredIds()).length === 0) return { ...report, stories: await store.countStories() };
  await store.withClusteringLock(async (lock) => {
    // Under the lock: whatever another process placed before is in the store, and nobody places more.
    const state = await kept.current(store);
    const tried = new Set<string>();
    const untried = async () => (await store.listUnclusteredIds()).filter((id) => !tried.has(id));
    // Until none is left: the articles other processes stored while this one placed the first ones, too.
    for (let ids = await untried(); ids.length > 0; ids = await untried()) {
      for (let at = 0; at < ids.length; at += CLUSTER_STEP_ARTICLES) {
        const decided: Decided[] = [];
        for (const id of ids.slice(at, at + CLUSTER_STEP_ARTICLES)) {
          tried.add(id);
          const d = await assignArticle(store, state, id);
          if (d) decided.push(d);
        }
        if (decided.length === 0) continue;
        await kept.apply(store, lock, await changeFor(store, state, decided), options);
        for (const d of decided) count(report, d.result);
      }
    }
  }, options);
  return { ...report, stories: await store.countStories() };
}

/** Forgets every assignment and clusters all stored articles again (publication order, undated last), then replays the corrections. */
export async function reclusterAll(store: Store, options: ClusterOptions = {}): Promise<ClusterReport> {
  const report: ClusterReport = { assigned: 0, joined: 0, opened: 0, duplicates: 0, moved: 0, stories: 0 };
  await store.withClusteringLock(async (lock) => {
    const ids = (await store.listClusteredArticles()).map((a) => a.articleId);
    ids.push(...(await store.listUnclusteredIds()));
    const articles = [];
    for (const id of new Set(ids)) {
      const a = await store.getArticle(id);
      if (a) articles.push(a);
    }
    articles.sort((a, b) => (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || a.ingestedAt.localeCompare(b.ingestedAt) || a.id.localeCompare(b.id));
    const clusterer = new StoryClusterer();
    const decided: Decided[] = [];
    for (const stored of articles) {
      const d = await assignArticle(store, clusterer, stored.id);
      if (!d) continue;
      decided.push(d);
      count(report, { ...d.result, moved: [] });
    }
    // Batch refinement: every article is placed again now that all are known (see StoryClusterer.refine).
    const placed = decided.map((d) => d.record.articleId);
    for (let pass = 0; pass < RECLUSTER_REFINE_PASSES; pass++) if (clusterer.refine(placed) === 0) break;
    for (const d of decided) {
      if (d.result.duplicate || clusterer.index.storyOfArticle(d.record.articleId) === d.record.storyId) continue;
      const why = clusterer.explainPlacement(d.record.articleId);
      if (!why) continue;
      d.result = { ...d.result, explanation: why, moved: [] };
      d.record = { ...d.record, storyId: why.storyId, explanation: why };
    }
    const change = await changeFor(store, clusterer, decided);
    // The corrections, replayed in order: an article a correction moves is recorded with that move, last.
    const assignments = new Map(change.assignments.map((a) => [a.articleId, a]));
    for (const c of await store.listCorrections()) {
      for (const a of moveByCorrection(clusterer, c)?.assignments ?? []) {
        assignments.delete(a.articleId);
        assignments.set(a.articleId, a);
      }
    }
    // Everything in one transaction: a re-clustering killed half-way leaves the old stories as they were.
    await apply(store, lock, {
      clear: true,
      assignments: [...assignments.values()],
      duplicates: change.duplicates,
      related: await relatedChange(store, clusterer, clusterer.index.storyIds()),
    }, options);
  }, options);
  return { ...report, stories: await store.countStories() };
}

async function storyOrFail(store: Store, idOrPrefix: string): Promise<StorySummary> {
  const story = await store.getStory(idOrPrefix);
  if (!story) throw new InputError('not-found', `stories: no story "${idOrPrefix}"; run \`dossier stories list\` to see the story ids`);
  return story;
}

/** Moves articles into a story by a correction, in memory; returns the story they are now in and their new assignments. */
function moveByCorrection(clusterer: StoryClusterer, c: StoryCorrection): { target: string; assignments: StoryAssignment[] } | null {
  const present = c.articleIds.filter((id) => clusterer.index.storyOfArticle(id) !== null);
  if (present.length === 0) return null;
  let target: string;
  let explanations: AssignmentExplanation[];
  if (c.kind === 'merge') {
    // The story holding most of the merged articles keeps its id.
    const counts = new Map<string, number>();
    for (const id of present) { const s = clusterer.index.storyOfArticle(id)!; counts.set(s, (counts.get(s) ?? 0) + 1); }
    target = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    explanations = clusterer.move(present, target, 'merged-by-user', `Merged by a user on ${c.at.slice(0, 10)}: stories ${c.storyIds.join(' and ')} are one event.`);
  } else {
    const first = [...present].sort()[0]!;
    // A fresh id: splitting a split story again must not land in the story it leaves.
    target = `${newStoryId(first)}-split`;
    for (let n = 2; clusterer.index.membersOf(target).some((id) => !present.includes(id)) || target === clusterer.index.storyOfArticle(first); n++) {
      target = `${newStoryId(first)}-split${n}`;
    }
    explanations = clusterer.move(present, target, 'split-by-user', `Split by a user on ${c.at.slice(0, 10)} out of story ${c.storyId}: these articles are a different event.`);
  }
  return { target, assignments: explanations.map((e) => ({ articleId: e.articleId, storyId: e.storyId, explanation: e, profile: clusterer.index.profile(e.articleId)! })) };
}

/** Merges story `b` into story `a` (or the other way round when b is larger) and records the correction. */
export async function mergeStories(store: Store, a: string, b: string, options: ClusterOptions = {}): Promise<StorySummary> {
  return store.withClusteringLock(async (lock) => {
    const first = await storyOrFail(store, a);
    const second = await storyOrFail(store, b);
    if (first.id === second.id) throw new InputError('usage', `stories: "${a}" and "${b}" are the same story`);
    const correction: StoryCorrection = { kind: 'merge', storyIds: [first.id, second.id], articleIds: [...first.articleIds, ...second.articleIds], at: new Date().toISOString() };
    const clusterer = await loadClusterer(store);
    const moved = moveByCorrection(clusterer, correction)!;
    const touched = [moved.target, first.id, second.id].filter((id) => clusterer.index.membersOf(id).length > 0);
    await apply(store, lock, { assignments: moved.assignments, duplicates: [], related: await relatedChange(store, clusterer, touched), correction }, options);
    return (await store.getStory(moved.target))!;
  }, options);
}

/** Moves the given articles of a story into a new story of their own and records the correction. */
export async function splitStory(store: Store, storyIdOrPrefix: string, articleIds: readonly string[], options: ClusterOptions = {}): Promise<{ kept: StorySummary; split: StorySummary }> {
  return store.withClusteringLock(async (lock) => {
    const story = await storyOrFail(store, storyIdOrPrefix);
    const ids: string[] = [];
    for (const given of new Set(articleIds)) {
      const match = story.articleIds.filter((id) => id === given || (given.length >= 6 && id.startsWith(given)));
      if (match.length !== 1) {
        throw new InputError('usage', `stories: "${given}" is not ${match.length > 1 ? 'a unique id of an article' : 'an article'} of story ${story.id}; \`dossier stories show ${story.id}\` lists them`);
      }
      if (!ids.includes(match[0]!)) ids.push(match[0]!);
    }
    if (ids.length === 0 || ids.length >= story.articleIds.length) {
      throw new InputError('usage', `stories: a split needs some but not all of the ${story.articleIds.length} articles of story ${story.id}`);
    }
    const correction: StoryCorrection = { kind: 'split', storyId: story.id, articleIds: [...new Set(ids)], at: new Date().toISOString() };
    const clusterer = await loadClusterer(store);
    const moved = moveByCorrection(clusterer, correction)!;
    await apply(store, lock, { assignments: moved.assignments, duplicates: [], related: await relatedChange(store, clusterer, [story.id, moved.target]), correction }, options);
    return { kept: (await store.getStory(story.id))!, split: (await store.getStory(moved.target))! };
  }, options);
}

/** Why an article is in its story, or null when it is unknown or not clustered yet. */
export async function explainArticle(store: Store, idOrPrefix: string): Promise<{ assignment: StoryAssignment; story: StorySummary; duplicates: Awaited<ReturnType<Store['getDuplicates']>> } | null> {
  const article = await store.getArticle(idOrPrefix);
  if (!article) return null;
  const assignment = await store.getAssignment(article.id);
  if (!assignment) return null;
  const story = await store.getStory(assignment.storyId);
  return story ? { assignment, story, duplicates: await store.getDuplicates(article.id) } : null;
}
