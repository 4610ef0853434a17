// Runs inputs through the whole pipeline in-process, as `dossier analyze` does (read → clean → annotate →
// store → stories → cross-check → dossier), on a fresh in-memory store, and lists every way the run broke
// the promise "whatever the input, a valid dossier": an `internal` ingest failure, a story with an error,
// an input with no outcome, an article left out, or a dossier that fails validateDossier.
import type { Dossier } from '../../src/core/dossier.js';
import type { IngestOutcome } from '../../src/core/types.js';
import { dossierForArticles } from '../../src/services/analyze.js';
import { ingestBuffer } from '../../src/services/ingest-batch.js';
import { clusterNewArticles } from '../../src/services/stories.js';
import { validateDossier } from '../../src/services/validate-dossier.js';
import { openStore } from '../../src/store/index.js';

/** One input as a user would hand it over: a file name (its extension is a format hint) and its bytes. */
export interface PipelineInput {
  name: string;
  content: string | Uint8Array;
}

export interface PipelineRun {
  outcomes: IngestOutcome[];
  dossier: Dossier;
  /** Everything that makes the run a defect; empty when the pipeline kept its promise. */
  problems: string[];
}

/** Each input is one batch, in order, into one store; then clustering and the dossier of all articles read. */
export async function runPipeline(inputs: readonly PipelineInput[]): Promise<PipelineRun> {
  const store = openStore(':memory:');
  try {
    const outcomes: IngestOutcome[] = [];
    const problems: string[] = [];
    for (const input of inputs) {
      const bytes = typeof input.content === 'string' ? new TextEncoder().encode(input.content) : input.content;
      const report = await ingestBuffer(store, bytes, input.name);
      if (report.outcomes.length === 0) problems.push(`${input.name}: no outcome`);
      outcomes.push(...report.outcomes);
    }
    await clusterNewArticles(store);
    const ids = [...new Set(outcomes.flatMap((o) => (o.status === 'failed' ? [] : [o.articleId])))];
    const dossier = await dossierForArticles(store, ids);
    problems.push(...pipelineProblems(outcomes, ids, dossier));
    return { outcomes, dossier, problems };
  } finally {
    await store.close();
  }
}

function pipelineProblems(outcomes: readonly IngestOutcome[], ids: readonly string[], dossier: Dossier): string[] {
  const problems: string[] = [];
  for (const o of outcomes) {
    if (o.status === 'failed' && (o.code === 'internal' || o.message.trim() === '')) problems.push(`${o.input}: ${o.code}: ${o.message}`);
  }
  for (const story of dossier.stories) {
    // Fault isolation marks a story whose cross-check threw with `error`; for a fuzzed input that is a defect.
    if (story.error) problems.push(`story ${story.id} failed at ${story.error.stage}: ${story.error.message}`);
  }
  const present = new Set(dossier.articles.map((a) => a.id));
  for (const id of ids) if (!present.has(id)) problems.push(`article ${id} was stored but is not in the dossier`);
  problems.push(...validateDossier(dossier));
  return problems;
}
