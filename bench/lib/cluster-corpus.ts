// Loads a clustering benchmark corpus from ../shared (ECB+ or BASIL JSONL) through Dossier's own
// ingest → clean → understand path and returns each document's story profile with its gold labels.
import { readFileSync } from 'node:fs';
import type { ArticleProfile } from '../../src/core/stories.js';
import { gatherBoilerplateEvidence } from '../../src/clean/index.js';
import { readPaths } from '../../src/ingest/index.js';
import { assembleArticle } from '../../src/services/assemble-article.js';
import { profileArticle } from '../../src/stories/profile.js';

export interface GoldDoc {
  id: string;
  cluster: string;
  topic: string | null;
  split: string | null;
}

export interface ClusterDoc {
  gold: GoldDoc;
  profile: ArticleProfile;
  text: string;
  published: string | null;
}

/** Every record of `file` (one JSON object per line), profiled; `splits` keeps only those splits. */
export async function loadClusterCorpus(file: string, splits?: readonly string[]): Promise<ClusterDoc[]> {
  const gold = new Map<string, GoldDoc>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; cluster: string; topic?: string | null; split?: string | null };
    if (splits && !splits.includes(r.split ?? '')) continue;
    gold.set(r.id, { id: r.id, cluster: r.cluster, topic: r.topic ?? null, split: r.split ?? null });
  }
  const drafts = [];
  for await (const item of readPaths([file], { maxBytes: 200 * 1024 * 1024 })) {
    if ('draft' in item && item.draft.sourceId && gold.has(item.draft.sourceId)) drafts.push(item.draft);
  }
  const evidence = gatherBoilerplateEvidence(drafts);
  const now = new Date().toISOString();
  return drafts.map((d) => {
    const article = assembleArticle(d, evidence, now);
    // Profiles are keyed by the corpus id so predictions can be scored directly.
    const profile = { ...profileArticle(article), articleId: d.sourceId! };
    return { gold: gold.get(d.sourceId!)!, profile, text: article.text, published: article.published };
  });
}
