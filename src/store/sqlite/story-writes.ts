// The statements that change the stories tables, without transactions of their own: SqliteStore runs
// them inside one transaction per call, so that a clustering step — its assignments, near-copy links,
// related links, a user's correction and the stories' version — is stored whole or not at all.
import type Database from 'better-sqlite3';
import { StoreError } from '../../core/errors.js';
import type { RelatedStory } from '../../core/stories.js';
import type { DuplicateLink, StoryAssignment } from '../store.js';

type Sql = (text: string) => Database.Statement;

/** Records (or moves) articles into stories and refreshes every story they leave or join. */
export function writeAssignments(sql: Sql, assignments: readonly StoryAssignment[]): void {
  let seq = (sql('SELECT coalesce(max(seq), 0) + 1 AS next FROM story_articles').get() as { next: number }).next;
  const touched = new Set<string>();
  for (const a of assignments) {
    const current = sql(`SELECT sa.story_id FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id
                         WHERE a.id = ?`).get(a.articleId) as { story_id: string | null } | undefined;
    // Checked rather than left to the foreign key, whose error does not say which article it was.
    if (!current) throw new StoreError(`store: cannot assign article ${a.articleId} to ${a.storyId}: no such article`);
    if (current.story_id !== null) touched.add(current.story_id);
    touched.add(a.storyId);
    sql(`INSERT INTO story_articles (article_id, story_id, seq, explanation, profile) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, seq = excluded.seq,
           explanation = excluded.explanation, profile = excluded.profile`)
      .run(a.articleId, a.storyId, seq++, JSON.stringify(a.explanation), JSON.stringify(a.profile));
  }
  for (const storyId of touched) refreshStory(sql, storyId);
}

export function clearStoryTables(sql: Sql): void {
  sql('DELETE FROM story_articles').run();
  sql('DELETE FROM stories').run();
  sql('DELETE FROM story_related').run();
  sql('DELETE FROM article_duplicates').run();
}

/** Replaces the related links of the given stories. */
export function writeRelated(sql: Sql, storyIds: readonly string[], links: readonly RelatedStory[]): void {
  for (const id of storyIds) sql('DELETE FROM story_related WHERE story_id = ?').run(id);
  for (const l of links) {
    sql(`INSERT INTO story_related (story_id, related_id, score, why) VALUES (?, ?, ?, ?)
         ON CONFLICT (story_id, related_id) DO UPDATE SET score = excluded.score, why = excluded.why`)
      .run(l.storyId, l.relatedId, l.score, l.why);
  }
}

export function writeDuplicates(sql: Sql, links: readonly DuplicateLink[]): void {
  for (const l of links) {
    sql(`INSERT INTO article_duplicates (article_id, canonical_id, similarity, reason) VALUES (?, ?, ?, ?)
         ON CONFLICT (article_id) DO UPDATE SET canonical_id = excluded.canonical_id,
           similarity = excluded.similarity, reason = excluded.reason`)
      .run(l.articleId, l.canonicalId, l.similarity, l.reason);
  }
}

export function storiesVersion(sql: Sql): number {
  return (sql("SELECT value FROM store_counters WHERE name = 'stories'").get() as { value: number }).value;
}

/** Marks the stories as changed (in the transaction that changes them); returns the new version. */
export function bumpStoriesVersion(sql: Sql): number {
  sql("UPDATE store_counters SET value = value + 1 WHERE name = 'stories'").run();
  return storiesVersion(sql);
}

/**
 * Recomputes a story's row in `stories` from its members; a story left without any is deleted,
 * with its stored dossier and the related links from and to it, which would otherwise point at nothing.
 */
function refreshStory(sql: Sql, storyId: string): void {
  const { changes } = sql(`INSERT INTO stories (id, article_count, date_from, date_to)
      SELECT sa.story_id, count(*), min(substr(a.published, 1, 10)), max(substr(a.published, 1, 10))
      FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ? GROUP BY sa.story_id
    ON CONFLICT (id) DO UPDATE SET article_count = excluded.article_count,
      date_from = excluded.date_from, date_to = excluded.date_to`).run(storyId);
  if (changes > 0) return;
  sql('DELETE FROM stories WHERE id = ?').run(storyId);
  sql('DELETE FROM story_dossiers WHERE story_id = ?').run(storyId);
  sql('DELETE FROM story_related WHERE story_id = ?').run(storyId);
  sql('DELETE FROM story_related WHERE related_id = ?').run(storyId);
}
