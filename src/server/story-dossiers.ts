// The cross-checked dossier of one story, built on first request and kept until the store changes, so
// the story page and `GET /api/stories/{id}` answer from memory. A story is built with its related
// stories' articles beside it (they can show that a figure or rank changed), and each build records the
// story's claim counts, which the stories list shows. Any write (ingest, merge, split) forgets everything.
import type { Dossier, DossierArticle, DossierStory } from '../core/dossier.js';
import { dossierForArticles } from '../services/analyze.js';
import type { Store } from '../store/index.js';

export interface StoryDossier {
  story: DossierStory;
  /** The story's own articles as the dossier prints them. */
  articles: DossierArticle[];
  /** Related stories in the dossier, by id, with their titles. */
  relatedTitles: Map<string, string>;
}

/** What the stories list shows of a built dossier: its claim counts and its title (the articles' words). */
export interface ClaimCounts {
  corroborated: number;
  conflicting: number;
  title: string;
}

/** Background warming builds a dossier only after this long without a request. */
const QUIET_MS = 1000;
/** Background warming leaves bigger stories to be built when someone opens them (about a second per 150 articles). */
const WARM_MAX_ARTICLES = 150;
/** Stories kept built; beyond this the least recently used is dropped. */
const MAX_CACHED = 500;

export class StoryDossiers {
  readonly #store: Store;
  readonly #cache = new Map<string, Promise<StoryDossier | null>>();
  readonly #counts = new Map<string, ClaimCounts>();
  #generation = 0;
  #outlets: Promise<string[]> | null = null;
  #lists = new Map<string, Promise<unknown>>();
  #dataVersion: number | null = null;
  /** When the last request came (ms since epoch); background warming waits for a quiet second. */
  #lastRequest = 0;

  constructor(store: Store) {
    this.#store = store;
  }

  /** The story's dossier, built once per store generation; null when no such story exists. */
  get(storyId: string): Promise<StoryDossier | null> {
    const cached = this.#cache.get(storyId);
    if (cached) {
      this.#cache.delete(storyId);
      this.#cache.set(storyId, cached);
      return cached;
    }
    const generation = this.#generation;
    const built = this.#build(storyId, generation);
    this.#cache.set(storyId, built);
    if (this.#cache.size > MAX_CACHED) this.#cache.delete(this.#cache.keys().next().value!);
    // A failed build is not kept: the next request tries again and reports its own error.
    built.catch(() => this.#cache.delete(storyId));
    return built;
  }

  /** Claim counts of a story whose dossier was built since the last write, else undefined. */
  counts(storyId: string): ClaimCounts | undefined {
    return this.#counts.get(storyId);
  }

  /**
   * Builds the dossiers of the most recent stories one after another, yielding between them, so the
   * stories list shows claim counts without anyone opening each story first. Stops at the first write.
   */
  async warm(limit = 200): Promise<number> {
    const generation = this.#generation;
    const stories = await this.#store.listStories({ limit });
    let built = 0;
    for (const s of stories.filter((x) => x.articleCount <= WARM_MAX_ARTICLES)) {
      // Building a dossier holds the event loop for milliseconds to a second: only when nobody is asking.
      // (The store's calls resolve at once, so yield to I/O first, or waiting requests are never seen.)
      await new Promise((resolve) => setImmediate(resolve));
      while (Date.now() - this.#lastRequest < QUIET_MS) {
        if (generation !== this.#generation) return built;
        await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
      }
      if (generation !== this.#generation) break;
      await this.get(s.id);
      built++;
    }
    return built;
  }

  /** The store's outlets (for the stories page's filter), read once per store generation. */
  outlets(): Promise<string[]> {
    this.#outlets ??= this.#store.listOutlets();
    return this.#outlets;
  }

  /**
   * Called before every read: notes the request (warming yields to traffic) and forgets everything when
   * another process wrote to the store (a `dossier ingest` while the server runs).
   */
  async checkFresh(): Promise<void> {
    this.#lastRequest = Date.now();
    const version = await this.#store.dataVersion();
    if (this.#dataVersion !== null && version !== this.#dataVersion) this.invalidate();
    this.#dataVersion = version;
  }

  /** A list answer (stories page, filters), kept per query until the store changes. */
  list<T>(key: string, load: () => Promise<T>): Promise<T> {
    let cached = this.#lists.get(key) as Promise<T> | undefined;
    if (!cached) {
      if (this.#lists.size > 200) this.#lists.clear();
      cached = load();
      this.#lists.set(key, cached);
      cached.catch(() => this.#lists.delete(key));
    }
    return cached;
  }

  /** Forgets every built dossier, count, list and outlet list: the store changed. */
  invalidate(): void {
    this.#generation++;
    this.#cache.clear();
    this.#counts.clear();
    this.#lists.clear();
    this.#outlets = null;
  }

  async #build(storyId: string, generation: number): Promise<StoryDossier | null> {
    const summary = await this.#store.getStory(storyId);
    if (!summary) return null;
    const related = await this.#store.getRelated(summary.id);
    const relatedIds: string[] = [];
    const relatedTitles = new Map<string, string>();
    for (const r of related) {
      const other = await this.#store.getStory(r.relatedId);
      if (!other) continue;
      for (const id of other.articleIds) relatedIds.push(id);
      relatedTitles.set(other.id, other.title ?? other.lead ?? other.id);
    }
    // Only this story is cross-checked; the related stories' articles are its background.
    const dossier: Dossier = await dossierForArticles(this.#store, [...summary.articleIds, ...relatedIds], new Set([summary.id]));
    const story = dossier.stories.find((s) => s.id === summary.id);
    if (!story) return null;
    if (generation === this.#generation) {
      this.#counts.set(story.id, {
        corroborated: story.claims.filter((c) => c.status === 'corroborated').length,
        conflicting: story.claims.filter((c) => c.status === 'conflicting').length,
        title: story.title,
      });
    }
    const own = new Set(story.articleIds);
    return {
      story,
      articles: dossier.articles.filter((a) => own.has(a.id)),
      relatedTitles,
    };
  }
}
