// Story clustering at scale: feeds an invented 100k-article stream (bench/lib/synthetic-stream.ts) through one
// StoryClusterer and prints throughput, per-call latency as the index fills, memory and quality against the
// planted stories, then races the O(n²) TF-IDF yardstick of ../shared on the first few thousand articles.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { StoryClusterer } from '../../src/stories/clusterer.js';
import { bCubed } from './b-cubed.js';
import { generateStream, type SyntheticArticle } from './synthetic-stream.js';

export interface ScaleOptions {
  articles: number;
  seed: number;
  yardstickSizes: number[];
}

/** The reference scorer's figures (../shared/tools/score-clustering.mjs). */
export interface Scores {
  b3_p: number;
  b3_r: number;
  b3_f1: number;
  pair_f1: number;
  ari: number;
  nmi: number;
  pred_clusters: number;
  gold_clusters: number;
}

type ScoreClustering = (gold: Map<string, string>, pred: Map<string, string>) => Scores;

const run = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const toolsDir = path.resolve(repoRoot, '../shared/tools');
const MB = 1024 * 1024;

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const ms = (x: number): string => `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms`;
const line = (label: string, value: string): void => console.log(`  ${label.padEnd(30)} ${value}`);

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

async function loadScorer(): Promise<ScoreClustering | null> {
  const file = path.join(toolsDir, 'score-clustering.mjs');
  if (!existsSync(file)) return null;
  const mod = (await import(pathToFileURL(file).href)) as { scoreClustering: ScoreClustering };
  return mod.scoreClustering;
}

/** Scores with the reference scorer when present; the local B³ must agree with it, else the figures are void. */
function score(gold: Map<string, string>, pred: Map<string, string>, scorer: ScoreClustering | null): { local: ReturnType<typeof bCubed>; ref: Scores | null } {
  const local = bCubed(gold, pred);
  if (!scorer) return { local, ref: null };
  const ref = scorer(gold, pred);
  const gaps = [ref.b3_p - local.precision, ref.b3_r - local.recall, ref.b3_f1 - local.f1].map(Math.abs);
  if (Math.max(...gaps) > 1e-9) {
    throw new Error(`stories-scale: local B3 (${local.precision}, ${local.recall}, ${local.f1}) disagrees with score-clustering.mjs (${ref.b3_p}, ${ref.b3_r}, ${ref.b3_f1})`);
  }
  return { local, ref };
}

/** Feeds `items` in order into a fresh clusterer, timing every assign call. */
function cluster(items: readonly SyntheticArticle[]): { clusterer: StoryClusterer; latencies: Float64Array; wallMs: number; duplicates: SyntheticArticle[] } {
  const clusterer = new StoryClusterer();
  const latencies = new Float64Array(items.length);
  const duplicates: SyntheticArticle[] = [];
  const start = performance.now();
  for (let i = 0; i < items.length; i++) {
    const a = items[i]!;
    const t = performance.now();
    const r = clusterer.assign({ profile: a.profile, text: a.text, published: a.published });
    latencies[i] = performance.now() - t;
    if (r.duplicate) duplicates.push(a);
  }
  return { clusterer, latencies, wallMs: performance.now() - start, duplicates };
}

function predicted(items: readonly SyntheticArticle[], clusterer: StoryClusterer): Map<string, string> {
  return new Map(items.map((a) => [a.id, clusterer.index.storyOfArticle(a.id) ?? `unassigned:${a.id}`]));
}

/** Where the errors are: predicted stories mixing gold stories (and whether of one topic), gold stories split. */
function errorShape(items: readonly SyntheticArticle[], pred: Map<string, string>): string {
  const goldOf = new Map<string, Set<string>>();
  const predOf = new Map<string, Set<string>>();
  const topicsOf = new Map<string, Set<string>>();
  const kindsOf = new Map<string, Set<string>>();
  for (const a of items) {
    const p = pred.get(a.id)!;
    (goldOf.get(p) ?? goldOf.set(p, new Set()).get(p)!).add(a.storyId);
    (topicsOf.get(p) ?? topicsOf.set(p, new Set()).get(p)!).add(a.topicId);
    (kindsOf.get(p) ?? kindsOf.set(p, new Set()).get(p)!).add(a.event.kind);
    (predOf.get(a.storyId) ?? predOf.set(a.storyId, new Set()).get(a.storyId)!).add(p);
  }
  let mixed = 0;
  let sameTopic = 0;
  let sameKind = 0;
  for (const [p, golds] of goldOf) {
    if (golds.size < 2) continue;
    mixed++;
    if (topicsOf.get(p)!.size === 1) sameTopic++;
    else if (kindsOf.get(p)!.size === 1) sameKind++;
  }
  const split = [...predOf.values()].filter((s) => s.size > 1).length;
  return `${int(mixed)} predicted stories mix gold stories (${int(sameTopic)} within one topic, ${int(sameKind)} across topics of one kind, ` +
    `${int(mixed - sameTopic - sameKind)} across kinds); ${int(split)} of ${int(predOf.size)} gold stories are split`;
}

