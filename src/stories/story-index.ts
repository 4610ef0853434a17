// The in-memory state of clustering: every story's centroid (summed term and entity weights, date span,
// quotes, datelines) and an inverted index from a story's strongest terms and entities to the story,
// so a new article is compared with a few dozen candidate stories instead of all of them.
import type { ArticleProfile, SharedFeature, StoryComparison } from '../core/stories.js';
import { combineScore, dateFactor, dayNumber, DEFAULT_WEIGHTS, isTopicNameAcross, type SimilarityWeights } from './similarity.js';

/** Days from `day` to the nearest of `days` (sorted ascending, non-empty). */
function nearestGap(day: number, days: readonly number[]): number {
  let lo = 0;
  let hi = days.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  const after = Math.abs(days[lo]! - day);
  return lo > 0 ? Math.min(after, Math.abs(day - days[lo - 1]!)) : after;
}

/** The smallest distance in days between two sorted day lists. */
function closestDays(a: readonly number[], b: readonly number[]): number {
  let best = Infinity;
  for (const d of a.length <= b.length ? a : b) best = Math.min(best, nearestGap(d, a.length <= b.length ? b : a));
  return best;
}
import { DocumentFrequencies } from './term-stats.js';

/** A story is indexed under this many of its strongest terms; an article looks up as many of its own. */
const POSTING_TERMS = 24;
const QUERY_TERMS = 24;
/** Stories scored in full per article, the ones sharing most indexed keys first. */
const MAX_CANDIDATES = 16;
/** Keys indexing more than this many stories (or 2% of them) are not walked when looking for candidates. */
const COMMON_KEY_STORIES = 100;
/** Stories checked for a merge after each join: the few sharing most indexed keys (a merge needs a strong overlap). */
const MERGE_CANDIDATES = 4;
/** A big story's centroid keeps its strongest terms and names only, so memory and update cost stay bounded. */
const CENTROID_TERMS = 600;
const CENTROID_ENTITIES = 200;
/** A story is indexed under this many of its strongest names. */
const POSTING_ENTITIES = 24;
/**
 * Above this size a story's postings are recomputed every 16th change only: its strongest words and
 * names no longer move with one more report, and re-indexing on every join would make a 400-report
 * story cost 400 re-indexings.
 */
const STABLE_STORY = 64;

interface StoryState {
  id: string;
  members: Set<string>;
  terms: Map<string, number>;
  entities: Map<string, number>;
  entityNames: Map<string, { name: string; type: SharedFeature['kind'] }>;
  quotes: Map<string, number>;
  dateFrom: string | null;
  dateTo: string | null;
  /**
   * Its members' dates as day numbers, sorted. The date gap is to the nearest member, not to the span:
   * a span that grew from 2 January to 8 March would otherwise swallow every report in between.
   */
  days: number[];
  yearFrom: number | null;
  yearTo: number | null;
  dates: Map<string, number>;
  /** Anchor years of the members (publication year, else the latest year an article mentions). */
  years: Map<number, number>;
  /** Keys the story is currently indexed under. */
  postings: string[];
  termNorm: number;
  entityNorm: number;
  /** Members with at least one entity (the entity average is over these). */
  entityMembers: number;
}

/** An article's weighted vectors, computed once per lookup. */
interface ArticleVectors {
  terms: Map<string, number>;
  termNorm: number;
  entities: Map<string, number>;
  entityNorm: number;
  date: string | null;
  year: number | null;
}

const entityIndexKey = (key: string): string => `@${key}`;

/** The date that places an article in time: its publication date, else the date it mentions most. */
export function articleDate(profile: ArticleProfile): string | null {
  return profile.published ?? profile.eventDates.find((d) => d.length === 10) ?? null;
}

/**
 * The year an article belongs to: its publication year, else the latest year it mentions — an undated
 * report on a 2005 courthouse shooting that mentions only 2005 and earlier years was not written about a
 * 2009 jailbreak. Null when it mentions no year.
 */
