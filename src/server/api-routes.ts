// The JSON API under /api: stories (list, the cross-checked dossier of one, merge, split), articles
// (list, one with its clean text, removed parts and annotations, why it is in its story, ingest from a
// raw body), full-text search. Every route has a schema, so the OpenAPI document is generated from the
// routes themselves. No route takes a server path: uploads are bodies, ids are content hashes.
import type { FastifyInstance } from 'fastify';
import type { DossierArticle } from '../core/dossier.js';
import { withCurrentAnnotations } from '../services/article-annotations.js';
import { buildDossier } from '../services/build-dossier.js';
import { ingestBuffer } from '../services/ingest-batch.js';
import { explainArticle } from '../services/stories.js';
import type { StorySummary } from '../store/index.js';
import { ApiError, ERROR_SCHEMA } from './api-error.js';
import type { ServerContext } from './app.js';
import type { StoryListItem } from './pages/page-data.js';

const ERRORS = { 400: ERROR_SCHEMA, 401: ERROR_SCHEMA, 403: ERROR_SCHEMA, 404: ERROR_SCHEMA, 413: ERROR_SCHEMA } as const;
const PAGING = {
  limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
  offset: { type: 'integer', minimum: 0, default: 0 },
  outlet: { type: 'string', maxLength: 200 },
  since: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  until: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
} as const;
const ID = { type: 'object', properties: { id: { type: 'string', minLength: 6, maxLength: 64, pattern: '^[A-Za-z0-9-]+$' } }, required: ['id'] } as const;
/** Response bodies are documented as objects; their full shapes are the dossier contract (schema/dossier.schema.json). */
const ANY_OBJECT = { type: 'object', additionalProperties: true } as const;

interface ListQuery {
  limit: number;
  offset: number;
  outlet?: string;
  since?: string;
  until?: string;
}

/** A story for lists: its stored title and, from its stored dossier, its corroborated and conflicting counts. */
function listItem(s: StorySummary): StoryListItem {
  return { ...s, corroborated: s.claims?.corroborated ?? null, conflicting: s.claims?.conflicting ?? null };
}

/**
 * The stories matching the filters, one page of them, and how many match in all: filtering, counting and
 * paging happen in the store, so `status: "conflicting"` (stories whose dossier holds a conflict) applies before paging.
 */
export async function listStories(context: ServerContext, q: ListQuery & { status?: string }): Promise<{ stories: StoryListItem[]; total: number; hasMore: boolean }> {
  const status = q.status === 'conflicting' ? 'conflicting' : undefined;
  const list = await context.stories.list({ limit: q.limit, offset: q.offset, outlet: q.outlet, since: q.since, until: q.until, status });
  return { stories: list.stories.map(listItem), total: list.total, hasMore: list.hasMore };
}

/** One article as the dossier prints it: from its story's dossier (dates inferred there), else on its own. */
export async function articleView(context: ServerContext, idOrPrefix: string): Promise<{ article: DossierArticle; storyId: string | null } | null> {
  const stored = await context.store.getArticle(idOrPrefix);
  if (!stored) return null;
  const assignment = await context.store.getAssignment(stored.id);
  if (assignment) {
    const built = await context.stories.story(assignment.storyId);
    const article = built?.articles.find((a) => a.id === stored.id);
    if (article) return { article, storyId: assignment.storyId };
  }
  const dossier = buildDossier([{ article: withCurrentAnnotations(stored), sources: await context.store.getSources(stored.id) }]);
  return { article: dossier.articles[0]!, storyId: null };
}

