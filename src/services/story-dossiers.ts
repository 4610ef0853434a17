// A story's cross-checked dossier, built once and stored with its title and claim counts, so that every
// front door shows one title and one set of counts, and lists filter and page on them in the store. A
// stored dossier carries a fingerprint of what it was built from (the story's articles, its related
// stories and theirs, the annotator and cross-check versions); one whose story changed since is rebuilt
// when it is asked for. A story's build is bounded (400 articles, src/crosscheck/sample-story.ts).
import { createHash } from 'node:crypto';
import type { DossierArticle, DossierStory } from '../core/dossier.js';
import { StoreError } from '../core/errors.js';
import type { ClaimCounts, Store, StoredStoryDossier, StorySummary } from '../store/index.js';
import { ANNOTATIONS_VERSION } from '../understand/index.js';
import { dossierForArticles } from './articles-dossier.js';
import { withCurrentAnnotations } from './article-annotations.js';
import { toDossierArticle } from './build-dossier.js';

/**
 * The version of what a story's dossier says for the same articles: bump it with any change to the
 * cross-check (src/crosscheck) or to the story's part of the dossier, so stored dossiers are rebuilt.
 * 3: (issue 13) the quote ledger splits joined statements that share a quote; persons' plain names.
 * 4: (issue 13) occasions a calendar day dates in a noun phrase are claims of their own (occasions.ts); spans
 *    ('from 1995 to 2007') compared as spans; 'held the seat' is serving; complementary shares (81 % paid /
 *    a 19 % cut) and vague plurals ('hundreds of thousands'); ranked 'It is …' after a naming sentence;
 *    quote pieces joined to named quotes, one quote with opposite polarity conflicting, a word or two never
 *    gluing statements; the summary never restates a claim while something new is left.
 * 5: (issue 13) one figure counted under two names joins (renamed-figures.ts); a return or flight with a place
 *    it goes to is a journey there.
 * 6: (issue 13) only opposing facts strongly aligned with the main side contradict it, the rest are judged on
 *    their own; sums told as taken from one pool ('from harbour dredging projects') align and can conflict.
 *    A lone fact joins a paraphrase group by the group's articles, not its sentences (one
 *    outlet telling the fact twice no longer outvotes a third outlet's match); agentless passives of one verb on
 *    patients of one head noun are one happening ("It was deleted" / "It was quickly deleted", each a photo), as are
 *    statements naming nobody whose subject and object heads match ("The suit doesn't contain statistics" / "the
 *    suit did not mention specific statistics"; contain, mention, cite, include, list one class).
 *    An item of a list that another outlet's list also states is a claim (list-items.ts); so is a set
 *    phrase of one idiom class two outlets use about one participant (idioms.ts: "dead on arrival" / "not take up"),
 *    one outlet's report several outlets mention (outlet-reports.ts), and one thing's age told as an age and as a
 *    time ago (ages.ts), one person's kin in other words (kinship.ts), and one awaited decision dated at
 *    overlapping times (due-decisions.ts).
 * 7: a plan and a report of one person's happening of one kind on one day align ("is scheduled to appear at a
 *    news conference later today" / "planned an event Tuesday"); planning or holding a public event is appearing.
 *    A verb whose object its sentence leaves out but names ("joined the X board in 2009 and quit …") has the
 *    other outlet's named object ("left the X board"): one happening, whose two dates can conflict.
 */
export const STORY_DOSSIER_VERSION = 7;
/** Attempts to store a build while other processes keep changing the stories; after them it is served unstored. */
const STORE_ATTEMPTS = 3;
/**
 * Stories built together in one dossier build, up to this many articles with their background: related
 * stories share background, which is then read and dated once (ECB+'s 85 stories: 6.7 s one by one).
 */
const BATCH_ARTICLES = 2000;

/** A story's part of the dossier with its articles as the dossier prints them (inferred dates included). */
export interface StoryDossier {
  story: DossierStory;
  articles: DossierArticle[];
}

/** What a story's dossier is built from: its related stories' article ids (the background), and the digest of it all. */
interface Basis {
  fingerprint: string;
  background: string[];
}

async function basisOf(store: Store, summary: StorySummary): Promise<Basis> {
  const related: [string, string, string[]][] = [];
  for (const r of await store.getRelated(summary.id)) {
    const other = await store.getStory(r.relatedId);
    if (other) related.push([other.id, r.why, [...other.articleIds].sort()]);
  }
  related.sort((a, b) => a[0].localeCompare(b[0]));
  const basis = { version: STORY_DOSSIER_VERSION, annotations: ANNOTATIONS_VERSION, story: summary.id, articles: [...summary.articleIds].sort(), related };
  return {
    fingerprint: createHash('sha256').update(JSON.stringify(basis)).digest('hex').slice(0, 32),
    background: related.flatMap(([, , ids]) => ids),
  };
}

/** The claims of a story per status. */
export function countClaims(story: DossierStory): ClaimCounts {
  const counts: ClaimCounts = { corroborated: 0, conflicting: 0, compatible: 0, changed: 0, 'single-source': 0 };
  for (const c of story.claims) counts[c.status]++;
  return counts;
}

/** A story due for a build, with what it is built from and the stories version read before that. */
interface Due {
  summary: StorySummary;
  basis: Basis;
  version: number;
}

