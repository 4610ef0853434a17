// The embedded store: one SQLite file (better-sqlite3, WAL mode), migrated on open, with an FTS5 index.
// It is the default so that `npm ci && npm start` needs no database server. Several processes may use one
// file at once (two `dossier ingest`, a `dossier serve`): every write takes the write lock when it begins
// (BEGIN IMMEDIATE) and waits for it, and failures become StoreErrors naming the file (sqlite-errors.ts).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { StoreError, describeError } from '../../core/errors.js';
import type { ArticleProfile, AssignmentExplanation, RelatedStory, StoryCorrection } from '../../core/stories.js';
import type { Article } from '../../core/types.js';
import { toFtsQuery } from '../fts-query.js';
import type {
  ArticleQuery, ArticleSummary, ClusteredArticle, ClusteringLock, DuplicateLink, PutResult, SearchHit, StoriesChange, Store,
  StoryAssignment, StoredStoryDossier, StoryQuery, StorySummary,
} from '../store.js';
import { migrate } from './migrate.js';
import { isBusy, storeFailure } from './sqlite-errors.js';
import { describeHolder, isAbandoned, readLock, releaseLock, renewLock, takeLock } from './store-lock.js';
import { STATUS_COLUMNS, pruneStoryDossiers, readListings, readStoryDossier, writeStoryDossier } from './story-dossier-rows.js';
import {
  bumpStoriesVersion, clearStoryTables, storiesVersion, writeAssignments, writeDuplicates, writeRelated,
} from './story-writes.js';

/**
 * How long one statement waits for another connection's lock, blocking the thread (SQLite's busy handler);
 * a write still refused after that is tried again, without blocking, until WRITE_PATIENCE_MS have passed.
 * The longest write lock Dossier itself holds is a full re-clustering's one transaction (seconds).
 */
const BUSY_TIMEOUT_MS = 5_000;
const WRITE_PATIENCE_MS = 120_000;
const CLUSTERING_LOCK = 'clustering';

export interface SqliteOpenOptions {
  /**
   * Caps the file's size (SQLite's max_page_count, rounded down to whole pages; never below its size
   * today): writes beyond it fail as on a full disk. For tests of a full disk, and for quotas.
   */
  maxBytes?: number;
}

interface ArticleRow {
  id: string;
  doc: string;
}

interface SummaryRow {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  language: string | null;
  ingested_at: string;
  doc_meta: string;
  chars: number;
}

const SUMMARY_COLUMNS = `a.id, a.title, a.outlet, a.published, a.language, a.ingested_at, length(a.body) AS chars,
  json_object('publishedFrom', json_extract(a.doc, '$.publishedFrom'), 'format', json_extract(a.doc, '$.format'),
              'file', json_extract(a.doc, '$.file'), 'url', json_extract(a.doc, '$.url')) AS doc_meta`;

/** A row of `stories`: the aggregates kept per story. */
interface StoryRow {
  id: string;
  article_count: number;
  date_from: string | null;
  date_to: string | null;
}

interface MemberRow {
  story_id: string;
  id: string;
  outlet: string | null;
}

interface AssignmentRow {
  article_id: string;
  story_id: string;
  explanation: string;
  profile: string;
}

interface DuplicateRow {
  article_id: string;
  canonical_id: string;
  similarity: number;
  reason: string;
}

const STORY_COLUMNS = 'id, article_count, date_from, date_to';

/** The members of the stories in a JSON array of ids, each story's earliest published first, undated last. */
// The lead sentence is read from the stored document of each story's first article only: parsing every
// member's JSON document made a page of 50 stories cost a quarter of a second at 100,000 articles.
const STORY_MEMBERS = `SELECT sa.story_id, a.id, a.outlet
  FROM story_articles sa JOIN articles a ON a.id = sa.article_id
  WHERE sa.story_id IN (SELECT value FROM json_each(?))
  ORDER BY sa.story_id, a.published IS NULL, a.published, a.id`;

