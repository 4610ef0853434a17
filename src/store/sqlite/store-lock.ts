// A named lock kept as a row of the store (`store_locks`), held across many short transactions: a
// `dossier ingest` holds 'clustering' while it places articles in stories, step by step, so other
// writers store articles in between but nobody else changes the stories. SQLite's own write lock cannot
// do this: held for a whole clustering (seconds to minutes), it would stop every other writer.
// A holder killed with SIGKILL leaves its row behind; the row is abandoned when its process is gone from
// this host (its pid, and on Linux the pid's start time, so a reused pid is not mistaken for it), or —
// for a holder on another host, whose process cannot be seen — when its lease has run out.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import type Database from 'better-sqlite3';
import { errorCode } from './sqlite-errors.js';

export interface LockRow {
  name: string;
  holder: string;
  pid: number;
  /** When the holder's process started (Linux: clock ticks since boot), or null where unknown. */
  pid_started: string | null;
  host: string;
  acquired_at: string;
  expires_at: number;
}

/**
 * How long a lease lasts without a renewal (each write of the holder renews it). Only a holder on another
 * host (a container sharing the volume) is judged by it; ten minutes is many clustering steps.
 */
export const LEASE_MS = 10 * 60_000;

type Sql = (text: string) => Database.Statement;

/** Tokens of the locks this process holds: a row with this pid but another token is a dead predecessor's. */
const heldHere = new Set<string>();

/** The start time of process `pid` from /proc/PID/stat ("PID (command) STATE … field 22"), null where there is no /proc; undefined when it is gone. */
function startedAt(pid: number): string | null | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch (err) {
    return errorCode(err) === 'ENOENT' && process.platform === 'linux' ? undefined : null;
  }
  // The command may itself hold spaces and parentheses: fields are counted after its last ")".
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // A killed child its parent has not reaped yet is a zombie: gone, though it still answers signals.
  if (fields[0] === 'Z') return undefined;
  return fields[19] ?? null;
}

/** Whether the process that wrote `row` is gone: no such pid, a zombie, or the pid now names a younger process. */
function holderGone(row: LockRow): boolean {
  try {
    process.kill(row.pid, 0);
  } catch (err) {
    if (errorCode(err) === 'ESRCH') return true;
  }
  const started = startedAt(row.pid);
  if (started === undefined) return true;
  return started !== null && row.pid_started !== null && started !== row.pid_started;
}

/** Whether a lock row's holder can no longer release it, so the lock is free to take. */
export function isAbandoned(row: LockRow, now = Date.now()): boolean {
  if (row.host !== hostname()) return row.expires_at < now;
  if (row.pid === process.pid) return !heldHere.has(row.holder);
  return holderGone(row);
}

export function readLock(sql: Sql, name: string): LockRow | null {
  return (sql('SELECT name, holder, pid, pid_started, host, acquired_at, expires_at FROM store_locks WHERE name = ?').get(name) as LockRow | undefined) ?? null;
}

/** Inside a write transaction: takes the lock if it is free or abandoned and returns the new holder token, else the row of who holds it. */
export function takeLock(sql: Sql, name: string): { holder: string } | { heldBy: LockRow } {
  const row = readLock(sql, name);
  if (row && !isAbandoned(row)) return { heldBy: row };
  const holder = randomUUID();
  sql(`INSERT INTO store_locks (name, holder, pid, pid_started, host, acquired_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, pid = excluded.pid, pid_started = excluded.pid_started,
         host = excluded.host, acquired_at = excluded.acquired_at, expires_at = excluded.expires_at`)
    .run(name, holder, process.pid, startedAt(process.pid) ?? null, hostname(), new Date().toISOString(), Date.now() + LEASE_MS);
  // Noted before the commit: another connection of this process must see a live holder from the moment
  // the row exists. (Should the commit fail, the token names no row and is never looked up.)
  heldHere.add(holder);
  return { holder };
}

/** Inside a write transaction: renews the lease; false when `holder` no longer holds the lock (it was taken over). */
export function renewLock(sql: Sql, name: string, holder: string): boolean {
  return sql('UPDATE store_locks SET expires_at = ? WHERE name = ? AND holder = ?').run(Date.now() + LEASE_MS, name, holder).changes === 1;
}

export function releaseLock(sql: Sql, name: string, holder: string): void {
  heldHere.delete(holder);
  sql('DELETE FROM store_locks WHERE name = ? AND holder = ?').run(name, holder);
}

/** "process 4242 since 2026-12-07T11:00:00Z" (with " on HOST" when another host holds it). */
export function describeHolder(row: LockRow): string {
  return `process ${row.pid}${row.host === hostname() ? '' : ` on ${row.host}`} since ${row.acquired_at.slice(0, 19)}Z`;
}
