-- Stories: which story each clustered article is in (with the explanation and profile clustering
-- wrote), related-story links, near-duplicate links and user corrections. A story exists exactly
-- while at least one article is assigned to it.
CREATE TABLE story_articles (
  article_id   TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  story_id     TEXT NOT NULL,
  seq          INTEGER NOT NULL, -- assignment order; a re-assignment gets a new one
  explanation  TEXT NOT NULL,    -- AssignmentExplanation as JSON
  profile      TEXT NOT NULL     -- ArticleProfile as JSON
);
-- (story_id, article_id) rather than (story_id) alone: reading a story's members then never has
-- to touch the large JSON rows.
CREATE INDEX story_articles_story ON story_articles (story_id, article_id);
CREATE INDEX story_articles_seq ON story_articles (seq);

-- Each story's aggregates, so that listing pages through an index instead of grouping 100,000
-- assignments per page. A cache of story_articles joined with articles: SqliteStore refreshes the
-- stories it touches in the same transaction as every change to story_articles. (Nothing deletes
-- articles today; whatever does must refresh their stories too, as the cascade above will not.)
CREATE TABLE stories (
  id             TEXT PRIMARY KEY,
  article_count  INTEGER NOT NULL,
  date_from      TEXT, -- first 10 characters of the earliest articles.published, null when none is dated
  date_to        TEXT
);
-- The order of story lists: most recently dated first, undated last.
CREATE INDEX stories_recent ON stories (date_to IS NULL, date_to DESC, id);
-- Outlet filters compare case-insensitively; articles_outlet (binary) cannot serve them.
CREATE INDEX articles_outlet_nocase ON articles (outlet COLLATE NOCASE);

CREATE TABLE story_related (
  story_id    TEXT NOT NULL,
  related_id  TEXT NOT NULL,
  score       REAL NOT NULL,
  why         TEXT NOT NULL,
  PRIMARY KEY (story_id, related_id)
);
-- Links pointing at a story that vanished are found by related_id.
CREATE INDEX story_related_related ON story_related (related_id);

CREATE TABLE article_duplicates (
  article_id    TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  canonical_id  TEXT NOT NULL,
  similarity    REAL NOT NULL,
  reason        TEXT NOT NULL
);
CREATE INDEX article_duplicates_canonical ON article_duplicates (canonical_id);

CREATE TABLE story_corrections (
  seq  INTEGER PRIMARY KEY AUTOINCREMENT,
  doc  TEXT NOT NULL -- StoryCorrection as JSON
);
