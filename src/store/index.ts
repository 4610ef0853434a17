// The store's public surface: the interface, and `openStore` choosing the implementation from a location.
import { InputError } from '../core/errors.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export type {
  ArticleQuery, ArticleSummary, ClaimCounts, ClusteredArticle, ClusteringLock, DuplicateLink, PutResult, SearchHit, StoriesChange, Store,
  StoryAssignment, StoredStoryDossier, StoryQuery, StorySummary,
} from './store.js';
export { toFtsQuery } from './fts-query.js';

/**
 * Opens the store at `location`: a SQLite file path (the default, embedded) or ':memory:'.
 * A `postgres://` URL is reserved for the shared-store implementation, which is not built yet.
 */
export function openStore(location: string): Store {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new InputError(
      'usage',
      'store: PostgreSQL is not supported yet; use a SQLite file path for --db (the default is ./data/dossier.db)',
    );
  }
  return SqliteStore.open(location);
}
