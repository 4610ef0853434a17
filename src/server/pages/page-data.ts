// What each web page is rendered from: plain data the server gathers (from the store and the cached
// story dossiers) and the page renderers in this folder turn into HTML. Renderers are pure functions of
// these values, so they are tested without a server and every piece of article text passes one escaper.
import type { DossierArticle, DossierStory } from '../../core/dossier.js';
import type { StorySummary } from '../../store/index.js';

/** A story in the stories list, with its cross-check counts when its dossier has been built (else null). */
export interface StoryListItem extends StorySummary {
  corroborated: number | null;
  conflicting: number | null;
}

export interface StoriesPageData {
  stories: StoryListItem[];
  total: number;
  /** The filters as given (echoed into the form). */
  query: { q: string; outlet: string; since: string; until: string; status: string; offset: number; limit: number };
  /** Full-text hits when `query.q` is set: articles with a snippet and their story. */
  hits: { id: string; title: string | null; outlet: string | null; published: string | null; snippet: string; storyId: string | null }[];
  /** Every outlet in the store, for the filter. */
  outlets: string[];
  /** True when write actions (ingest, merge, split) need a token (the server is bound beyond loopback). */
  writeNeedsToken: boolean;
}

export interface StoryPageData {
  story: DossierStory;
  /** The story's articles as the dossier prints them (dates inferred where the story allows). */
  articles: DossierArticle[];
  /** Related stories with their titles (for links). */
  related: { id: string; title: string; why: string }[];
  writeNeedsToken: boolean;
}

export interface ArticlePageData {
  article: DossierArticle;
  story: { id: string; title: string } | null;
}

export interface IngestPageData {
  maxBytes: number;
  writeNeedsToken: boolean;
}
