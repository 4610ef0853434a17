// Benchmarks story clustering. Quality: ECB+ train+dev and BASIL from ../shared, read through Dossier's
// own ingest → clean → understand path, clustered incrementally (articles arrive in a shuffled order,
// three fixed seeds, the number of events never given), scored by ../shared/tools/score-clustering.mjs
// run as a child process, with the TF-IDF average-link yardstick beside it. Scale: bench/lib/stories-scale.ts.
// Usage: npm run bench:stories -- [--articles N] [--skip-scale] [--skip-quality]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clusterProfiles } from '../src/stories/cluster-batch.js';
import { loadClusterCorpus, type ClusterDoc } from './lib/cluster-corpus.js';
import { runScaleBenchmark, type Scores } from './lib/stories-scale.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '../shared');
const outDir = path.join(repoRoot, 'bench/out');
const SEEDS = [1, 2, 3];

/** A deterministic shuffle (linear congruential generator): the arrival order of the stream. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Scores a prediction file with the reference scorer, as a separate process. */
function score(gold: string, pred: string, split?: string): Scores {
  const args = [path.join(shared, 'tools/score-clustering.mjs'), '--gold', gold, '--json', ...(split ? ['--split', split] : []), pred];
  const out = execFileSync(process.execPath, args, { encoding: 'utf8' });
  const parsed = JSON.parse(out) as Scores | Scores[];
  return Array.isArray(parsed) ? parsed[0]! : parsed;
}

const row = (name: string, s: Scores, extra = ''): string =>
  `${name.padEnd(34)} ${s.b3_p.toFixed(4)} ${s.b3_r.toFixed(4)} ${s.b3_f1.toFixed(4)}  ${s.pair_f1.toFixed(4)} ${s.ari.toFixed(4)} ${s.nmi.toFixed(4)}  ${String(s.pred_clusters).padStart(4)}/${s.gold_clusters}${extra}`;

function writePred(file: string, pred: Map<string, string>): void {
  writeFileSync(file, [...pred].map(([id, cluster]) => JSON.stringify({ id, cluster })).join('\n') + '\n');
}

async function qualityOn(name: string, file: string, splits: string[] | undefined, scoreSplits: (string | undefined)[]): Promise<void> {
  const t0 = performance.now();
  const docs: ClusterDoc[] = await loadClusterCorpus(file, splits);
  const prep = (performance.now() - t0) / 1000;
  console.log(`\n${name}: ${docs.length} documents read, cleaned and annotated in ${prep.toFixed(1)} s`);
  console.log(`${'system'.padEnd(34)} B3-P   B3-R   B3-F1   pairF1 ARI    NMI     stories/gold`);

  const yardstickPred = path.join(outDir, `${name}-yardstick.jsonl`);
  const ys = performance.now();
  execFileSync(process.execPath, [
    path.join(shared, 'tools/baseline-tfidf-agglo.mjs'), '--data', file, '--threshold', '0.22', '--out', yardstickPred,
    ...(splits ? ['--eval-split', splits.join(',')] : []),
  ], { encoding: 'utf8' });
  const yardstickSeconds = (performance.now() - ys) / 1000;

  // Two modes: `incremental` is what ingest does (one article at a time, never revisited); `recluster`
  // is `dossier stories recluster` (the same pass, then up to three refinement passes over all articles).
  const modes = [['incremental', 0], ['recluster', 3]] as const;
  const f1s = new Map<string, number[]>(modes.map(([m]) => [m, []]));
  const seconds = new Map<string, number>(modes.map(([m]) => [m, 0]));
  for (const seed of SEEDS) {
    const order = shuffle(docs, seed).map((d) => ({ profile: d.profile, text: d.text, published: d.published }));
    for (const [mode, refinePasses] of modes) {
      const c0 = performance.now();
      const pred = clusterProfiles(order, undefined, { refinePasses });
      seconds.set(mode, seconds.get(mode)! + (performance.now() - c0) / 1000);
      const predFile = path.join(outDir, `${name}-dossier-${mode}-seed${seed}.jsonl`);
      writePred(predFile, pred);
      for (const split of scoreSplits) {
        const s = score(file, predFile, split);
        if (split === undefined) f1s.get(mode)!.push(s.b3_f1);
        console.log(row(`dossier ${mode}, order ${seed}${split ? ` (${split})` : ''}`, s));
      }
    }
  }
  for (const split of scoreSplits) console.log(row(`yardstick tfidf-agglo 0.22${split ? ` (${split})` : ''}`, score(file, yardstickPred, split)));
  for (const [mode] of modes) {
    const v = f1s.get(mode)!;
    const mean = v.reduce((a, b) => a + b, 0) / v.length;
    console.log(`dossier ${mode} B3-F1 mean over ${SEEDS.length} arrival orders: ${mean.toFixed(4)} (min ${Math.min(...v).toFixed(4)}, max ${Math.max(...v).toFixed(4)}); ${(seconds.get(mode)! / SEEDS.length).toFixed(2)} s per run`);
  }
  console.log(`yardstick: ${yardstickSeconds.toFixed(2)} s (incl. reading and TF-IDF); dossier times incl. near-duplicate shingling, excl. reading and annotation`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const articlesAt = argv.indexOf('--articles');
  const articles = articlesAt >= 0 ? Number(argv[articlesAt + 1]) : 100_000;
  if (!Number.isInteger(articles) || articles < 1000) throw new Error('bench:stories: --articles must be an integer ≥ 1000');
  mkdirSync(outDir, { recursive: true });

  if (!argv.includes('--skip-quality')) {
    if (!existsSync(path.join(shared, 'corpora/ecbplus/articles.jsonl'))) {
      console.log(`../shared is absent (${shared}): skipping the ECB+ and BASIL quality figures`);
    } else {
      await qualityOn('ecbplus', path.join(shared, 'corpora/ecbplus/articles.jsonl'), ['train', 'dev'], [undefined, 'train', 'dev']);
      await qualityOn('basil', path.join(shared, 'corpora/basil/articles.jsonl'), undefined, [undefined]);
    }
  }
  if (!argv.includes('--skip-scale')) {
    console.log('');
    await runScaleBenchmark({ articles, seed: 7, yardstickSizes: [2000, 5000] });
  }
}

await main();
