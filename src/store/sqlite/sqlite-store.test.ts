import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { makeArticle } from '../../../test/support/make-article.js';
import { describeStoreContract } from '../../../test/store/store-contract.js';
import { loadMigrations, migrate } from './migrate.js';
import { SqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeStoreContract('SQLite (in memory)', () => SqliteStore.open(':memory:'));
let n = 0;
describeStoreContract('SQLite (file)', () => SqliteStore.open(join(dir, `s${n++}`, 'dossier.db')));

describe('SQLite store', () => {
  it('changes its data version when another connection writes, so a server knows its caches are stale', async () => {
    const path = join(dir, 'version.db');
    const reader = SqliteStore.open(path);
    const writer = SqliteStore.open(path);
    const before = await reader.dataVersion();
    expect(await reader.dataVersion()).toBe(before);
    await writer.putArticle(makeArticle(), 'x.txt');
    expect(await reader.dataVersion()).not.toBe(before);
    await writer.close();
    await reader.close();
  });

  it('keeps what was stored across reopening the file, in WAL mode', async () => {
    const path = join(dir, 'reopen.db');
    const first = SqliteStore.open(path);
    await first.putArticle(makeArticle(), 'x.txt');
    await first.close();
    const second = SqliteStore.open(path);
    expect(await second.countArticles()).toBe(1);
    await second.close();
    const db = new Database(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('applies each migration once', () => {
    const db = new Database(':memory:');
    const all = loadMigrations();
    expect(migrate(db, all)).toEqual(all.map((m) => m.version));
    expect(migrate(db, all)).toEqual([]);
    db.close();
  });

  it('only reads a store whose schema is up to date, so a read-only one opens', async () => {
    const path = join(dir, 'up-to-date.db');
    await SqliteStore.open(path).close();
    const readOnly = new Database(path, { readonly: true });
    expect(migrate(readOnly)).toEqual([]);
    readOnly.close();
  });

  it('refuses a database from a newer Dossier', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.prepare("INSERT INTO schema_migrations VALUES (9999, 'future', '2030-01-01')").run();
    expect(() => migrate(db)).toThrow(/schema version 9999, newer than this Dossier knows/);
    db.close();
  });

  it('names the path when it cannot open the database', () => {
    const file = join(dir, 'plain-file');
    new Database(file).close();
    expect(() => SqliteStore.open(join(file, 'sub', 'x.db'))).toThrow(/store: cannot open ".*plain-file\/sub\/x.db"/);
  });
});
