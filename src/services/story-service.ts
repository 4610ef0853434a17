// The stories as every front door meets them (the CLI, the HTTP API and web UI; later, workers): new
// articles placed against a story index that matches the store (reloaded when another process changed
// the stories), corrections and re-clustering — each followed by rebuilding the stored dossiers of the
// stories it touched, so lists always show a story's one title and its claim counts — and lists, counts
// and single stories read through the store. A server keeps one for its life; a CLI command makes one.
import type { Store, StoryQuery, StorySummary } from '../store/index.js';
import { currentStoryDossier, dossierArticles, isStale, refreshStoryDossiers, type StoryDossier } from './story-dossiers.js';
import {
  KeptStoryIndex, clusterNewArticles, mergeStories, reclusterAll, splitStory, type ClusterOptions, type ClusterReport,
} from './stories.js';

/** A story loaded for its page or the API: its dossier and its related stories with their titles. */
export interface LoadedStory extends StoryDossier {
  related: { id: string; title: string; why: string }[];
}

export interface StoryList {
  stories: StorySummary[];
  /** Stories matching the filters, on every page. */
  total: number;
  hasMore: boolean;
}

/** Background warming builds a dossier only after this long without a request. */
const QUIET_MS = 1000;
/** Background warming leaves bigger stories to be built when they are listed or opened (about a second per 150 articles). */
const WARM_MAX_ARTICLES = 150;
/** Story views and list answers kept in memory until the store changes; beyond this the oldest go. */
const MAX_CACHED = 500;

export class StoryService {
  readonly store: Store;
  readonly #index = new KeptStoryIndex();
  #views = new Map<string, Promise<LoadedStory | null>>();
  #lists = new Map<string, Promise<StoryList>>();
  #outlets: Promise<string[]> | null = null;
  #dataVersion: number | null = null;
  /** Bumped when the caches are dropped; warming stops when it is closed (-1). */
  #generation = 0;
  #lastRequest = 0;

  constructor(store: Store) {
    this.store = store;
  }

  // ── changes: each rebuilds the dossiers of the stories it touched, and of the stories related to them ──

  /** Places every article that has no story yet (incremental clustering), then refreshes the touched stories' dossiers. */
  async placeNewArticles(options: ClusterOptions = {}): Promise<ClusterReport> {
    const touched = new Set<string>();
    const report = await clusterNewArticles(this.store, this.#index, { ...options, onChange: (ids) => ids.forEach((id) => touched.add(id)) });
    await this.#changed(touched);
    return report;
  }

  /** Clusters everything again; every story whose articles or related stories changed gets its dossier rebuilt. */
  async recluster(options: ClusterOptions = {}): Promise<ClusterReport> {
    const report = await reclusterAll(this.store, options);
    await this.#changed((await this.store.listStories({ limit: Number.MAX_SAFE_INTEGER })).map((s) => s.id));
    return report;
  }

  async merge(a: string, b: string, options: ClusterOptions = {}): Promise<StorySummary> {
    const touched = new Set<string>();
    const merged = await mergeStories(this.store, a, b, { ...options, onChange: (ids) => ids.forEach((id) => touched.add(id)) });
    await this.#changed(touched);
    return (await this.store.getStory(merged.id)) ?? merged;
  }

  async split(storyId: string, articleIds: readonly string[], options: ClusterOptions = {}): Promise<{ kept: StorySummary; split: StorySummary }> {
    const touched = new Set<string>();
    const result = await splitStory(this.store, storyId, articleIds, { ...options, onChange: (ids) => ids.forEach((id) => touched.add(id)) });
    await this.#changed(touched);
    return { kept: (await this.store.getStory(result.kept.id)) ?? result.kept, split: (await this.store.getStory(result.split.id)) ?? result.split };
  }

  /** The stories changed: their dossiers (and their related stories', whose background they are) are rebuilt; caches go. */
  async #changed(storyIds: Iterable<string>): Promise<void> {
    this.#forget();
    const ids = new Set(storyIds);
    for (const id of [...ids]) for (const r of await this.store.getRelated(id)) ids.add(r.relatedId);
    const stories: StorySummary[] = [];
    for (const id of ids) {
      const s = await this.store.getStory(id);
      if (s) stories.push(s);
    }
    await refreshStoryDossiers(this.store, stories);
    // Also after: a read while the dossiers were rebuilt may have kept a list from before.
    this.#forget();
  }

  // ── reads ──

