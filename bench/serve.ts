// Benchmarks the HTTP front door under a bounded local load: with N articles (default 100,000) of the
// invented stream in a store, it starts `dossier serve` in a child process on loopback and drives the
// stories page, one story page and the search API for 10 s each with autocannon, printing p50/p99 latency,
// requests/s and the server's peak RSS. The store is built once through the real ingest path (JSONL per
// outlet → ingest → clustering) and kept under data/bench/ for later runs (--rebuild builds it again).
// Usage: npm run bench:serve -- [--articles N] [--seed S] [--duration S] [--connections C] [--rebuild]
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ingestPaths } from '../src/services/ingest-batch.js';
import { clusterNewArticles } from '../src/services/stories.js';
import { openStore } from '../src/store/index.js';
import { int, line, option } from './lib/bench-cli.js';
import { generateStream } from './lib/synthetic-stream.js';

const ROOT = new URL('../', import.meta.url).pathname;


/** Builds the store through ingest and clustering, as a user's batch would be. */
async function buildStore(dbPath: string, articles: number, seed: number): Promise<void> {
  const t0 = performance.now();
  const stream = generateStream({ articles, seed });
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-serve-'));
  try {
    // One JSONL export per outlet and 5,000 articles, as an outlet's feed dumps would come.
    const files = new Map<string, string[]>();
    stream.forEach((a, i) => {
      const key = `${a.outlet.replace(/\W+/g, '-')}-${Math.floor(i / 5000)}`;
      const rec = { id: a.id, title: a.title, text: a.dateline ? `${a.dateline} — ${a.text}` : a.text, published: a.published, source: a.outlet };
      files.set(key, [...(files.get(key) ?? []), JSON.stringify(rec)]);
    });
    for (const [key, lines] of files) writeFileSync(join(dir, `${key}.jsonl`), lines.join('\n') + '\n');
    const store = openStore(dbPath);
    try {
      let last = 0;
      const report = await ingestPaths(store, [dir], {
        maxBytes: 200 * 1024 * 1024,
        onProgress: (p) => {
          if (p.read - last >= 50) {
            last = p.read;
            process.stdout.write(`\r  ingest                         ${p.read} of ${p.total} files`);
          }
        },
      });
      process.stdout.write('\n');
      line('ingested', `${int(report.ingested)} articles (${int(report.failed)} failed) in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      const t1 = performance.now();
      const clustered = await clusterNewArticles(store);
      line('clustered', `${int(clustered.assigned)} articles into ${int(clustered.stories)} stories in ${((performance.now() - t1) / 1000).toFixed(0)} s`);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts the built CLI's server on a free loopback port; resolves with its URL. */
function startServer(dbPath: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin/dossier.js'), 'serve', '--db', dbPath, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /at (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.once('exit', (code) => reject(new Error(`bench:serve: the server exited (${code}) before printing its URL: ${out}`)));
  });
}

function peakRssMb(pid: number): number | null {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Number(kb) / 1024 : null;
}

async function timed(url: string): Promise<number> {
  const t = performance.now();
  const r = await fetch(url);
  if (!r.ok) throw new Error(`bench:serve: GET ${url} answered ${r.status}`);
  await r.arrayBuffer();
  return performance.now() - t;
}

async function load(name: string, url: string, duration: number, connections: number, target: number): Promise<void> {
  const result = await autocannon({ url, duration, connections, pipelining: 1 });
  const bad = result.non2xx + result.errors + result.timeouts;
  const verdict = result.latency.p99 < target ? 'meets' : 'MISSES';
  line(name, `p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  max ${result.latency.max} ms  ${int(result.requests.average)} req/s  ${int(result.requests.total)} requests, ${bad} errors — ${verdict} p99 < ${target} ms`);
}

async function main(): Promise<void> {
  const articles = option('bench:serve', '--articles', 100_000);
  const seed = option('bench:serve', '--seed', 7);
  const duration = option('bench:serve', '--duration', 10);
  const connections = option('bench:serve', '--connections', 4);
  const dbPath = join(ROOT, 'data/bench', `serve-${articles}-s${seed}.db`);
  console.log(`Serving at scale: ${int(articles)} articles of the invented stream (seed ${seed}), loopback, ${connections} connections, ${duration} s per target`);
  if (process.argv.includes('--rebuild')) rmSync(dbPath, { force: true });
  if (!existsSync(dbPath)) {
    mkdirSync(join(ROOT, 'data/bench'), { recursive: true });
    await buildStore(dbPath, articles, seed);
  } else {
    line('store', `${dbPath} (built earlier; --rebuild to build it again)`);
  }

  const store = openStore(dbPath);
  const total = await store.countArticles();
  const stories = await store.listStories({ limit: 200 });
  // A typical story: the median size among recent stories with several articles.
  const sized = stories.filter((s) => s.articleCount >= 3).sort((a, b) => a.articleCount - b.articleCount);
  const story = sized[Math.floor(sized.length / 2)] ?? stories[0]!;
  const word = /\b([A-Z][a-z]{4,})\b/.exec(story.title ?? story.lead ?? '')?.[1] ?? 'minister';
  await store.close();
  line('store holds', `${int(total)} articles; story page target ${story.id} (${story.articleCount} articles); search "${word}"`);

  const { child, url } = await startServer(dbPath);
  try {
    const targets = { stories: `${url}`, story: `${url}stories/${story.id}`, search: `${url}api/search?q=${encodeURIComponent(word)}` };
    line('first requests (cold)', `stories page ${(await timed(targets.stories)).toFixed(1)} ms, story page ${(await timed(targets.story)).toFixed(1)} ms (builds its dossier), search ${(await timed(targets.search)).toFixed(1)} ms`);
    await load('stories page  GET /', targets.stories, duration, connections, 100);
    await load('story page    GET /stories/{id}', targets.story, duration, connections, 100);
    await load('search API    GET /api/search', targets.search, duration, connections, 50);
    const rss = peakRssMb(child.pid!);
    if (rss !== null) line('server peak RSS', `${int(rss)} MB`);
  } finally {
    child.kill('SIGTERM');
  }
}

await main();