/** The WHERE clause of a story query's filters, shared by listing and counting. */
function storyFilter(query: StoryQuery): { where: string; params: string[] } {
  const where: string[] = [];
  const params: string[] = [];
  if (query.outlet) {
    where.push(`id IN (SELECT sa.story_id FROM articles a JOIN story_articles sa ON sa.article_id = a.id
                       WHERE a.outlet = ? COLLATE NOCASE)`);
    params.push(query.outlet);
  }
  // Overlap of [date_from, date_to] with [since, until]; an undated story's null dates fail both tests.
  if (query.since) { where.push('date_to >= ?'); params.push(query.since.slice(0, 10)); }
  if (query.until) { where.push('date_from <= ?'); params.push(query.until.slice(0, 10)); }
  if (query.status) where.push(`id IN (SELECT story_id FROM story_dossiers WHERE ${STATUS_COLUMNS[query.status]} > 0)`);
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

function toSummary(row: SummaryRow): ArticleSummary {
  const meta = JSON.parse(row.doc_meta) as Pick<ArticleSummary, 'publishedFrom' | 'format' | 'file' | 'url'>;
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    published: row.published,
    publishedFrom: meta.publishedFrom,
    language: row.language,
    format: meta.format,
    file: meta.file,
    url: meta.url,
    ingestedAt: row.ingested_at,
    chars: row.chars,
  };
}

export class SqliteStore implements Store {
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(
    private readonly db: Database.Database,
    /** The path as the user gave it, for messages. */
    private readonly path: string,
  ) {}

