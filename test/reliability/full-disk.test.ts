// A disk that fills up in the middle of a batch: the batch stops with one `store:` error naming the file
// and the article it could not store, everything stored before stays intact and readable, and once there
// is room the same batch finishes. Portable: the store's size is capped (SQLite's max_page_count). Where
// a tmpfs can be mounted (root with CAP_SYS_ADMIN), the built CLI also meets a real full file system.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, expectedIds, runDossier, writeArticleFiles } from '../../bench/lib/cli-runs.js';
import { checkStore, problemsOf } from '../../bench/lib/store-invariants.js';
import { StoreError } from '../../src/core/errors.js';
import { ingestPaths } from '../../src/services/ingest-batch.js';
import { clusterNewArticles } from '../../src/services/stories.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';

const work = mkdtempSync(join(tmpdir(), 'dossier-full-'));
const files = writeArticleFiles(join(work, 'in'), 120, { seed: 5, perFile: 40 });

/** Mounts a tmpfs of `size` at `dir`; false (and nothing mounted) where this process may not mount. */
function mountTmpfs(dir: string, size: string): boolean {
  mkdirSync(dir, { recursive: true });
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' }).status === 0;
}

const mountPoint = join(work, 'tmpfs');
const mounted = existsSync(join(ROOT, 'dist/cli/main.js')) && mountTmpfs(mountPoint, '2m');
if (!mounted) {
  console.warn('skipping the real full-disk test: no tmpfs can be mounted here (it needs root with CAP_SYS_ADMIN, and dist/ built); the size-capped store test covers the same path');
}
afterAll(() => {
  if (mounted) spawnSync('umount', ['-l', mountPoint]);
  rmSync(work, { recursive: true, force: true });
});

describe('a full disk', () => {
  it('stops the batch at the first article that does not fit, with a `store:` error naming the file and that article; what was stored stays intact, and the same batch finishes once there is room', async () => {
    const path = join(work, 'capped', 'dossier.db');
    const first = SqliteStore.open(path);
    await ingestPaths(first, [files[0]!], { maxBytes: 1 << 24 });
    await clusterNewArticles(first);
    const before = new Map((await first.listArticles({ limit: 1000 })).map((a) => [a.id, a.title]));
    await first.close();

    // Room for a few more articles only.
    const capped = SqliteStore.open(path, { maxBytes: (await pageBytes(path)) + 256 * 1024 });
    const err = await ingestPaths(capped, files.slice(1), { maxBytes: 1 << 24 }).then(() => null, (e: unknown) => e);
    const stoppedAt = await capped.countArticles();
    await capped.close();
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('full');
    expect((err as StoreError).message).toMatch(
      /^store: cannot write ".*dossier\.db": disk full \(SQLITE_FULL\) — could not store article [0-9a-f]{16} from ".*part-000[12]\.jsonl#\d+"$/);
    expect((err as StoreError).hint).toMatch(/free some space/);
    expect(stoppedAt).toBeGreaterThan(before.size);

    const reopened = SqliteStore.open(path);
    for (const [id, title] of before) expect((await reopened.getArticle(id))?.title).toBe(title);
    expect(await reopened.countArticles()).toBe(stoppedAt);
    expect(checkStore(path, await expectedIds(files)).integrity).toBe('ok');

    await ingestPaths(reopened, files.slice(1), { maxBytes: 1 << 24 });
    await clusterNewArticles(reopened);
    await reopened.close();
    expect(problemsOf(checkStore(path, await expectedIds(files)))).toEqual([]);
  }, 60_000);

  it.skipIf(!mounted)('on a real full file system (a 2 MB tmpfs), `dossier ingest` prints one `store:` line naming the store and exits 1; the store stays intact, and the same command finishes the batch once the disk has room', async () => {
    const path = join(mountPoint, 'dossier.db');
    const run = await runDossier(['ingest', ...files, '--db', path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^dossier: store: cannot write "${path}": disk full \\(SQLITE_FULL\\) — could not store article [0-9a-f]{16} from ".*#\\d+"$`, 'm'));
    expect(run.stderr).toMatch(/^hint: \d+ articles were stored since this command started, and the store is intact; free some space/m);
    const check = checkStore(path, new Set());
    expect(check.integrity).toBe('ok');
    expect(check.stored).toBeGreaterThan(0);
    const list = await runDossier(['list', '--db', path, '--limit', '1000']);
    expect(list.code).toBe(0);
    expect(list.stdout.trim().split('\n')).toHaveLength(check.stored);

    expect(spawnSync('mount', ['-o', 'remount,size=16m', mountPoint]).status).toBe(0);
    const again = await runDossier(['ingest', ...files, '--db', path]);
    expect(again.code, again.stderr).toBe(0);
    expect(problemsOf(checkStore(path, await expectedIds(files)))).toEqual([]);
  }, 60_000);
});

/** The store's size in bytes as SQLite counts it (pages in the file and in its WAL). */
async function pageBytes(path: string): Promise<number> {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(path, { readonly: true });
  const bytes = (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
  db.close();
  return bytes;
}
