// What a store must still hold after crashes and concurrent writers, read straight from the SQLite file
// (after the writers are done): articles lost or duplicated against the ids a batch should have stored, story rows that
// disagree with their members, links to stories or articles that do not exist, articles in no story,
// and SQLite's own integrity checks. Shared by test/reliability and `npm run bench:reliability`.
import Database from 'better-sqlite3';

export interface StoreCheck {
  /** Distinct article ids the inputs hold, and how many rows the store has. */
  expected: number;
  stored: number;
  /** Expected ids the store does not hold. */
  lost: number;
  /** Rows beyond one per id, plus stored ids no input holds (a half-written or garbled article). */
  duplicated: number;
  /**
   * Story rows that disagree with story_articles: a story with no members or a wrong count, a member
   * whose story has no row, a related link from or to a missing story, a near-copy link to a missing article,
   * a stored dossier of a missing story.
   */
  orphanStoryRows: number;
  /** Articles in no story (not clustered) — or in more than one, which the schema's key forbids. */
  notInOneStory: number;
  /** Articles placed as a near-copy whose near-copy link was not written with them. */
  missingDuplicateLinks: number;
  /** `PRAGMA integrity_check`, the FTS index's own check and `PRAGMA foreign_key_check`: "ok" or the first problem. */
  integrity: string;
  stories: number;
}

const count = (db: Database.Database, sql: string): number => (db.prepare(sql).get() as { n: number }).n;

/** Reads the invariants of the store at `dbPath`; `expectedIds` are the article ids its inputs hold. */
export function checkStore(dbPath: string, expectedIds: ReadonlySet<string>): StoreCheck {
  // Not read-only: the FTS check is spelled as an INSERT, which a read-only connection refuses to run.
  const db = new Database(dbPath, { fileMustExist: true });
  try {
    const rows = db.prepare('SELECT id FROM articles').pluck().all() as string[];
    const stored = new Set(rows);
    let lost = 0;
    for (const id of expectedIds) if (!stored.has(id)) lost++;
    let unexpected = 0;
    for (const id of stored) if (!expectedIds.has(id)) unexpected++;
    const orphanStoryRows =
      count(db, `SELECT count(*) AS n FROM stories s
                 WHERE s.article_count <> (SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id)`) +
      count(db, 'SELECT count(DISTINCT story_id) AS n FROM story_articles WHERE story_id NOT IN (SELECT id FROM stories)') +
      count(db, `SELECT count(*) AS n FROM story_related
                 WHERE story_id NOT IN (SELECT id FROM stories) OR related_id NOT IN (SELECT id FROM stories)`) +
      count(db, 'SELECT count(*) AS n FROM article_duplicates WHERE canonical_id NOT IN (SELECT id FROM articles)') +
      count(db, 'SELECT count(*) AS n FROM story_dossiers WHERE story_id NOT IN (SELECT id FROM stories)');
    const notInOneStory =
      count(db, 'SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id)') +
      count(db, 'SELECT count(*) AS n FROM (SELECT article_id FROM story_articles GROUP BY article_id HAVING count(*) > 1)');
    const missingDuplicateLinks = count(db, `SELECT count(*) AS n FROM story_articles sa
      WHERE json_extract(sa.explanation, '$.decision') = 'duplicate-of'
        AND NOT EXISTS (SELECT 1 FROM article_duplicates d WHERE d.article_id = sa.article_id)`);
    return {
      expected: expectedIds.size,
      stored: rows.length,
      lost,
      duplicated: rows.length - stored.size + unexpected,
      orphanStoryRows,
      notInOneStory,
      missingDuplicateLinks,
      integrity: integrityOf(db),
      stories: count(db, 'SELECT count(*) AS n FROM stories'),
    };
  } finally {
    db.close();
  }
}

function integrityOf(db: Database.Database): string {
  const pages = db.pragma('integrity_check') as { integrity_check: string }[];
  if (pages[0]?.integrity_check !== 'ok') return `integrity_check: ${pages.map((r) => r.integrity_check).join('; ')}`;
  const keys = db.pragma('foreign_key_check') as unknown[];
  if (keys.length > 0) return `foreign_key_check: ${keys.length} rows point at nothing`;
  try {
    // The FTS index of an external-content table is checked against the articles it indexes.
    db.prepare("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)").run();
  } catch (err) {
    return `fts: ${(err as Error).message}`;
  }
  return 'ok';
}

/** The invariants that must hold after a finished run: everything stored once, clustered once, consistent. */
export function problemsOf(check: StoreCheck): string[] {
  const problems: string[] = [];
  if (check.lost) problems.push(`${check.lost} articles lost`);
  if (check.duplicated) problems.push(`${check.duplicated} articles duplicated`);
  if (check.orphanStoryRows) problems.push(`${check.orphanStoryRows} orphan story rows`);
  if (check.notInOneStory) problems.push(`${check.notInOneStory} articles not in exactly one story`);
  if (check.missingDuplicateLinks) problems.push(`${check.missingDuplicateLinks} near-copies without their link`);
  if (check.integrity !== 'ok') problems.push(check.integrity);
  return problems;
}