  /**
   * A page of stories matching the filters, each with its stored title and claim counts (a story whose
   * dossier is missing or stale — a store from an older Dossier — has it built first), and the filtered total.
   */
  list(query: StoryQuery & { limit: number; offset: number }): Promise<StoryList> {
    const key = JSON.stringify(query);
    let cached = this.#lists.get(key);
    if (!cached) {
      if (this.#lists.size > MAX_CACHED) this.#lists.clear();
      cached = this.#loadList(query);
      this.#lists.set(key, cached);
      cached.catch(() => this.#lists.delete(key));
    }
    return cached;
  }

  async #loadList(query: StoryQuery & { limit: number; offset: number }): Promise<StoryList> {
    const page = await this.store.listStories({ ...query, limit: query.limit + 1 });
    const shown = page.slice(0, query.limit);
    const built = await refreshStoryDossiers(this.store, shown);
    const stories = shown.map((s) => {
      const d = built.get(s.id);
      return d ? { ...s, title: d.title, titleFrom: d.titleFrom, claims: d.claims } : s;
    });
    return { stories, total: await this.store.countStories(query), hasMore: page.length > query.limit };
  }

  /** A story as lists show it (by id or unique prefix), its dossier built first when missing or stale; null when there is no such story. */
  async summary(idOrPrefix: string): Promise<StorySummary | null> {
    const story = await this.store.getStory(idOrPrefix);
    if (!story) return null;
    const built = (await refreshStoryDossiers(this.store, [story])).get(story.id);
    return built ? { ...story, title: built.title, titleFrom: built.titleFrom, claims: built.claims } : story;
  }

  /** A story's dossier, articles and related stories (by id or unique prefix); null when there is no such story. */
  story(idOrPrefix: string): Promise<LoadedStory | null> {
    const cached = this.#views.get(idOrPrefix);
    if (cached) return cached;
    const view = this.#loadStory(idOrPrefix);
    if (this.#views.size >= MAX_CACHED) this.#views.delete(this.#views.keys().next().value!);
    this.#views.set(idOrPrefix, view);
    // A failed load is not kept: the next request tries again and reports its own error.
    view.catch(() => this.#views.delete(idOrPrefix));
    return view;
  }

  async #loadStory(idOrPrefix: string): Promise<LoadedStory | null> {
    const summary = await this.store.getStory(idOrPrefix);
    if (!summary) return null;
    const stored = await currentStoryDossier(this.store, summary);
    if (!stored) return null;
    const titles = new Map<string, string>();
    for (const r of stored.story.related) {
      const other = await this.summary(r.storyId);
      if (other) titles.set(other.id, other.title ?? other.id);
    }
    return {
      story: stored.story,
      articles: await dossierArticles(this.store, stored),
      related: stored.story.related.map((r) => ({ id: r.storyId, title: titles.get(r.storyId) ?? r.storyId, why: r.why })),
    };
  }

  /** The store's outlets (for filters), read once until the store changes. */
  outlets(): Promise<string[]> {
    this.#outlets ??= this.store.listOutlets();
    return this.#outlets;
  }

  /**
   * Call before every read of a long-lived service: notes the request (warming yields to traffic), and
   * forgets what it kept when another process wrote to the store (a `dossier ingest` while the server runs).
   */
  async checkFresh(): Promise<void> {
    this.#lastRequest = Date.now();
    const version = await this.store.dataVersion();
    if (this.#dataVersion !== null && version !== this.#dataVersion) this.#forget();
    this.#dataVersion = version;
  }

  /**
   * Builds the missing or stale dossiers of the stories (a store from an older Dossier, a command killed
   * before it rebuilt them), most recent first, one at a time when nobody is asking; stops when closed.
   */
  async warm(): Promise<number> {
    let built = 0;
    for (let offset = 0; this.#generation >= 0; offset += 200) {
      const page = await this.store.listStories({ limit: 200, offset });
      if (page.length === 0) break;
      for (const s of page.filter((x) => x.articleCount <= WARM_MAX_ARTICLES)) {
        // Building holds the event loop for milliseconds to a second: only when nobody is asking.
        // (The store's calls resolve at once, so yield to I/O first, or waiting requests are never seen.)
        await new Promise((resolve) => setImmediate(resolve));
        while (Date.now() - this.#lastRequest < QUIET_MS && this.#generation >= 0) await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
        if (this.#generation < 0) return built;
        if (!(await isStale(this.store, s))) continue;
        await refreshStoryDossiers(this.store, [s]);
        this.#forget();
        built++;
      }
    }
    return built;
  }

  /** Stops background warming; the service keeps answering. */
  close(): void {
    this.#forget();
    this.#generation = -1;
  }

  /** Drops the story views, lists and outlets kept: the store changed. */
  #forget(): void {
    if (this.#generation >= 0) this.#generation++;
    this.#views = new Map();
    this.#lists = new Map();
    this.#outlets = null;
  }
}
