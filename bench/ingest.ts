// Benchmarks the whole ingest pipeline as `dossier ingest` runs it — read, decode, sniff, extract,
// clean, split sentences, annotate, store in SQLite with FTS — and prints articles/s and peak RSS.
// Data: the JSONL corpora (BASIL + ECB+, 1,072 records) and the WCXB dev HTML pages (793), read from
// ../shared (skipped with a message when absent), plus the bundled sample corpus.
// Usage: npm run bench:ingest -- [--only jsonl|html|sample]

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../src/services/ingest-batch.js';
import { openStore } from '../src/store/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '../shared');

interface Workload {
  name: string;
  paths: string[];
  needsShared: boolean;
}

const WORKLOADS: Workload[] = [
  { name: 'sample', paths: [path.join(repoRoot, 'examples/corpus')], needsShared: false },
  {
    name: 'jsonl',
    paths: [path.join(shared, 'corpora/basil/articles.jsonl'), path.join(shared, 'corpora/ecbplus/articles.jsonl')],
    needsShared: true,
  },
  { name: 'html', paths: [path.join(shared, 'corpora/extraction-wcxb/html')], needsShared: true },
];

function parseOnly(argv: string[]): string | null {
  if (argv.length === 0) return null;
  if (argv[0] === '--only' && argv[1]) return argv[1];
  throw new Error('bench:ingest: usage: npm run bench:ingest -- [--only sample|jsonl|html]');
}

async function run(workload: Workload): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-bench-'));
  const store = openStore(path.join(dir, 'dossier.db'));
  try {
    const t0 = performance.now();
    const report = await ingestPaths(store, workload.paths, { maxBytes: 20 * 1024 * 1024 });
    const seconds = (performance.now() - t0) / 1000;
    const items = report.ingested + report.duplicates + report.failed;
    console.log(
      `${workload.name.padEnd(7)} ${String(items).padStart(5)} items  ingested ${report.ingested}, duplicates ${report.duplicates}, failed ${report.failed}` +
        `  ${seconds.toFixed(2)} s  ${(items / seconds).toFixed(1)} articles/s`,
    );
    for (const o of report.outcomes) {
      if (o.status === 'failed') console.log(`        failed: ${o.message.slice(0, 160)}`);
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const only = parseOnly(process.argv.slice(2));
  const haveShared = existsSync(shared);
  if (!haveShared) console.log(`bench:ingest: ${shared} is absent; only the sample corpus is measured.`);
  console.log('whole pipeline, one process (one core): read → extract → clean → sentences → annotate → SQLite + FTS5');
  for (const w of WORKLOADS) {
    if (only && w.name !== only) continue;
    if (w.needsShared && !haveShared) continue;
    await run(w);
  }
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`peak RSS ${peakMb.toFixed(0)} MB`);
}

await main();
