// The stories use cases over the store: cluster newly stored articles (incremental), re-cluster
// everything, merge and split stories by hand (corrections that are replayed after every re-clustering),
// and explain an article's assignment. The clustering itself is src/stories; this file keeps it in step
// with the store.
import { InputError } from '../core/errors.js';
import type { AssignmentExplanation, RelatedStory, StoryCorrection } from '../core/stories.js';
import type { Store, StoryAssignment, StorySummary } from '../store/index.js';
import { StoryClusterer, newStoryId, type Assignment } from '../stories/clusterer.js';
import { findRelatedStories } from '../stories/related.js';
import { profileArticle } from '../stories/profile.js';
import { withCurrentAnnotations } from './article-annotations.js';

/** Refinement passes of a full re-clustering (bench:stories measures the effect on ECB+ train). */
const RECLUSTER_REFINE_PASSES = 3;

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

/** Writes one batch of decisions: assignments, moves, duplicate links and the touched stories' related links. */
async function persist(store: Store, clusterer: StoryClusterer, decided: { result: Assignment; record: StoryAssignment }[]): Promise<void> {
  const records: StoryAssignment[] = [];
  const touched = new Set<string>();
  for (const { result, record } of decided) {
    records.push({ ...record, storyId: clusterer.index.storyOfArticle(record.articleId) ?? record.storyId });
    for (const m of result.moved) {
      const profile = clusterer.index.profile(m.articleId);
      if (profile) records.push({ articleId: m.articleId, storyId: m.storyId, explanation: m, profile });
    }
  }
  // A later merge in the same batch may have moved an article again: keep its last record only.
  const last = new Map(records.map((r) => [r.articleId, r]));
  for (const r of last.values()) touched.add(clusterer.index.storyOfArticle(r.articleId) ?? r.storyId);
  await store.putAssignments([...last.values()].map((r) => {
    const storyId = clusterer.index.storyOfArticle(r.articleId) ?? r.storyId;
    return { ...r, storyId, explanation: { ...r.explanation, storyId } };
  }));
  await store.putDuplicates(
    decided.flatMap(({ result, record }) =>
      result.duplicate
        ? [{ articleId: result.duplicate.copyId, canonicalId: result.duplicate.canonicalId, similarity: Math.max(result.duplicate.jaccard, result.duplicate.containment), reason: result.explanation.summary }]
        : [],
    ),
  );
  await refreshRelated(store, clusterer, touched);
}

async function refreshRelated(store: Store, clusterer: StoryClusterer, storyIds: Iterable<string>): Promise<void> {
  const ids = new Set(storyIds);
  const links = findRelatedStories(clusterer.index, ids);
  // Links are symmetric: each touched story's partners learn of it too.
  const reverse: RelatedStory[] = links.map((l) => ({ storyId: l.relatedId, relatedId: l.storyId, score: l.score, why: l.why }));
  const partners = new Set(reverse.map((l) => l.storyId).filter((id) => !ids.has(id)));
  const existing: RelatedStory[] = [];
  for (const p of partners) existing.push(...(await store.getRelated(p)).filter((l) => !ids.has(l.relatedId)));
  const all = [...links, ...reverse.filter((l) => !ids.has(l.storyId) || !links.some((x) => x.storyId === l.storyId && x.relatedId === l.relatedId)), ...existing];
  const unique = new Map(all.map((l) => [`${l.storyId} ${l.relatedId}`, l]));
  await store.putRelated([...ids, ...partners], [...unique.values()]);
}