export function articleYear(profile: ArticleProfile): number | null {
  const date = articleDate(profile);
  if (date) return Number(date.slice(0, 4));
  return profile.years.length > 0 ? Math.max(...profile.years) : null;
}

/** Years from `year` to the span [from, to], less one for the imprecision of a year anchor, in days. */
function yearGapDays(year: number, from: number, to: number): number {
  const gap = year < from ? from - year : year > to ? year - to : 0;
  return Math.max(0, gap - 1) * 365;
}

export class StoryIndex {
  readonly termDf = new DocumentFrequencies();
  readonly entityDf = new DocumentFrequencies();
  private readonly stories = new Map<string, StoryState>();
  private readonly postings = new Map<string, Set<string>>();
  private readonly profiles = new Map<string, ArticleProfile>();
  private readonly storyOf = new Map<string, string>();
  /** Per name, the weeks (day number / 7) of the dated articles mentioning it, with counts: how long it has been in the news. */
  private readonly nameWeeks = new Map<string, Map<number, number>>();

  /** Set while every article is known (re-clustering passes): words used once are left out. */
  batchMode = false;

  constructor(readonly weights: SimilarityWeights = DEFAULT_WEIGHTS) {}

  get storyCount(): number {
    return this.stories.size;
  }

  get articleCount(): number {
    return this.profiles.size;
  }

  storyOfArticle(articleId: string): string | null {
    return this.storyOf.get(articleId) ?? null;
  }

  membersOf(storyId: string): string[] {
    return [...(this.stories.get(storyId)?.members ?? [])];
  }

  /** Number of articles in a story (0 when it does not exist), without copying its members. */
  sizeOf(storyId: string): number {
    return this.stories.get(storyId)?.members.size ?? 0;
  }

  storyIds(): string[] {
    return [...this.stories.keys()];
  }

  profile(articleId: string): ArticleProfile | null {
    return this.profiles.get(articleId) ?? null;
  }

  /** Counts an article's terms and entities into the document frequencies (before it is compared). */
  observe(profile: ArticleProfile): void {
    if (this.profiles.has(profile.articleId)) return;
    this.profiles.set(profile.articleId, profile);
    this.termDf.add(profile.terms.map(([t]) => t));
    this.entityDf.add(profile.entities.map((e) => e.key));
    this.countWeeks(profile, 1);
  }

  private countWeeks(profile: ArticleProfile, sign: 1 | -1): void {
    if (!profile.published) return;
    const week = Math.floor(dayNumber(profile.published) / 7);
    for (const e of profile.entities) {
      let weeks = this.nameWeeks.get(e.key);
      if (!weeks) this.nameWeeks.set(e.key, (weeks = new Map()));
      const next = (weeks.get(week) ?? 0) + sign;
      if (next > 0) weeks.set(week, next);
      else weeks.delete(week);
      if (weeks.size === 0) this.nameWeeks.delete(e.key);
    }
  }

  /** Whether a shared name counts only as the topic's across `gapDays` (see SimilarityWeights.topicNameShare). */
  private isTopicName(key: string, gapDays: number | null): boolean {
    const name = { articles: this.entityDf.count(key), weeks: this.nameWeeks.get(key)?.size ?? 0 };
    return isTopicNameAcross(gapDays, name, this.entityDf.documents, this.weights);
  }

  /** Forgets an article entirely (it leaves its story first). */
  forget(articleId: string): void {
    const profile = this.profiles.get(articleId);
    if (!profile) return;
    this.detach(articleId);
    this.profiles.delete(articleId);
    this.termDf.remove(profile.terms.map(([t]) => t));
    this.entityDf.remove(profile.entities.map((e) => e.key));
    this.countWeeks(profile, -1);
  }

