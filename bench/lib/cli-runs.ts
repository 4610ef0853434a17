// Drives the built `dossier` command as separate processes, the way crashes and concurrent users meet
// the store: an invented batch written as JSONL files, `dossier ingest` runs that can be killed with
// SIGKILL after a delay or at a given point of their work, and a `dossier serve` to read from meanwhile.
// Shared by test/reliability and `npm run bench:reliability`.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { articleIdFor, readPaths } from '../../src/ingest/index.js';
import { generateStream } from './synthetic-stream.js';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const BIN = join(ROOT, 'bin/dossier.js');

/**
 * Writes `articles` invented articles (the clustering bench's stream) as JSONL files of `perFile` records;
 * returns the paths. `first` keeps only the stream's first N: the start of a long stream has more stories
 * under way at once than a short stream of N articles.
 */
export function writeArticleFiles(dir: string, articles: number, options: { seed?: number; perFile?: number; first?: number } = {}): string[] {
  const perFile = options.perFile ?? 500;
  mkdirSync(dir, { recursive: true });
  const stream = generateStream({ articles, seed: options.seed ?? 7 }).slice(0, options.first ?? articles);
  const files: string[] = [];
  for (let i = 0; i < stream.length; i += perFile) {
    const lines = stream.slice(i, i + perFile).map((a) =>
      JSON.stringify({ id: a.id, title: a.title, text: a.dateline ? `${a.dateline} — ${a.text}` : a.text, published: a.published, source: a.outlet }));
    const file = join(dir, `part-${String(files.length).padStart(4, '0')}.jsonl`);
    writeFileSync(file, lines.join('\n') + '\n');
    files.push(file);
  }
  return files;
}

/** The ids the inputs' articles get (the content hash of each draft), without cleaning or annotating them. */
export async function expectedIds(paths: readonly string[]): Promise<Set<string>> {
  const ids = new Set<string>();
  for await (const item of readPaths(paths, { maxBytes: 1 << 30 })) if ('draft' in item) ids.add(articleIdFor(item.draft.body));
  return ids;
}

export interface CliRun {
  /** Exit code, or null when a signal ended it. */
  code: number | null;
  killed: boolean;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface KillPlan {
  /** SIGKILL after this many milliseconds … */
  afterMs?: number;
  /** … or as soon as this returns true (polled every `pollMs`, default 20 ms); `pid` is the run's process. */
  when?: (pid: number) => boolean;
  pollMs?: number;
}

/** Runs `node bin/dossier.js …args`; with a kill plan, ends it with SIGKILL at that moment unless it exits first. */
export function runDossier(args: readonly string[], kill: KillPlan = {}, options: { uid?: number; gid?: number } = {}): Promise<CliRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  let killed = false;
  const killNow = () => {
    if (child.exitCode === null && child.signalCode === null) killed = child.kill('SIGKILL');
  };
  const timer = kill.afterMs !== undefined ? setTimeout(killNow, kill.afterMs) : null;
  const poll = kill.when
    ? setInterval(() => {
      try {
        if (kill.when!(child.pid!)) killNow();
      } catch {
        // The store may not exist yet, or be mid-migration: ask again at the next tick.
      }
    }, kill.pollMs ?? 20)
    : null;
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      if (timer) clearTimeout(timer);
      if (poll) clearInterval(poll);
      resolve({ code, killed, stdout, stderr, ms: performance.now() - started });
    });
  });
}

/**
 * How far a store got: articles stored, articles placed in a story, and which process holds the clustering
 * lock (is placing articles in stories, or was when it died), if any — for kill points and reports.
 */
export function progressOf(dbPath: string): { stored: number; clustered: number; clusteringPid: number | null } {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const lock = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'store_locks'").get()
      ? (db.prepare("SELECT pid FROM store_locks WHERE name = 'clustering'").get() as { pid: number } | undefined) : undefined;
    return { stored: n('SELECT count(*) AS n FROM articles'), clustered: n('SELECT count(*) AS n FROM story_articles'), clusteringPid: lock?.pid ?? null };
  } finally {
    db.close();
  }
}

export interface Server {
  url: string;
  stop(): Promise<void>;
}

/** Starts `dossier serve` on a free loopback port over `dbPath`. */
export function startServe(dbPath: string): Promise<Server> {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', dbPath, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const stop = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('close', () => resolve());
    child.kill('SIGTERM');
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /at (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ url, stop });
    });
    child.once('close', (code) => reject(new Error(`dossier serve exited (${code}) before printing its URL: ${out}${err}`)));
  });
}

/** The number in `stories: N articles placed …`, the line `dossier ingest` prints after clustering (0 when absent). */
export function placedBy(run: CliRun): number {
  return Number(/stories: (\d+) articles placed/.exec(run.stderr)?.[1] ?? 0);
}

/** Lines of a run's error output that show the store was busy or locked: what no user should ever see. */
export function busyLines(run: CliRun): string[] {
  return run.stderr.split('\n').filter((l) => /SQLITE_BUSY|SQLITE_LOCKED|database is locked|stayed locked/i.test(l));
}

export interface ReadLoad {
  requests: number;
  /** Answers other than 200 (or 404 for a story that merged away between the list and the page), with their path. */
  failures: string[];
}

/**
 * Reads the server's pages in a loop until `done()` — the stories page, the stories API, a search and the
 * page of a story the API just listed — and counts what did not answer as it should.
 */
export async function readPagesWhile(server: Server, done: () => boolean): Promise<ReadLoad> {
  const load: ReadLoad = { requests: 0, failures: [] };
  const get = async (path: string, allow404 = false): Promise<unknown> => {
    load.requests++;
    try {
      const res = await fetch(new URL(path, server.url));
      const body = res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text();
      if (res.status !== 200 && !(allow404 && res.status === 404)) load.failures.push(`${res.status} ${path}: ${JSON.stringify(body).slice(0, 200)}`);
      return body;
    } catch (err) {
      load.failures.push(`${path}: ${(err as Error).message}`);
      return null;
    }
  };
  while (!done()) {
    await get('/');
    const list = (await get('/api/stories?limit=20')) as { stories?: { id: string }[] } | null;
    await get('/api/search?q=minister');
    const first = list?.stories?.[0]?.id;
    if (first) await get(`/stories/${first}`, true);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return load;
}

/** Whether the server's story list now agrees with the store file: same total, same first page in the same order. */
export async function serverAgrees(server: Server, dbPath: string): Promise<string | null> {
  const res = await fetch(new URL('/api/stories?limit=50', server.url));
  const body = (await res.json()) as { total: number; stories: { id: string; articleCount: number }[] };
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const total = (db.prepare('SELECT count(*) AS n FROM stories').get() as { n: number }).n;
    const first = db.prepare('SELECT id, article_count FROM stories ORDER BY date_to IS NULL, date_to DESC, id LIMIT 50').all() as { id: string; article_count: number }[];
    if (body.total !== total) return `the server lists ${body.total} stories, the store holds ${total}`;
    const served = body.stories.map((s) => `${s.id}:${s.articleCount}`).join(' ');
    const stored = first.map((s) => `${s.id}:${s.article_count}`).join(' ');
    return served === stored ? null : `the server's first page differs from the store's: ${served.slice(0, 120)} … vs ${stored.slice(0, 120)} …`;
  } finally {
    db.close();
  }
}