/** Gives every article that has no story yet its story, in ingestion order. */
export async function clusterNewArticles(store: Store, clusterer?: StoryClusterer): Promise<ClusterReport> {
  const ids = await store.listUnclusteredIds();
  const report: ClusterReport = { assigned: 0, joined: 0, opened: 0, duplicates: 0, moved: 0, stories: 0 };
  if (ids.length === 0) return { ...report, stories: await store.countStories() };
  const state = clusterer ?? (await loadClusterer(store));
  const decided = [];
  for (const id of ids) {
    const d = await assignArticle(store, state, id);
    if (!d) continue;
    decided.push(d);
    report.assigned++;
    report.moved += d.result.moved.length;
    if (d.result.explanation.decision === 'duplicate-of') report.duplicates++;
    else if (d.result.explanation.decision === 'opened') report.opened++;
    else report.joined++;
  }
  await persist(store, state, decided);
  return { ...report, stories: await store.countStories() };
}

/** Forgets every assignment and clusters all stored articles again (publication order, undated last), then replays the corrections. */
export async function reclusterAll(store: Store): Promise<ClusterReport> {
  const ids = (await store.listClusteredArticles()).map((a) => a.articleId);
  ids.push(...(await store.listUnclusteredIds()));
  const articles = [];
  for (const id of new Set(ids)) {
    const a = await store.getArticle(id);
    if (a) articles.push(a);
  }
  articles.sort((a, b) => (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || a.ingestedAt.localeCompare(b.ingestedAt) || a.id.localeCompare(b.id));
  await store.clearStories();
  const clusterer = new StoryClusterer();
  const report: ClusterReport = { assigned: 0, joined: 0, opened: 0, duplicates: 0, moved: 0, stories: 0 };
  const decided = [];
  for (const stored of articles) {
    const d = await assignArticle(store, clusterer, stored.id);
    if (!d) continue;
    decided.push(d);
    report.assigned++;
    if (d.result.explanation.decision === 'duplicate-of') report.duplicates++;
    else if (d.result.explanation.decision === 'opened') report.opened++;
    else report.joined++;
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
  await persist(store, clusterer, decided);
  const corrections = await store.listCorrections();
  for (const c of corrections) await applyCorrection(store, clusterer, c);
  await refreshRelated(store, clusterer, clusterer.index.storyIds());
  return { ...report, stories: await store.countStories() };
}

async function storyOrFail(store: Store, idOrPrefix: string): Promise<StorySummary> {
  const story = await store.getStory(idOrPrefix);
  if (!story) throw new InputError('not-found', `stories: no story "${idOrPrefix}"; run \`dossier stories list\` to see the story ids`);
  return story;
}

/** Moves articles into a story by a correction and stores the result. */
async function applyCorrection(store: Store, clusterer: StoryClusterer, c: StoryCorrection): Promise<string | null> {
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
  await store.putAssignments(explanations.map((e) => ({ articleId: e.articleId, storyId: e.storyId, explanation: e, profile: clusterer.index.profile(e.articleId)! })));
  return target;
}

/** Merges story `b` into story `a` (or the other way round when b is larger) and records the correction. */
export async function mergeStories(store: Store, a: string, b: string): Promise<StorySummary> {
  const first = await storyOrFail(store, a);
  const second = await storyOrFail(store, b);
  if (first.id === second.id) throw new InputError('usage', `stories: "${a}" and "${b}" are the same story`);
  const correction: StoryCorrection = { kind: 'merge', storyIds: [first.id, second.id], articleIds: [...first.articleIds, ...second.articleIds], at: new Date().toISOString() };
  const clusterer = await loadClusterer(store);
  const target = await applyCorrection(store, clusterer, correction);
  await store.addCorrection(correction);
  await refreshRelated(store, clusterer, [target!, first.id, second.id].filter((id) => clusterer.index.membersOf(id).length > 0));
  return (await store.getStory(target!))!;
}

/** Moves the given articles of a story into a new story of their own and records the correction. */
export async function splitStory(store: Store, storyIdOrPrefix: string, articleIds: readonly string[]): Promise<{ kept: StorySummary; split: StorySummary }> {
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
  const target = await applyCorrection(store, clusterer, correction);
  await store.addCorrection(correction);
  await refreshRelated(store, clusterer, [story.id, target!]);
  return { kept: (await store.getStory(story.id))!, split: (await store.getStory(target!))! };
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