async function yardstickRace(stream: readonly SyntheticArticle[], sizes: readonly number[], scorer: ScoreClustering | null): Promise<void> {
  const yardstick = path.join(toolsDir, 'baseline-tfidf-agglo.mjs');
  console.log(`yardstick: TF-IDF + average-link (${path.relative(repoRoot, yardstick)} --threshold 0.22, a child process; its time includes`);
  console.log('           start-up and reading) vs a fresh StoryClusterer (sum of assign calls) on the first N articles of the stream');
  if (!scorer || !existsSync(yardstick)) {
    console.log(`  the yardstick and scorer are absent (${toolsDir}): no comparison`);
    return;
  }
  console.log(`  ${'N'.padStart(7)}  ${'yardstick s'.padStart(11)}  ${'B3-F1'.padStart(6)}  ${'ours s'.padStart(8)}  ${'B3-F1'.padStart(6)}  ${'speed-up'.padStart(8)}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-scale-'));
  try {
    for (const n of sizes) {
      if (n > stream.length) {
        console.log(`  ${int(n).padStart(7)}  skipped: the stream has only ${int(stream.length)} articles`);
        continue;
      }
      // The yardstick holds two n×n Float64 matrices (similarities and their working copy).
      const need = n * n * 8 * 2;
      if (need > os.freemem() * 0.8) {
        console.log(`  ${int(n).padStart(7)}  skipped: its matrices need ~${int(need / MB)} MB, ${int(os.freemem() / MB)} MB free`);
        continue;
      }
      const items = stream.slice(0, n);
      const gold = new Map(items.map((a) => [a.id, a.storyId]));
      const data = path.join(dir, `articles-${n}.jsonl`);
      const out = path.join(dir, `pred-${n}.jsonl`);
      writeFileSync(data, items.map((a) => JSON.stringify({ id: a.id, title: a.title, text: a.text, cluster: a.storyId })).join('\n') + '\n');
      const t0 = performance.now();
      await run(process.execPath, [yardstick, '--data', data, '--threshold', '0.22', '--out', out], { maxBuffer: 64 * MB });
      const yardSeconds = (performance.now() - t0) / 1000;
      const yardPred = new Map<string, string>();
      for (const l of readFileSync(out, 'utf8').split('\n')) {
        if (!l.trim()) continue;
        const r = JSON.parse(l) as { id: string; cluster: string };
        yardPred.set(String(r.id), `p:${r.cluster}`);
      }
      const yard = score(gold, yardPred, scorer);
      const ours = cluster(items);
      const oursSeconds = ours.latencies.reduce((s, x) => s + x, 0) / 1000;
      const our = score(gold, predicted(items, ours.clusterer), scorer);
      console.log(`  ${int(n).padStart(7)}  ${yardSeconds.toFixed(2).padStart(11)}  ${yard.local.f1.toFixed(4).padStart(6)}  ${oursSeconds.toFixed(2).padStart(8)}  ` +
        `${our.local.f1.toFixed(4).padStart(6)}  ${(yardSeconds / oursSeconds).toFixed(1).padStart(7)}×`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runScaleBenchmark(options: ScaleOptions): Promise<void> {
  const { articles, seed, yardstickSizes } = options;
  const scorer = await loadScorer();
  console.log(`Story clustering at scale: an invented stream of ${int(articles)} articles (seed ${seed})`);

  const g0 = performance.now();
  const stream = generateStream({ articles, seed });
  const genSeconds = (performance.now() - g0) / 1000;
  const goldSizes = new Map<string, number>();
  const topics = new Set<string>();
  const outlets = new Set<string>();
  let planted = 0;
  for (const a of stream) {
    goldSizes.set(a.storyId, (goldSizes.get(a.storyId) ?? 0) + 1);
    topics.add(a.topicId);
    outlets.add(a.outlet);
    if (a.copyOf) planted++;
  }
  const sizes = [...goldSizes.values()];
  line('stream', `${int(stream.length)} articles, ${int(goldSizes.size)} gold stories of ${int(topics.size)} recurring topics, ${outlets.size} outlets, ` +
    `${stream[0]!.published} to ${stream[stream.length - 1]!.published}`);
  line('gold story sizes', `${(100 * sizes.filter((s) => s <= 3).length / sizes.length).toFixed(1)}% have 1–3 articles, ${int(sizes.filter((s) => s >= 50).length)} have ≥ 50, ` +
    `largest ${int(Math.max(...sizes))}`);
  line('planted copies', `${int(planted)} (${(100 * planted / stream.length).toFixed(2)}% of articles)`);
  line('generation time', `${genSeconds.toFixed(1)} s (not counted in throughput)`);
  line('RSS after generation', `${int(process.memoryUsage().rss / MB)} MB`);

  // In its own function, so the big clusterer is garbage before the yardstick race times a small one.
  feedWholeStream(stream, goldSizes.size, planted, scorer);
  await yardstickRace(stream, yardstickSizes, scorer);
}

function feedWholeStream(stream: readonly SyntheticArticle[], goldStories: number, planted: number, scorer: ScoreClustering | null): void {
  console.log('one StoryClusterer fed the whole stream in publication order');
  const { clusterer, latencies, wallMs, duplicates } = cluster(stream);
  const n = stream.length;
  const late = Float64Array.from(latencies.subarray(Math.floor(n * 0.9))).sort();
  const early = Float64Array.from(latencies.subarray(0, Math.min(10_000, n))).sort();
  const all = Float64Array.from(latencies).sort();
  line('throughput', `${int(n / (wallMs / 1000))} articles/s (${(wallMs / 1000).toFixed(1)} s for ${int(n)} assign calls)`);
  line(`latency, ≥ ${int(Math.floor(n * 0.9))} stored`, `p50 ${ms(percentile(late, 0.5))}  p90 ${ms(percentile(late, 0.9))}  p99 ${ms(percentile(late, 0.99))}  ` +
    `max ${ms(late[late.length - 1]!)}  (${int(late.length)} calls)`);
  line(`latency, first ${int(early.length)}`, `p50 ${ms(percentile(early, 0.5))}  p99 ${ms(percentile(early, 0.99))}`);
  line('latency, all calls', `p50 ${ms(percentile(all, 0.5))}  p99 ${ms(percentile(all, 0.99))}  max ${ms(all[all.length - 1]!)}`);
  line('peak RSS', `${int(process.resourceUsage().maxRSS / 1024)} MB (process maximum, the stream included)`);
  line('heap used after', `${int(process.memoryUsage().heapUsed / MB)} MB (stream and clusterer)`);

  const gold = new Map(stream.map((a) => [a.id, a.storyId]));
  const pred = predicted(stream, clusterer);
  const { local, ref } = score(gold, pred, scorer);
  line('stories made', `${int(new Set(pred.values()).size)} (gold ${int(goldStories)})`);
  line('B3 P / R / F1', `${local.precision.toFixed(4)} / ${local.recall.toFixed(4)} / ${local.f1.toFixed(4)}` +
    (ref ? '  (local B3 agrees with score-clustering.mjs to 1e-9)' : '  (local B3; ../shared/tools/score-clustering.mjs is absent)'));
  if (ref) line('ARI / pair F1 / NMI', `${ref.ari.toFixed(4)} / ${ref.pair_f1.toFixed(4)} / ${ref.nmi.toFixed(4)}`);
  else line('ARI', 'not computed: the reference scorer (../shared) is absent');
  line('errors', errorShape(stream, pred));
  const plantedFound = duplicates.filter((a) => a.copyOf !== null).length;
  line('near-duplicates', `${int(duplicates.length)} found (${int(plantedFound)} planted copies, ${int(duplicates.length - plantedFound)} others), ${int(planted)} planted`);
}