  /** A prepared statement, compiled once per store: ingest calls the same few statements per article. */
  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  /** Opens (creating when needed) the database file at `path`, or an in-memory one for ':memory:'. */
  static open(path: string, options: SqliteOpenOptions = {}): SqliteStore {
    let db: Database.Database | null = null;
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      db = new Database(path);
      // First: a process creating the file (switching it to WAL) or migrating it holds a lock the others wait for.
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      if (db.pragma('journal_mode', { simple: true }) !== 'wal') db.pragma('journal_mode = WAL');
      // In WAL mode NORMAL cannot corrupt the database; a power cut may lose the last commits only.
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      try {
        migrate(db);
      } catch (err) {
        throw storeFailure(err, path, 'bring its schema up to date (this Dossier adds tables to it)');
      }
      if (options.maxBytes !== undefined) {
        const pageSize = db.pragma('page_size', { simple: true }) as number;
        db.pragma(`max_page_count = ${Math.max(1, Math.floor(options.maxBytes / pageSize))}`);
      }
    } catch (err) {
      db?.close();
      if (err instanceof StoreError) throw err;
      const failure = storeFailure(err, path, 'open it');
      if (failure.code !== 'other') throw failure;
      throw new StoreError(`store: cannot open "${path}": ${describeError(err)}`, { cause: err });
    }
    return new SqliteStore(db, path);
  }

  async putArticle(article: Article, input: string | null): Promise<PutResult> {
    const now = new Date().toISOString();
    const what = `store article ${article.id}${input === null ? '' : ` from "${input}"`}`;
    return this.write(what, (): PutResult => {
      const existing = this.summaryById(article.id);
      if (!existing) {
        this
          .sql(`INSERT INTO articles (id, title, outlet, published, language, ingested_at, body, doc)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
          .run(article.id, article.title, article.outlet, article.published, article.language,
            article.ingestedAt, article.text, JSON.stringify(article));
      }
      if (input !== null) {
        this
          .sql('INSERT OR IGNORE INTO article_sources (article_id, input, seen_at) VALUES (?, ?, ?)')
          .run(article.id, input, now);
      }
      return existing ? { status: 'duplicate', existing } : { status: 'inserted' };
    });
  }

  async getArticle(idOrPrefix: string): Promise<Article | null> {
    const exact = this.sql('SELECT id, doc FROM articles WHERE id = ?').get(idOrPrefix) as ArticleRow | undefined;
    if (exact) return JSON.parse(exact.doc) as Article;
    if (idOrPrefix.length < 6 || !/^[0-9a-f]+$/i.test(idOrPrefix)) return null;
    const rows = this
      .sql("SELECT id, doc FROM articles WHERE id >= ? AND id < ? || 'g' LIMIT 2")
      .all(idOrPrefix.toLowerCase(), idOrPrefix.toLowerCase()) as ArticleRow[];
    return rows.length === 1 && rows[0] ? (JSON.parse(rows[0].doc) as Article) : null;
  }

  async getSources(id: string): Promise<string[]> {
    const rows = this
      .sql('SELECT input FROM article_sources WHERE article_id = ? ORDER BY seen_at, input')
      .all(id) as { input: string }[];
    return rows.map((r) => r.input);
  }

  async listArticles(query: ArticleQuery = {}): Promise<ArticleSummary[]> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (query.outlet) { where.push('a.outlet = ? COLLATE NOCASE'); params.push(query.outlet); }
    if (query.since) { where.push('a.published >= ?'); params.push(query.since); }
    if (query.until) { where.push('substr(a.published, 1, 10) <= ?'); params.push(query.until); }
    const sql = `SELECT ${SUMMARY_COLUMNS} FROM articles a
      ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY a.published IS NULL, a.published DESC, a.ingested_at DESC, a.id
      LIMIT ? OFFSET ?`;
    params.push(query.limit ?? 100, query.offset ?? 0);
    return (this.sql(sql).all(...params) as SummaryRow[]).map(toSummary);
  }

  async countArticles(): Promise<number> {
    return (this.sql('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  async dataVersion(): Promise<number> {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  async listOutlets(): Promise<string[]> {
    return (this.sql('SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet').all() as { outlet: string }[]).map((r) => r.outlet);
  }

  async searchArticles(text: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
    const match = toFtsQuery(text);
    if (match === null) return [];
    const rows = this
      .sql(
        `SELECT ${SUMMARY_COLUMNS}, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet
         FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
         WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 4.0, 1.0) LIMIT ?`,
      )
      .all(match, options.limit ?? 20) as (SummaryRow & { snippet: string })[];
    return rows.map((r) => ({ ...toSummary(r), snippet: r.snippet }));
  }

  // ── stories ──────────────────────────────────────────────────────────────────────────────────────

  async putAssignments(assignments: readonly StoryAssignment[]): Promise<void> {
    await this.write('record story assignments', () => {
      writeAssignments((t) => this.sql(t), assignments);
      bumpStoriesVersion((t) => this.sql(t));
    });
  }

  async clearStories(): Promise<void> {
    await this.write('clear the stories', () => {
      clearStoryTables((t) => this.sql(t));
      pruneStoryDossiers((t) => this.sql(t));
      bumpStoriesVersion((t) => this.sql(t));
    });
  }

  async getAssignment(articleId: string): Promise<StoryAssignment | null> {
    const row = this
      .sql('SELECT article_id, story_id, explanation, profile FROM story_articles WHERE article_id = ?')
      .get(articleId) as AssignmentRow | undefined;
    if (!row) return null;
    return {
      articleId: row.article_id,
      storyId: row.story_id,
      explanation: JSON.parse(row.explanation) as AssignmentExplanation,
      profile: JSON.parse(row.profile) as ArticleProfile,
    };
  }

  async listClusteredArticles(): Promise<ClusteredArticle[]> {
    const rows = this
      .sql(`SELECT sa.article_id, sa.story_id, sa.profile, a.body, a.published, a.ingested_at
            FROM story_articles sa JOIN articles a ON a.id = sa.article_id ORDER BY sa.seq`)
      .all() as (Omit<AssignmentRow, 'explanation'> & { body: string; published: string | null; ingested_at: string })[];
    return rows.map((r) => ({
      articleId: r.article_id,
      storyId: r.story_id,
      profile: JSON.parse(r.profile) as ArticleProfile,
      text: r.body,
      published: r.published,
      ingestedAt: r.ingested_at,
    }));
  }

  async listUnclusteredIds(): Promise<string[]> {
    const rows = this
      .sql(`SELECT a.id FROM articles a
            WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id)
            ORDER BY a.ingested_at, a.rowid`)
      .all() as { id: string }[];
    return rows.map((r) => r.id);
  }

  async getStory(idOrPrefix: string): Promise<StorySummary | null> {
    const exact = this.sql(`SELECT ${STORY_COLUMNS} FROM stories WHERE id = ?`).get(idOrPrefix) as StoryRow | undefined;
    if (exact) return this.summarizeStories([exact])[0] ?? null;
    if (!idOrPrefix.startsWith('s-') || idOrPrefix.length < 's-'.length + 6) return null;
    // A range on the primary key: every id starting with the prefix sorts in [prefix, successor).
    const last = idOrPrefix.charCodeAt(idOrPrefix.length - 1);
    const successor = idOrPrefix.slice(0, -1) + String.fromCharCode(last + 1);
    const rows = this
      .sql(`SELECT ${STORY_COLUMNS} FROM stories WHERE id >= ? AND id < ? LIMIT 2`)
      .all(idOrPrefix, successor) as StoryRow[];
    return rows.length === 1 ? (this.summarizeStories(rows)[0] ?? null) : null;
  }

  async listStories(query: StoryQuery = {}): Promise<StorySummary[]> {
    const { where, params } = storyFilter(query);
    const rows = this
      .sql(`SELECT ${STORY_COLUMNS} FROM stories ${where} ORDER BY date_to IS NULL, date_to DESC, id LIMIT ? OFFSET ?`)
      .all(...params, query.limit ?? 100, query.offset ?? 0) as StoryRow[];
    return this.summarizeStories(rows);
  }

  async countStories(query: StoryQuery = {}): Promise<number> {
    const { where, params } = storyFilter(query);
    return (this.sql(`SELECT count(*) AS n FROM stories ${where}`).get(...params) as { n: number }).n;
  }

  async putStoryDossier(dossier: StoredStoryDossier, storiesVersion: number): Promise<boolean> {
    return this.write(`store the dossier of story ${dossier.storyId}`, () => writeStoryDossier((t) => this.sql(t), dossier, storiesVersion));
  }

  async getStoryDossier(storyId: string): Promise<StoredStoryDossier | null> {
    return readStoryDossier((t) => this.sql(t), storyId);
  }

  async getStoryDossierFingerprint(storyId: string): Promise<string | null> {
    return (this.sql('SELECT fingerprint FROM story_dossiers WHERE story_id = ?').get(storyId) as { fingerprint: string } | undefined)?.fingerprint ?? null;
  }

  async putRelated(storyIds: readonly string[], links: readonly RelatedStory[]): Promise<void> {
    await this.write('record related stories', () => writeRelated((t) => this.sql(t), storyIds, links));
  }

  async getRelated(storyId: string): Promise<RelatedStory[]> {
    const rows = this
      .sql(`SELECT story_id, related_id, score, why FROM story_related WHERE story_id = ?
            ORDER BY score DESC, related_id`)
      .all(storyId) as { story_id: string; related_id: string; score: number; why: string }[];
    return rows.map((r) => ({ storyId: r.story_id, relatedId: r.related_id, score: r.score, why: r.why }));
  }

  async putDuplicates(links: readonly DuplicateLink[]): Promise<void> {
    await this.write('record duplicate links', () => writeDuplicates((t) => this.sql(t), links));
  }

  async getDuplicates(articleId: string): Promise<DuplicateLink[]> {
    // The article's own canonical copy first, then its copies, most similar first.
    const rows = this
      .sql(`SELECT article_id, canonical_id, similarity, reason FROM article_duplicates
            WHERE article_id = @id OR canonical_id = @id
            ORDER BY article_id = @id DESC, similarity DESC, article_id`)
      .all({ id: articleId }) as DuplicateRow[];
    return rows.map((r) => ({ articleId: r.article_id, canonicalId: r.canonical_id, similarity: r.similarity, reason: r.reason }));
  }

  async addCorrection(correction: StoryCorrection): Promise<void> {
    await this.write('record a story correction', () => {
      this.sql('INSERT INTO story_corrections (doc) VALUES (?)').run(JSON.stringify(correction));
      bumpStoriesVersion((t) => this.sql(t));
    });
  }

  async listCorrections(): Promise<StoryCorrection[]> {
    const rows = this.sql('SELECT doc FROM story_corrections ORDER BY seq').all() as { doc: string }[];
    return rows.map((r) => JSON.parse(r.doc) as StoryCorrection);
  }

  // ── clustering by several processes ──────────────────────────────────────────────────────────────

  async withClusteringLock<T>(fn: (lock: ClusteringLock) => Promise<T>, options: { onWait?: (holder: string) => void } = {}): Promise<T> {
    const lock: ClusteringLock = { holder: await this.takeClusteringLock(options.onWait) };
    try {
      return await fn(lock);
    } finally {
      try {
        await this.write('release the clustering lock', () => releaseLock((t) => this.sql(t), CLUSTERING_LOCK, lock.holder));
      } catch {
        // Not released (a full disk): the row names this process but no live holder of it, so it counts as abandoned.
      }
    }
  }

  async applyStoriesChange(change: StoriesChange, lock: ClusteringLock): Promise<number> {
    const sql = (t: string) => this.sql(t);
    return this.write('record the stories', () => {
      if (!renewLock(sql, CLUSTERING_LOCK, lock.holder)) {
        throw new StoreError(`store: another process took over the clustering of "${this.path}" from this one; this step was not written`, {
          code: 'lock-lost', hint: 'run the command again: the articles it did not place are placed then',
        });
      }
      if (change.clear) clearStoryTables(sql);
      writeAssignments(sql, change.assignments);
      writeDuplicates(sql, change.duplicates);
      if (change.related) writeRelated(sql, change.related.storyIds, change.related.links);
      if (change.clear) pruneStoryDossiers(sql);
      if (change.correction) this.sql('INSERT INTO story_corrections (doc) VALUES (?)').run(JSON.stringify(change.correction));
      return bumpStoriesVersion(sql);
    });
  }

  async storiesVersion(): Promise<number> {
    return storiesVersion((t) => this.sql(t));
  }

  async close(): Promise<void> {
    this.db.close();
  }

  /** Waits until the clustering lock is free or abandoned, and takes it; returns the holder token. */
  private async takeClusteringLock(onWait?: (holder: string) => void): Promise<string> {
    const sql = (t: string) => this.sql(t);
    for (let pause = 25, told = false; ; pause = Math.min(500, pause * 2)) {
      // Looked at without the write lock first: waiting must not get in the way of the holder's writes.
      const row = readLock(sql, CLUSTERING_LOCK);
      const got = row && !isAbandoned(row) ? { heldBy: row } : await this.write('take the clustering lock', () => takeLock(sql, CLUSTERING_LOCK));
      if ('holder' in got) return got.holder;
      if (!told) onWait?.(describeHolder(got.heldBy));
      told = true;
      await sleep(pause);
    }
  }

  /**
   * Runs `fn` in one transaction that takes the write lock at its start (BEGIN IMMEDIATE: a transaction that
   * read first and wrote later would fail at once, without waiting, if another process wrote in between).
   * While another process holds the lock it is tried again; any failure rolls it all back and becomes a
   * StoreError saying what could not be done.
   */
  private async write<T>(what: string, fn: () => T): Promise<T> {
    const transaction = this.db.transaction(fn);
    const started = Date.now();
    for (let pause = 50; ; pause = Math.min(1_000, pause * 2)) {
      try {
        return transaction.immediate();
      } catch (err) {
        if (!isBusy(err) || Date.now() - started > WRITE_PATIENCE_MS) throw storeFailure(err, this.path, what);
      }
      await sleep(pause * (0.5 + Math.random()));
    }
  }

  /** Completes aggregate rows with their members' ids and outlets (one query for all of them), lead, and stored title and claim counts. */
  private summarizeStories(rows: readonly StoryRow[]): StorySummary[] {
    if (rows.length === 0) return [];
    const members = this.sql(STORY_MEMBERS).all(JSON.stringify(rows.map((r) => r.id))) as MemberRow[];
    const byStory = new Map<string, MemberRow[]>();
    for (const m of members) {
      const list = byStory.get(m.story_id);
      if (list) list.push(m);
      else byStory.set(m.story_id, [m]);
    }
    const leadOf = this.sql(`SELECT json_extract(doc, '$.sentences[0].text') AS lead FROM articles WHERE id = ?`);
    const listings = readListings((t) => this.sql(t), rows.map((r) => r.id));
    return rows.map((r) => {
      const list = byStory.get(r.id) ?? [];
      const outlets = [...new Set(list.flatMap((m) => (m.outlet === null ? [] : [m.outlet])))].sort();
      const listing = listings.get(r.id);
      return {
        id: r.id,
        title: listing?.title ?? null,
        titleFrom: listing?.titleFrom ?? null,
        claims: listing?.claims ?? null,
        lead: list[0] ? ((leadOf.get(list[0].id) as { lead: string | null } | undefined)?.lead ?? null) : null,
        articleCount: r.article_count,
        outlets,
        dateFrom: r.date_from,
        dateTo: r.date_to,
        articleIds: list.map((m) => m.id),
      };
    });
  }

  private summaryById(id: string): ArticleSummary | null {
    const row = this.sql(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.id = ?`).get(id) as
      | SummaryRow
      | undefined;
    return row ? toSummary(row) : null;
  }
}
