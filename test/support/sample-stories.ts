// Reads the bundled sample corpus (examples/corpus) through the real pipeline — ingest, clean, annotate,
// cluster — into an in-memory store, and hands tests each story's articles as the cross-check sees them.
// Articles are keyed as in examples/README.md: the path under examples/corpus/, plus `#N` for records.
import { fileURLToPath } from 'node:url';
import type { CrossCheckArticle } from '../../src/core/crosscheck.js';
import type { Article } from '../../src/core/types.js';
import { storyMembers } from '../../src/crosscheck/members.js';
import { withCurrentAnnotations } from '../../src/services/article-annotations.js';
import { ingestPaths } from '../../src/services/ingest-batch.js';
import { clusterNewArticles } from '../../src/services/stories.js';
import { openStore } from '../../src/store/index.js';

export const SAMPLE_CORPUS = fileURLToPath(new URL('../../examples/corpus/', import.meta.url));

export interface SampleStories {
  /** Article by README key, e.g. "json/meridian-wire.jsonl#1", "text/coastline-daily-ferry-deal.txt". */
  byKey: Map<string, Article>;
  keyOf: Map<string, string>;
  /** Each story's members (stored annotations, dates as read — nothing inferred yet). */
  stories: CrossCheckArticle[][];
  /** The story holding the article with this key. */
  storyOf(key: string): CrossCheckArticle[];
}

let cached: Promise<SampleStories> | null = null;

/** Ingests the sample corpus once per test file and returns its stories. */
export function sampleStories(): Promise<SampleStories> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SampleStories> {
  const store = openStore(':memory:');
  try {
    const report = await ingestPaths(store, [SAMPLE_CORPUS], { maxBytes: 20 * 1024 * 1024 });
    await clusterNewArticles(store);
    const byKey = new Map<string, Article>();
    const keyOf = new Map<string, string>();
    const storyIds = new Map<string, Article[]>();
    const copies = new Map<string, string>();
    for (const o of report.outcomes) {
      if (o.status === 'failed') throw new Error(`sample corpus: ${o.input}: ${o.message}`);
      const stored = await store.getArticle(o.articleId);
      if (!stored) throw new Error(`sample corpus: ${o.articleId} not stored`);
      const article = withCurrentAnnotations(stored);
      const key = o.input.slice(o.input.indexOf('examples/corpus/') + 'examples/corpus/'.length);
      byKey.set(key, article);
      keyOf.set(article.id, key);
      const assignment = await store.getAssignment(article.id);
      if (!assignment) throw new Error(`sample corpus: ${key} has no story`);
      storyIds.set(assignment.storyId, [...(storyIds.get(assignment.storyId) ?? []), article]);
      const copy = (await store.getDuplicates(article.id)).find((d) => d.articleId === article.id);
      if (copy) copies.set(article.id, copy.canonicalId);
    }
    const stories = [...storyIds.values()].map((articles) => storyMembers(articles, copies));
    return {
      byKey,
      keyOf,
      stories,
      storyOf(key: string) {
        const article = byKey.get(key);
        const story = article && stories.find((s) => s.some((m) => m.article.id === article.id));
        if (!story) throw new Error(`sample corpus: no story holds ${key}`);
        return story;
      },
    };
  } finally {
    await store.close();
  }
}