/**
 * Cross-checks the stories in one dossier build (each with its related stories' articles as background,
 * which can show a figure changed; a background story shared by several is prepared once). Each story's
 * result is what building it alone gives: a story's cross-check reads only its own articles and its background.
 */
async function build(store: Store, due: readonly Due[]): Promise<Map<string, StoredStoryDossier>> {
  const ids = due.flatMap((d) => [...d.summary.articleIds, ...d.basis.background]);
  const dossier = await dossierForArticles(store, ids, new Set(due.map((d) => d.summary.id)));
  const byStory = new Map<string, DossierArticle[]>();
  for (const a of dossier.articles) if (a.publishedInference) byStory.set(a.storyId, [...(byStory.get(a.storyId) ?? []), a]);
  const out = new Map<string, StoredStoryDossier>();
  for (const story of dossier.stories) {
    const basis = due.find((d) => d.summary.id === story.id)!.basis;
    out.set(story.id, {
      storyId: story.id,
      fingerprint: basis.fingerprint,
      title: story.title,
      titleFrom: story.titleFrom,
      claims: countClaims(story),
      story,
      inferred: byStory.get(story.id) ?? [],
      builtAt: dossier.generatedAt,
    });
  }
  return out;
}

/**
 * Stores a build unless the stories changed since `version`; after such a change it is stored when the
 * story's fingerprint is still the same (another story changed), else rebuilt. A store that cannot be
 * written (read-only, full) still gets the dossier served.
 */
async function keep(store: Store, built: StoredStoryDossier, version: number): Promise<StoredStoryDossier | null> {
  for (let attempt = 1; ; attempt++) {
    try {
      if (await store.putStoryDossier(built, version)) return built;
    } catch (err) {
      if (err instanceof StoreError && (err.code === 'read-only' || err.code === 'full')) return built;
      throw err;
    }
    if (attempt >= STORE_ATTEMPTS) return built;
    version = await store.storiesVersion();
    const now = await store.getStory(built.storyId);
    if (!now) return null;
    const basis = await basisOf(store, now);
    if (basis.fingerprint !== built.fingerprint) built = (await build(store, [{ summary: now, basis, version }])).get(now.id) ?? built;
  }
}

/** Builds and stores the dossiers of the given stories, BATCH_ARTICLES articles (with background) per build. */
async function buildAndStore(store: Store, due: readonly Due[]): Promise<Map<string, StoredStoryDossier>> {
  const out = new Map<string, StoredStoryDossier>();
  for (let at = 0; at < due.length; ) {
    const batch = [due[at++]!];
    let size = batch[0]!.summary.articleIds.length + batch[0]!.basis.background.length;
    for (; at < due.length; at++) {
      const next = due[at]!.summary.articleIds.length + due[at]!.basis.background.length;
      if (size + next > BATCH_ARTICLES) break;
      batch.push(due[at]!);
      size += next;
    }
    const built = await build(store, batch);
    for (const d of batch) {
      const b = built.get(d.summary.id);
      const kept = b ? await keep(store, b, d.version) : null;
      if (kept) out.set(d.summary.id, kept);
    }
  }
  return out;
}

/** What each story's dossier is built from, read after the stories version (a change after it makes the store refuse a build). */
async function dueOf(store: Store, summary: StorySummary): Promise<Due> {
  const version = await store.storiesVersion();
  return { summary, basis: await basisOf(store, summary), version };
}

/** Builds and stores the dossiers of those stories whose stored one is missing or stale; returns the ones it built. */
export async function refreshStoryDossiers(store: Store, summaries: readonly StorySummary[]): Promise<Map<string, StoredStoryDossier>> {
  const due: Due[] = [];
  for (const summary of summaries) {
    const d = await dueOf(store, summary);
    if ((await store.getStoryDossierFingerprint(summary.id)) !== d.basis.fingerprint) due.push(d);
  }
  return buildAndStore(store, due);
}

/** The story's current dossier: the stored one when its fingerprint still matches, else built and stored; null when the story has no articles. */
export async function currentStoryDossier(store: Store, summary: StorySummary): Promise<StoredStoryDossier | null> {
  const due = await dueOf(store, summary);
  const stored = await store.getStoryDossier(summary.id);
  return stored?.fingerprint === due.basis.fingerprint ? stored : ((await buildAndStore(store, [due])).get(summary.id) ?? null);
}

/** Whether the story's stored dossier is missing or was built from something else than the story now is. */
export async function isStale(store: Store, summary: StorySummary): Promise<boolean> {
  return (await store.getStoryDossierFingerprint(summary.id)) !== (await basisOf(store, summary)).fingerprint;
}

/** The story's articles as its dossier prints them: inferred dates as stored, the others from the store (sources as of now). */
export async function dossierArticles(store: Store, stored: StoredStoryDossier): Promise<DossierArticle[]> {
  const inferred = new Map(stored.inferred.map((a) => [a.id, a]));
  const out: DossierArticle[] = [];
  for (const id of stored.story.articleIds) {
    const sources = await store.getSources(id);
    const dated = inferred.get(id);
    if (dated) {
      out.push({ ...dated, sources });
      continue;
    }
    const article = await store.getArticle(id);
    if (!article) continue;
    const copy = (await store.getDuplicates(id)).find((d) => d.articleId === id) ?? null;
    out.push(toDossierArticle({ article: withCurrentAnnotations(article), sources }, stored.storyId, copy, null));
  }
  return out;
}