export function registerApiRoutes(api: FastifyInstance, context: ServerContext): void {
  api.get<{ Querystring: ListQuery & { status?: string } }>('/stories', {
    schema: {
      summary: 'List stories, most recent first',
      querystring: { type: 'object', properties: { ...PAGING, status: { type: 'string', enum: ['', 'conflicting'] } } },
      response: { 200: ANY_OBJECT, ...ERRORS },
    },
  }, async (request) => {
    const { stories, total, hasMore } = await listStories(context, request.query);
    return { stories, total, hasMore, limit: request.query.limit, offset: request.query.offset };
  });

  api.get<{ Params: { id: string } }>('/stories/:id', {
    schema: { summary: 'One story’s part of the dossier contract JSON, with its articles', params: ID, response: { 200: ANY_OBJECT, ...ERRORS } },
  }, async (request) => {
    const built = await context.stories.story(request.params.id);
    if (!built) throw new ApiError(404, 'not-found', `no story "${request.params.id}"`, 'GET /api/stories lists them');
    return { story: built.story, articles: built.articles };
  });

  api.post<{ Params: { id: string }; Body: { other: string } }>('/stories/:id/merge', {
    schema: {
      summary: 'Merge another story into this one (a correction that survives re-clustering)',
      params: ID,
      body: { type: 'object', properties: { other: { type: 'string', minLength: 6, maxLength: 64 } }, required: ['other'] },
      security: [{ bearer: [] }],
      response: { 200: ANY_OBJECT, ...ERRORS },
    },
  }, async (request) => {
    context.authorizeWrite(request);
    const merged = await context.exclusive(() => context.stories.merge(request.params.id, request.body.other));
    return { story: listItem(merged) };
  });

  api.post<{ Params: { id: string }; Body: { articleIds: string[] } }>('/stories/:id/split', {
    schema: {
      summary: 'Move some of a story’s articles into a new story (a correction that survives re-clustering)',
      params: ID,
      body: { type: 'object', properties: { articleIds: { type: 'array', minItems: 1, maxItems: 10000, items: { type: 'string', minLength: 6, maxLength: 64 } } }, required: ['articleIds'] },
      security: [{ bearer: [] }],
      response: { 200: ANY_OBJECT, ...ERRORS },
    },
  }, async (request) => {
    context.authorizeWrite(request);
    const { kept, split } = await context.exclusive(() => context.stories.split(request.params.id, request.body.articleIds));
    return { kept: listItem(kept), split: listItem(split) };
  });

  api.get<{ Querystring: ListQuery }>('/articles', {
    schema: { summary: 'List articles, newest first', querystring: { type: 'object', properties: PAGING }, response: { 200: ANY_OBJECT, ...ERRORS } },
  }, async (request) => {
    const articles = await context.store.listArticles({ ...request.query, limit: request.query.limit });
    return { articles, total: await context.store.countArticles(), limit: request.query.limit, offset: request.query.offset };
  });

  api.get<{ Params: { id: string } }>('/articles/:id', {
    schema: { summary: 'One article: clean text, removed parts with reasons, annotations, metadata with provenance, its story', params: ID, response: { 200: ANY_OBJECT, ...ERRORS } },
  }, async (request) => {
    const view = await articleView(context, request.params.id);
    if (!view) throw new ApiError(404, 'not-found', `no article "${request.params.id}"`, 'GET /api/articles or /api/search?q= finds ids');
    return view;
  });

  api.get<{ Params: { id: string } }>('/articles/:id/explain', {
    schema: { summary: 'Why an article is in its story: decision, scores, shared names and words, runner-up', params: ID, response: { 200: ANY_OBJECT, ...ERRORS } },
  }, async (request) => {
    const explained = await explainArticle(context.store, request.params.id);
    if (!explained) throw new ApiError(404, 'not-found', `no clustered article "${request.params.id}"`, 'ingest it first; GET /api/articles lists them');
    const { profile: _profile, ...assignment } = explained.assignment;
    const story = (await context.stories.summary(explained.story.id)) ?? explained.story;
    return { assignment, story, duplicates: explained.duplicates };
  });

  api.get<{ Querystring: { q: string; limit: number } }>('/search', {
    schema: {
      summary: 'Full-text search over titles and text (every word must match, as a prefix)',
      querystring: { type: 'object', properties: { q: { type: 'string', minLength: 1, maxLength: 500 }, limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 } }, required: ['q'] },
      response: { 200: ANY_OBJECT, ...ERRORS },
    },
  }, async (request) => {
    const hits = await context.store.searchArticles(request.query.q, { limit: request.query.limit });
    return { hits };
  });

  // Uploads are raw bodies of any type, read by the same readers as the CLI: this scope parses none itself.
  void api.register(async (upload) => {
    upload.removeAllContentTypeParsers();
    upload.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    upload.post<{ Querystring: { name?: string }; Body: Buffer }>('/articles', {
      schema: {
        summary: 'Ingest a raw body: text, HTML, JSON/JSONL or an RSS/Atom feed (by Content-Type and content); answers per-item outcomes',
        querystring: { type: 'object', properties: { name: { type: 'string', maxLength: 200 } } },
        security: [{ bearer: [] }],
        response: { 200: ANY_OBJECT, 201: ANY_OBJECT, 422: ANY_OBJECT, ...ERRORS },
      },
    }, async (request, reply) => {
      context.authorizeWrite(request);
      const body = request.body;
      if (!Buffer.isBuffer(body) || body.length === 0) throw new ApiError(400, 'empty', 'the request body is empty', 'send the article as the body, e.g. curl --data-binary @article.html -H "Content-Type: text/html"');
      const name = (request.query.name ?? 'upload').replace(/[^\p{L}\p{N}._ -]/gu, '_');
      const contentType = request.headers['content-type']?.split(';')[0]?.trim() ?? null;
      const { report, stories } = await context.exclusive(async () => {
        const report = await ingestBuffer(context.store, body, name, contentType);
        // Placed against the server's kept index, reloaded when another process changed the stories meanwhile
        // (a duplicate places nothing, but adds a source the story pages show: the service forgets them too).
        const placed = await context.stories.placeNewArticles();
        return { report, stories: report.ingested > 0 ? placed : null };
      });
      const ids = report.outcomes.flatMap((o) => (o.status === 'failed' ? [] : [o.articleId]));
      const status = report.ingested > 0 ? 201 : report.duplicates > 0 ? 200 : 422;
      const failed = report.outcomes.find((o) => o.status === 'failed');
      void reply.status(status);
      return {
        ids,
        ingested: report.ingested,
        duplicates: report.duplicates,
        failed: report.failed,
        outcomes: report.outcomes,
        stories: stories ? { placed: stories.assigned, joined: stories.joined, opened: stories.opened, nearCopies: stories.duplicates, total: stories.stories } : null,
        ...(status === 422 && failed?.status === 'failed' ? { error: { code: failed.code, message: failed.message, hint: failed.hint ?? null } } : {}),
      };
    });
  });
}
