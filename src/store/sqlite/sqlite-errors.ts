// Turns what SQLite (or the file system under it) throws into a StoreError a user can act on: it names
// the store file, says what happened in words (disk full, read-only, locked, damaged) with SQLite's code,
// what could not be done, and what to do. Every write of the SQLite store reports its failures through here.
import { StoreError, describeError, type StoreErrorCode } from '../../core/errors.js';

/** SQLite's extended result code ("SQLITE_READONLY_DIRECTORY") or a Node errno code ("ENOSPC"), else null. */
export function errorCode(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

/** SQLITE_BUSY and its extended codes (SQLITE_BUSY_SNAPSHOT, _RECOVERY, _TIMEOUT): worth another try. */
export function isBusy(err: unknown): boolean {
  const code = errorCode(err);
  return code !== null && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED');
}

interface Kind {
  code: StoreErrorCode;
  /** The sentence before "— could not …": what is wrong with the file. */
  describe: (path: string, code: string) => string;
  hint: (path: string, code: string) => string;
}

const FULL: Kind = {
  code: 'full',
  describe: (path, code) => `store: cannot write "${path}": disk full (${code})`,
  hint: () => 'free some space on the disk that holds the store and run the same command again: what is already stored is skipped as duplicates',
};

const READ_ONLY: Kind = {
  code: 'read-only',
  describe: (path, code) => `store: "${path}" is read-only (${code})`,
  hint: (path, code) => code === 'SQLITE_READONLY_DIRECTORY'
    ? `SQLite writes "${path}-wal" and "${path}-shm" beside the store, even to read it: make its folder writable, or copy the store somewhere writable and pass --db`
    : 'make the store file writable (or mount it read-write), or copy it somewhere writable and pass --db',
};

const BUSY: Kind = {
  code: 'busy',
  describe: (path, code) => `store: "${path}" stayed locked by another process (${code})`,
  hint: () => 'another program holds a long write on the store (a dossier command, or an SQLite shell with an open transaction); run the command again when it is done',
};

const DAMAGED: Kind = {
  code: 'damaged',
  describe: (path, code) => `store: "${path}" is damaged or is not a Dossier store (${code})`,
  hint: () => 'check --db points at a Dossier store; a damaged one can be recovered with `sqlite3 FILE .recover`, or rebuilt by ingesting the inputs into a new store',
};

const IO: Kind = {
  code: 'io',
  describe: (path, code) => `store: cannot read or write "${path}": disk I/O error (${code})`,
  hint: () => 'check the disk and the file system that hold the store (dmesg, df)',
};

function kindOf(code: string): Kind | null {
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return FULL;
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_PERM') return READ_ONLY;
  if (code.startsWith('SQLITE_BUSY') || code === 'SQLITE_LOCKED') return BUSY;
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return DAMAGED;
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return IO;
  return null;
}

/**
 * `store: cannot write "data/x.db": disk full (SQLITE_FULL) — could not store article 0a1b… from "in.jsonl#3"`.
 * `what` completes "could not …". A StoreError passes through unchanged.
 */
export function storeFailure(err: unknown, path: string, what: string): StoreError {
  if (err instanceof StoreError) return err;
  const code = errorCode(err);
  const kind = code === null ? null : kindOf(code);
  if (code !== null && kind !== null) {
    return new StoreError(`${kind.describe(path, code)} — could not ${what}`, { cause: err, code: kind.code, hint: kind.hint(path, code) });
  }
  return new StoreError(`store: could not ${what} in "${path}": ${describeError(err)}${code ? ` (${code})` : ''}`, { cause: err });
}
