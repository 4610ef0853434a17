import { describe, expect, it } from 'vitest';
import { StoreError } from '../../core/errors.js';
import { isBusy, storeFailure } from './sqlite-errors.js';

/** What better-sqlite3 throws: an Error with SQLite's extended result code. */
function sqliteError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

const WHAT = 'store article 0a1b2c3d4e5f6071 from "in.jsonl#3"';

describe('storeFailure', () => {
  const cases: [label: string, err: Error, message: string, code: StoreError['code'], hint: RegExp][] = [
    ['a full disk', sqliteError('SQLITE_FULL', 'database or disk is full'),
      'store: cannot write "data/x.db": disk full (SQLITE_FULL) — could not store article 0a1b2c3d4e5f6071 from "in.jsonl#3"', 'full', /free some space/],
    ['a full disk seen by the file system', Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }),
      'store: cannot write "data/x.db": disk full (ENOSPC) — could not store article 0a1b2c3d4e5f6071 from "in.jsonl#3"', 'full', /free some space/],
    ['a write-protected file', sqliteError('SQLITE_READONLY', 'attempt to write a readonly database'),
      'store: "data/x.db" is read-only (SQLITE_READONLY) — could not store article 0a1b2c3d4e5f6071 from "in.jsonl#3"', 'read-only', /make the store file writable/],
    ['a folder where the -wal and -shm files cannot be made', sqliteError('SQLITE_READONLY_DIRECTORY', 'attempt to write a readonly database'),
      'store: "data/x.db" is read-only (SQLITE_READONLY_DIRECTORY) — could not store article 0a1b2c3d4e5f6071 from "in.jsonl#3"', 'read-only', /"data\/x\.db-wal".*make its folder writable/],
    ['a read-only file system', Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' }),
      'store: "data/x.db" is read-only (EROFS) — could not store article 0a1b2c3d4e5f6071 from "in.jsonl#3"', 'read-only', /writable/],
    ['a lock held longer than Dossier waits', sqliteError('SQLITE_BUSY', 'database is locked'),
      'store: "data/x.db" stayed locked by another process (SQLITE_BUSY) — could not store article 0a1b2c3d4e5f6071 from "in.jsonl#3"', 'busy', /run the command again/],
    ['a damaged file', sqliteError('SQLITE_CORRUPT', 'database disk image is malformed'),
      'store: "data/x.db" is damaged or is not a Dossier store (SQLITE_CORRUPT) — could not store article 0a1b2c3d4e5f6071 from "in.jsonl#3"', 'damaged', /\.recover/],
    ['an I/O error', sqliteError('SQLITE_IOERR_WRITE', 'disk I/O error'),
      'store: cannot read or write "data/x.db": disk I/O error (SQLITE_IOERR_WRITE) — could not store article 0a1b2c3d4e5f6071 from "in.jsonl#3"', 'io', /dmesg/],
    ['anything else, with its own words', sqliteError('SQLITE_CONSTRAINT_CHECK', 'CHECK constraint failed'),
      'store: could not store article 0a1b2c3d4e5f6071 from "in.jsonl#3" in "data/x.db": CHECK constraint failed (SQLITE_CONSTRAINT_CHECK)', 'other', /^$/],
  ];

  it.each(cases)('names the store file and what happened: %s', (_label, err, message, code, hint) => {
    const failure = storeFailure(err, 'data/x.db', WHAT);
    expect(failure).toBeInstanceOf(StoreError);
    expect(failure.message).toBe(message);
    expect(failure.code).toBe(code);
    expect(failure.hint ?? '').toMatch(hint);
    expect(failure.cause).toBe(err);
  });

  it('passes a StoreError through unchanged', () => {
    const err = new StoreError('store: cannot assign article x to s-y: no such article');
    expect(storeFailure(err, 'data/x.db', WHAT)).toBe(err);
  });
});

describe('isBusy', () => {
  it.each([
    ['SQLITE_BUSY', true],
    ['SQLITE_BUSY_SNAPSHOT', true],
    ['SQLITE_BUSY_RECOVERY', true],
    ['SQLITE_FULL', false],
    ['SQLITE_READONLY', false],
  ])('%s is worth another try: %s', (code, busy) => {
    expect(isBusy(sqliteError(code, 'x'))).toBe(busy);
  });
});
