// The rows of `story_dossiers` (migration 0004): each story's last built dossier with its title and claim
// counts in columns, so that lists read and filter them without parsing any dossier. SqliteStore runs
// these inside its own transactions.
import type Database from 'better-sqlite3';
import type { ClaimStatus } from '../../core/crosscheck.js';
import type { ClaimCounts, StoredStoryDossier } from '../store.js';
import { storiesVersion } from './story-writes.js';

type Sql = (text: string) => Database.Statement;

/** The column of each claim status; a status filter names its column from this fixed table only. */
export const STATUS_COLUMNS: Record<ClaimStatus, string> = {
  corroborated: 'corroborated',
  conflicting: 'conflicting',
  compatible: 'compatible',
  changed: 'changed',
  'single-source': 'single_source',
};

/** What lists show of a stored dossier. */
export interface DossierListing {
  title: string;
  titleFrom: string;
  claims: ClaimCounts;
}

interface ListingRow {
  story_id: string;
  title: string;
  title_from: string;
  corroborated: number;
  conflicting: number;
  compatible: number;
  changed: number;
  single_source: number;
}

const LISTING_COLUMNS = 'story_id, title, title_from, corroborated, conflicting, compatible, changed, single_source';

function toListing(r: ListingRow): DossierListing {
  return {
    title: r.title,
    titleFrom: r.title_from,
    claims: { corroborated: r.corroborated, conflicting: r.conflicting, compatible: r.compatible, changed: r.changed, 'single-source': r.single_source },
  };
}

/** The listings of the given stories that have a stored dossier, by story id (one query for a page). */
export function readListings(sql: Sql, storyIds: readonly string[]): Map<string, DossierListing> {
  const rows = sql(`SELECT ${LISTING_COLUMNS} FROM story_dossiers WHERE story_id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(storyIds)) as ListingRow[];
  return new Map(rows.map((r) => [r.story_id, toListing(r)]));
}

export function readStoryDossier(sql: Sql, storyId: string): StoredStoryDossier | null {
  const row = sql(`SELECT ${LISTING_COLUMNS}, fingerprint, built_at, doc FROM story_dossiers WHERE story_id = ?`).get(storyId) as
    | (ListingRow & { fingerprint: string; built_at: string; doc: string })
    | undefined;
  if (!row) return null;
  const { story, inferred } = JSON.parse(row.doc) as Pick<StoredStoryDossier, 'story' | 'inferred'>;
  const { title, titleFrom, claims } = toListing(row);
  return { storyId: row.story_id, fingerprint: row.fingerprint, title, titleFrom, claims, story, inferred, builtAt: row.built_at };
}

/** Stores the dossier unless the stories changed since `version` or its story is gone; true when stored. */
export function writeStoryDossier(sql: Sql, d: StoredStoryDossier, version: number): boolean {
  if (storiesVersion(sql) !== version) return false;
  if (!sql('SELECT 1 FROM stories WHERE id = ?').get(d.storyId)) return false;
  const c = d.claims;
  sql(`INSERT INTO story_dossiers (story_id, fingerprint, title, title_from, corroborated, conflicting, compatible, changed, single_source, built_at, doc)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (story_id) DO UPDATE SET fingerprint = excluded.fingerprint, title = excluded.title, title_from = excluded.title_from,
         corroborated = excluded.corroborated, conflicting = excluded.conflicting, compatible = excluded.compatible,
         changed = excluded.changed, single_source = excluded.single_source, built_at = excluded.built_at, doc = excluded.doc`)
    .run(d.storyId, d.fingerprint, d.title, d.titleFrom, c.corroborated, c.conflicting, c.compatible, c.changed, c['single-source'], d.builtAt,
      JSON.stringify({ story: d.story, inferred: d.inferred }));
  return true;
}

/** After a full re-clustering: the dossiers of stories that did not come back go. */
export function pruneStoryDossiers(sql: Sql): void {
  sql('DELETE FROM story_dossiers WHERE story_id NOT IN (SELECT id FROM stories)').run();
}
