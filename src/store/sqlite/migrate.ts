// Applies the numbered SQL files in ./migrations (NNNN_name.sql) that a database has not seen yet,
// all in one transaction, and records them in `schema_migrations`.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { StoreError } from '../../core/errors.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migrations shipped with Dossier, in version order. */
export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const files = readdirSync(dir).filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f)).sort();
  return files.map((file) => ({
    version: Number(file.slice(0, 4)),
    name: file.slice(5, -4),
    sql: readFileSync(dir + file, 'utf8'),
  }));
}

/** The versions a database has applied; none when it has no `schema_migrations` yet (a new file). */
function appliedVersions(db: Database.Database): Set<number> {
  const known = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!known) return new Set();
  return new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
}

/**
 * Brings the schema up to date; returns the versions it applied. An up-to-date database is only read, so
 * a read-only store opens. Two processes opening a new store at once must not both apply a migration: the
 * pending ones are looked up again, and applied, in one transaction that holds the write lock from its start.
 */
export function migrate(db: Database.Database, migrations = loadMigrations()): number[] {
  const check = (applied: Set<number>): Migration[] => {
    const newest = Math.max(0, ...applied);
    const known = Math.max(0, ...migrations.map((m) => m.version));
    if (newest > known) {
      throw new StoreError(
        `store: the database is at schema version ${newest}, newer than this Dossier knows (${known}); upgrade Dossier`,
      );
    }
    return migrations.filter((m) => !applied.has(m.version));
  };
  if (check(appliedVersions(db)).length === 0) return [];
  return db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const done: number[] = [];
    for (const m of check(appliedVersions(db))) {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version, m.name, new Date().toISOString());
      done.push(m.version);
    }
    return done;
  }).immediate();
}
