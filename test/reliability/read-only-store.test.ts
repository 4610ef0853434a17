// A store the user cannot write, through the built CLI: reading commands still work on a write-protected
// file, `dossier ingest` stops with a `store: "…" is read-only` line and a hint, a folder where SQLite
// cannot make its -wal and -shm files is named as the cause, and nothing stored is changed. Run as root
// (where every file is writable), the commands run as the unprivileged user nobody.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runDossier } from '../../bench/lib/cli-runs.js';
import { checkStore } from '../../bench/lib/store-invariants.js';

const built = existsSync(join(ROOT, 'dist/cli/main.js'));
if (!built) console.warn('skipping the read-only store tests: dist/ is missing; run `npm run build` (npm test does)');
const root = process.getuid?.() === 0;
const asUser = root ? { uid: 65534, gid: 65534 } : {};
const work = mkdtempSync(join(tmpdir(), 'dossier-read-only-'));
chmodSync(work, 0o755);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SAMPLE = join(ROOT, 'examples/corpus');

/** A store with the sample corpus's text files in it, in a folder of its own that the user may write. */
async function storeIn(name: string): Promise<{ folder: string; path: string; articles: number }> {
  const folder = join(work, name);
  mkdirSync(folder);
  const path = join(folder, 'dossier.db');
  const run = await runDossier(['ingest', join(SAMPLE, 'text'), '--db', path]);
  expect(run.code, run.stderr).toBe(0);
  chmodSync(folder, 0o777);
  return { folder, path, articles: checkStore(path, new Set()).stored };
}

describe.skipIf(!built)('a read-only store', () => {
  it('a write-protected store file: `dossier list` reads it; `dossier ingest` prints `store: "…" is read-only` with a hint, exits 1 and changes nothing', async () => {
    const { path, articles } = await storeIn('file');
    chmodSync(path, 0o444);

    const list = await runDossier(['list', '--db', path], {}, asUser);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout.trim().split('\n')).toHaveLength(articles);

    const ingest = await runDossier(['ingest', join(SAMPLE, 'json'), '--db', path], {}, asUser);
    expect(ingest.code).toBe(1);
    expect(ingest.stderr).toMatch(new RegExp(`^dossier: store: "${path}" is read-only \\(SQLITE_READONLY\\) — could not store article [0-9a-f]{16} from ".*"$`, 'm'));
    expect(ingest.stderr).toMatch(/^hint: make the store file writable/m);
    expect(ingest.stderr).not.toMatch(/internal error/);

    chmodSync(path, 0o644);
    const check = checkStore(path, new Set());
    expect(check.integrity).toBe('ok');
    expect(check.stored).toBe(articles);
  });

  it('a store in a folder the user cannot write: every command names the store and says the folder must be writable', async () => {
    const { folder, path, articles } = await storeIn('folder');
    chmodSync(folder, 0o555);

    const list = await runDossier(['list', '--db', path], {}, asUser);
    expect(list.code).toBe(1);
    expect(list.stderr).toMatch(new RegExp(`^dossier: store: "${path}" is read-only \\(SQLITE_READONLY_DIRECTORY\\) — could not open it$`, 'm'));
    expect(list.stderr).toMatch(new RegExp(`^hint: SQLite writes "${path}-wal" and "${path}-shm" beside the store, even to read it: make its folder writable`, 'm'));

    chmodSync(folder, 0o755);
    expect(checkStore(path, new Set()).stored).toBe(articles);
  });
});
