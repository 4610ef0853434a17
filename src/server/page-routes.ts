// The web UI's routes: the stories page (`/`, with search and filters), a story (`/stories/{id}`), an
// article (`/articles/{id}`), the ingest page, and the two static assets from web/ — read once at start
// and served by name from a fixed list, so no request can name a file on the server.
import { readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ApiError } from './api-error.js';
import { articleView, listStories } from './api-routes.js';
import type { ServerContext } from './app.js';
import { renderArticlePage } from './pages/article-page.js';
import { renderIngestPage } from './pages/ingest-page.js';
import type { StoriesPageData } from './pages/page-data.js';
import { renderStoriesPage } from './pages/stories-page.js';
import { renderStoryPage } from './pages/story-page.js';

/** web/ sits two levels above both src/server and dist/server. */
const WEB = new URL('../../web/', import.meta.url);
const ASSETS: Record<string, string> = { 'app.css': 'text/css; charset=utf-8', 'app.js': 'text/javascript; charset=utf-8' };

function html(reply: FastifyReply, body: string): FastifyReply {
  return reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-store').send(body);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const text = (v: unknown, max = 200): string => (typeof v === 'string' ? v.slice(0, max) : '');
const count = (v: unknown, fallback: number, max: number): number => {
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, max) : fallback;
};

export async function registerPageRoutes(app: FastifyInstance, context: ServerContext): Promise<void> {
  const assets = new Map(Object.entries(ASSETS).map(([name, type]) => [name, { type, body: readFileSync(new URL(name, WEB)) }]));
  app.get<{ Params: { name: string } }>('/assets/:name', { schema: { hide: true } }, async (request, reply) => {
    const asset = assets.get(request.params.name);
    if (!asset) throw new ApiError(404, 'not-found', `no asset "${request.params.name}"`);
    return reply.type(asset.type).header('Cache-Control', 'public, max-age=3600').send(asset.body);
  });

  app.get<{ Querystring: Record<string, unknown> }>('/', { schema: { hide: true } }, async (request, reply) => {
    const q = request.query;
    const query: StoriesPageData['query'] = {
      q: text(q.q, 500).trim(),
      outlet: text(q.outlet),
      since: DAY.test(text(q.since)) ? text(q.since) : '',
      until: DAY.test(text(q.until)) ? text(q.until) : '',
      status: text(q.status) === 'conflicting' ? 'conflicting' : '',
      offset: count(q.offset, 0, 1_000_000),
      limit: count(q.limit, 50, 200) || 50,
    };
    const [{ stories, total }, hits, outlets] = await Promise.all([
      listStories(context, { limit: query.limit, offset: query.offset, outlet: query.outlet || undefined, since: query.since || undefined, until: query.until || undefined, status: query.status }),
      query.q ? context.store.searchArticles(query.q, { limit: 20 }) : Promise.resolve([]),
      context.stories.outlets(),
    ]);
    const hitStories = await Promise.all(hits.map(async (h) => (await context.store.getAssignment(h.id))?.storyId ?? null));
    return html(reply, renderStoriesPage({
      stories,
      total,
      query,
      hits: hits.map((h, i) => ({ id: h.id, title: h.title, outlet: h.outlet, published: h.published, snippet: h.snippet, storyId: hitStories[i] ?? null })),
      outlets,
      writeNeedsToken: context.writeNeedsToken,
    }));
  });

  app.get<{ Params: { id: string } }>('/stories/:id', { schema: { hide: true } }, async (request, reply) => {
    const built = await context.stories.story(request.params.id);
    if (!built) return pageNotFound(reply, `No story "${request.params.id}".`);
    return html(reply, renderStoryPage({ story: built.story, articles: built.articles, related: built.related, writeNeedsToken: context.writeNeedsToken }));
  });

  app.get<{ Params: { id: string } }>('/articles/:id', { schema: { hide: true } }, async (request, reply) => {
    const view = await articleView(context, request.params.id);
    if (!view) return pageNotFound(reply, `No article "${request.params.id}".`);
    const story = view.storyId ? await context.stories.story(view.storyId) : null;
    return html(reply, renderArticlePage({ article: view.article, story: story ? { id: story.story.id, title: story.story.title } : null }));
  });

  app.get('/ingest', { schema: { hide: true } }, async (_request, reply) =>
    html(reply, renderIngestPage({ maxBytes: context.maxBytes, writeNeedsToken: context.writeNeedsToken })));
}

function pageNotFound(reply: FastifyReply, message: string): FastifyReply {
  return reply.status(404).type('text/plain; charset=utf-8').send(`${message} Go back to / for the stories.`);
}
