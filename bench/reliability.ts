// Crash safety and concurrency of the store, measured through the built CLI as separate processes:
// 1. a batch of N invented articles (default 10,000) ingested with K SIGKILLs at random moments (of the whole
//    run, and of its clustering phase), then the same command once more to the end — against an
//    uninterrupted run of the same batch;
// 2. two `dossier ingest` processes on overlapping halves of the batch at once, while a `dossier serve`
//    on the same store is read in a loop.
// Prints runs, kills, articles expected/stored, lost, duplicated, orphan story rows, articles in ≠1 story,
// integrity checks, busy errors a user saw and wall times. Every run starts from a fresh temporary store.
// Usage: npm run bench:reliability -- [--articles N] [--kills K] [--seed S]
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { bCubed } from './lib/b-cubed.js';
import { int, line, option } from './lib/bench-cli.js';
import {
  ROOT, busyLines, expectedIds, placedBy, progressOf, readPagesWhile, runDossier, serverAgrees, startServe, writeArticleFiles,
  type CliRun, type KillPlan,
} from './lib/cli-runs.js';
import { checkStore, problemsOf, type StoreCheck } from './lib/store-invariants.js';
import { Random } from './lib/synthetic-stream.js';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function storiesOf(dbPath: string): Map<string, string> {
  const db = new Database(dbPath, { readonly: true });
  try {
    const rows = db.prepare('SELECT article_id, story_id FROM story_articles').all() as { article_id: string; story_id: string }[];
    return new Map(rows.map((r) => [r.article_id, r.story_id]));
  } finally {
    db.close();
  }
}

function printCheck(check: StoreCheck): void {
  line('articles expected / stored', `${int(check.expected)} / ${int(check.stored)}`);
  line('lost', int(check.lost));
  line('duplicated', int(check.duplicated));
  line('orphan story rows', int(check.orphanStoryRows));
  line('articles in ≠ 1 story', int(check.notInOneStory));
  line('near-copies without link', int(check.missingDuplicateLinks));
  line('integrity_check, FTS, keys', check.integrity);
}

function failedRun(run: CliRun): string {
  return run.stderr.trim().split('\n').filter((l) => !/^(ingested|duplicate|stories:)/.test(l)).slice(-3).join(' | ');
}

/** Whether the run `pid` holds the store's clustering lock: it is placing articles in stories. */
const clustering = (dbPath: string, pid: number): boolean => existsSync(dbPath) && progressOf(dbPath).clusteringPid === pid;

/** A kill plan for a random moment of the clustering phase: `ms` after the run takes the clustering lock. */
function duringClustering(dbPath: string, ms: number): KillPlan {
  let since: number | null = null;
  return {
    pollMs: 10,
    when: (pid) => {
      if (since === null && clustering(dbPath, pid)) since = performance.now();
      return since !== null && performance.now() - since >= ms;
    },
  };
}

async function killRun(dir: string, inputs: string, expected: Set<string>, kills: number, seed: number): Promise<void> {
  console.log(`\n1. kill -9 during \`dossier ingest\`, then the same command again`);
  const reference = join(dir, 'reference.db');
  // The uninterrupted run, timed: the whole of it, and its clustering phase (while it holds the clustering lock).
  let clusteringFrom: number | null = null;
  const t0 = performance.now();
  const clean = await runDossier(['ingest', inputs, '--db', reference], {
    pollMs: 50,
    when: (pid) => {
      if (clusteringFrom === null && clustering(reference, pid)) clusteringFrom = performance.now() - t0;
      return false;
    },
  });
  if (clean.code !== 0) throw new Error(`bench:reliability: the uninterrupted run failed (${clean.code}): ${failedRun(clean)}`);
  const clusteringMs = clusteringFrom === null ? 0 : clean.ms - clusteringFrom;
  line('uninterrupted run', `${seconds(clean.ms)} (${int(progressOf(reference).stored)} articles; placing them in stories ${seconds(clusteringMs)})`);

  const db = join(dir, 'killed.db');
  const random = new Random(seed);
  let landed = 0;
  let runs = 0;
  const started = performance.now();
  for (let k = 1; k <= kills; k++) {
    // Odd kills at a random moment of a whole run (reading, annotating, storing, clustering); even ones at a
    // random moment of its clustering phase, which a whole-run moment hits less often.
    const whole = k % 2 === 1 || clusteringMs === 0;
    const at = Math.round(random.next() * (whole ? clean.ms : clusteringMs));
    const run = await runDossier(['ingest', inputs, '--db', db], whole ? { afterMs: at } : duringClustering(db, at));
    runs++;
    if (run.killed) landed++;
    const p = existsSync(db) ? progressOf(db) : { stored: 0, clustered: 0 };
    const when = whole ? `${seconds(at)} into the run` : `${seconds(at)} into placing articles in stories`;
    line(`run ${runs}`, `${run.killed ? `SIGKILL ${when}` : `exited ${run.code} before its kill (${when})`}: ${int(p.stored)} stored, ${int(p.clustered)} in stories`);
    if (!run.killed && run.code !== 0) line('', `its error: ${failedRun(run)}`);
  }
  const last = await runDossier(['ingest', inputs, '--db', db]);
  runs++;
  line(`run ${runs} (to the end)`, `${seconds(last.ms)}, exit ${last.code}${last.code === 0 ? '' : `: ${failedRun(last)}`}`);
  const check = checkStore(db, expected);
  line('runs / kills', `${runs} / ${landed}`);
  printCheck(check);
  const score = bCubed(storiesOf(reference), storiesOf(db));
  line('stories vs uninterrupted run', `B-cubed F1 ${score.f1.toFixed(4)} (${int(check.stories)} stories vs ${int(checkStore(reference, expected).stories)})`);
  line('wall time, all runs', seconds(performance.now() - started));
  const problems = problemsOf(check);
  line('verdict', problems.length === 0 && last.code === 0 ? 'ok' : `FAILS: ${problems.join(', ') || `exit ${last.code}`}`);
}

