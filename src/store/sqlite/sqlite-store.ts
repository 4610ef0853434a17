// The embedded store: one SQLite file (better-sqlite3, WAL mode), migrated on open, with an FTS5 index.
// It is the default so that `npm ci && npm start` needs no database server.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError, describeError } from '../../core/errors.js';
import type { Article } from '../../core/types.js';
import { toFtsQuery } from '../fts-query.js';
import type { ArticleQuery, ArticleSummary, PutResult, SearchHit, Store } from '../store.js';
import { migrate } from './migrate.js';

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

  private constructor(private readonly db: Database.Database) {}

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
  static open(path: string): SqliteStore {
    let db: Database.Database;
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      db = new Database(path);
      db.pragma('journal_mode = WAL');
      // In WAL mode NORMAL cannot corrupt the database; a power cut may lose the last commits only.
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      migrate(db);
    } catch (err) {
      if (err instanceof StoreError) throw err;
      throw new StoreError(`store: cannot open "${path}": ${describeError(err)}`, { cause: err });
    }
    return new SqliteStore(db);
  }

  async putArticle(article: Article, input: string | null): Promise<PutResult> {
    const now = new Date().toISOString();
    return this.db.transaction((): PutResult => {
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
    })();
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

  async close(): Promise<void> {
    this.db.close();
  }

  private summaryById(id: string): ArticleSummary | null {
    const row = this.sql(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.id = ?`).get(id) as
      | SummaryRow
      | undefined;
    return row ? toSummary(row) : null;
  }
}
