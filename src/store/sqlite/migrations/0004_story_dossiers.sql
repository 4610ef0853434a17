-- Each story's cross-checked dossier as it was last built (src/services/story-dossiers.ts): its title and
-- claim counts, which lists show and filter on, the dossier JSON, which story pages and reports are made
-- from, and the fingerprint of what it was built from, so a story whose articles, related stories or
-- analysis code changed since is rebuilt. A row goes with its story (story-writes.ts deletes it when the
-- story vanishes; a full re-clustering keeps the rows of the stories that come back).
CREATE TABLE story_dossiers (
  story_id       TEXT PRIMARY KEY,
  fingerprint    TEXT NOT NULL,
  title          TEXT NOT NULL,
  title_from     TEXT NOT NULL,
  corroborated   INTEGER NOT NULL,
  conflicting    INTEGER NOT NULL,
  compatible     INTEGER NOT NULL,
  changed        INTEGER NOT NULL,
  single_source  INTEGER NOT NULL,
  built_at       TEXT NOT NULL,
  doc            TEXT NOT NULL  -- {story, inferred} as JSON (StoredStoryDossier)
);
