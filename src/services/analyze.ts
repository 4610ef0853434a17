// The analyze use case: ingest some inputs, then build the dossier of exactly the articles they
// yielded (newly stored or already known), whatever else the store holds.
import type { Dossier } from '../core/dossier.js';
import type { IngestReport } from '../core/types.js';
import type { Store } from '../store/index.js';
import { withCurrentAnnotations } from './article-annotations.js';
import { buildDossier, type DossierInput } from './build-dossier.js';
import { ingestPaths, type IngestOptions } from './ingest-batch.js';

/** The dossier of the given stored articles, in the order of first mention. Unknown ids are skipped. */
export async function dossierForArticles(store: Store, ids: readonly string[]): Promise<Dossier> {
  const inputs: DossierInput[] = [];
  for (const id of new Set(ids)) {
    const article = await store.getArticle(id);
    if (article) inputs.push({ article: withCurrentAnnotations(article), sources: await store.getSources(id) });
  }
  return buildDossier(inputs);
}

export async function analyzePaths(
  store: Store,
  paths: readonly string[],
  options: IngestOptions,
): Promise<{ report: IngestReport; dossier: Dossier }> {
  const report = await ingestPaths(store, paths, options);
  const ids = report.outcomes.flatMap((o) => (o.status === 'failed' ? [] : [o.articleId]));
  return { report, dossier: await dossierForArticles(store, ids) };
}