  private vectors(profile: ArticleProfile): ArticleVectors {
    const terms = new Map<string, number>();
    let tn = 0;
    for (const [t, c] of profile.terms) {
      // In a batch pass (all articles known), a word no other article uses cannot be shared; left in, it
      // would only lengthen the vector and lower every similarity of a long article (the yardstick's
      // min_df 2 does the same). Incrementally it stays: the next article may be the second to use it.
      if (this.batchMode && this.termDf.count(t) < 2) continue;
      const w = (1 + Math.log(c)) * this.termDf.idf(t);
      terms.set(t, w);
      tn += w * w;
    }
    const entities = new Map<string, number>();
    let en = 0;
    for (const e of profile.entities) {
      const w = (1 + Math.log(e.count)) * (e.event ? this.weights.eventName : this.weights.entityTypes[e.type]) * this.entityDf.idf(e.key);
      entities.set(e.key, w);
      en += w * w;
    }
    return { terms, termNorm: Math.sqrt(tn) || 1, entities, entityNorm: Math.sqrt(en) || 1, date: articleDate(profile), year: articleYear(profile) };
  }

  /** Stories sharing the most indexed keys with the article, best first. */
  private candidates(v: ArticleVectors): string[] {
    const hits = new Map<string, number>();
    const top = [...v.terms].sort((a, b) => b[1] - a[1]).slice(0, QUERY_TERMS);
    const keys = [...top.map(([t]) => t), ...[...v.entities.keys()].map(entityIndexKey)];
    // A key that indexes very many stories ("district", "minister" in a big store) says little about which
    // one this is and costs a walk over all of them; the article's rarer keys find its story.
    const common = Math.max(COMMON_KEY_STORIES, this.stories.size * 0.02);
    for (const k of keys) {
      const stories = this.postings.get(k);
      if (!stories || stories.size > common) continue;
      for (const s of stories) hits.set(s, (hits.get(s) ?? 0) + 1);
    }
    return [...hits].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES).map(([s]) => s);
  }

  private compare(v: ArticleVectors, profile: ArticleProfile, story: StoryState, explain: boolean): StoryComparison {
    const shared: SharedFeature[] = [];
    let dot = 0;
    for (const [t, w] of v.terms) {
      const s = story.terms.get(t);
      if (s === undefined) continue;
      const c = (w / v.termNorm) * s;
      dot += c;
      if (explain) shared.push({ kind: 'term', value: t, weight: c });
    }
    const n = story.members.size;
    const termSimilarity = dot / n;
    const calendarGap = v.date && story.days.length > 0 ? nearestGap(dayNumber(v.date), story.days) : null;
    const topicNames: string[] = [];
    let edot = 0;
    for (const [k, w] of v.entities) {
      const s = story.entities.get(k);
      if (s === undefined) continue;
      if (this.isTopicName(k, calendarGap)) {
        if (explain) topicNames.push(story.entityNames.get(k)?.name ?? k);
        continue;
      }
      const c = (w / v.entityNorm) * s;
      edot += c;
      if (explain) {
        const named = story.entityNames.get(k);
        shared.push({ kind: named?.type ?? 'other', value: named?.name ?? k, weight: c });
      }
    }
    const entitySimilarity = v.entities.size > 0 && story.entities.size > 0 ? edot / story.entityMembers : 0;
    const sharedQuotes = profile.quotes.filter((q) => story.quotes.has(q));
    const quoteOverlap = sharedQuotes.length > 0 ? 1 : 0;
    const dateGapDays = calendarGap !== null
      ? calendarGap
      : v.year !== null && story.yearFrom !== null && story.yearTo !== null
        ? yearGapDays(v.year, story.yearFrom, story.yearTo)
        : null;
    const factor = dateFactor(dateGapDays, this.weights, !(v.date && story.dateFrom));
    const score = combineScore(
      { termSimilarity, entitySimilarity, quoteOverlap, dateFactor: factor, hasEntities: v.entities.size > 0 && story.entities.size > 0 },
      this.weights,
    );
    if (explain) {
      for (const q of sharedQuotes) shared.push({ kind: 'quote', value: q, weight: 1 });
      // Normalize term and entity contributions to shares of their own similarity, for display.
      for (const f of shared) {
        if (f.kind === 'term') f.weight = f.weight / n;
        else if (f.kind !== 'quote') f.weight = f.weight / story.entityMembers;
      }
      shared.sort((a, b) => b.weight - a.weight);
    }
    return {
      storyId: story.id, score, termSimilarity, entitySimilarity, quoteOverlap, dateGapDays, dateFactor: factor, shared: explain ? shared.slice(0, 12) : [],
      ...(topicNames.length > 0 ? { topicNames: topicNames.slice(0, 5) } : {}),
    };
  }

  /** The candidate stories for an article (which must have been observed), best score first. */
  rank(articleId: string, options: { explain?: boolean; exclude?: ReadonlySet<string> } = {}): StoryComparison[] {
    const profile = this.profiles.get(articleId);
    if (!profile) return [];
    const v = this.vectors(profile);
    const out: StoryComparison[] = [];
    for (const id of this.candidates(v)) {
      const story = this.stories.get(id);
      if (!story || options.exclude?.has(id)) continue;
      if (story.members.size === 1 && story.members.has(articleId)) continue;
      out.push(this.compare(v, profile, story, false));
    }
    out.sort((a, b) => b.score - a.score);
    // The shared names and words are worked out for the two stories an explanation shows, not for all.
    if (options.explain) {
      for (let i = 0; i < Math.min(2, out.length); i++) out[i] = this.compare(v, profile, this.stories.get(out[i]!.storyId)!, true);
    }
    return out;
  }

  /** Compares an article with one named story (for explanations of user decisions). */
  compareWith(articleId: string, storyId: string): StoryComparison | null {
    const profile = this.profiles.get(articleId);
    const story = this.stories.get(storyId);
    if (!profile || !story) return null;
    return this.compare(this.vectors(profile), profile, story, true);
  }

  /**
   * The story that `storyId` is now most similar to, by average-link over their members (the dot product
   * of their unit-vector sums over both sizes), or null. Clustering merges two stories that converge:
   * single-pass assignment splits an event whose first two reports had little in common, and the third
   * report that resembles both is the evidence that joins them.
   */
  closestStory(storyId: string): { storyId: string; score: number } | null {
    const story = this.stories.get(storyId);
    if (!story) return null;
    let best: { storyId: string; score: number } | null = null;
    for (const id of this.storyCandidates(story).slice(0, MERGE_CANDIDATES)) {
      const c = this.compareStories(storyId, id, false)!;
      if (!best || c.score > best.score) best = { storyId: id, score: c.score };
    }
    return best;
  }

  /** Stories sharing the most indexed keys with `story`, best first (not itself). */
  private storyCandidates(story: StoryState): string[] {
    const hits = new Map<string, number>();
    for (const k of story.postings) for (const s of this.postings.get(k) ?? []) if (s !== story.id) hits.set(s, (hits.get(s) ?? 0) + 1);
    return [...hits].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES).map(([s]) => s);
  }

  /** Candidate stories near `storyId` (for related-story links). */
  neighbours(storyId: string): string[] {
    const story = this.stories.get(storyId);
    return story ? this.storyCandidates(story) : [];
  }

  /** Compares two stories by average link (see `closestStory`); `storyId` of the result is `otherId`. */
  compareStories(storyId: string, otherId: string, explain: boolean): StoryComparison | null {
    const story = this.stories.get(storyId);
    const other = this.stories.get(otherId);
    if (!story || !other) return null;
    const shared: SharedFeature[] = [];
    const pairs = story.members.size * other.members.size;
    const [small, large] = story.terms.size < other.terms.size ? [story, other] : [other, story];
    let dot = 0;
    for (const [t, w] of small.terms) {
      const x = large.terms.get(t);
      if (x === undefined) continue;
      dot += w * x;
      if (explain) shared.push({ kind: 'term', value: t, weight: (w * x) / pairs });
    }
    const termSimilarity = dot / pairs;
    const hasEntities = story.entityMembers > 0 && other.entityMembers > 0;
    const entityPairs = Math.max(1, story.entityMembers * other.entityMembers);
    const calendarGap = story.days.length > 0 && other.days.length > 0 ? closestDays(story.days, other.days) : null;
    const topicNames: string[] = [];
    let edot = 0;
    for (const [k, w] of story.entities) {
      const x = other.entities.get(k);
      if (x === undefined) continue;
      if (this.isTopicName(k, calendarGap)) {
        if (explain) topicNames.push(story.entityNames.get(k)?.name ?? k);
        continue;
      }
      edot += w * x;
      if (explain) {
        const named = story.entityNames.get(k);
        shared.push({ kind: named?.type ?? 'other', value: named?.name ?? k, weight: (w * x) / entityPairs });
      }
    }
    const entitySimilarity = hasEntities ? edot / entityPairs : 0;
    let quoteOverlap = 0;
    for (const q of story.quotes.keys()) {
      if (!other.quotes.has(q)) continue;
      quoteOverlap = 1;
      if (explain) shared.push({ kind: 'quote', value: q, weight: 1 });
    }
    let gap: number | null = null;
    const byYearOnly = !(story.dateFrom && other.dateFrom);
    if (calendarGap !== null) {
      gap = calendarGap;
    } else if (story.yearTo !== null && other.yearFrom !== null && other.yearTo !== null && story.yearFrom !== null) {
      gap = Math.min(yearGapDays(story.yearFrom, other.yearFrom, other.yearTo), yearGapDays(story.yearTo, other.yearFrom, other.yearTo));
    }
    // No near-date boost between stories: two long-running stories always have some days in common.
    const factor = Math.min(1, dateFactor(gap, this.weights, byYearOnly));
    const score = combineScore({ termSimilarity, entitySimilarity, quoteOverlap, dateFactor: factor, hasEntities }, this.weights);
    shared.sort((a, b) => b.weight - a.weight);
    return {
      storyId: otherId, score, termSimilarity, entitySimilarity, quoteOverlap, dateGapDays: gap, dateFactor: factor, shared: shared.slice(0, 12),
      ...(topicNames.length > 0 ? { topicNames: topicNames.slice(0, 5) } : {}),
    };
  }

  /** The story's date span (publication or main event dates of its members), for explanations. */
  storySpan(storyId: string): { from: string | null; to: string | null; yearFrom: number | null; yearTo: number | null } | null {
    const story = this.stories.get(storyId);
    return story ? { from: story.dateFrom, to: story.dateTo, yearFrom: story.yearFrom, yearTo: story.yearTo } : null;
  }

  /** Puts an observed article into a story, creating the story when the id is new. */
  attach(articleId: string, storyId: string): void {
    const profile = this.profiles.get(articleId);
    if (!profile) throw new Error(`stories: article ${articleId} was not observed before attach`);
    if (this.storyOf.get(articleId) === storyId) return;
    this.detach(articleId);
    let story = this.stories.get(storyId);
    if (!story) {
      story = {
        id: storyId, members: new Set(), terms: new Map(), entities: new Map(), entityNames: new Map(), quotes: new Map(),
        dateFrom: null, dateTo: null, days: [], yearFrom: null, yearTo: null, dates: new Map(), years: new Map(), postings: [], termNorm: 1, entityNorm: 1, entityMembers: 0,
      };
      this.stories.set(storyId, story);
    }
    story.members.add(articleId);
    this.storyOf.set(articleId, storyId);
    this.accumulate(story, profile, 1);
    this.refresh(story);
  }

  /** Takes an article out of its story; a story left empty disappears. */
  detach(articleId: string): void {
    const storyId = this.storyOf.get(articleId);
    const profile = this.profiles.get(articleId);
    if (!storyId || !profile) return;
    this.storyOf.delete(articleId);
    const story = this.stories.get(storyId);
    if (!story) return;
    story.members.delete(articleId);
    if (story.members.size === 0) {
      this.unindex(story);
      this.stories.delete(storyId);
      return;
    }
    this.accumulate(story, profile, -1);
    this.refresh(story);
  }

  private accumulate(story: StoryState, profile: ArticleProfile, sign: 1 | -1): void {
    const bump = (m: Map<string, number>, k: string, by: number): void => {
      const next = (m.get(k) ?? 0) + by;
      if (next > 1e-9) m.set(k, next);
      else m.delete(k);
    };
    // The story keeps the sum of its members' unit vectors (weighted with the idf known when they
    // joined), so an article's dot product with it divided by the member count is its average-link
    // similarity: a large, diffuse story does not pull articles in the way a centroid cosine would.
    const v = this.vectors(profile);
    for (const [t, w] of v.terms) bump(story.terms, t, (sign * w) / v.termNorm);
    for (const e of profile.entities) {
      bump(story.entities, e.key, (sign * v.entities.get(e.key)!) / v.entityNorm);
      if (sign > 0 && !story.entityNames.has(e.key)) story.entityNames.set(e.key, { name: e.name, type: e.type });
    }
    if (profile.entities.length > 0) story.entityMembers += sign;
    for (const q of profile.quotes) bump(story.quotes, q, sign);
    const date = articleDate(profile);
    if (date) bump(story.dates, date, sign);
    const year = articleYear(profile);
    if (year !== null) {
      const next = (story.years.get(year) ?? 0) + sign;
      if (next > 0) story.years.set(year, next);
      else story.years.delete(year);
    }
  }

  /** Recomputes norms, the date span and the story's postings after its members changed. */
  private refresh(story: StoryState): void {
    if (story.terms.size > CENTROID_TERMS) {
      const kept = [...story.terms].sort((a, b) => b[1] - a[1]).slice(0, CENTROID_TERMS);
      story.terms = new Map(kept);
    }
    let tn = 0;
    const weighted: [string, number][] = [];
    for (const [t, s] of story.terms) {
      tn += s * s;
      weighted.push([t, s]);
    }
    story.termNorm = Math.sqrt(tn) || 1;
    if (story.entities.size > CENTROID_ENTITIES) {
      story.entities = new Map([...story.entities].sort((a, b) => b[1] - a[1]).slice(0, CENTROID_ENTITIES));
      for (const k of story.entityNames.keys()) if (!story.entities.has(k)) story.entityNames.delete(k);
    }
    let en = 0;
    for (const s of story.entities.values()) en += s * s;
    story.entityNorm = Math.sqrt(en) || 1;
    const dates = [...story.dates.keys()].sort();
    story.days = dates.map(dayNumber);
    story.dateFrom = dates[0] ?? null;
    story.dateTo = dates[dates.length - 1] ?? null;
    const years = [...story.years.keys()];
    story.yearFrom = years.length ? Math.min(...years) : null;
    story.yearTo = years.length ? Math.max(...years) : null;

    if (story.members.size > STABLE_STORY && story.members.size % 16 !== 0 && story.postings.length > 0) return;
    const top = weighted.sort((a, b) => b[1] - a[1]).slice(0, POSTING_TERMS).map(([t]) => t);
    const names = story.entities.size <= POSTING_ENTITIES
      ? [...story.entities.keys()]
      : [...story.entities].sort((a, b) => b[1] - a[1]).slice(0, POSTING_ENTITIES).map(([k]) => k);
    const keys = [...top, ...names.map(entityIndexKey)];
    this.unindex(story);
    for (const k of keys) {
      let set = this.postings.get(k);
      if (!set) this.postings.set(k, (set = new Set()));
      set.add(story.id);
    }
    story.postings = keys;
  }

  private unindex(story: StoryState): void {
    for (const k of story.postings) {
      const set = this.postings.get(k);
      if (!set) continue;
      set.delete(story.id);
      if (set.size === 0) this.postings.delete(k);
    }
    story.postings = [];
  }
}
