// Incremental clustering stores its work in steps (so a kill loses one step, and other writers get the
// write lock in between). Stepping must change nothing a single pass would decide, and each step's links
// must agree with the stories as they stand once it is written — including links to a story the step
// merged away. The first 600 articles of a 10,000-article invented stream: many stories under way at
// once, several of them merging across steps.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectedIds, writeArticleFiles } from '../../bench/lib/cli-runs.js';
import { checkStore, problemsOf } from '../../bench/lib/store-invariants.js';
import { withCurrentAnnotations } from '../../src/services/article-annotations.js';
import { ingestPaths } from '../../src/services/ingest-batch.js';
import { clusterNewArticles } from '../../src/services/stories.js';
import { StoryClusterer } from '../../src/stories/clusterer.js';
import { profileArticle } from '../../src/stories/profile.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';

const work = mkdtempSync(join(tmpdir(), 'dossier-steps-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('clustering in steps', () => {
  it('decides what one pass decides, and leaves no near-copy or related link to a story that is gone', async () => {
    const files = writeArticleFiles(join(work, 'in'), 10_000, { seed: 3, perFile: 200, first: 600 });
    const path = join(work, 'dossier.db');
    const store = SqliteStore.open(path);
    await ingestPaths(store, files, { maxBytes: 1 << 24 });

    const onePass = new StoryClusterer();
    for (const id of await store.listUnclusteredIds()) {
      const article = withCurrentAnnotations((await store.getArticle(id))!);
      onePass.assign({ profile: profileArticle(article), text: article.text, published: article.published, ingestedAt: article.ingestedAt });
    }
    const report = await clusterNewArticles(store);
    const stepped = await store.listClusteredArticles();
    await store.close();

    expect(report.assigned).toBeGreaterThan(500); // three steps or more
    expect(new Map(stepped.map((a) => [a.articleId, a.storyId]))).toEqual(new Map(stepped.map((a) => [a.articleId, onePass.index.storyOfArticle(a.articleId)])));
    expect(problemsOf(checkStore(path, await expectedIds(files)))).toEqual([]);
  }, 60_000);
});
