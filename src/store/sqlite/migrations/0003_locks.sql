-- Who may change the stories: a process places articles in stories only while it holds the row named
-- 'clustering' (src/store/sqlite/store-lock.ts), so two `dossier ingest` never place one article twice nor
-- cluster against an index the other has changed since. A holder that died (kill -9) is recognized by its
-- process being gone from this host, or, on another host, by its lease running out.
CREATE TABLE store_locks (
  name         TEXT PRIMARY KEY,
  holder       TEXT NOT NULL,    -- a random token per acquisition
  pid          INTEGER NOT NULL,
  pid_started  TEXT,             -- the process's start time (Linux), so a reused pid is not taken for it
  host         TEXT NOT NULL,
  acquired_at  TEXT NOT NULL,
  expires_at   INTEGER NOT NULL  -- ms since the epoch; renewed by every write the holder makes under the lock
);

-- The stories' version, bumped in the same transaction as every change to story_articles: an in-memory
-- clustering index (a server's, or one loaded before waiting for the lock) is stale when it was loaded
-- at another value.
CREATE TABLE store_counters (
  name   TEXT PRIMARY KEY,
  value  INTEGER NOT NULL
);
INSERT INTO store_counters (name, value) VALUES ('stories', 0);