async function concurrentRun(dir: string, files: string[], expected: Set<string>): Promise<void> {
  console.log('\n2. two `dossier ingest` at once on overlapping inputs, `dossier serve` read meanwhile');
  const db = join(dir, 'concurrent.db');
  // Writer A takes the first 60% of the files, writer B the last 60%: a fifth of the batch is in both.
  const a = files.slice(0, Math.ceil(files.length * 0.6));
  const b = files.slice(Math.floor(files.length * 0.4));
  const server = await startServe(db);
  let writing = true;
  const started = performance.now();
  const reads = readPagesWhile(server, () => !writing);
  const runs = await Promise.all([runDossier(['ingest', ...a, '--db', db]), runDossier(['ingest', ...b, '--db', db])]);
  const wall = performance.now() - started;
  writing = false;
  const load = await reads;
  const disagreement = await serverAgrees(server, db);
  await server.stop();
  runs.forEach((r, i) => line(`writer ${'AB'[i]}`, `exit ${r.code} in ${seconds(r.ms)}, placed ${int(placedBy(r))} articles in stories${r.code === 0 ? '' : `: ${failedRun(r)}`}`));
  const check = checkStore(db, expected);
  printCheck(check);
  const busy = runs.flatMap(busyLines);
  line('busy errors seen by the user', `${busy.length}${busy[0] ? ` (${busy[0].slice(0, 100)})` : ''}`);
  const placed = runs.reduce((n, r) => n + placedBy(r), 0);
  line('placed in stories (A + B)', `${int(placed)} for ${int(check.stored)} stored articles`);
  line('reader requests / failed', `${int(load.requests)} / ${load.failures.length}${load.failures[0] ? ` (${load.failures[0].slice(0, 100)})` : ''}`);
  line('server agrees with the store', disagreement ?? 'yes');
  line('wall time', seconds(wall));
  const problems = [...problemsOf(check), ...(busy.length ? [`${busy.length} busy errors`] : []), ...(placed !== check.stored ? ['articles placed more or less than once'] : []),
    ...(load.failures.length ? [`${load.failures.length} failed reads`] : []), ...(disagreement ? [disagreement] : []), ...runs.filter((r) => r.code !== 0).map(() => 'a writer failed')];
  line('verdict', problems.length === 0 ? 'ok' : `FAILS: ${problems.join(', ')}`);
}

async function main(): Promise<void> {
  const articles = option('bench:reliability', '--articles', 10_000);
  const kills = option('bench:reliability', '--kills', 5);
  const seed = option('bench:reliability', '--seed', 1);
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) throw new Error('bench:reliability: dist/ is missing; run `npm run build` (npm run bench:reliability does)');
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-reliability-'));
  try {
    const inputs = join(dir, 'in');
    const files = writeArticleFiles(inputs, articles, { seed: 7, perFile: 500 });
    const expected = await expectedIds(files);
    console.log(`Reliability: ${int(articles)} invented articles in ${files.length} JSONL files (${int(expected.size)} distinct), ${kills} kills, seed ${seed}`);
    await killRun(dir, inputs, expected, kills, seed);
    await concurrentRun(dir, files, expected);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
