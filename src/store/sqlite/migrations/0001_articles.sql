-- Articles: a few columns to filter and sort on, the whole Article as JSON in `doc`,
-- and an external-content FTS5 index over title and clean text.
CREATE TABLE articles (
  id           TEXT PRIMARY KEY,
  title        TEXT,
  outlet       TEXT,
  published    TEXT,
  language     TEXT,
  ingested_at  TEXT NOT NULL,
  body         TEXT NOT NULL,
  doc          TEXT NOT NULL
);
CREATE INDEX articles_outlet ON articles (outlet);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE article_sources (
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  input       TEXT NOT NULL,
  seen_at     TEXT NOT NULL,
  PRIMARY KEY (article_id, input)
);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, body,
  content = 'articles', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
  INSERT INTO articles_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
