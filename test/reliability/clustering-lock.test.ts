// Several writers on one SQLite store, in one process: two connections clustering at once, a server's
// clustering index gone stale under another writer, and the clustering lock of a holder that died or
// lost it. (test/reliability/ingest-processes.test.ts does the same with real processes.)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/core/errors.js';
import { ingestPaths } from '../../src/services/ingest-batch.js';
import { KeptStoryIndex, clusterNewArticles } from '../../src/services/stories.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/index.js';
import { SAMPLE_CORPUS } from '../support/sample-stories.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const newPath = () => join(dir, `s${n++}.db`);

async function ingest(store: Store, sub = ''): Promise<number> {
  return (await ingestPaths(store, [join(SAMPLE_CORPUS, sub)], { maxBytes: 1 << 24 })).ingested;
}

async function storyMap(store: Store): Promise<Map<string, string>> {
  return new Map((await store.listClusteredArticles()).map((a) => [a.articleId, a.storyId]));
}

function setLockRow(path: string, row: { holder: string; pid: number; started?: string | null }): void {
  const db = new Database(path);
  db.prepare(`INSERT INTO store_locks (name, holder, pid, pid_started, host, acquired_at, expires_at) VALUES ('clustering', ?, ?, ?, ?, ?, ?)
              ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, pid = excluded.pid, pid_started = excluded.pid_started`)
    .run(row.holder, row.pid, row.started ?? null, hostname(), new Date().toISOString(), Date.now() + 600_000);
  db.close();
}

/** Field 22 of /proc/PID/stat: when the process started. */
function startOf(pid: number): string {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]!;
}

describe('clustering by several connections to one store', () => {
  it('places each article once when two connections cluster at the same time', async () => {
    const path = newPath();
    const a = SqliteStore.open(path);
    const b = SqliteStore.open(path);
    const stored = await ingest(a);
    const [ra, rb] = await Promise.all([clusterNewArticles(a), clusterNewArticles(b)]);
    expect(ra.assigned + rb.assigned).toBe(stored);
    expect(await a.listUnclusteredIds()).toEqual([]);

    const reference = SqliteStore.open(':memory:');
    await ingest(reference);
    await clusterNewArticles(reference);
    expect(await storyMap(a)).toEqual(await storyMap(reference));
    await Promise.all([a.close(), b.close(), reference.close()]);
  });

  it('reloads a kept clustering index that another connection made stale, instead of clustering against it', async () => {
    const path = newPath();
    const server = SqliteStore.open(path);
    const cli = SqliteStore.open(path);
    const kept = new KeptStoryIndex(); // as `dossier serve` keeps one between uploads
    await server.withClusteringLock(() => kept.current(server));
    await ingest(cli, 'text');
    await clusterNewArticles(cli);
    await ingest(server, 'json');
    await clusterNewArticles(server, kept);

    const reference = SqliteStore.open(':memory:');
    await ingest(reference, 'text');
    await clusterNewArticles(reference);
    await ingest(reference, 'json');
    await clusterNewArticles(reference);
    expect(await storyMap(server)).toEqual(await storyMap(reference));
    await Promise.all([server.close(), cli.close(), reference.close()]);
  });
});

describe('the clustering lock', () => {
  it('is taken over at once from a holder that died without releasing it (kill -9)', async () => {
    const path = newPath();
    const store = SqliteStore.open(path);
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    setLockRow(path, { holder: 'killed', pid: dead });
    let waited = false;
    const started = Date.now();
    expect(await store.withClusteringLock(async () => 'held', { onWait: () => (waited = true) })).toBe('held');
    expect(waited).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
    await store.close();
  });

  it.skipIf(!existsSync('/proc/self/stat'))('waits while its holder runs, and is taken once the holder is gone — or once its pid names a younger process', async () => {
    const path = newPath();
    const store = SqliteStore.open(path);
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    await new Promise((resolve) => holder.once('spawn', resolve));
    setLockRow(path, { holder: 'alive', pid: holder.pid!, started: startOf(holder.pid!) });
    const waits: string[] = [];
    let held = false;
    const taking = store.withClusteringLock(async () => { held = true; }, { onWait: (who) => waits.push(who) });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(held).toBe(false);
    expect(waits).toEqual([expect.stringMatching(new RegExp(`^process ${holder.pid} since `))]);
    holder.kill('SIGKILL');
    await taking;
    expect(held).toBe(true);

    // The same pid, but its start time is not the one the row recorded: another process got the pid.
    setLockRow(path, { holder: 'reused', pid: process.pid === 1 ? process.ppid : 1, started: 'not-its-start' });
    let waited = false;
    await store.withClusteringLock(async () => undefined, { onWait: () => (waited = true) });
    expect(waited).toBe(false);
    await store.close();
  });

  it('refuses the write of a holder whose lock was taken over, and writes none of it', async () => {
    const path = newPath();
    const store = SqliteStore.open(path);
    await ingest(store, 'text');
    const before = await store.listUnclusteredIds();
    const refused = await store.withClusteringLock(async (lock) => {
      setLockRow(path, { holder: 'another', pid: process.pid });
      return store.applyStoriesChange({ assignments: [], duplicates: [] }, lock).then(() => null, (err: unknown) => err);
    });
    expect(refused).toBeInstanceOf(StoreError);
    expect((refused as StoreError).code).toBe('lock-lost');
    expect((refused as StoreError).message).toMatch(/^store: another process took over the clustering of ".*s\d+\.db" from this one/);
    expect(await store.listUnclusteredIds()).toEqual(before);
    await store.close();
  });
});
